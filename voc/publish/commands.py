"""The `voc publish` command: a thin wrapper over voc.publish.publish (registered by voc.cli)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

NO_STORE = "the store {path} does not exist. Run `voc run` (or `voc demo`) first, or point VOC_DB / [store] path at it."


def register(app: typer.Typer) -> None:
    """Add the ``publish`` command to ``app``."""

    @app.command("publish")
    def publish_command(
        config: Optional[Path] = typer.Option(None, "--config", "-c",
                                              help="Path of voc.toml (default: $VOC_CONFIG or ./voc.toml)."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Render and write the reports; send nothing."),
        out: Optional[Path] = typer.Option(
            None, "--out", help="Folder for the reports (default: \\[publish] out_dir, else reports_dir)."),
    ) -> None:
        """Build the sales, product and marketing reports from the store and deliver them."""
        from rich.console import Console
        from rich.markup import escape

        from voc.config import load_config
        from voc.errors import VocError
        from voc.publish import publish
        from voc.store import Store

        cfg = load_config(config)
        if not Path(cfg.db_path).is_file():
            raise VocError(NO_STORE.format(path=cfg.db_path))
        with Store(cfg.db_path, read_only=True) as store:
            result = publish(store, cfg, dry_run=dry_run, out_dir=out)
        console = Console()
        p = result["period"]
        console.print(f"reports for {p['weeks'][0]} to {p['latest_week']} in {escape(result['out_dir'])}"
                      + (" (dry run: nothing sent)" if dry_run else ""))
        for name, a in result["audiences"].items():
            console.print(f"  {name}: {a['promise_gaps']} promise gaps, {a['claims']} claims, "
                          f"{len(a['files'])} files -> {escape(a['html'])}")
            for c in a["channels"]:
                why = c.get("detail") or c.get("error") or ""
                console.print(f"    {escape(c['channel'])}: {c['status']} ({escape(str(why))})", highlight=False)
        if result["failed"]:
            raise typer.Exit(code=1)

"""The `voc` command: thin wrappers that parse arguments and print what library functions return."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from voc.errors import VocError

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="voc: find complaints caused by unmet sales promises and publish their trends.")
out = Console()
err = Console(stderr=True)

ConfigOpt = typer.Option(None, "--config", "-c", help="Path of voc.toml (default: $VOC_CONFIG or ./voc.toml).")


@app.command()
def init(path: Path = typer.Argument(Path("voc.toml"), help="Where to write the starter config."),
         force: bool = typer.Option(False, help="Overwrite an existing file.")) -> None:
    """Write a commented starter voc.toml."""
    if path.exists() and not force:
        raise VocError(f"{path} already exists; pass --force to overwrite it or choose another path.")
    path.write_text(resources.files("voc").joinpath("templates/voc.toml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    out.print(f"wrote {path}; edit its [[sources]] and run `voc run`.")


@app.command()
def run(config: Optional[Path] = ConfigOpt,
        since: Optional[datetime] = typer.Option(None, help="Backfill: re-read files modified after this date."),
        source: Optional[list[str]] = typer.Option(None, help="Only these sources (repeatable)."),
        ) -> None:
    """Run the nightly flow once."""
    from pipelines.nightly import run_nightly
    from voc.status import print_summary

    summary = run_nightly(str(config) if config else None, since=since, sources=source or None, trigger="cli")
    print_summary(out, summary)


@app.command()
def serve(config: Optional[Path] = ConfigOpt) -> None:
    """Keep the nightly flow scheduled (cron and time zone from the config)."""
    from pipelines.nightly import nightly, schedule_for, task_runner_for
    from voc.config import find_config, load_config

    cfg = load_config(config)
    runner = task_runner_for(cfg)
    flow_fn = nightly.with_options(task_runner=runner) if runner is not None else nightly
    out.print(f"serving voc-nightly on '{cfg.run.schedule}' ({cfg.run.timezone}); Ctrl-C stops.")
    flow_fn.serve(name="voc-nightly", schedules=[schedule_for(cfg)],
                  parameters={"config_path": str(find_config(config).resolve()), "trigger": "serve"})


@app.command()
def status(config: Optional[Path] = ConfigOpt,
           runs: int = typer.Option(5, help="How many recent runs to show."),
           rejects: int = typer.Option(10, help="How many recent rejects to show.")) -> None:
    """Show the last runs, record counts and the rejects."""
    from voc.config import load_config
    from voc.status import print_status

    print_status(out, load_config(config).db_path, runs=runs, rejects=rejects)


@app.command()
def demo(out_dir: Path = typer.Option(Path("demo-out"), "--out", help="Folder for the store and reports."),
         fresh: bool = typer.Option(False, help="Delete the folder first.")) -> None:
    """Run the nightly flow on the bundled demo data, then show the status."""
    from pipelines.nightly import run_nightly
    from voc.demo import demo_config_path
    from voc.status import print_status, print_summary

    if fresh and out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ["VOC_DB"] = str((out_dir / "voc.duckdb").resolve())
    os.environ["VOC_REPORTS_DIR"] = str((out_dir / "reports").resolve())
    summary = run_nightly(str(demo_config_path()), trigger="demo")
    print_summary(out, summary)
    print_status(out, Path(os.environ["VOC_DB"]), runs=3, rejects=20)


def _register_commands() -> None:
    """Commands that live beside their library code (each module's ``register(app)``)."""
    from voc.classify.commands import register as register_classify
    from voc.publish.commands import register as register_publish
    from voc.review.commands import register as register_review

    register_classify(app)
    register_publish(app)
    register_review(app)


_register_commands()


def main() -> None:
    """Entry point: run the app, turning a VocError into its message and a non-zero exit."""
    try:
        app(standalone_mode=False)
    except VocError as e:
        err.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        sys.exit(e.exit_code)
    except typer.Abort:
        sys.exit(130)
    except Exception as e:  # click's usage errors come through standalone_mode=False
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(e.exit_code)
        raise


if __name__ == "__main__":
    main()

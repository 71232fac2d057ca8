"""`voc review export|import|status` and `voc train --config` (the promotion gate): thin wrappers that print."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voc.errors import VocError

if TYPE_CHECKING:
    from voc.classify.train import Settings

review_app = typer.Typer(no_args_is_help=True, help="People correct predictions: export the queue, import answers.")
out = Console(soft_wrap=True)  # paths and messages stay on one line, whole

ConfigOpt = typer.Option(None, "--config", "-c", help="Path of voc.toml (default: $VOC_CONFIG or ./voc.toml).")
FormatOpt = typer.Option(None, "--format", help="labelstudio, csv or jsonl (default: from the file's extension).")


def register(app: typer.Typer) -> None:
    """Add the `review` sub-commands to the voc app."""
    app.add_typer(review_app, name="review")


def _db(config: Optional[Path]) -> tuple[Path, dict]:
    from voc.config import load_config

    cfg = load_config(config)
    if not cfg.db_path.exists():
        raise VocError(f"no store at {cfg.db_path}: run `voc run` first, or set VOC_DB / [store] path.")
    return cfg.db_path, cfg.review


@review_app.command("export")
def export_cmd(path: Path = typer.Argument(..., help="File to write: .json (Label Studio), .csv or .jsonl."),
               config: Optional[Path] = ConfigOpt, fmt: Optional[str] = FormatOpt,
               day: Optional[datetime] = typer.Option(None, formats=["%Y-%m-%d"], help="Only this night's items."),
               include_labelled: bool = typer.Option(False, help="Also items that already have a label.")) -> None:
    """Export the open review queue for labelling (redacted text, model answers as pre-annotations)."""
    from voc.review.export import export_queue
    from voc.review.settings import review_settings
    from voc.store import Store

    db, table = _db(config)
    settings = review_settings(table)
    with Store(db) as store:
        res = export_queue(store, path, fmt=fmt, day=day.date() if day else None, include_labelled=include_labelled,
                           offsets=settings.export_offsets)
    out.print(f"wrote {res['items']} item(s) to {escape(res['path'])} ({res['format']})")
    if res["config"]:
        out.print(f"Label Studio labelling config: {escape(res['config'])} "
                  "(paste it under Settings > Labeling Interface)")
    for w in res["warnings"]:
        out.print(f"[yellow]warning:[/] {escape(w)}")


@review_app.command("import")
def import_cmd(path: Path = typer.Argument(..., help="Label Studio JSON export, or the filled CSV / JSON Lines."),
               config: Optional[Path] = ConfigOpt, fmt: Optional[str] = FormatOpt,
               skip_invalid: bool = typer.Option(False, help="Import the valid answers even if some are invalid."),
               labeller: Optional[str] = typer.Option(None, help="Who answered, for rows that do not say.")) -> None:
    """Import answers; every invalid one is listed and, without --skip-invalid, nothing is written."""
    from voc.review.importer import import_labels
    from voc.review.settings import review_settings
    from voc.store import Store

    db, table = _db(config)
    settings = review_settings(table)
    with Store(db) as store:
        res = import_labels(store, path, fmt=fmt, skip_invalid=skip_invalid, labeller=labeller,
                            offsets=settings.export_offsets)
    out.print(f"{escape(res['path'])}: {res['written']} label(s) written, {res['unchanged']} unchanged, "
              f"{res['unanswered']} unanswered, {res['invalid']} invalid (import {res['import_id']})")
    for note in res["notes"]:
        out.print(f"note: {escape(note)}")
    for p in res["problems"]:
        out.print(f"[yellow]skipped:[/] {escape(p)}")


@review_app.command("status")
def status_cmd(config: Optional[Path] = ConfigOpt) -> None:
    """Show the queue, the labels, the last import and the latest quality estimate."""
    from voc.review.status import review_status
    from voc.store import Store

    db, _ = _db(config)
    with Store(db, read_only=True) as store:
        st = review_status(store)
    q, lab = st["queue"], st["labels"]
    out.print(f"queue: {q['open']} open of {q['total']} ({q['open_not_exported']} not yet exported); "
              f"by reason {q['by_reason']}; by slice {q['by_slice']}")
    out.print(f"labels: {lab['records']} record(s), {lab['rows']} answer(s), {lab['labellers']} labeller(s); "
              f"by lang {lab['by_lang']}")
    if st["last_import"]:
        li = st["last_import"]
        out.print(f"last import: {escape(li['path'])} at {li['imported_at']:%Y-%m-%d %H:%M}, {li['written']} written, "
                  f"{li['invalid']} invalid")
    if st["last_promotion"]:
        p = st["last_promotion"]
        verdict = "promoted" if p["promote"] else "kept the current model"
        out.print(f"last retraining: {p['decided_at']:%Y-%m-%d %H:%M}, candidate {p['candidate_version']} against "
                  f"{p['current_version'] or '(none)'}: {verdict} ({escape('; '.join(p['reasons'][:2]))})")
    if st["quality"]:
        t = Table("lang", "label", "model", "n", "precision (95% CI)", "recall (95% CI)",
                  title=f"quality on random-sample labels, {st['quality'][0]['day']}")
        for r in st["quality"]:
            t.add_row(r["lang"], r["label"], r["model_version"], str(r["n"]),
                      _ci(r["precision"], r["precision_low"], r["precision_high"]),
                      _ci(r["recall"], r["recall_low"], r["recall_high"]))
        out.print(t)


def _ci(value: float | None, low: float | None, high: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} ({low:.2f}-{high:.2f})"


def train_with_labels(*, config: Optional[Path], db: Optional[Path], data: Path, shared: Optional[Path], seed: int,
                      model_dir: Optional[Path], settings: Optional[Settings] = None,
                      backbone: Optional[Path] = None) -> dict:
    """`voc train --config/--db`: retrain with the store's human labels behind the promotion gate.

    Prints the comparison and the decision; a candidate that is not promoted is not an error
    (exit 0), the current model simply stays. Returns what ``voc.review.retrain.retrain`` returns.
    """
    from voc.classify.labels import DEFAULT_MODEL
    from voc.config import load_config
    from voc.review.retrain import retrain
    from voc.review.settings import review_settings

    cfg = load_config(config) if config is not None or db is None else None
    model = model_dir or (cfg.model_path if cfg else None) or DEFAULT_MODEL
    res = retrain(db or cfg.db_path, model=model, data=data, shared=shared, seed=seed, settings=settings,
                  backbone=backbone, review=review_settings(cfg.review if cfg else None))
    t, labels = res["training"], res["labels"]
    out.print(f"trained candidate {res['candidate_version']} on {t['records']} records ({t['project_records']} "
              f"project, {t['dev_records']} dev, {t['extra_records']} human labels)")
    held = ", ".join(f"{lang} {n}" for lang, n in labels["holdout"].items()) or "none"
    out.print(f"scored on held-out human labels ({held}) against the current model "
              f"{res['current_version'] or '(none)'}")
    if res["comparison"]:
        out.print(_comparison(res["comparison"]))
    if res["promote"]:
        out.print(f"promoted {res['candidate_version']} to {escape(res['model'])}: {escape('; '.join(res['reasons']))}")
        if res["previous"]:
            out.print(f"the previous model is kept in {escape(res['previous'])}")
    else:
        out.print(f"kept the current model {res['current_version']} in {escape(res['model'])}; "
                  f"the candidate was not promoted because:")
        for reason in res["reasons"]:
            out.print(f"  - {escape(reason)}")
        out.print(f"the candidate stays in {escape(res['candidate'])} for inspection")
    out.print(f"comparison stored in model_promotions ({res['promotion_id']}) and {escape(res['comparison_file'])}")
    return res


def _comparison(rows: list[dict]) -> Table:
    t = Table("lang", "metric", "n", "current", "candidate", "change", "verdict",
              title="held-out human labels: current against candidate")
    for r in rows:
        t.add_row(r["lang"], r["metric"], str(r["n"]), _num(r["current"]), _num(r["candidate"]),
                  "" if r["delta"] is None else f"{r['delta']:+.3f}", r["verdict"])
    return t


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"

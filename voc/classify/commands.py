"""`voc train`, `voc evaluate` and `voc classify`: parse, call the library, print what it returns."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from voc.classify.labels import DEFAULT_MODEL
from voc.classify.data import PROJECT_DATA, SHARED_DATA

SharedOpt = typer.Option(str(SHARED_DATA), "--shared",
                         help="Shared data folder (labeled/*.dev.jsonl and corpus/); 'none' to leave it out.")


def _shared(value: str) -> Optional[Path]:
    return None if value.strip().lower() in ("", "none") else Path(value)


def train_cmd(data: Path = typer.Option(PROJECT_DATA, "--data", help="Folder of labelled *.jsonl files."),
              shared: str = SharedOpt,
              backbone: Optional[Path] = typer.Option(None, "--backbone",
                                                      help="Local pretrained encoder folder to fine-tune."),
              seed: int = typer.Option(13, "--seed", help="Seed; same data and seed give the same weights."),
              out: Optional[Path] = typer.Option(None, "--out", show_default="models/promise_gap",
                                                 help="Folder to write the model to; with a store, the current "
                                                      "model (default: the config's classify.model_path)."),
              config: Optional[Path] = typer.Option(None, "--config", "-c",
                                                    help="voc.toml of a store: also train on its human labels, "
                                                         "and promote the new model only if it is as good."),
              db: Optional[Path] = typer.Option(None, "--db", help="The store file (instead of the config's)."),
              setting: Optional[list[str]] = typer.Option(None, "--setting", metavar="KEY=VALUE",
                                                          help="Change one training setting, e.g. hp.epochs=4 "
                                                               "(repeatable; stored in config.json).")) -> None:
    """Train the promise-gap classifier and save it with its config and model card.

    With --config or --db the human labels of the store join the training data, and the new
    model replaces the current one only if it is at least as good on the held-out labels.
    """
    from voc.classify.build import build
    from voc.classify.overrides import apply_overrides
    from voc.classify.train import Settings

    settings = apply_overrides(Settings(seed=seed), setting) if setting else None
    if config is not None or db is not None:
        from voc.review.commands import train_with_labels

        train_with_labels(config=config, db=db, data=data, shared=_shared(shared), seed=seed,
                          model_dir=out, settings=settings, backbone=backbone)
        return
    summary = build(data=data, shared=_shared(shared), out=out or DEFAULT_MODEL, seed=seed, backbone=backbone,
                    settings=settings)
    typer.echo(f"trained {summary['model_version']} on {summary['records']} records "
               f"({summary['project_records']} project, {summary['dev_records']} dev); wrote {summary['out']}")


def evaluate_cmd(model: Path = typer.Option(DEFAULT_MODEL, "--model", help="Model folder to evaluate."),
                 data: Path = typer.Option(PROJECT_DATA, "--data", help="Folder of labelled *.jsonl files."),
                 shared: str = SharedOpt,
                 folds: int = typer.Option(5, "--folds", min=2, help="Cross-validation folds."),
                 seed: int = typer.Option(0, "--seed", help="Seed of the fold split and bootstrap.")) -> None:
    """Cross-validate per language; write metrics/cv_metrics.json and the model card's metrics."""
    from voc.classify.evaluate import evaluate

    metrics = evaluate(model=model, data=data, shared=_shared(shared), folds=folds, seed=seed,
                       progress=lambda k, n: typer.echo(f"fold {k}/{n} done", err=True))
    typer.echo(metrics["scheme"])
    typer.echo(f"{'lang':<5}{'n':>5}  {'complaint P/R/F1':<22}{'promise gap P/R/F1':<22}topic macro-F1")
    for lang, m in metrics["languages"].items():
        c, g = m["is_complaint"], m["promise_gap"]
        typer.echo(f"{lang:<5}{m['records']:>5}  {c['precision']:.3f}/{c['recall']:.3f}/{c['f1']:.3f}      "
                   f"{g['precision']:.3f}/{g['recall']:.3f}/{g['f1']:.3f}      {m['topic_macro_f1']:.3f}")
    typer.echo(f"wrote {model / 'metrics' / 'cv_metrics.json'} and {model / 'MODEL_CARD.md'}")


def classify_cmd(input_path: Path = typer.Argument(..., metavar="INPUT.jsonl", help="Lines with id, text, "
                                                   "optional lang and channel."),
                 output: Path = typer.Option(..., "--output", "-o", help="Where to write the predictions."),
                 model: Path = typer.Option(DEFAULT_MODEL, "--model", help="Model folder.")) -> None:
    """Classify a JSON Lines file; bad lines are reported on stderr with their line number and skipped."""
    from voc.classify.classifier import load_model
    from voc.classify.jsonl import classify_file

    report = classify_file(input_path, output, load_model(model))
    for message in report.skipped:
        typer.echo(message, err=True)
    typer.echo(f"classified {report.classified} of {report.read} lines into {output}"
               + (f"; skipped {len(report.skipped)} (listed on stderr)" if report.skipped else ""))


def register(app: typer.Typer) -> None:
    """Add train, evaluate and classify to the `voc` app."""
    app.command("train")(train_cmd)
    app.command("evaluate")(evaluate_cmd)
    app.command("classify")(classify_cmd)

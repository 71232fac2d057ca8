"""Retrain with people's corrections, and promote the new model only if it is at least as good.

The human labels in the store are split once per record (``holdout_split``): the ``train``
side joins the project's data for a candidate model, trained beside the current one; the
``holdout`` side scores both models, and ``compare`` decides. The decision is stored in
``model_promotions`` and written to ``metrics/promotion.json`` of the folder the candidate ends
in; only a promoted candidate replaces the current model folder (see ``voc.review.swap``).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from voc.classify.artifact import CONFIG
from voc.classify.build import build
from voc.classify.classifier import load_model
from voc.classify.data import PROJECT_DATA, SHARED_DATA
from voc.classify.train import Settings
from voc.errors import InputError
from voc.review import messages as m
from voc.review.examples import human_examples
from voc.review.labels import latest_labels
from voc.review.promotion import compare, evaluate_on_labels
from voc.review.promotions import insert_promotion, promotion_record
from voc.review.settings import ReviewSettings
from voc.review.swap import candidate_folder, promote_folder
from voc.store import Store, now

COMPARISON_FILE = Path("metrics") / "promotion.json"


def retrain(db: Path | Store, *, model: Path, data: Path = PROJECT_DATA, shared: Path | None = SHARED_DATA, seed: int = 13,
            settings: Settings | None = None, backbone: Path | None = None,
            review: ReviewSettings | None = None) -> dict:
    """Train a candidate on the data plus the store's human labels; promote it if it is as good.

    Args:
        db: The store holding the human labels (``voc review import`` wrote them): its path, or
            the open Store of the caller (the nightly flow, which holds the writer's lock).
        model: The current model's folder; the candidate is trained into ``<model>.candidate``.
        data, shared, seed, settings, backbone: As for ``voc.classify.build.build``.
        review: ``holdout_share`` and ``min_holdout_labels`` (the [review] settings).

    Returns:
        The stored decision (``promotion_record``) plus ``training`` (build's summary),
        ``model`` (where the current model is now), ``candidate`` (where the candidate is now),
        ``previous`` (the replaced model's folder, or None) and ``comparison_file``. Prints nothing.

    Raises:
        InputError: E213 when there is no store; E212 when a stored label does not fit the guide;
            E214 when the candidate's folder holds something else.
        ModelError: when the current model cannot be loaded (it is never replaced blindly).
    """
    review = review or ReviewSettings()
    if not isinstance(db, Store) and not Path(db).is_file():
        raise InputError(m.E213.format(path=db), location=str(db))
    with _opened(db) as store:  # writable: brings the schema up to date and fails early if the store is busy
        labels = latest_labels(store, holdout_share=review.holdout_share)
    train = [x for x in labels if x["split"] == "train"]
    holdout = [x for x in labels if x["split"] == "holdout"]
    counts = {"train": _by_lang(train), "holdout": _by_lang(holdout), "holdout_share": review.holdout_share}
    examples = human_examples(train)  # a bad stored label, or a model that cannot be read, stops us before training
    current = load_model(model) if (model / CONFIG).is_file() else None
    candidate = candidate_folder(model)
    _clear(candidate)
    summary = build(data, shared, candidate, seed, backbone, settings=settings, extra_examples=examples,
                    extra_config={"human_labels": counts})
    metrics = {"candidate": evaluate_on_labels(load_model(candidate).predict, holdout),
               "current": evaluate_on_labels(current.predict, holdout) if current else {}}
    decision = compare(metrics["candidate"], metrics["current"], min_labels=review.min_holdout_labels)
    row = promotion_record(decision, decided_at=now(), candidate_version=summary["model_version"],
                           current_version=current.version if current else None, metrics=metrics, labels=counts,
                           model_path=str(model), candidate_path=str(candidate))
    previous = _decide(db, row, candidate, model)
    home = model if decision.promote else candidate
    _write_json(home / COMPARISON_FILE, row)
    return {**row, "training": summary, "model": str(model), "candidate": str(home),
            "previous": str(previous) if previous else None, "comparison_file": str(home / COMPARISON_FILE)}


def new_labels_since_last_decision(store: Store) -> int:
    """Human labels imported after the last promotion decision (all of them when there was none)."""
    if not store.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'human_labels'"):
        return 0
    return int(store.scalar(
        """SELECT count(*) FROM human_labels
           WHERE imported_at > coalesce((SELECT max(decided_at) FROM model_promotions), TIMESTAMP '1970-01-01')"""))


@contextmanager
def _opened(db: Path | Store) -> Iterator[Store]:
    """The caller's open store as it is, or the store at a path, opened for writing and closed after."""
    if isinstance(db, Store):
        yield db
        return
    with Store(db) as store:
        yield store


def _decide(db: Path | Store, row: dict, candidate: Path, model: Path) -> Path | None:
    """Store the decision and, for a promotion, swap the folders; neither happens without the other."""
    with _opened(db) as store:
        store.con.execute("BEGIN")
        try:
            insert_promotion(store, row)
            previous = promote_folder(candidate, model) if row["promote"] else None
            store.con.execute("COMMIT")
        except Exception:
            store.con.execute("ROLLBACK")
            raise
    return previous


def _clear(candidate: Path) -> None:
    """Remove a candidate left by an earlier run; refuse to remove anything voc did not write."""
    if not candidate.exists():
        return
    if not candidate.is_dir():
        raise InputError(m.E214.format(path=candidate, found="a file"), location=str(candidate))
    if any(candidate.iterdir()) and not (candidate / CONFIG).is_file():
        raise InputError(m.E214.format(path=candidate, found=f"a folder without {CONFIG}"), location=str(candidate))
    shutil.rmtree(candidate)


def _by_lang(labels: list[dict]) -> dict[str, int]:
    return dict(sorted(Counter(x["lang"] for x in labels).items()))


def _write_json(path: Path, row: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(row, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")

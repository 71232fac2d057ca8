"""Deciding whether a retrained model replaces the current one: at least as good per language,
measured on human labels held out from training."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from voc.errors import ModelError
from voc.review import messages as m

METRICS = ("promise_gap_f1", "is_complaint_f1")
EPS = 1e-9  # float noise is not a difference


def holdout_split(record_id: str, share: float = 0.3) -> str:
    """``holdout`` for about ``share`` of records, ``train`` for the rest; fixed per record id."""
    digest = hashlib.blake2b(f"voc-holdout\x1f{record_id}".encode(), digest_size=8).digest()
    return "holdout" if int.from_bytes(digest, "big") / 2**64 < share else "train"


def evaluate_on_labels(predict_fn: Callable[[list[dict]], Sequence[dict]], labels: Sequence[dict]) -> dict[str, dict]:
    """Score ``predict_fn`` on human labels, per language.

    Args:
        predict_fn: maps ``[{id, text, lang, channel}]`` to outputs of the classify contract
            (``id``, ``is_complaint``, ``promise_gap``, ``topic``, ...), one per input.
        labels: dicts with ``id``, ``text``, ``lang``, ``channel``, ``is_complaint``,
            ``promise_gap`` and ``topic`` (as ``latest_labels`` returns).

    Returns:
        ``{lang: {n, tp/fp/fn per label, <label>_precision, <label>_recall, <label>_f1,
        topic_accuracy}}`` for labels ``promise_gap`` and ``is_complaint``. Precision or
        recall is None when undefined; F1 is 1.0 when there is nothing to find and nothing
        was predicted. ``topic_accuracy`` is over the true promise gaps (None if none).

    Raises:
        ModelError: E211 when an input gets no output.
    """
    items = [{"id": x["id"], "text": x["text"], "lang": x.get("lang"), "channel": x.get("channel")} for x in labels]
    outputs = {str(o["id"]): o for o in predict_fn(items)} if items else {}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold in labels:
        pred = outputs.get(str(gold["id"]))
        if pred is None:
            raise ModelError(m.E211.format(id=gold["id"], n=len(items)))
        c = counts[gold["lang"]]
        c["n"] += 1
        for name in ("promise_gap", "is_complaint"):
            g, p = bool(gold[name]), bool(pred[name])
            c[f"{name}_{'tp' if g and p else 'fp' if p else 'fn' if g else 'tn'}"] += 1
        if gold["promise_gap"]:
            c["gaps"] += 1
            c["topic_right"] += int(pred.get("topic") == gold["topic"])
    return {lang: _metrics(c) for lang, c in sorted(counts.items())}


def _metrics(c: dict[str, int]) -> dict:
    out: dict = {"n": c["n"]}
    for name in ("promise_gap", "is_complaint"):
        tp, fp, fn = c[f"{name}_tp"], c[f"{name}_fp"], c[f"{name}_fn"]
        out.update({f"{name}_tp": tp, f"{name}_fp": fp, f"{name}_fn": fn,
                    f"{name}_precision": tp / (tp + fp) if tp + fp else None,
                    f"{name}_recall": tp / (tp + fn) if tp + fn else None,
                    f"{name}_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0})
    out["topic_accuracy"] = c["topic_right"] / c["gaps"] if c["gaps"] else None
    return out


@dataclass
class Decision:
    """Whether to promote, why, and the comparison row by row (language and metric)."""

    promote: bool
    reasons: list[str] = field(default_factory=list)
    table: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"promote": self.promote, "reasons": list(self.reasons), "table": list(self.table)}


def compare(candidate_metrics: dict[str, dict], current_metrics: dict[str, dict], *, min_labels: int = 20,
            metrics: Sequence[str] = METRICS, tolerance: float = 0.0, require_evidence: bool = True) -> Decision:
    """Promote only if the candidate is at least as good as the current model in every language.

    A language is compared when it has at least ``min_labels`` held-out labels; a language
    with fewer is listed but does not decide. A language the current model was scored on
    but the candidate was not blocks promotion.

    Args:
        candidate_metrics: ``evaluate_on_labels`` of the candidate.
        current_metrics: the same for the current model; empty when there is none.
        min_labels: held-out labels a language needs to count.
        metrics: the per-language metrics that must not drop.
        tolerance: how much a metric may drop and still count as "as good".
        require_evidence: refuse to promote when no language could be compared.
    """
    if not current_metrics:
        return Decision(True, ["there is no current model to compare with"])
    table, worse, compared, notes = [], [], 0, []
    for lang in sorted(set(current_metrics) | set(candidate_metrics)):
        cur, cand = current_metrics.get(lang), candidate_metrics.get(lang)
        if cur is None:
            notes.append(f"{lang}: the current model has no score to compare with")
            continue
        if cand is None:
            worse.append(f"{lang}: the candidate was not scored on this language")
            continue
        n = min(cur.get("n", 0), cand.get("n", 0))
        enough = n >= min_labels
        compared += enough
        if not enough:
            notes.append(f"{lang}: only {n} held-out label(s) (< {min_labels}); not compared")
        for metric in metrics:
            row = _row(lang, metric, n, cur.get(metric), cand.get(metric), enough, tolerance)
            table.append(row)
            if row["verdict"] == "worse":
                got = "missing" if row["candidate"] is None else f"{row['candidate']:.3f}"
                worse.append(f"{lang}: {metric} {got} < current {row['current']:.3f} (n={n})")
    if worse:
        return Decision(False, worse + notes, table)
    if compared == 0 and require_evidence:
        return Decision(False, [f"no language has {min_labels} held-out human labels yet; the current model stays",
                                *notes], table)
    return Decision(True, [f"at least as good in every compared language ({compared})", *notes], table)


def _row(lang: str, metric: str, n: int, cur: float | None, cand: float | None, enough: bool, tol: float) -> dict:
    if not enough or cur is None:
        verdict = "not compared"
    elif cand is None or cand + tol + EPS < cur:
        verdict = "worse"
    else:
        verdict = "better" if cand > cur + EPS else "same"
    delta = None if cur is None or cand is None else cand - cur
    return {"lang": lang, "metric": metric, "n": n, "current": cur, "candidate": cand, "delta": delta,
            "verdict": verdict}

"""Precision, recall, F1, macro-F1, confusion matrices and bootstrap intervals, as plain dicts."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def prf(y: np.ndarray, pred: np.ndarray) -> dict:
    """Precision, recall and F1 of the positive class, with the counts behind them."""
    y, pred = np.asarray(y, bool), np.asarray(pred, bool)
    tp, fp, fn = int((y & pred).sum()), int((~y & pred).sum()), int((y & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn,
            "support": int(y.sum())}


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    """F1 of the positive class."""
    return prf(y, pred)["f1"]


def macro_f1(y: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over the labels that occur in ``y`` (labels absent from the gold data are skipped)."""
    y, pred = np.asarray(y), np.asarray(pred)
    present = [lab for lab in labels if (y == lab).any()]
    if not present:
        return 0.0
    return round(float(np.mean([f1(y == lab, pred == lab) for lab in present])), 4)


def confusion(y: Sequence, pred: Sequence, labels: Sequence) -> dict:
    """{"labels": [...], "matrix": rows = gold, columns = predicted}."""
    index = {lab: i for i, lab in enumerate(labels)}
    m = np.zeros((len(labels), len(labels)), dtype=int)
    for a, b in zip(y, pred):
        m[index[a], index[b]] += 1
    return {"labels": [str(lab) for lab in labels], "matrix": m.tolist()}


def bootstrap_f1(y: np.ndarray, pred: np.ndarray, n: int = 1000, seed: int = 0) -> list[float]:
    """95% percentile interval of F1 over ``n`` resamples of the records (seeded)."""
    y, pred = np.asarray(y, bool), np.asarray(pred, bool)
    if not len(y):
        return [0.0, 0.0]
    rng = np.random.RandomState(seed)
    idx = rng.randint(0, len(y), size=(n, len(y)))
    yy, pp = y[idx], pred[idx]
    tp = (yy & pp).sum(1)
    denom = yy.sum(1) + pp.sum(1)
    scores = np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)
    lo, hi = np.percentile(scores, [2.5, 97.5])
    return [round(float(lo), 4), round(float(hi), 4)]


def evidence_overlap(texts: Sequence[str], gold: Sequence[str], spans: Sequence[tuple[int, int] | None]) -> float:
    """Mean overlap F1 (in characters of the raw text) between predicted spans and gold quotes.

    Counted over records with both a gold quote found in the text and a predicted span.
    """
    scores = []
    for text, quote, span in zip(texts, gold, spans):
        start = text.find(quote) if quote else -1
        if start < 0 or not span:
            continue
        end = start + len(quote)
        common = max(0, min(end, span[1]) - max(start, span[0]))
        scores.append(2 * common / ((end - start) + (span[1] - span[0])))
    return round(float(np.mean(scores)), 4) if scores else 0.0

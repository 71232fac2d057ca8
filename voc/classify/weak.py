"""A complaint score learned from the corpus's own labels (weak supervision), used as one feature.

The public datasets in ``shared/data/corpus`` carry their own labels: sentiment, polarity or
complaint yes/no. A negative review is usually a complaint and a positive one usually not,
so a linear model over the same hashed n-grams, trained on those labels, gives the main
model a complaint signal learned from ~60,000 real texts instead of ~1,000. Records whose id
is in ``exclude`` (the labelled dev set) are left out, so cross-validated scores stay honest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import numpy as np

from voc.classify.labels import LANGS

# meta field -> value -> weak label (1 complaint-like, 0 not); values not listed are skipped.
_RULES = {
    "sentiment": {"SAD": 1, "HAPPY": 0, "NEG": 1, "POS": 0, "negative": 1, "positive": 0, "neutral": 0,
                  "-2": 1, "-1": 1, "1": 0, "2": 0, "3": 0},
    "polarity": {"-2": 1, "-1": 1, "-1.0": 1, "1": 0, "1.0": 0, "2": 0},
    "complaint": {"1": 1, "0": 0},
}
_WHOLE_SOURCE = {"cfpb": 1}  # every narrative sent to a consumer-complaint bureau is a complaint


def weak_label(row: dict) -> int | None:
    """The weak complaint label of one corpus row, or None when its meta says nothing usable."""
    if row.get("source") in _WHOLE_SOURCE:
        return _WHOLE_SOURCE[row["source"]]
    meta = row.get("meta") or {}
    for key in ("complaint", "sentiment", "polarity"):
        if key in meta:
            return _RULES[key].get(str(meta[key]))
    return None


def read_corpus(folder: Path, exclude: set[str]) -> Iterable[tuple[str, str, str | None, int]]:
    """Yield (text, lang, channel, weak label) for usable corpus rows not in ``exclude``."""
    for lang in LANGS:
        path = folder / f"{lang}.jsonl"
        if not path.is_file():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                label = weak_label(row)
                if label is not None and row["id"] not in exclude and row.get("text"):
                    yield row["text"], row.get("lang") or lang, row.get("channel"), label


class WeakModel:
    """A linear complaint scorer over hashed n-gram bags: one weight per bucket, a bias per language."""

    def __init__(self, coef: np.ndarray, bias: np.ndarray):
        self.coef = coef.astype(np.float32)
        self.bias = bias.astype(np.float32)

    @classmethod
    def train(cls, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, langs: np.ndarray,
              y: np.ndarray, buckets: int, seed: int) -> "WeakModel":
        """Fit an L2-regularised logistic regression (scikit-learn SGD, seeded)."""
        import scipy.sparse as sp
        from sklearn.linear_model import SGDClassifier

        onehot = sp.csr_matrix((np.ones(len(langs)), (np.arange(len(langs)), [LANGS.index(x) for x in langs])),
                               shape=(len(langs), len(LANGS)))
        x = sp.hstack([sp.csr_matrix((data, indices, indptr), shape=(len(langs), buckets)), onehot], format="csr")
        clf = SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=15, tol=None, random_state=seed,
                            class_weight="balanced", fit_intercept=True)
        clf.fit(x, y)
        w = clf.coef_[0]
        return cls(w[:buckets], w[buckets:] + clf.intercept_[0])

    def __call__(self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, langs: np.ndarray) -> np.ndarray:
        """The weak complaint logit of every row."""
        contrib = self.coef[indices] * data
        sums = np.add.reduceat(contrib, indptr[:-1]) if len(contrib) else np.zeros(len(langs), np.float32)
        sums[indptr[:-1] == indptr[1:]] = 0.0  # reduceat repeats a value for empty rows
        return sums + self.bias[[LANGS.index(x) for x in langs]]

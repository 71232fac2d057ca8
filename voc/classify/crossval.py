"""Cross-validated predictions on the labelled dev records: each fold scored by a model that never saw it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from voc.classify.classifier import Classifier
from voc.classify.data import stratified_folds
from voc.classify.labels import Example
from voc.classify.prep import Doc
from voc.classify.train import Settings, prepare_all, train
from voc.classify.weak import WeakModel

Progress = Callable[[int, int], None]


@dataclass
class FoldPredictions:
    """Out-of-fold outputs for the evaluated records, in their order."""

    examples: list[Example]
    rows: list[dict]  # the classify contract, one per example
    fold: np.ndarray


def cross_validate(train_only: Sequence[Example], evaluated: Sequence[Example], settings: Settings,
                   weak: WeakModel | None = None, folds: int = 5, seed: int = 0,
                   docs: tuple[Sequence[Doc], Sequence[Doc]] | None = None,
                   progress: Progress | None = None) -> FoldPredictions:
    """Score every record of ``evaluated`` with a model trained on ``train_only`` plus the other folds.

    Args:
        train_only: Records always in training (the project data).
        evaluated: Records split into folds (stratified by language and label group).
        settings: Training settings of every fold's model.
        weak: A weak complaint scorer that has not seen ``evaluated`` (or None).
        folds: Number of folds.
        seed: Seed of the fold split.
        docs: Prepared documents of (train_only, evaluated), when the caller has them.
        progress: Called with (fold done, folds) after each fold.
    """
    docs_train, docs_eval = docs if docs is not None else (prepare_all(train_only), prepare_all(evaluated))
    fold = stratified_folds(list(evaluated), folds, seed)
    rows: list[dict | None] = [None] * len(evaluated)
    for k in range(folds):
        keep = [i for i in range(len(evaluated)) if fold[i] != k]
        test = [i for i in range(len(evaluated)) if fold[i] == k]
        trained = train(list(train_only) + [evaluated[i] for i in keep], settings, weak,
                        docs=list(docs_train) + [docs_eval[i] for i in keep])
        clf = Classifier(trained, f"cv-fold-{k}")
        items = [{"id": evaluated[i].id} for i in test]
        for i, row in zip(test, clf._predict_docs(items, [docs_eval[i] for i in test])):
            rows[i] = row
        if progress:
            progress(k + 1, folds)
    return FoldPredictions(list(evaluated), rows, fold)  # type: ignore[arg-type]

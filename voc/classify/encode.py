"""Prepared documents (and their labels) to the arrays the network reads."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from voc.classify.features import WEAK, Hasher, dense
from voc.classify.fit import Inputs
from voc.classify.labels import NONE, SOURCES, TOPICS, Example
from voc.classify.prep import Doc

WeakScorer = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def encode(docs: Sequence[Doc], hasher: Hasher, weak: WeakScorer | None = None) -> Inputs:
    """Hash and featurize ``docs``; ``weak`` fills the weak complaint score when given."""
    indices, offsets, weights = hasher.bags(docs)
    indptr = np.append(offsets, len(indices)).astype(np.int64)
    feats = np.stack([dense(d) for d in docs]) if docs else np.zeros((0, WEAK + 1), np.float32)
    confirms = np.array([d.agent_confirms for d in docs], dtype=np.float32)
    inputs = Inputs(indptr, indices, weights, feats, confirms)
    if weak is not None and len(docs):
        langs = np.array([d.lang for d in docs])
        feats[:, WEAK] = weak(indptr, indices, weights, langs)
    return inputs


def with_labels(inputs: Inputs, examples: Sequence[Example], dev_weight: float) -> Inputs:
    """Attach the labels of ``examples`` (same order) and the per-record training weight."""
    inputs.complaint = np.array([e.is_complaint for e in examples], dtype=np.float32)
    inputs.gap = np.array([e.promise_gap for e in examples], dtype=np.float32)
    inputs.topic = np.array([TOPICS.index(e.topic) if e.topic != NONE else -1 for e in examples], dtype=np.int64)
    inputs.source = np.array([SOURCES.index(e.source) if e.source != NONE else -1 for e in examples], dtype=np.int64)
    inputs.weight = np.array([dev_weight if e.origin in ("dev", "silver") else 1.0 for e in examples],
                             dtype=np.float32)
    return inputs

"""Promise-gap classifier: complaint, unmet sales promise, topic, source and evidence span.

The pipeline's entry point is ``load_model(path=None).predict(items)``; training and
evaluation are ``voc.classify.build.build`` and ``voc.classify.evaluate.evaluate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from voc.classify.classifier import Classifier


def load_model(path=None) -> "Classifier":
    """Load a trained model (default: the one committed under models/promise_gap/)."""
    from voc.classify.classifier import load_model as _load

    return _load(path)


def __getattr__(name: str):
    if name == "Classifier":
        from voc.classify.classifier import Classifier

        return Classifier
    raise AttributeError(name)


__all__ = ["Classifier", "load_model"]

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


def model_quality(path=None) -> dict[str, dict[str, float]]:
    """The committed model's cross-validated quality per language, for report headers.

    Reads ``metrics/cv_metrics.json`` written by ``voc evaluate``; raises FileNotFoundError when
    the model has not been evaluated.
    """
    import json
    from pathlib import Path

    from voc.classify.labels import DEFAULT_MODEL

    metrics = json.loads((Path(path or DEFAULT_MODEL) / "metrics" / "cv_metrics.json").read_text(encoding="utf-8"))
    out = {}
    for lang, m in metrics.get("languages", {}).items():
        out[lang] = {"records": m["records"],
                     "promise_gap_precision": m["promise_gap"]["precision"],
                     "promise_gap_recall": m["promise_gap"]["recall"], "promise_gap_f1": m["promise_gap"]["f1"],
                     "complaint_f1": m["is_complaint"]["f1"], "topic_macro_f1": m["topic_macro_f1"]}
    return out


def __getattr__(name: str):
    if name == "Classifier":
        from voc.classify.classifier import Classifier

        return Classifier
    raise AttributeError(name)


__all__ = ["Classifier", "load_model", "model_quality"]

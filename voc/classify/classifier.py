"""The classifier the pipeline calls: load a trained model, predict the output contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

import numpy as np

from voc.classify import evidence, messages
from voc.classify.calibrate import Calibration, gap_logit
from voc.classify.encode import encode
from voc.classify.features import Hasher
from voc.classify.fit import logits
from voc.classify.labels import DEFAULT_MODEL, LANGS, NONE, SOURCES, TOPICS
from voc.classify.langproc import Stored
from voc.classify.net import SOURCE_SLICE, TOPIC_SLICE
from voc.classify.prep import Doc, prepare
from voc.classify.train import Trained
from voc.errors import InputError

BATCH = 256


class Backend(Protocol):
    """A trained model: raw logits for prepared documents, and its calibration."""

    calibration: Calibration

    def logits(self, docs: Sequence[Doc]) -> np.ndarray: ...


class HashedBackend:
    """The default model: hashed n-grams and cue features through PromiseGapNet."""

    def __init__(self, trained: Trained):
        self.trained = trained
        self.calibration = trained.calibration
        self.hasher = Hasher(trained.settings.hashing)

    def logits(self, docs: Sequence[Doc]) -> np.ndarray:
        return logits(self.trained.net, encode(docs, self.hasher, self.trained.weak))


class Classifier:
    """Predicts complaint, promise gap, topic, source and evidence for customer texts.

    Args:
        model: A Trained hashed model or any Backend (see load_model).
        version: The model version written on every prediction.
    """

    def __init__(self, model: Trained | Backend, version: str):
        self.backend: Backend = HashedBackend(model) if isinstance(model, Trained) else model
        self.version = version

    def predict(self, items: Sequence[Mapping[str, Any]]) -> list[dict]:
        """Classify items with ``text`` and optional ``id``, ``lang``, ``channel``.

        An item may also carry ``normalized``: the language layer's stored output for its text
        (``text_norm``, ``lang``, optional ``primary``, ``hint`` and ``names``; see
        langproc.Stored), which spares running the layer again.

        Returns:
            One dict per item, in order, with the fields of labels.OUTPUT_FIELDS.

        Raises:
            InputError: E110 when an item is not a mapping with a non-empty text.
        """
        for i, item in enumerate(items):
            if not isinstance(item, Mapping) or not isinstance(item.get("text"), str) or not item["text"].strip():
                got = type(item).__name__ if not isinstance(item, Mapping) else repr(item.get("text"))[:40]
                raise InputError(messages.E110.format(index=i, got=got), location=f"item {i}", field="text")
        out: list[dict] = []
        for start in range(0, len(items), BATCH):
            batch = items[start: start + BATCH]
            docs = [_prepare(it) for it in batch]
            out.extend(self._predict_docs(batch, docs))
        return out

    def logits(self, docs: Sequence[Doc]) -> np.ndarray:
        """Raw network outputs for prepared documents."""
        return self.backend.logits(docs)

    def _predict_docs(self, items: Sequence[Mapping[str, Any]], docs: list[Doc]) -> list[dict]:
        z = self.logits(docs)
        cal = self.backend.calibration
        p_c, p_g = cal.scores(z)
        topics, sources = _softmax(z[:, TOPIC_SLICE]), _softmax(z[:, SOURCE_SLICE])
        gaps = [bool(p_g[i] >= cal.gap_threshold[doc.lang]) for i, doc in enumerate(docs)]
        spans = iter(self._evidence_many([doc for doc, gap in zip(docs, gaps) if gap]))
        rows = []
        for i, (item, doc, gap) in enumerate(zip(items, docs, gaps)):
            complaint = gap or bool(p_c[i] >= cal.complaint_threshold[doc.lang])
            span = next(spans) if gap else None
            rows.append({
                "id": item.get("id"),
                "lang": doc.lang,
                "is_complaint": complaint,
                "complaint_score": round(float(max(p_c[i], p_g[i])), 4),
                "promise_gap": gap,
                "promise_gap_score": round(float(p_g[i]), 4),
                "topic": TOPICS[int(topics[i].argmax())] if gap else NONE,
                "topic_scores": {t: round(float(p), 4) for t, p in zip(TOPICS, topics[i])},
                "source": SOURCES[int(sources[i].argmax())] if gap else NONE,
                "evidence": doc.raw[span[0]: span[1]] if span else "",
                "evidence_start": span[0] if span else None,
                "evidence_end": span[1] if span else None,
                "model_version": self.version,
            })
        return rows

    def evidence_span(self, text: str, lang: str | None = None, channel: str | None = None) -> tuple[int, int] | None:
        """The evidence span the model would quote for ``text`` (whatever its decision), as raw offsets."""
        return self._evidence(prepare(text, _lang(lang), channel))

    def _evidence(self, doc: Doc) -> tuple[int, int] | None:
        return self._evidence_many([doc])[0]

    def _evidence_many(self, docs: Sequence[Doc]) -> list[tuple[int, int] | None]:
        """Evidence spans (raw offsets) of ``docs``, every candidate scored in one batch."""
        quotable = [doc for doc in docs if doc.text.strip()]
        chosen = iter(evidence.choose_many(quotable, lambda subs: gap_logit(self.logits(subs))))
        out: list[tuple[int, int] | None] = []
        for doc in docs:
            if not doc.text.strip():
                out.append(None)
                continue
            raw_start, raw_end = evidence.to_raw(doc, *next(chosen))
            out.append((raw_start, raw_end) if raw_end > raw_start else None)
        return out


def load_model(path: str | Path | None = None) -> Classifier:
    """Load a trained model folder (default: the model committed under models/promise_gap/).

    Raises:
        ModelError: when the folder holds no model voc can read.
    """
    from voc.classify.artifact import load_any

    backend, config = load_any(Path(path) if path else DEFAULT_MODEL)
    return Classifier(backend, config["model_version"])


def _prepare(item: Mapping[str, Any]) -> Doc:
    stored = item.get("normalized")
    if isinstance(stored, Mapping) and stored.get("text_norm") is not None:
        return prepare(item["text"], channel=item.get("channel"), stored=Stored.from_item(item["text"], stored))
    return prepare(item["text"], _lang(item.get("lang")), item.get("channel"))


def _lang(value: Any) -> str | None:
    return value if isinstance(value, str) and value in LANGS else None


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

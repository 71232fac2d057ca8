"""The classify stage: a prediction from the current model for every new or changed record."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

import pyarrow as pa

from voc.lang import NORMALIZER_VERSION, redact
from voc.parallel import map_batches
from voc.records import Reject
from voc.stages.pending import count_pending, pending_batches
from voc.store import Store, now

PENDING_SQL = """
SELECT r.record_id, r.version, r.text, r.channel, r.customer_name, r.source, r.location,
       coalesce(n.lang, r.lang) AS lang, r.lang AS declared_lang, n.primary_lang,
       CASE WHEN n.record_version = r.version AND n.normalizer_version = ? THEN n.text_norm END AS text_norm
FROM records r
LEFT JOIN normalized n ON n.record_id = r.record_id
LEFT JOIN predictions p
  ON p.record_id = r.record_id AND p.record_version = r.version AND p.model_version = ?
WHERE p.record_id IS NULL AND {after}"""


class Classifier(Protocol):
    """What the stage needs of a model (voc.classify's Classifier or ModelHandle); with workers it
    must pickle (a handle sends only its folder and version)."""

    version: str

    def predict(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


def classify_pending(store: Store, model: Classifier, *, batch_size: int = 5000, run_id: str | None = None,
                     progress: Callable[[int], None] | None = None,
                     predict: Callable[[list[dict]], list[dict]] | None = None, workers: int = 1) -> dict[str, int]:
    """Classify every record whose current version has no prediction from ``model``.

    Args:
        predict: how to run the model on a batch (default ``model.predict``); the Dask runner
            passes one that spreads a batch over workers.
        workers: processes to spread the batches over when ``predict`` is not given (see
            voc.parallel); each gets a copy of ``model`` once. This process alone writes the store.
    """
    counts = {"classified": 0, "complaints": 0, "promise_gaps": 0, "failed": 0}
    pages = pending_batches(store, PENDING_SQL, [NORMALIZER_VERSION, model.version], batch_size)
    batches = ([item(r) for r in rows] for rows in pages)
    if predict is not None:
        results = map_batches(predict, batches, 1)
    elif workers > 1:
        results = map_batches(_classify_in_worker, batches, workers, _load_worker_model, (model,))
    else:
        results = map_batches(partial(classify_batch, model), batches, 1)
    for items, preds in results:
        if isinstance(preds, BaseException):
            store.add_rejects([Reject(it["source"], it["location"] or it["id"],
                                      f"classify failed for record {it['id']}: {preds!r}") for it in items], run_id)
            counts["failed"] += len(items)
            continue
        by_id = {it["id"]: it for it in items}
        out = [_row(p, by_id[p["id"]], model.version, run_id) for p in preds]
        _write(store, out)
        counts["classified"] += len(out)
        counts["complaints"] += sum(p["is_complaint"] for p in preds)
        counts["promise_gaps"] += sum(p["promise_gap"] for p in preds)
        if progress:
            progress(len(items))
    return counts


def count_classify_pending(store: Store, model_version: str) -> int:
    """Records whose current version has no prediction from the model ``model_version``."""
    return count_pending(store, PENDING_SQL, [NORMALIZER_VERSION, model_version])


_WORKER_MODEL: list[Classifier] = []


def _load_worker_model(model: Classifier) -> None:
    _WORKER_MODEL[:] = [model]


def _classify_in_worker(items: list[dict]) -> list[dict]:
    return classify_batch(_WORKER_MODEL[0], items)


def classify_batch(model: Classifier, items: list[dict]) -> list[dict]:
    """Predictions for ``items`` with their evidence quotes redacted (``evidence_redacted``)."""
    preds = model.predict(items)
    for p, it in zip(preds, items):
        p["evidence_redacted"] = _redacted(p, it)
    return preds


def _redacted(p: dict, it: dict) -> str | None:
    evidence = p.get("evidence") or ""
    return redact(evidence, [it["customer_name"]] if it.get("customer_name") else ()) if evidence else None


def item(row: dict) -> dict[str, Any]:
    """What the model reads for one pending row: the raw text, and the normalize stage's output
    for it when that is current (so the language layer does not run twice)."""
    out = {"id": row["record_id"], "text": row["text"], "lang": row["lang"], "channel": row["channel"],
           "record_version": row["version"], "customer_name": row["customer_name"], "source": row["source"],
           "location": row["location"]}
    if row.get("text_norm") is not None:
        out["normalized"] = {"text_norm": row["text_norm"], "lang": row["lang"], "primary": row["primary_lang"],
                             "hint": row["declared_lang"],
                             "names": [row["customer_name"]] if row.get("customer_name") else []}
    return out


def _row(p: dict, it: dict, version: str, run_id: str | None) -> dict:
    evidence = p.get("evidence") or ""
    return {
        "record_id": it["id"], "record_version": it["record_version"], "model_version": version,
        "lang": p.get("lang"), "is_complaint": bool(p["is_complaint"]),
        "complaint_score": float(p["complaint_score"]), "promise_gap": bool(p["promise_gap"]),
        "promise_gap_score": float(p["promise_gap_score"]), "topic": p["topic"],
        "topic_scores": json.dumps(p.get("topic_scores") or {}), "source": p["source"],
        "evidence": evidence or None, "evidence_start": p.get("evidence_start"), "evidence_end": p.get("evidence_end"),
        "evidence_redacted": p["evidence_redacted"] if "evidence_redacted" in p else _redacted(p, it),
        "run_id": run_id,
    }


def _write(store: Store, rows: list[dict]) -> None:
    if not rows:
        return
    schema = pa.schema([("record_id", pa.string()), ("record_version", pa.int32()), ("model_version", pa.string()),
                        ("lang", pa.string()), ("is_complaint", pa.bool_()), ("complaint_score", pa.float64()),
                        ("promise_gap", pa.bool_()), ("promise_gap_score", pa.float64()), ("topic", pa.string()),
                        ("topic_scores", pa.string()), ("source", pa.string()), ("evidence", pa.string()),
                        ("evidence_start", pa.int32()), ("evidence_end", pa.int32()),
                        ("evidence_redacted", pa.string()), ("run_id", pa.string())])
    store.con.register("incoming_pred", pa.Table.from_pylist(rows, schema=schema))
    try:
        store.con.execute(
            """INSERT OR REPLACE INTO predictions SELECT record_id, record_version, model_version, lang,
               is_complaint, complaint_score, promise_gap, promise_gap_score, topic, topic_scores::JSON, source,
               evidence, evidence_start, evidence_end, evidence_redacted, ?, run_id FROM incoming_pred""", [now()])
    finally:
        store.con.unregister("incoming_pred")

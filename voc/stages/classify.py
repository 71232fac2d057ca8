"""The classify stage: a prediction from the current model for every new or changed record."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

import pyarrow as pa

from voc.lang import NORMALIZER_VERSION, redact
from voc.records import Reject
from voc.stages.pending import pending_batches
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
    """What the stage needs of a model (see voc.classify)."""

    version: str

    def predict(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


def classify_pending(store: Store, model: Classifier, *, batch_size: int = 5000, run_id: str | None = None,
                     progress: Callable[[int], None] | None = None,
                     predict: Callable[[list[dict]], list[dict]] | None = None) -> dict[str, int]:
    """Classify every record whose current version has no prediction from ``model``.

    Args:
        predict: how to run the model on a batch (default ``model.predict``); the Dask runner
            passes one that spreads a batch over workers.
    """
    predict = predict or model.predict
    counts = {"classified": 0, "complaints": 0, "promise_gaps": 0, "failed": 0}
    for rows in pending_batches(store, PENDING_SQL, [NORMALIZER_VERSION, model.version], batch_size):
        items = [item(r) for r in rows]
        try:
            preds = predict(items)
        except Exception as err:  # noqa: BLE001 - a batch that breaks the model goes to rejects
            store.add_rejects([Reject(r["source"], r["location"] or r["record_id"],
                                      f"classify failed for record {r['record_id']}: {err!r}") for r in rows], run_id)
            counts["failed"] += len(rows)
            continue
        by_id = {r["record_id"]: r for r in rows}
        out = [_row(p, by_id[p["id"]], model.version, run_id) for p in preds]
        _write(store, out)
        counts["classified"] += len(out)
        counts["complaints"] += sum(p["is_complaint"] for p in preds)
        counts["promise_gaps"] += sum(p["promise_gap"] for p in preds)
        if progress:
            progress(len(rows))
    return counts


def item(row: dict) -> dict[str, Any]:
    """What the model reads for one pending row: the raw text, and the normalize stage's output
    for it when that is current (so the language layer does not run twice)."""
    out = {"id": row["record_id"], "text": row["text"], "lang": row["lang"], "channel": row["channel"]}
    if row.get("text_norm") is not None:
        out["normalized"] = {"text_norm": row["text_norm"], "lang": row["lang"], "primary": row["primary_lang"],
                             "hint": row["declared_lang"],
                             "names": [row["customer_name"]] if row.get("customer_name") else []}
    return out


def _row(p: dict, rec: dict, version: str, run_id: str | None) -> dict:
    names = [rec["customer_name"]] if rec.get("customer_name") else ()
    evidence = p.get("evidence") or ""
    return {
        "record_id": rec["record_id"], "record_version": rec["version"], "model_version": version,
        "lang": p.get("lang"), "is_complaint": bool(p["is_complaint"]),
        "complaint_score": float(p["complaint_score"]), "promise_gap": bool(p["promise_gap"]),
        "promise_gap_score": float(p["promise_gap_score"]), "topic": p["topic"],
        "topic_scores": json.dumps(p.get("topic_scores") or {}), "source": p["source"],
        "evidence": evidence or None, "evidence_start": p.get("evidence_start"), "evidence_end": p.get("evidence_end"),
        "evidence_redacted": redact(evidence, names) if evidence else None, "run_id": run_id,
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

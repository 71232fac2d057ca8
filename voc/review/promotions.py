"""The model_promotions table (migration 5): every promotion decision, with its comparison."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from voc.review.promotion import Decision
from voc.store import Store

COLUMNS = ("promotion_id", "decided_at", "candidate_version", "current_version", "promote", "reasons", "comparison",
           "metrics", "labels", "model_path", "candidate_path")
JSON_COLUMNS = ("reasons", "comparison", "metrics", "labels")


def promotion_record(decision: Decision, *, decided_at: datetime, candidate_version: str,
                     current_version: str | None, metrics: dict, labels: dict, model_path: str,
                     candidate_path: str) -> dict:
    """One decision as a row of model_promotions (and the content of metrics/promotion.json)."""
    key = f"{decided_at.isoformat()}\x1f{candidate_version}\x1f{current_version}"
    return {"promotion_id": hashlib.blake2b(key.encode(), digest_size=8).hexdigest(), "decided_at": decided_at,
            "candidate_version": candidate_version, "current_version": current_version,
            "promote": decision.promote, "reasons": list(decision.reasons), "comparison": list(decision.table),
            "metrics": metrics, "labels": labels, "model_path": model_path, "candidate_path": candidate_path}


def insert_promotion(store: Store, row: dict) -> None:
    """Write one decision (inside the caller's transaction, if any)."""
    values = [json.dumps(row[c], ensure_ascii=False) if c in JSON_COLUMNS else row[c] for c in COLUMNS]
    store.con.execute(f"INSERT INTO model_promotions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                      values)


def promotion_history(store: Store) -> list[dict]:
    """Every stored decision, newest first, JSON columns decoded; empty for a store from before migration 5."""
    if not store.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'model_promotions'"):
        return []
    rows = store.query("SELECT * FROM model_promotions ORDER BY decided_at DESC, promotion_id")
    return [{**r, **{c: json.loads(r[c]) for c in JSON_COLUMNS}} for r in rows]

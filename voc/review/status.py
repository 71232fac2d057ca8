"""Where the review loop stands: queue, labels, imports, the latest quality estimate and model promotion."""

from __future__ import annotations

from voc.review.promotions import promotion_history
from voc.review.schema import has_schema
from voc.store import Store

OPEN = """NOT EXISTS (SELECT 1 FROM human_labels h
                      WHERE h.record_id = q.record_id AND h.record_version = q.record_version)"""


def review_status(store: Store) -> dict:
    """Counts for `voc review status`; zeros when the store has no review tables yet.

    Returns:
        ``queue`` (total, open, open_not_exported, open by reason and by "lang/channel"),
        ``labels`` (rows, records, labellers, by language), ``last_import``, ``quality``
        (the rows of the latest night estimated) and ``last_promotion`` (the latest retraining
        decision, or None).
    """
    empty = {"queue": {"total": 0, "open": 0, "open_not_exported": 0, "by_reason": {}, "by_slice": {}},
             "labels": {"rows": 0, "records": 0, "labellers": 0, "by_lang": {}}, "last_import": None, "quality": [],
             "last_promotion": None}
    if not has_schema(store):
        return empty
    q = store.query(f"""SELECT count(*) AS total, count(*) FILTER ({OPEN}) AS open,
                        count(*) FILTER ({OPEN} AND exported_at IS NULL) AS open_not_exported FROM review_queue q""")[0]
    q["by_reason"] = dict(store.con.execute(
        f"SELECT reason, count(*) FROM review_queue q WHERE {OPEN} GROUP BY 1 ORDER BY 1").fetchall())
    q["by_slice"] = dict(store.con.execute(
        f"SELECT lang || '/' || channel, count(*) FROM review_queue q WHERE {OPEN} GROUP BY 1 ORDER BY 1").fetchall())
    labels = store.query("""SELECT count(*) AS rows, count(DISTINCT record_id) AS records,
                            count(DISTINCT labeller) AS labellers FROM human_labels""")[0]
    labels["by_lang"] = dict(store.con.execute(
        "SELECT lang, count(DISTINCT record_id) FROM human_labels GROUP BY 1 ORDER BY 1").fetchall())
    last = store.query("SELECT * FROM review_imports ORDER BY imported_at DESC LIMIT 1")
    quality = store.query("""SELECT lang, label, model_version, n, "precision", precision_low, precision_high,
                             recall, recall_low, recall_high, day FROM review_quality
                             WHERE day = (SELECT max(day) FROM review_quality) ORDER BY lang, label""")
    promotions = promotion_history(store)
    return {"queue": q, "labels": labels, "last_import": last[0] if last else None, "quality": quality,
            "last_promotion": promotions[0] if promotions else None}

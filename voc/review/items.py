"""The queued records to export, each with the prediction shown as a pre-annotation.

A prediction's evidence offsets point into the raw text, but people see the redacted text
(personal data replaced by [PHONE] and the like, so lengths differ). The evidence is placed
again in the exported text: its redacted quote, at the occurrence nearest the raw offset.
"""

from __future__ import annotations

from datetime import date

from voc.store import Store

ITEMS_SQL = """
SELECT q.record_id, q.record_version, q.day, q.reason, q.lang, q.channel, q.text, q.text_kind,
       q.model_version, q.uncertainty,
       p.is_complaint, p.complaint_score, p.promise_gap, p.promise_gap_score, p.topic, p.source,
       p.evidence, p.evidence_redacted, p.evidence_start, p.evidence_end
FROM review_queue q
LEFT JOIN predictions p ON p.record_id = q.record_id AND p.model_version = q.model_version
                       AND p.record_version = q.record_version
WHERE ({labelled} OR NOT EXISTS (SELECT 1 FROM human_labels h
                                  WHERE h.record_id = q.record_id AND h.record_version = q.record_version))
  AND (? IS NULL OR q.day = ?)
ORDER BY q.day, q.lang, q.channel, q.reason, q.record_id"""

# A record queued before its normalized row existed gets the redacted text once it does,
# as long as no file holding its raw text has gone out yet.
REFRESH_SQL = """
UPDATE review_queue SET text = n.text_redacted, text_kind = 'redacted'
FROM normalized n
WHERE review_queue.text_kind = 'raw' AND review_queue.exported_at IS NULL
  AND n.record_id = review_queue.record_id AND n.record_version = review_queue.record_version"""

PRED_FIELDS = ("is_complaint", "complaint_score", "promise_gap", "promise_gap_score", "topic", "source")


def queue_items(store: Store, *, day: date | None = None, include_labelled: bool = False) -> list[dict]:
    """The queue's open items (or all, with ``include_labelled``), optionally of one ``day``.

    Each item: record_id, record_version, day, reason, lang, channel, text, text_kind,
    model_version, uncertainty and ``prediction`` (None when the prediction is gone) with
    the evidence as ``evidence``/``evidence_start``/``evidence_end`` in code points of ``text``.
    """
    if not store.read_only:
        store.con.execute(REFRESH_SQL)
    rows = store.query(ITEMS_SQL.format(labelled="TRUE" if include_labelled else "FALSE"), [day, day])
    return [_item(r) for r in rows]


def _item(row: dict) -> dict:
    item = {k: row[k] for k in ("record_id", "record_version", "day", "reason", "lang", "channel", "text",
                                "text_kind", "model_version", "uncertainty")}
    item["prediction"] = None
    if row["promise_gap"] is not None:
        pred = {k: row[k] for k in PRED_FIELDS}
        span = place_evidence(row) if row["promise_gap"] else None
        pred.update(evidence=row["text"][span[0]:span[1]] if span else None,
                    evidence_start=span[0] if span else None, evidence_end=span[1] if span else None)
        item["prediction"] = pred
    return item


def place_evidence(row: dict) -> tuple[int, int] | None:
    """The prediction's evidence as a span of the exported text, or None when it cannot be found."""
    text, start, end = row["text"], row["evidence_start"], row["evidence_end"]
    if row["text_kind"] == "raw" and start is not None and text[start:end] == row["evidence"]:
        return start, end
    quote = row["evidence_redacted"] or row["evidence"]
    if not quote:
        return None
    hits, at = [], text.find(quote)
    while at >= 0:
        hits.append(at)
        at = text.find(quote, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: (abs(h - (start or 0)), h))
    return best, best + len(quote)

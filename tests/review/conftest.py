"""Stores for the review tests, built row by row with SQL (records, normalized text, predictions)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from voc.review.schema import ensure_schema

DAY = date(2026, 10, 1)
T0 = datetime(2026, 10, 1, 1, 0)


class Builder:
    """Adds records, their normalized row and predictions to an open store."""

    day = DAY
    t0 = T0

    def __init__(self, store):
        self.store = store
        ensure_schema(store)

    def record(self, rid: str, text: str, *, lang: str = "fa", channel: str = "review", version: int = 1,
               redacted: str | None = None, normalized: bool = True) -> "Builder":
        con = self.store.con
        con.execute("DELETE FROM records WHERE record_id = ?", [rid])
        con.execute(
            """INSERT INTO records (record_id, source, external_id, channel, lang, text, content_hash, version,
               needs_processing, first_seen_at, updated_at) VALUES (?, 'test', ?, ?, ?, ?, ?, ?, false, ?, ?)""",
            [rid, rid, channel, lang, text, f"h{version}", version, T0, T0])
        if normalized:
            con.execute("DELETE FROM normalized WHERE record_id = ?", [rid])
            con.execute(
                """INSERT INTO normalized (record_id, record_version, lang, text_norm, text_redacted,
                   normalizer_version, processed_at) VALUES (?, ?, ?, ?, ?, 'test', ?)""",
                [rid, version, lang, text, redacted if redacted is not None else text, T0])
        return self

    def bulk(self, rows: list[dict], model: str = "m1") -> "Builder":
        """Many records at once (rid, text, lang, channel, complaint, gap), each normalized and scored."""
        import pyarrow as pa

        self.store.con.register("bulk_rows", pa.Table.from_pylist(rows))
        try:
            self.store.con.execute(
                """INSERT INTO records (record_id, source, external_id, channel, lang, text, content_hash, version,
                   needs_processing, first_seen_at, updated_at)
                   SELECT rid, 'test', rid, channel, lang, text, 'h1', 1, false, ?, ? FROM bulk_rows""", [T0, T0])
            self.store.con.execute(
                """INSERT INTO normalized (record_id, record_version, lang, text_norm, text_redacted,
                   normalizer_version, processed_at) SELECT rid, 1, lang, text, text, 'test', ? FROM bulk_rows""", [T0])
            self.store.con.execute(
                """INSERT INTO predictions (record_id, record_version, model_version, lang, is_complaint,
                   complaint_score, promise_gap, promise_gap_score, topic, source, predicted_at)
                   SELECT rid, 1, ?, lang, complaint >= 0.5, complaint, gap >= 0.5, gap,
                   CASE WHEN gap >= 0.5 THEN 'delivery' ELSE 'none' END,
                   CASE WHEN gap >= 0.5 THEN 'sales_rep' ELSE 'none' END, ? FROM bulk_rows""", [model, T0])
        finally:
            self.store.con.unregister("bulk_rows")
        return self

    def predict(self, rid: str, *, complaint: float = 0.9, gap: float = 0.1, model: str = "m1", version: int = 1,
                topic: str | None = None, source: str | None = None, evidence: tuple[int, int] | None = None,
                evidence_redacted: str | None = None, at: datetime = T0, lang: str | None = None) -> "Builder":
        text = self.store.scalar("SELECT text FROM records WHERE record_id = ?", [rid])
        is_gap = gap >= 0.5
        start, end = evidence if evidence else (None, None)
        quote = text[start:end] if evidence else None
        self.store.con.execute(
            """INSERT OR REPLACE INTO predictions (record_id, record_version, model_version, lang, is_complaint,
               complaint_score, promise_gap, promise_gap_score, topic, source, evidence, evidence_start,
               evidence_end, evidence_redacted, predicted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [rid, version, model, lang or self.store.scalar("SELECT lang FROM records WHERE record_id = ?", [rid]),
             complaint >= 0.5, complaint, is_gap, gap, topic or ("delivery" if is_gap else "none"),
             source or ("sales_rep" if is_gap else "none"), quote, start, end,
             evidence_redacted if evidence_redacted is not None else quote, at])
        return self

    def label(self, rid: str, *, is_complaint: bool, promise_gap: bool, reason: str = "random", day: date = DAY,
              model: str = "m1", version: int = 1, lang: str = "fa", labeller: str = "sara",
              at: datetime = T0, imported: datetime = T0) -> "Builder":
        """A human label written directly (quality tests control every date this way)."""
        self.store.con.execute(
            """INSERT INTO human_labels VALUES (?, ?, ?, ?, 'review', 'text', 'redacted', ?, ?, ?, ?, NULL, NULL,
               NULL, ?, ?, ?, ?, ?, 'test', 'test', ?)""",
            [f"{rid}-{version}-{at}", rid, version, lang, is_complaint, promise_gap,
             "delivery" if promise_gap else "none", "sales_rep" if promise_gap else "none",
             labeller, at, model, reason, day, imported])
        return self


@pytest.fixture
def build(store):
    """A Builder on a fresh store (``build.store`` is the open store)."""
    return Builder(store)


@pytest.fixture
def builder():
    """Make a Builder for a store a test opened itself."""
    return Builder


@pytest.fixture
def snapshot():
    """Every stored human label, for checking a failed import changed nothing."""
    return lambda store: store.con.execute("SELECT * FROM human_labels ORDER BY label_id").fetchall()

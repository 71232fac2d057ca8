"""Build stores with constructed rows (records, normalized, predictions) for trend and report tests.

Rows go straight into the tables with SQL, the way the normalize and classify stages leave
them, so tests control exactly what each record was predicted to be.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from voc.store import Store, record_id

MONDAY = datetime(2026, 9, 21, 10, 0)  # 2026-W39; eight weeks end with 2026-W46 (Sunday 2026-11-15)


@dataclass
class Row:
    """One record and its prediction. ``evidence_redacted`` defaults to ``evidence``."""

    external_id: str
    created_at: datetime | None
    text: str = "ok"
    lang: str = "en"
    channel: str = "review"
    product: str | None = "Router X2"
    segments: dict | None = None
    customer_name: str | None = None
    is_complaint: bool = False
    promise_gap: bool = False
    topic: str = "none"
    source: str = "none"
    evidence: str | None = None
    evidence_redacted: str | None = None
    text_redacted: str | None = None
    model_version: str = "pg-1"
    predicted_at: datetime = datetime(2026, 11, 16, 3, 0)
    extra_predictions: list[dict] = field(default_factory=list)  # older/newer model versions


def gap(external_id: str, created_at: datetime, topic: str, source: str, quote: str, **kw) -> Row:
    """A promise-gap record whose text is its quote."""
    return Row(external_id, created_at, text=kw.pop("text", quote), is_complaint=True, promise_gap=True, topic=topic,
               source=source, evidence=quote, **kw)


def write_store(path: Path, rows: list[Row]) -> Path:
    """Create a store at ``path`` holding ``rows``."""
    with Store(path) as s:
        recs, norms, preds = [], [], []
        for r in rows:
            rid = record_id("test", r.external_id)
            recs.append([rid, "test", r.external_id, r.channel, r.lang, r.text, r.created_at, r.product,
                         r.customer_name, json.dumps(r.segments) if r.segments else None])
            norms.append([rid, r.lang, r.lang, r.text.lower(), r.text_redacted or r.text])
            preds.append(_pred(rid, r, r.model_version, r.predicted_at, r.topic, r.source, r.promise_gap))
            for p in r.extra_predictions:
                preds.append(_pred(rid, r, p["model_version"], p["predicted_at"], p.get("topic", r.topic),
                                   p.get("source", r.source), p.get("promise_gap", r.promise_gap)))
        _insert(s, "records", ["record_id", "source", "external_id", "channel", "lang", "text", "created_at",
                               "product", "customer_name", "segments"], recs,
                "record_id, source, external_id, channel, lang, text, created_at, product, customer_name, "
                "segments::JSON, 'h', 1, false, now(), now()",
                "record_id, source, external_id, channel, lang, text, created_at, product, customer_name, "
                "segments, content_hash, version, needs_processing, first_seen_at, updated_at")
        _insert(s, "normalized", ["record_id", "lang", "primary_lang", "text_norm", "text_redacted"], norms,
                "record_id, 1, lang, primary_lang, text_norm, text_redacted, 'test', now()",
                "record_id, record_version, lang, primary_lang, text_norm, text_redacted, normalizer_version, "
                "processed_at")
        _insert(s, "predictions", ["record_id", "model_version", "lang", "is_complaint", "complaint_score",
                                   "promise_gap", "promise_gap_score", "topic", "source", "evidence",
                                   "evidence_start", "evidence_end", "evidence_redacted", "predicted_at"], preds,
                "record_id, 1, model_version, lang, is_complaint, complaint_score, promise_gap, promise_gap_score, "
                "topic, '{}'::JSON, source, evidence, evidence_start, evidence_end, evidence_redacted, "
                "predicted_at, 'run'", "")
    return path


def _insert(store: Store, table: str, columns: list[str], rows: list[list], select: str, into: str) -> None:
    """Bulk insert through a DataFrame (row-by-row inserts are slow in DuckDB)."""
    frame = pd.DataFrame(rows, columns=columns).astype(object).where(lambda d: d.notna(), None)
    store.con.register("incoming", frame)
    try:
        target = f"{table} ({into})" if into else table
        store.con.execute(f"INSERT INTO {target} SELECT {select} FROM incoming")
    finally:
        store.con.unregister("incoming")


def _pred(rid: str, r: Row, version: str, at: datetime, topic: str, source: str, is_gap: bool) -> list:
    ev = r.evidence if is_gap else None
    start = r.text.find(ev) if ev else None
    return [rid, version, r.lang, r.is_complaint or is_gap, 0.9, is_gap, 0.9 if is_gap else 0.1,
            topic if is_gap else "none", source if is_gap else "none", ev, start,
            start + len(ev) if ev else None, (r.evidence_redacted or ev) if is_gap else None, at]


def weekly(series: dict[str, list[int]], background: list[int], *, seed: int = 0, start: datetime = MONDAY,
           lang: str = "en", channel: str = "review", quotes: dict[str, list[str]] | None = None,
           **kw) -> list[Row]:
    """Rows week by week: ``background[w]`` plain records plus ``series[key][w]`` promise gaps.

    A series key is "topic/source". Records of a week are spread over its days.
    """
    rng = np.random.default_rng(seed)
    rows: list[Row] = []
    n = 0
    for w, volume in enumerate(background):
        monday = start + timedelta(weeks=w)
        for _ in range(volume):
            rows.append(Row(f"{lang}-{channel}-{n}", monday + timedelta(days=int(rng.integers(0, 7))), lang=lang,
                            channel=channel, **kw))
            n += 1
        for key, counts in series.items():
            topic, source = key.split("/")
            for i in range(counts[w]):
                pool = (quotes or {}).get(key) or [f"They promised {topic} and it did not happen"]
                rows.append(gap(f"{lang}-{channel}-{n}", monday + timedelta(days=int(rng.integers(0, 7))), topic,
                                source, pool[(w + i) % len(pool)], lang=lang, channel=channel, **kw))
                n += 1
    return rows

"""One row per classified record in the window: its slices, its latest prediction, a safe quote."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import pandas as pd

from voc.store import Store
from voc.trends.periods import Window

# The latest prediction per record: one made for the record's current version first, then
# the most recent (several model versions may coexist after a retrain).
LATEST_SQL = """
WITH latest AS (
  SELECT p.*, r.version AS current_version
  FROM predictions p JOIN records r USING (record_id)
  QUALIFY row_number() OVER (PARTITION BY p.record_id
          ORDER BY (p.record_version = r.version) DESC, p.predicted_at DESC, p.model_version DESC) = 1
)
"""

FACTS_SQL = LATEST_SQL + """
SELECT r.record_id,
       timezone(?, timezone('UTC', r.created_at)) AS local_ts,
       r.channel,
       coalesce(nullif(n.primary_lang, ''), nullif(p.lang, ''), nullif(r.lang, ''), 'unknown') AS lang,
       coalesce(nullif(trim(r.product), ''), '(none)') AS product,
       CAST(r.segments AS VARCHAR) AS segments,
       r.customer_name,
       p.model_version, p.is_complaint, p.promise_gap, p.promise_gap_score,
       CASE WHEN p.promise_gap THEN p.topic ELSE 'none' END AS topic,
       CASE WHEN p.promise_gap THEN p.source ELSE 'none' END AS source,
       CASE WHEN p.promise_gap THEN p.evidence_redacted END AS evidence_redacted
FROM records r JOIN latest p USING (record_id)
LEFT JOIN normalized n USING (record_id)
WHERE r.created_at IS NOT NULL
  AND timezone(?, timezone('UTC', r.created_at)) >= ?
  AND timezone(?, timezone('UTC', r.created_at)) < ?
"""

COVERAGE_SQL = LATEST_SQL + """
SELECT (SELECT count(*) FROM records) AS records_total,
       (SELECT count(*) FROM latest) AS classified_total,
       (SELECT count(*) FROM records r JOIN latest USING (record_id) WHERE r.created_at IS NULL) AS undated,
       (SELECT max(timezone(?, timezone('UTC', r.created_at))) FROM records r JOIN latest USING (record_id))
         AS latest_ts
"""

FACT_COLUMNS = ["record_id", "local_ts", "day", "week", "channel", "lang", "product", "segments",
                "model_version", "is_complaint", "promise_gap", "promise_gap_score", "topic", "source", "quote"]


def coverage(store: Store, tz: str) -> dict:
    """Counts that tell a reader how much of the store the trends stand on."""
    if not _has_predictions(store):
        return {"records_total": store.scalar("SELECT count(*) FROM records"), "classified_total": 0,
                "undated": 0, "latest_ts": None}
    return store.query(COVERAGE_SQL, [tz])[0]


def load_facts(store: Store, window: Window) -> pd.DataFrame:
    """The window's classified records, one row each, with the quote scrubbed a second time.

    The quote comes from ``evidence_redacted`` only (never the raw ``evidence``) and is run
    through ``voc.lang.redact`` again with the record's customer name, in case the upstream
    redaction missed something; product and segment values get the same pass. The customer
    name is dropped afterwards.
    """
    if not _has_predictions(store):
        return pd.DataFrame(columns=FACT_COLUMNS)
    start = datetime.combine(window.start, datetime.min.time())
    stop = datetime.combine(window.end + timedelta(days=1), datetime.min.time())
    tz = window.tz
    df = store.con.execute(FACTS_SQL, [tz, tz, start, tz, stop]).df()
    df["local_ts"] = pd.to_datetime(df["local_ts"])
    df["day"] = df["local_ts"].dt.date
    df["week"] = [_iso(d) for d in df["day"]]
    df["is_complaint"] = df["is_complaint"].astype(bool) | df["promise_gap"].astype(bool)
    df["quote"] = [scrub(q, lang, name) if isinstance(q, str) and q.strip() else None
                   for q, lang, name in zip(df["evidence_redacted"], df["lang"], df["customer_name"])]
    # Source fields are shown too (product names, segment values): scrubbed the same way.
    for col in ("product", "segments"):
        df[col] = [_scrub_field(v, name) for v, name in zip(df[col], df["customer_name"])]
    return df[FACT_COLUMNS].reset_index(drop=True)


@lru_cache(maxsize=65536)
def scrub(text: str, lang: str | None = None, name: str | None = None) -> str:
    """``text`` with any personal data the language layer finds replaced by placeholders."""
    from voc.lang import redact

    names = [name] if name else []
    return redact(text, names, lang=lang if lang in ("fa", "ar", "en") else None)


def _scrub_field(value: str | None, name: str | None) -> str | None:
    """A source field (few distinct values): redacted once per value, then the record's customer name removed."""
    if not isinstance(value, str) or not value:
        return value
    value = scrub(value)
    name = (name or "").strip()
    if len(name) >= 3 and name.casefold() in value.casefold():
        value = re.sub(re.escape(name), "[NAME]", value, flags=re.IGNORECASE)
    return value


def _iso(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _has_predictions(store: Store) -> bool:
    return bool(store.scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('predictions', 'normalized')") == 2)

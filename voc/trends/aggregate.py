"""Counts per topic and source, by day and ISO week, for every slice: SQL over the window's facts.

A slice is a dimension and one of its values: ``all``, ``channel``, ``lang``, ``product``
and one ``segment.<key>`` dimension per key found in the records' segments. Rates are per
1,000 classified records of the same slice and period; shares are of that slice's complaints.
"""

from __future__ import annotations

import duckdb
import pandas as pd

ANY = "*"  # the topic or source value of a row that sums over all topics or sources

SLICES_SQL = """
CREATE TEMP TABLE sliced AS
WITH f AS (SELECT *, CASE WHEN json_valid(segments) THEN segments::JSON END AS seg FROM facts)
SELECT record_id, day, week, is_complaint, promise_gap, topic, source, 'all' AS dim, 'all' AS value FROM f
UNION ALL SELECT record_id, day, week, is_complaint, promise_gap, topic, source, 'channel', channel FROM f
UNION ALL SELECT record_id, day, week, is_complaint, promise_gap, topic, source, 'lang', lang FROM f
UNION ALL SELECT record_id, day, week, is_complaint, promise_gap, topic, source, 'product', product FROM f
UNION ALL
SELECT record_id, day, week, is_complaint, promise_gap, topic, source, 'segment.' || k, coalesce(seg ->> k, '(none)')
FROM (SELECT *, unnest(json_keys(seg)) AS k FROM f WHERE json_type(seg) = 'OBJECT')
"""

PERIOD = {"day": "CAST(day AS VARCHAR)", "week": "week"}

VOLUME_SQL = """
SELECT '{grain}' AS grain, {period} AS period, dim, value, count(*) AS records,
       count(*) FILTER (WHERE is_complaint) AS complaints,
       count(*) FILTER (WHERE promise_gap) AS promise_gaps
FROM sliced GROUP BY ALL
"""

COUNTS_SQL = """
WITH g AS (
  SELECT period, dim, value, topic, source, count(*) AS n
  FROM (SELECT {period} AS period, dim, value, topic, source FROM sliced WHERE promise_gap)
  GROUP BY GROUPING SETS ((period, dim, value, topic, source), (period, dim, value, topic),
                          (period, dim, value, source), (period, dim, value))
)
SELECT '{grain}' AS grain, g.period, g.dim, g.value, coalesce(g.topic, '*') AS topic,
       coalesce(g.source, '*') AS source, g.n AS count, v.records, v.complaints,
       1000.0 * g.n / v.records AS rate_per_1000,
       CASE WHEN v.complaints > 0 THEN g.n::DOUBLE / v.complaints END AS share_of_complaints
FROM g JOIN volume v ON v.grain = '{grain}' AND v.period = g.period AND v.dim = g.dim AND v.value = g.value
"""


def aggregate(facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Volume per slice and period, and promise-gap counts per slice, period, topic and source.

    Returns:
        ``(volume, counts)``. ``volume`` has grain, period, dim, value, records, complaints,
        promise_gaps. ``counts`` has grain, period, dim, value, topic, source ("*" for all),
        count, records, complaints, rate_per_1000, share_of_complaints; only non-zero counts.
    """
    con = duckdb.connect()
    try:
        con.register("facts", facts[["record_id", "day", "week", "channel", "lang", "product", "segments",
                                     "is_complaint", "promise_gap", "topic", "source"]])
        con.execute(SLICES_SQL)
        volume_sql = " UNION ALL ".join(VOLUME_SQL.format(grain=g, period=p) for g, p in PERIOD.items())
        con.execute(f"CREATE TEMP TABLE volume AS {volume_sql}")
        counts_sql = " UNION ALL ".join(f"SELECT * FROM ({COUNTS_SQL.format(grain=g, period=p)})"
                                        for g, p in PERIOD.items())
        volume = con.execute("SELECT * FROM volume ORDER BY grain, period, dim, value").df()
        counts = con.execute(f"SELECT * FROM ({counts_sql}) ORDER BY grain, period, dim, value, topic, source").df()
    finally:
        con.close()
    return _typed(volume), _typed(counts)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("records", "complaints", "promise_gaps", "count"):
        if col in df:
            df[col] = df[col].astype("int64")
    return df

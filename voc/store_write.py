"""Bulk record upserts through Arrow: one staged batch, set-based SQL, no row-by-row inserts."""

from __future__ import annotations

import json
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from voc.records import Record, utc

_RECORD_COLUMNS = (
    "record_id source external_id channel lang text title created_at customer_id account_id "
    "product agent_id rating customer_name segments location content_hash"
).split()


def _records_table(records: list[Record]) -> tuple[pa.Table, pa.Table]:
    from voc.store import record_id

    latest: dict[str, Record] = {}
    for r in records:  # within one batch the last version of a key wins
        latest[record_id(r.source, r.external_id)] = r
    recs = list(latest.values())
    ids = list(latest.keys())
    table = pa.table({
        "record_id": ids,
        "source": [r.source for r in recs],
        "external_id": [r.external_id for r in recs],
        "channel": [r.channel for r in recs],
        "lang": [r.lang for r in recs],
        "text": [r.text for r in recs],
        "title": [r.title or None for r in recs],
        "created_at": pa.array([utc(r.created_at) for r in recs], type=pa.timestamp("us")),
        "customer_id": [r.customer_id for r in recs],
        "account_id": [r.account_id for r in recs],
        "product": [r.product for r in recs],
        "agent_id": [r.agent_id for r in recs],
        "rating": pa.array([r.rating for r in recs], type=pa.float64()),
        "customer_name": [r.customer_name for r in recs],
        "segments": [json.dumps(r.segments, ensure_ascii=False, default=str) if r.segments else None for r in recs],
        "location": [r.location for r in recs],
        "content_hash": [r.content_hash() for r in recs],
    })
    return table, _turns_table(ids, recs)


def _turns_table(ids: list[str], recs: list[Record]) -> pa.Table:
    cols: dict[str, list] = {k: [] for k in
                             "record_id turn_index role speaker start_s end_s text char_start char_end".split()}
    for rid, r in zip(ids, recs):
        pos = 0
        for i, t in enumerate(r.turns):
            prefix = f"{t.speaker or t.role}: "
            start = pos + len(prefix)
            # Turn offsets point into records.text when it is the joined turns (see join_turns).
            if r.text[start:start + len(t.text)] != t.text:
                found = r.text.find(t.text)
                start = found if found >= 0 else -1
            for k, v in (("record_id", rid), ("turn_index", i), ("role", t.role), ("speaker", t.speaker),
                         ("start_s", t.start), ("end_s", t.end), ("text", t.text),
                         ("char_start", start), ("char_end", start + len(t.text) if start >= 0 else -1)):
                cols[k].append(v)
            pos += len(prefix) + len(t.text) + 1
    return pa.table({
        **cols,
        "turn_index": pa.array(cols["turn_index"], type=pa.int32()),
        "start_s": pa.array(cols["start_s"], type=pa.float64()),
        "end_s": pa.array(cols["end_s"], type=pa.float64()),
        "char_start": pa.array(cols["char_start"], type=pa.int32()),
        "char_end": pa.array(cols["char_end"], type=pa.int32()),
        "record_id": pa.array(cols["record_id"], type=pa.string()),
        "role": pa.array(cols["role"], type=pa.string()),
        "speaker": pa.array(cols["speaker"], type=pa.string()),
        "text": pa.array(cols["text"], type=pa.string()),
    })


def upsert_records(con: duckdb.DuckDBPyConnection, records: Iterable[Record], run_id: str | None):
    """Upsert one batch by (source, external_id); returns UpsertCounts."""
    from voc.store import UpsertCounts, now

    batch = list(records)
    if not batch:
        return UpsertCounts()
    table, turns = _records_table(batch)
    cols = ", ".join(_RECORD_COLUMNS)
    ts = now()
    con.register("incoming", table)
    con.register("incoming_turns", turns)
    try:
        con.execute("BEGIN")
        con.execute(
            """CREATE OR REPLACE TEMP TABLE stage AS
               SELECT i.*, CASE WHEN r.record_id IS NULL THEN 'new'
                                WHEN r.content_hash <> i.content_hash THEN 'changed'
                                ELSE 'same' END AS state
               FROM incoming i LEFT JOIN records r USING (record_id)"""
        )
        counts = dict(con.execute("SELECT state, count(*) FROM stage GROUP BY state").fetchall())
        con.execute(
            f"""UPDATE records SET {", ".join(f"{c} = s.{c}" for c in _RECORD_COLUMNS[3:])},
                version = records.version + 1, needs_processing = true, updated_at = ?, run_id = ?
                FROM stage s WHERE s.state = 'changed' AND records.record_id = s.record_id""",
            [ts, run_id],
        )
        con.execute(
            f"""INSERT INTO records ({cols}, version, needs_processing, first_seen_at, updated_at, run_id)
                SELECT {cols}, 1, true, ?, ?, ? FROM stage WHERE state = 'new'""",
            [ts, ts, run_id],
        )
        con.execute("DELETE FROM turns WHERE record_id IN (SELECT record_id FROM stage WHERE state = 'changed')")
        con.execute(
            """INSERT INTO turns SELECT t.* FROM incoming_turns t
               JOIN stage s ON s.record_id = t.record_id AND s.state IN ('new', 'changed')"""
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("incoming")
        con.unregister("incoming_turns")
    return UpsertCounts(counts.get("new", 0), counts.get("changed", 0), counts.get("same", 0))

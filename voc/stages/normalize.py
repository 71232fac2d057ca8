"""The normalize stage: language, normalized and redacted text for every new or changed record."""

from __future__ import annotations

import json
from collections.abc import Callable

import pyarrow as pa

from voc.lang import NORMALIZER_VERSION, process
from voc.records import Reject
from voc.parallel import map_batches
from voc.stages.pending import count_pending, pending_batches
from voc.store import Store, now

PENDING_SQL = """
SELECT r.record_id, r.version, r.text, r.lang, r.customer_name, r.source, r.location
FROM records r LEFT JOIN normalized n
  ON n.record_id = r.record_id AND n.record_version = r.version AND n.normalizer_version = ?
WHERE n.record_id IS NULL AND {after}"""


def normalize_row(row: dict) -> dict:
    """Run the language layer on one record row; return the normalized table's row."""
    names = [row["customer_name"]] if row.get("customer_name") else []
    p = process(row["text"], lang_hint=row.get("lang"), names=names)
    return {
        "record_id": row["record_id"], "record_version": row["version"], "lang": p.lang,
        "lang_confidence": float(p.lang_confidence), "primary_lang": p.primary, "langs": list(p.langs),
        "romanized": p.romanized, "text_norm": p.text_norm,
        "text_redacted": p.quote(0, len(p.text_norm)) if p.text_norm else "",
        "sentences": json.dumps([list(s) for s in p.sentences]), "pii": json.dumps(p.pii),
        "normalizer_version": p.normalizer_version,
    }


def normalize_rows(rows: list[dict]) -> tuple[list[dict], list[Reject]]:
    """Normalize a batch of record rows; a text the layer cannot handle becomes a reject."""
    out, rejects = [], []
    for row in rows:
        try:
            out.append(normalize_row(row))
        except Exception as err:  # noqa: BLE001 - one bad text must not stop the run
            rejects.append(Reject(row["source"], row["location"] or row["record_id"],
                                  f"normalize failed for record {row['record_id']}: {err!r}"))
    return out, rejects


def count_normalize_pending(store: Store) -> int:
    """Records whose current version has no row from this normalizer."""
    return count_pending(store, PENDING_SQL, [NORMALIZER_VERSION])


def normalize_pending(store: Store, *, batch_size: int = 5000, run_id: str | None = None,
                      progress: Callable[[int], None] | None = None, workers: int = 1) -> dict[str, int]:
    """Normalize every record whose current version has no row from this normalizer.

    Args:
        workers: processes to spread the batches over (see voc.parallel); this process alone
            writes the store.

    Returns counts: normalized records, per language, and failures (sent to rejects).
    """
    counts: dict[str, int] = {"normalized": 0, "failed": 0}
    batches = pending_batches(store, PENDING_SQL, [NORMALIZER_VERSION], batch_size)
    for rows, result in map_batches(normalize_rows, batches, workers):
        if isinstance(result, BaseException):
            out, rejects = [], [Reject(r["source"], r["location"] or r["record_id"],
                                       f"normalize failed for record {r['record_id']}: {result!r}") for r in rows]
        else:
            out, rejects = result
        _write(store, out)
        store.add_rejects(rejects, run_id)
        counts["normalized"] += len(out)
        counts["failed"] += len(rejects)
        for r in out:
            counts[f"lang_{r['lang']}"] = counts.get(f"lang_{r['lang']}", 0) + 1
        if progress:
            progress(len(rows))
    return counts


def _write(store: Store, rows: list[dict]) -> None:
    if not rows:
        return
    table = pa.Table.from_pylist(rows)
    store.con.register("incoming_norm", table)
    try:
        store.con.execute(
            """INSERT OR REPLACE INTO normalized SELECT record_id, record_version, lang, lang_confidence,
               primary_lang, langs, romanized, text_norm, text_redacted, sentences::JSON, pii::JSON,
               normalizer_version, ? FROM incoming_norm""", [now()])
    finally:
        store.con.unregister("incoming_norm")

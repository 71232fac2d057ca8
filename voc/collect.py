"""Collection: read each source from its watermark and write records and rejects in batches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from voc.errors import InputError
from voc.ingest import get_connector
from voc.ingest.base import SourceSpec
from voc.records import Record, Reject
from voc.store import Store, UpsertCounts


@dataclass
class SourceStats:
    source: str
    collected: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    since: datetime | None = None
    cursor: datetime | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def collect_source(
    store: Store,
    spec: SourceSpec,
    *,
    run_id: str | None = None,
    since: datetime | None = None,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> SourceStats:
    """Read one source incrementally and upsert what it yields.

    Args:
        store: an open, writable store.
        spec: the source.
        run_id: the run that writes.
        since: read files modified after this instead of after the stored watermark (backfill).
        batch_size: records per bulk write.
        progress: called with the number of records just written.

    Returns:
        Counts for the run summary. The watermark moves only after every batch is stored, so
        a run killed part way re-reads the same files next time and the upsert drops repeats.
    """
    start = since if since is not None else store.get_watermark(spec.name)
    stats = SourceStats(spec.name, since=start)
    counts = UpsertCounts()
    connector = get_connector(spec)
    records: list[Record] = []
    rejects: list[Reject] = []

    def flush() -> None:
        if records:
            counts.add(store.upsert_records(records, run_id))
            if progress:
                progress(len(records))
        stats.rejected += store.add_rejects(rejects, run_id)
        records.clear()
        rejects.clear()

    try:
        for item in connector.read(start):
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                records.append(item)
                stats.collected += 1
            if len(records) >= batch_size:
                flush()
    except InputError as err:  # the source itself is unusable (missing folder): reject, go on
        rejects.append(Reject(spec.name, err.location or str(spec.path), str(err)))
    flush()
    stats.inserted, stats.updated, stats.unchanged = counts.inserted, counts.updated, counts.unchanged
    stats.cursor = connector.high_water
    if connector.high_water is not None:
        store.set_watermark(spec.name, connector.high_water, run_id)
    return stats

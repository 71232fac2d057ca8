"""Keyset-paged reads of the records a stage has not yet processed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from voc.store import Store


def pending_batches(store: Store, sql: str, params: list[Any], batch_size: int) -> Iterator[list[dict]]:
    """Yield batches of rows from ``sql`` ordered by record_id, resuming after the last one.

    ``sql`` must select ``r.record_id`` and leave a ``{after}`` placeholder for the keyset
    condition. Paging by key (not LIMIT/OFFSET) means a row that fails is passed over, not
    fetched again forever, and a batch written in between does not shift the pages.
    """
    last = ""
    while True:
        rows = store.query(sql.format(after="r.record_id > ?") + f" ORDER BY r.record_id LIMIT {int(batch_size)}",
                           [*params, last])
        if not rows:
            return
        yield rows
        last = rows[-1]["record_id"]


def count_pending(store: Store, sql: str, params: list[Any]) -> int:
    """How many rows ``sql`` (a pending_batches query) selects in all."""
    return int(store.scalar(f"SELECT count(*) FROM ({sql.format(after='TRUE')})", params))

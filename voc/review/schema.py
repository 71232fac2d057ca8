"""The review loop's tables (queue, human labels, imports, quality): migration 4 of the store.

``ensure_schema`` creates them on a store that does not hold them yet; the statements use
``IF NOT EXISTS``, so running them again is harmless.
"""

from __future__ import annotations

from voc.migrations import MIGRATIONS
from voc.store import Store

TABLES = ("review_queue", "human_labels", "review_imports", "review_quality")

# The tables are migration 4 of the store; this is the same list, for stores opened by tools
# that predate it (see ensure_schema).
MIGRATION_SQL: list[str] = dict(MIGRATIONS)[4]


def has_schema(store: Store) -> bool:
    """Whether the store holds every review table."""
    found = store.scalar(
        f"SELECT count(*) FROM information_schema.tables WHERE table_name IN ({', '.join('?' * len(TABLES))})",
        list(TABLES),
    )
    return found == len(TABLES)


def ensure_schema(store: Store) -> bool:
    """Create the review tables when missing; return whether anything was created.

    A read-only store is left as it is (readers treat missing tables as empty).
    """
    if store.read_only or has_schema(store):
        return False
    store.con.execute("BEGIN")
    try:
        for sql in MIGRATION_SQL:
            store.con.execute(sql)
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    return True

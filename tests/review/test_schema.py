"""The review tables: part of migration 4, and readers cope with a store from before it."""

from __future__ import annotations

from voc.review.schema import MIGRATION_SQL, TABLES, ensure_schema, has_schema
from voc.store import Store


def test_schema_comes_with_the_store_and_reapplying_is_safe(tmp_path):
    with Store(tmp_path / "voc.duckdb") as store:
        assert has_schema(store) and ensure_schema(store) is False
        store.con.execute("INSERT INTO review_imports VALUES ('i', 'p', 'csv', now(), 1, 0, 0, 0, '[]')")
        for sql in MIGRATION_SQL:  # IF NOT EXISTS: running it again keeps the rows
            store.con.execute(sql)
        assert store.scalar("SELECT count(*) FROM review_imports") == 1
        assert len(TABLES) == len(MIGRATION_SQL)


def test_schema_read_only_store_from_before_review_reads_as_empty(tmp_path):
    from voc.review.labels import latest_labels
    from voc.review.quality import quality_history
    from voc.review.status import review_status

    Store(tmp_path / "voc.duckdb").open(migrate_to=3).close()
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        assert ensure_schema(store) is False and not has_schema(store)
        assert latest_labels(store) == [] and quality_history(store) == []
        assert review_status(store)["queue"]["total"] == 0


def test_schema_promotions_table_is_migration_5_and_old_stores_read_as_empty(tmp_path):
    from voc.review.promotions import promotion_history

    Store(tmp_path / "voc.duckdb").open(migrate_to=4).close()
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        assert promotion_history(store) == []
    with Store(tmp_path / "voc.duckdb") as store:  # opening for writing brings it to version 5
        assert store.schema_version() == 5 and promotion_history(store) == []

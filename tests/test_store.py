"""The DuckDB store: migrations, idempotent upserts, changed records, rejects, the writer lock."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import duckdb
import pytest

from voc.errors import StoreLockedError, StoreVersionError
from voc.migrations import LATEST, MIGRATIONS
from voc.records import Reject, Turn, join_turns
from voc.store import Store


def test_store_fresh_file_has_latest_schema(store):
    assert store.schema_version() == LATEST
    tables = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    assert {"records", "turns", "runs", "watermarks", "rejects", "schema_version"} <= tables


@pytest.mark.parametrize("old_version", [v for v, _ in MIGRATIONS])
def test_store_opens_older_file_and_migrates_forward(tmp_path, make_record, old_version):
    path = tmp_path / "old.duckdb"
    with Store(path).open(migrate_to=old_version) as old:
        assert old.schema_version() == old_version
        old.upsert_records([make_record("keep-me", "العميل: وعدوني بالتوصيل خلال يومين")])
    with Store(path) as new:
        assert new.schema_version() == LATEST
        rows = new.query("SELECT external_id, text FROM records")
    assert rows == [{"external_id": "keep-me", "text": "العميل: وعدوني بالتوصيل خلال يومين"}]


def test_store_refuses_file_from_newer_voc(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store(path):
        pass
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, ?)", [LATEST + 1, datetime(2030, 1, 1)])
    con.close()
    with pytest.raises(StoreVersionError, match=f"schema version {LATEST + 1}"):
        Store(path).open()


def test_store_rerun_of_same_records_adds_nothing(store, make_record):
    batch = [make_record(f"id-{i}", f"متن شماره {i} درباره تخفیف وعده‌داده‌شده") for i in range(50)]
    first = store.upsert_records(batch, "run-1")
    second = store.upsert_records(batch, "run-2")
    assert (first.inserted, first.updated, first.unchanged) == (50, 0, 0)
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, 50)
    assert store.scalar("SELECT count(*) FROM records") == 50


def test_store_changed_upstream_record_replaces_and_is_marked(store, make_record):
    store.upsert_records([make_record("t-9", "The ad said 2-day delivery")], "run-1")
    store.con.execute("UPDATE records SET needs_processing = false")
    counts = store.upsert_records([make_record("t-9", "The ad said 2-day delivery. It took 9 days.")], "run-2")
    row = store.query("SELECT text, version, needs_processing, run_id FROM records")[0]
    assert (counts.inserted, counts.updated) == (0, 1)
    assert row == {"text": "The ad said 2-day delivery. It took 9 days.", "version": 2,
                   "needs_processing": True, "run_id": "run-2"}


def test_store_duplicate_keys_in_one_batch_keep_the_last(store, make_record):
    counts = store.upsert_records([make_record("dup", "first"), make_record("dup", "second")])
    assert counts.inserted == 1
    assert store.scalar("SELECT text FROM records") == "second"


def test_store_turns_keep_role_and_offsets_into_text(store, make_record):
    turns = [Turn("agent", "سلام، بفرمایید", "کارشناس"), Turn("customer", "گفتید نصب رایگان است", "مشتری")]
    store.upsert_records([make_record("call-1", join_turns(turns), channel="transcript", turns=turns)])
    text = store.scalar("SELECT text FROM records")
    rows = store.query("SELECT role, text, char_start, char_end FROM turns ORDER BY turn_index")
    assert [r["role"] for r in rows] == ["agent", "customer"]
    for r in rows:
        assert text[r["char_start"]:r["char_end"]] == r["text"]


def test_store_changed_transcript_replaces_its_turns(store, make_record):
    t1 = [Turn("customer", "one", "Customer")]
    t2 = [Turn("customer", "one", "Customer"), Turn("agent", "sorry, sales should not have promised that", "Agent")]
    store.upsert_records([make_record("c", join_turns(t1), channel="transcript", turns=t1)])
    store.upsert_records([make_record("c", join_turns(t2), channel="transcript", turns=t2)])
    assert store.scalar("SELECT count(*) FROM turns") == 2


def test_store_same_reject_seen_twice_is_one_row(store):
    bad = Reject("reviews", "reviews.csv:17", "E008 field 'text' is missing", "17,,2026-01-01")
    store.add_rejects([bad], "run-1")
    store.add_rejects([bad], "run-2")
    rows = store.query("SELECT location, times_seen, run_id FROM rejects")
    assert rows == [{"location": "reviews.csv:17", "times_seen": 2, "run_id": "run-2"}]


def test_store_watermark_never_moves_back(store):
    store.set_watermark("calls", datetime(2026, 11, 2))
    store.set_watermark("calls", datetime(2026, 10, 1))
    assert store.get_watermark("calls") == datetime(2026, 11, 2)


def test_store_run_record_has_counts(store):
    run_id = store.start_run("test")
    store.finish_run(run_id, "succeeded", {"collected": 7, "inserted": 5, "rejected": 2})
    row = store.query("SELECT status, collected, inserted, rejected, ended_at IS NOT NULL AS ended FROM runs")[0]
    assert row == {"status": "succeeded", "collected": 7, "inserted": 5, "rejected": 2, "ended": True}


SECOND_WRITER = """
import sys
from voc.store import Store
from voc.errors import StoreLockedError
try:
    Store(sys.argv[1]).open()
except StoreLockedError as e:
    print(e); sys.exit(3)
print("opened"); sys.exit(0)
"""


def test_store_second_concurrent_writer_is_refused(tmp_path, make_record):
    path = tmp_path / "voc.duckdb"
    with Store(path) as first:
        first.upsert_records([make_record("a")])
        proc = subprocess.run([sys.executable, "-c", SECOND_WRITER, str(path)], capture_output=True, text=True)
        assert proc.returncode == 3, proc.stderr
        assert "locked by another voc process" in proc.stdout and f"pid" in proc.stdout
    with Store(path) as again:  # the file is intact and writable once the first writer is done
        assert again.scalar("SELECT count(*) FROM records") == 1


def test_store_second_writer_in_same_process_is_refused(tmp_path):
    with Store(tmp_path / "voc.duckdb"):
        with pytest.raises(StoreLockedError, match="Only one writer"):
            Store(tmp_path / "voc.duckdb").open()


def test_store_applies_the_memory_limit(tmp_path):
    with Store(tmp_path / "m.duckdb", memory_limit="512MB") as store:
        limit = store.scalar("SELECT current_setting('memory_limit')")
    assert limit.replace(" ", "").upper() in ("488.2MIB", "512.0MB", "488.2MB")

"""The nightly Prefect flow, run for real in a shared Prefect test harness."""

from __future__ import annotations

import os

import pytest

from voc.store import Store

SOURCES = """
[[sources]]
name = "reviews"
kind = "table"
path = "reviews"
channel = "review"
[sources.mapping]
external_id = "id"
text = "body"
created_at = "date"

[[sources]]
name = "calls"
kind = "transcript"
path = "calls"
channel = "transcript"
"""

REVIEWS_CSV = (
    "id,body,date\n"
    "r1,فروشنده گفت ارسال رایگان است ولی هزینه ارسال گرفتند,2026-10-01\n"
    "r2,الإعلان قال توصيل خلال يومين ووصل بعد أسبوع,2026-10-02\n"
    "r3,,2026-10-03\n"  # no text: must be rejected, not dropped
    "r4,The listing said it works with iPhone. It does not.,not-a-date\n"
)
CALL_TXT = "الموظف: مرحبا، كيف أساعدك؟\nالعميل: وعدني المندوب بخصم عشرين بالمئة ولم يطبق\n"


@pytest.fixture
def workdir(tmp_path, write_config):
    cfg = write_config(tmp_path, SOURCES)
    (tmp_path / "inbox" / "reviews").mkdir()
    (tmp_path / "inbox" / "calls").mkdir()
    (tmp_path / "inbox" / "reviews" / "export.csv").write_text(REVIEWS_CSV, encoding="utf-8")
    (tmp_path / "inbox" / "calls" / "call-2026-10-05-ar-001.txt").write_text(CALL_TXT, encoding="utf-8")
    return cfg


def test_nightly_collects_every_source_and_records_the_run(prefect_harness, workdir):
    from pipelines.nightly import nightly

    summary = nightly(str(workdir), trigger="test")
    assert summary["totals"]["inserted"] == 3  # r1, r2 and the call
    assert summary["totals"]["rejected"] == 2  # r3 (no text) and r4 (bad date)
    with Store(workdir.parent / "voc.duckdb", read_only=True) as store:
        run = store.query("SELECT status, inserted, rejected FROM runs")[0]
        roles = [r["role"] for r in store.query("SELECT role FROM turns ORDER BY turn_index")]
        reasons = [r["location"] for r in store.query("SELECT location FROM rejects ORDER BY location")]
    assert run == {"status": "succeeded", "inserted": 3, "rejected": 2}
    assert roles == ["agent", "customer"]
    with Store(workdir.parent / "voc.duckdb", read_only=True) as store:
        call_date = store.scalar("SELECT created_at FROM records WHERE channel = 'transcript'")
    assert call_date.date().isoformat() == "2026-10-05"  # from the file name
    assert [loc.rsplit("/", 1)[-1] for loc in reasons] == ["export.csv:4", "export.csv:5"]


def test_nightly_second_run_adds_nothing_and_backfill_changes_nothing(prefect_harness, workdir):
    from pipelines.nightly import nightly

    nightly(str(workdir), trigger="test")
    again = nightly(str(workdir), trigger="test")
    backfill = nightly(str(workdir), since="2000-01-01T00:00:00", trigger="test")
    assert again["totals"]["collected"] == 0  # the watermark skips unchanged files
    assert (backfill["totals"]["inserted"], backfill["totals"]["unchanged"]) == (0, 3)
    with Store(workdir.parent / "voc.duckdb", read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM records") == 3
        assert store.scalar("SELECT count(*) FROM runs WHERE status = 'succeeded'") == 3


def test_nightly_changed_file_upstream_updates_the_record(prefect_harness, workdir):
    from pipelines.nightly import nightly

    nightly(str(workdir), trigger="test")
    csv = workdir.parent / "inbox" / "reviews" / "export.csv"
    csv.write_text(REVIEWS_CSV.replace("ولی هزینه ارسال گرفتند", "ولی ۹۰ هزار تومان هزینه ارسال گرفتند"),
                   encoding="utf-8")
    st = csv.stat()
    os.utime(csv, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a later drop of the same export
    summary = nightly(str(workdir), trigger="test")
    assert (summary["totals"]["inserted"], summary["totals"]["updated"]) == (0, 1)
    with Store(workdir.parent / "voc.duckdb", read_only=True) as store:
        row = store.query("SELECT version, needs_processing, text FROM records WHERE external_id = 'r1'")[0]
    assert row["version"] == 2 and row["needs_processing"] and "۹۰ هزار" in row["text"]


def test_nightly_refuses_to_run_while_another_writer_holds_the_store(prefect_harness, workdir):
    from pipelines.nightly import nightly
    from voc.errors import StoreLockedError

    with Store(workdir.parent / "voc.duckdb"):
        with pytest.raises(StoreLockedError):
            nightly(str(workdir), trigger="test")

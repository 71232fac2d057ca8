"""The demo job end to end: every channel and language stored, rejects shown, re-run adds nothing."""

from __future__ import annotations

import json

from voc.demo import DEMO_DIR, demo_config_path
from voc.store import Store


def test_demo_run_stores_every_channel_and_language_and_is_idempotent(prefect_harness, tmp_path, monkeypatch):
    from pipelines.nightly import nightly

    monkeypatch.setenv("VOC_DB", str(tmp_path / "demo.duckdb"))
    monkeypatch.setenv("VOC_REPORTS_DIR", str(tmp_path / "reports"))
    key = [json.loads(x) for x in (DEMO_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    first = nightly(str(demo_config_path()), trigger="test")
    second = nightly(str(demo_config_path()), trigger="test")
    with Store(tmp_path / "demo.duckdb", read_only=True) as store:
        channels = {r["channel"] for r in store.query("SELECT DISTINCT channel FROM records")}
        langs = {r["lang"] for r in store.query("SELECT DISTINCT lang FROM normalized")}
        total = store.scalar("SELECT count(*) FROM records")
        rejects = store.scalar("SELECT count(*) FROM rejects")
    assert channels == {"review", "ticket", "transcript"}
    assert {"fa", "ar", "en"} <= langs
    assert total == first["totals"]["inserted"] == sum(1 for k in key if not k["malformed"])
    assert rejects == first["totals"]["rejected"] == sum(1 for k in key if k["malformed"])
    assert second["totals"]["inserted"] == 0 and second["totals"]["collected"] == 0
    assert first["stages"]["normalize"]["normalized"] == total
    assert second["stages"]["normalize"]["normalized"] == 0

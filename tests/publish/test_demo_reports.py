"""On the bundled demo data, with the answer key standing in for the classifier, the reports
find the planted series: free installation rising, works-with-iPhone falling, two-day delivery flat."""

from __future__ import annotations

import json
from datetime import datetime

import pandas as pd
import pytest

from voc.demo import DEMO_DIR, demo_config_path

pytestmark = pytest.mark.slow  # ingests and normalizes the whole demo (about 30 s)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from voc.collect import collect_source
    from voc.config import load_config
    from voc.lang import redact
    from voc.stages.normalize import normalize_pending
    from voc.store import Store

    path = tmp_path_factory.mktemp("demo") / "voc.duckdb"
    cfg = load_config(demo_config_path())
    key = [json.loads(x) for x in (DEMO_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    with Store(path) as store:
        for spec in cfg.source_specs():
            collect_source(store, spec)
        normalize_pending(store)
        rows = store.query("SELECT record_id, external_id, version, text FROM records")
        records = {r["external_id"]: r for r in rows}
        rows = []
        for k in key:
            r = records.get(k["id"])
            if k.get("malformed") or r is None:
                continue
            ev = k["evidence"]
            start = r["text"].find(ev) if ev else None
            rows.append([r["record_id"], r["version"], "answer-key", k["lang"], k["is_complaint"], 0.9,
                         k["promise_gap"], 0.9, k["topic"], "{}", k["source"], ev, start,
                         start + len(ev) if ev else None, redact(ev, lang=k["lang"]) if ev else None,
                         datetime(2026, 11, 16), "test"])
        store.con.executemany("INSERT INTO predictions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return path, cfg


def test_demo_reports_show_the_planted_trends(demo_store, tmp_path):
    from voc.publish import publish

    path, cfg = demo_store
    cfg = cfg.model_copy(update={"publish": {"trends": {"weeks": 12, "min_records": 10}}})
    result = publish(path, cfg, out_dir=tmp_path, dry_run=True, quality={})
    assert "pricing" in result["audiences"]["sales"]["rising"]  # free installation, charged for it
    assert "compatibility" in result["audiences"]["product"]["falling"]  # works with iPhone
    topics = pd.read_parquet(tmp_path / "marketing" / "topic_trends.parquet").set_index("topic")
    assert topics.loc["delivery", "trend"] == "steady"  # two-day delivery
    claims = pd.read_parquet(tmp_path / "sales" / "claims.parquet")
    assert "free installation" in set(claims["claim"])
    for audience in ("sales", "product", "marketing"):
        assert (tmp_path / audience / f"{audience}.html").is_file()

"""The bundled demo set: reproducible, fully readable by the connectors, trends as planted."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from voc.config import load_config
from voc.demo import DEMO_DIR, demo_config_path
from voc.demo.generate import check, generate
from voc.ingest import get_connector
from voc.records import Record, Reject

KEY = [json.loads(line) for line in (DEMO_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
RECORDS = [k for k in KEY if not k["malformed"]]


@pytest.fixture(scope="module")
def read_back():
    cfg = load_config(demo_config_path())
    items = [x for spec in cfg.source_specs() for x in get_connector(spec).read()]
    return [x for x in items if isinstance(x, Record)], [x for x in items if isinstance(x, Reject)]


def test_demo_committed_files_match_generator():
    assert check() == []


def test_demo_generate_same_seed_same_bytes(tmp_path):
    generate(tmp_path / "a" / "data")
    generate(tmp_path / "b" / "data")
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert a == b


def test_demo_every_record_read_once_with_its_evidence(read_back):
    records, _ = read_back
    by_key = Counter((r.location.split("/demo/data/")[-1].split("#")[0].split(":")[0], r.external_id) for r in records)
    text = {(r.location.split("/demo/data/")[-1].split("#")[0].split(":")[0], r.external_id): r.text for r in records}
    assert len(records) == len(RECORDS)
    for k in RECORDS:
        assert by_key[(k["file"], k["id"])] == 1, k
        if k["evidence"]:
            assert k["evidence"] in text[(k["file"], k["id"])]


def test_demo_malformed_rows_become_rejects(read_back):
    _, rejects = read_back
    assert len(rejects) == sum(1 for k in KEY if k["malformed"])


def test_demo_covers_every_language_channel_and_week():
    cells = Counter((k["lang"], k["channel"]) for k in RECORDS)
    assert all(cells[(lang, ch)] > 20 for lang in ("fa", "ar", "en") for ch in ("review", "ticket", "transcript"))
    assert len({k["iso_week"] for k in RECORDS}) >= 10


@pytest.mark.parametrize(("trend", "direction"), [
    ("free_installation", "up"),  # 1-2 a week, then 7, 11, 16 in the last three weeks
    ("works_with_iphone", "down"),  # 9 a week falling to 1
    ("two_day_delivery", "flat"),  # 4-5 every week
])
def test_demo_trends_as_planted(trend, direction):
    weeks = sorted({k["iso_week"] for k in RECORDS})
    per_week = Counter(k["iso_week"] for k in RECORDS if k["trend"] == trend)
    first, last = sum(per_week[w] for w in weeks[:3]), sum(per_week[w] for w in weeks[-3:])
    assert {"up": last > 4 * first, "down": first > 4 * last, "flat": abs(first - last) <= 2}[direction]

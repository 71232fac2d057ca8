"""The project's own labelled training data: reproducible and consistent with the guide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "models" / "promise_gap" / "data"
TOPICS = {"pricing", "delivery", "product", "compatibility", "service", "terms", "availability", "other"}
SOURCES = {"sales_rep", "advertising", "listing", "contract", "unspecified"}


def test_training_data_files_match_their_generator():
    proc = subprocess.run([sys.executable, str(DATA / "make_data.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_training_data_follows_the_guide(lang):
    rows = [json.loads(x) for x in (DATA / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["channel"] for r in rows} == {"review", "ticket", "transcript"}
    gaps = [r for r in rows if r["promise_gap"]]
    assert {r["topic"] for r in gaps} == TOPICS and {r["source"] for r in gaps} == SOURCES
    for r in rows:
        assert r["lang"] == lang
        assert not r["promise_gap"] or r["is_complaint"], r["id"]
        assert (r["topic"] == "none") == (not r["promise_gap"]) == (r["source"] == "none"), r["id"]
        assert (r["evidence"] in r["text"]) and (bool(r["evidence"]) == r["promise_gap"]), r["id"]

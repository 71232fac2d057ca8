"""The demo job end to end: every channel and language stored, rejects shown, re-run adds nothing,
reports written, and the exploration notebook runs on the demo database."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from voc.demo import DEMO_DIR, demo_config_path
from voc.store import Store

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def demo_runs(prefect_harness, tmp_path_factory):
    """Run the nightly flow on the demo config twice; yield both summaries and the folder."""
    from pipelines.nightly import run_nightly

    out = tmp_path_factory.mktemp("demo")
    saved = {k: os.environ.get(k) for k in ("VOC_DB", "VOC_REPORTS_DIR")}
    os.environ["VOC_DB"], os.environ["VOC_REPORTS_DIR"] = str(out / "demo.duckdb"), str(out / "reports")
    try:
        first = run_nightly(str(demo_config_path()), trigger="test")
        second = run_nightly(str(demo_config_path()), trigger="test")
    finally:
        for k, v in saved.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    return first, second, out


def test_demo_run_stores_every_channel_and_language_and_is_idempotent(demo_runs):
    first, second, out = demo_runs
    key = [json.loads(x) for x in (DEMO_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    with Store(out / "demo.duckdb", read_only=True) as store:
        channels = {r["channel"] for r in store.query("SELECT DISTINCT channel FROM records")}
        langs = {r["lang"] for r in store.query("SELECT DISTINCT lang FROM normalized")}
        total = store.scalar("SELECT count(*) FROM records")
        rejects = store.scalar("SELECT count(*) FROM rejects")
        predicted = store.scalar("SELECT count(DISTINCT record_id) FROM predictions")
    assert channels == {"review", "ticket", "transcript"}
    assert {"fa", "ar", "en"} <= langs
    assert total == first["totals"]["inserted"] == sum(1 for k in key if not k["malformed"])
    assert rejects == first["totals"]["rejected"] == sum(1 for k in key if k["malformed"])
    assert second["totals"]["inserted"] == 0 and second["totals"]["collected"] == 0
    assert first["stages"]["normalize"]["normalized"] == total == predicted
    assert second["stages"]["normalize"]["normalized"] == 0 and second["stages"]["classify"]["classified"] == 0


def test_demo_run_writes_the_three_reports(demo_runs):
    _, _, out = demo_runs
    for audience in ("sales", "product", "marketing"):
        html = (out / "reports" / audience / f"{audience}.html").read_text(encoding="utf-8")
        assert "<svg" in html and 'dir="rtl"' in html


@pytest.mark.slow
def test_explore_notebook_runs_on_the_demo_database(demo_runs, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("VOC_DB", str(demo_runs[2] / "demo.duckdb"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) >= 3

"""Fixtures shared across the suite."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def store(tmp_path):
    """An open, writable store in a fresh DuckDB file."""
    from voc.store import Store

    with Store(tmp_path / "voc.duckdb") as s:
        yield s


@pytest.fixture
def make_record():
    """Build a Record with sensible defaults; override any field by keyword."""
    from voc.records import Record

    def make(external_id: str = "r1", text: str = "فروشنده گفت ارسال رایگان است ولی هزینه گرفتند", **kw):
        kw.setdefault("source", "test")
        kw.setdefault("channel", "review")
        kw.setdefault("created_at", datetime(2026, 10, 1, 12, 0))
        return Record(external_id=external_id, text=text, **kw)

    return make


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session (starting one costs about 10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def write_config():
    """Return a function that writes voc.toml (store, data_dir 'inbox', the given sources)."""
    return _write_config


def _write_config(folder: Path, sources: str, db: str = "voc.duckdb") -> Path:
    path = folder / "voc.toml"
    path.write_text(f'[store]\npath = "{db}"\n[run]\ndata_dir = "inbox"\nbatch_size = 2\n\n{sources}',
                    encoding="utf-8")
    (folder / "inbox").mkdir(exist_ok=True)
    return path

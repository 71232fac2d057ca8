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
    """Return a function that writes voc.toml (store, data_dir 'inbox', the given sources; by
    default the CSV source ``reviews``)."""
    return _write_config


# One CSV source read from inbox/reviews: columns id and body.
REVIEWS_TABLE = """
[[sources]]
name = "reviews"
kind = "table"
path = "reviews"
channel = "review"
[sources.mapping]
external_id = "id"
text = "body"
"""


def _write_config(folder: Path, sources: str = REVIEWS_TABLE, db: str = "voc.duckdb", run: str = "batch_size = 2\n",
                  extra: str = "") -> Path:
    """voc.toml with the store, a [run] table (data_dir inbox plus ``run``), ``sources``, then ``extra``."""
    path = folder / "voc.toml"
    path.write_text(f'[store]\npath = "{db}"\n[run]\ndata_dir = "inbox"\n{run}\n{sources}{extra}', encoding="utf-8")
    (folder / "inbox").mkdir(exist_ok=True)
    return path

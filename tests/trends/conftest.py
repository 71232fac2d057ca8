"""Fixtures for trend tests: stores built from constructed rows."""

from __future__ import annotations

import pytest

from trends.factory import write_store


@pytest.fixture
def build_store(tmp_path):
    """Return a function that writes rows into a fresh store file and returns its path."""
    counter = iter(range(1000))

    def build(rows):
        return write_store(tmp_path / f"trends-{next(counter)}.duckdb", rows)

    return build

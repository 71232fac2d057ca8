"""Fixtures for the connector tests: read a folder through a connector, split the output."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.ingest import get_connector
from voc.ingest.base import SourceSpec
from voc.records import Record, Reject


@pytest.fixture
def collect():
    """Read ``path`` as a source of ``kind``; return (records, rejects) in yield order."""

    def run(kind: str, path: Path, since=None, **spec) -> tuple[list[Record], list[Reject]]:
        spec.setdefault("name", "src")
        connector = get_connector(SourceSpec(kind=kind, path=path, **spec))
        items = list(connector.read(since))
        records = [i for i in items if isinstance(i, Record)]
        rejects = [i for i in items if isinstance(i, Reject)]
        assert len(records) + len(rejects) == len(items)
        return records, rejects

    return run

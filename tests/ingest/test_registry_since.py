"""The connector registry and incremental reads by file modification time."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from voc.errors import ConfigError
from voc.ingest import CONNECTORS, get_connector
from voc.ingest.base import SourceSpec


def at(path, when: datetime):
    """Set a file's modification time (no sleeping)."""
    ts = when.replace(tzinfo=timezone.utc).timestamp()
    os.utime(path, (ts, ts))


def test_registry_has_one_connector_per_kind():
    assert set(CONNECTORS) == {"table", "review", "helpdesk", "email", "transcript"}
    assert all(cls.kind == kind for kind, cls in CONNECTORS.items())


def test_unknown_kind_is_a_config_error_listing_the_kinds(tmp_path):
    with pytest.raises(ConfigError) as err:
        get_connector(SourceSpec("crm", "salesforce", tmp_path))
    assert str(err.value).startswith("E006 unknown source kind 'salesforce' for source 'crm'")
    assert "table, review, helpdesk, email, transcript" in str(err.value)


@pytest.mark.parametrize(
    ("kind", "old_name", "new_name", "content"),
    [
        ("table", "a.csv", "b.csv", "external_id,text\n{id},قول تخفیف دادند ولی اعمال نشد\n"),
        ("review", "a.jsonl", "b.jsonl", '{{"id": "{id}", "body": "وعدوا بالتوصيل المجاني"}}\n'),
        ("helpdesk", "a.json", "b.json", '{{"tickets": [{{"id": "{id}", "subject": "دیر رسید"}}]}}'),
        ("email", "a.eml", "b.eml", "Message-ID: <{id}@x>\nSubject: late\n\nstill waiting\n"),
        ("transcript", "a.txt", "b.txt", "Agent: hi {id}\nCustomer: you promised a callback\n"),
    ],
)
def test_since_skips_files_not_modified_after_it(tmp_path, collect, kind, old_name, new_name, content):
    (tmp_path / old_name).write_text(content.format(id="old"), encoding="utf-8")
    (tmp_path / new_name).write_text(content.format(id="new"), encoding="utf-8")
    at(tmp_path / old_name, datetime(2024, 5, 1, 2, 0))
    at(tmp_path / new_name, datetime(2024, 5, 2, 2, 0))

    everything, rejects = collect(kind, tmp_path)
    assert rejects == [] and len(everything) == 2

    connector = get_connector(SourceSpec("src", kind, tmp_path))
    newer = list(connector.read(since=datetime(2024, 5, 1, 2, 0)))  # the old file's own mtime: already read
    assert len(newer) == 1 and "new" in newer[0].external_id + newer[0].text
    assert connector.high_water == datetime(2024, 5, 2, 2, 0)
    assert list(get_connector(SourceSpec("src", kind, tmp_path)).read(since=connector.high_water)) == []


def test_files_with_other_suffixes_are_ignored(tmp_path, collect):
    (tmp_path / "calls.txt").write_text("Agent: hi\nCustomer: hello", encoding="utf-8")
    (tmp_path / "readme.md").write_text("# notes", encoding="utf-8")
    records, rejects = collect("transcript", tmp_path)
    assert len(records) == 1 and rejects == []


def test_unknown_timezone_is_a_config_error_naming_the_source(tmp_path):
    with pytest.raises(ConfigError, match="source 'crm': options.timezone 'Tehran' is not a time zone"):
        get_connector(SourceSpec("crm", "table", tmp_path, options={"timezone": "Tehran"}))

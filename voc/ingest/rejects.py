"""Rejects with catalogue messages, and a guard that turns a broken file into one reject."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from voc.errors import E008, E010, E011, InputError
from voc.records import Record, Reject

EXCERPT_BYTES = 2000  # how much of an unreadable file a reject keeps for a person to look at


def payload(data: object) -> str:
    """The raw row as a string for a reject."""
    return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, default=str)


def parse_error(source: str, location: str, fmt: str, detail: str, raw: object = "") -> Reject:
    """E010: input that is not valid ``fmt``."""
    return Reject(source, location, E010.format(location=location, fmt=fmt, detail=detail), payload(raw))


def missing_field(source: str, location: str, field: str, raw: object = "") -> Reject:
    """E008: a required field is absent or empty."""
    return Reject(source, location, E008.format(location=location, field=field), payload(raw))


def bad_value(source: str, location: str, field: str, value: object, expected: str, raw: object = "") -> Reject:
    """E011: a field holds a value of the wrong kind."""
    reason = E011.format(location=location, field=field, value=value, expected=expected)
    return Reject(source, location, reason, payload(raw))


def excerpt(path: Path) -> str:
    """The first bytes of a file, decoded leniently, for the payload of a whole-file reject."""
    try:
        with open(path, "rb") as fh:
            return fh.read(EXCERPT_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def guard(source: str, path: Path, items: Iterator[Record | Reject]) -> Iterator[Record | Reject]:
    """Yield from ``items``; a whole-file problem (InputError) ends the file as one reject."""
    try:
        yield from items
    except InputError as err:
        yield Reject(source, err.location or str(path), str(err), excerpt(path))


DATE_EXPECTED = "a date such as 2024-05-01T14:30:00+03:30, 2024-05-01 14:30 or epoch seconds"
RATING_EXPECTED = "a number such as 4 or 4.5"

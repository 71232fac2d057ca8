"""One person's answer as read from a label file, and the checked label it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class RawAnswer:
    """An answer as a reader found it: values unchecked, location kept for error messages.

    ``spans`` holds Label Studio evidence spans as ``(start, end, text)`` in the tool's
    units; ``evidence`` (with an optional code-point ``evidence_start``) is the spreadsheet
    form. ``text`` is the text the file carries, checked against the queue for Label Studio.
    """

    location: str
    record_id: str
    record_version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)  # is_complaint, promise_gap, topic, source
    evidence: str | None = None
    evidence_start: Any = None
    spans: list[tuple[Any, Any, Any]] | None = None
    labeller: Any = None
    labelled_at: Any = None
    text: str | None = None
    cleared: list[str] = field(default_factory=list)  # fields dropped because the tool hid them


@dataclass(slots=True)
class Label:
    """A valid human label for one queued record version (offsets in code points of ``text``)."""

    record_id: str
    record_version: int
    is_complaint: bool
    promise_gap: bool
    topic: str
    source: str
    evidence: str | None
    evidence_start: int | None
    evidence_end: int | None
    labeller: str
    labelled_at: datetime | None  # None: the import time
    location: str

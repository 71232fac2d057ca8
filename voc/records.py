"""The shapes connectors yield: a record (with transcript turns) or a reject."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

CHANNELS = ("review", "ticket", "transcript")
ROLES = ("agent", "customer", "unknown")


@dataclass(slots=True)
class Turn:
    """One speaker turn of a call transcript or one message of a ticket thread."""

    role: str  # one of ROLES
    text: str
    speaker: str = ""  # the label as written in the source ("Agent", "مشتری", "Sara")
    start: float | None = None  # seconds from the start of the call
    end: float | None = None


@dataclass(slots=True)
class Record:
    """A customer text as received, plus the fields the source carries.

    ``text`` is kept exactly as received. For transcripts and ticket threads it is the turns
    joined one per line as ``speaker: text``, so character offsets into it stay meaningful.
    """

    source: str
    external_id: str
    channel: str
    text: str
    created_at: datetime | None = None
    lang: str | None = None
    title: str = ""
    customer_id: str | None = None
    account_id: str | None = None
    product: str | None = None
    agent_id: str | None = None
    rating: float | None = None
    customer_name: str | None = None
    segments: dict[str, Any] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    location: str = ""  # file and line/index it came from, for people tracing it back

    def content_hash(self) -> str:
        """A digest of everything that, if changed upstream, means re-processing."""
        parts = [self.text, self.title, self.lang or "", self.channel, self.product or "",
                 "" if self.rating is None else repr(self.rating),
                 self.created_at.isoformat() if self.created_at else ""]
        for t in self.turns:
            parts.append(f"{t.role}\x1e{t.speaker}\x1e{t.text}\x1e{t.start}\x1e{t.end}")
        if self.segments:
            parts.append(json.dumps(self.segments, ensure_ascii=False, sort_keys=True, default=str))
        return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()


@dataclass(slots=True)
class Reject:
    """Input that could not become a record, with where it was and what to do about it."""

    source: str
    location: str  # "path/to/file.csv:17" or "path/to/file.json#ticket[3]"
    reason: str  # a sentence a person can act on (see voc.errors)
    payload: str = ""  # the raw row or file excerpt, as received


def utc(dt: datetime | None) -> datetime | None:
    """Return ``dt`` as a naive UTC datetime (DuckDB TIMESTAMP), assuming UTC if naive."""
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def join_turns(turns: list[Turn]) -> str:
    """Render turns as the record's text, one ``speaker: text`` line per turn."""
    return "\n".join(f"{t.speaker or t.role}: {t.text}" for t in turns)

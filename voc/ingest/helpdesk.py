"""Helpdesk ticket exports in Zendesk's shape: each ticket, with its public comments, a record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from voc.ingest.base import FileConnector, SourceSpec
from voc.ingest.fields import as_text, get_timezone, parse_datetime
from voc.ingest.rejects import DATE_EXPECTED, bad_value, guard, missing_field, parse_error
from voc.ingest.rows import JSON_SUFFIXES, JSONL_SUFFIXES, Row, read_json, read_jsonl
from voc.records import Record, Reject, Turn, join_turns

SEGMENT_KEYS = ("status", "priority", "type", "brand_id", "group_id")


def custom_fields(ticket: dict) -> dict[str, Any]:
    """Zendesk's ``custom_fields: [{id, value}]`` as ``{id: value}``, empty values left out."""
    fields = ticket.get("custom_fields") or []
    return {
        str(f["id"]): f.get("value")
        for f in fields
        if isinstance(f, dict) and "id" in f and f.get("value") not in (None, "", [])
    }


class HelpdeskConnector(FileConnector):
    """Zendesk-style ticket exports: ``{"tickets": [...]}``, a JSON array, or JSON Lines.

    A ticket's public comments become turns (role ``customer`` when the author is the
    requester, else ``agent``); internal notes (``public: false``) are left out. Without
    comments the text is the subject and the description. ``spec.mapping`` may name a ticket
    key or a custom field id for ``product``; ``spec.options``: ``lang``, ``timezone``.
    """

    kind: ClassVar[str] = "helpdesk"
    suffixes: ClassVar[tuple[str, ...]] = JSON_SUFFIXES + JSONL_SUFFIXES

    def __init__(self, spec: SourceSpec):
        super().__init__(spec)
        self.tz = get_timezone(spec.options.get("timezone"), spec.name)

    def read_file(self, path: Path) -> Iterator[Record | Reject]:
        src, enc = self.spec.name, self.spec.encoding
        if path.suffix.lower() in JSONL_SUFFIXES:
            rows = read_jsonl(path, src, enc)
        else:
            rows = read_json(path, src, enc, self.spec.options.get("records_key", "tickets"), lines_ok=True)
        yield from guard(src, path, (self.to_record(r) if isinstance(r, Row) else r for r in rows))

    def turns(self, ticket: dict, location: str) -> list[Turn] | Reject:
        """The public comments as turns, oldest first as exported."""
        requester = as_text(ticket.get("requester_id"))
        turns = []
        for i, c in enumerate(ticket.get("comments") or []):
            if not isinstance(c, dict):
                where = f"{location}.comments[{i}]"
                return parse_error(self.spec.name, where, "ticket", "expected a comment object", ticket)
            if c.get("public", True) is False:  # an internal note, not the customer's voice
                continue
            body = c.get("body") or c.get("plain_body") or ""
            if not str(body).strip():
                continue
            role = "customer" if requester and as_text(c.get("author_id")) == requester else "agent"
            turns.append(Turn(role=role, text=str(body).strip()))
        return turns

    def to_record(self, row: Row) -> Record | Reject:
        """One ticket as a record, or a reject naming the field at fault."""
        t, loc, src = row.data, row.location, self.spec.name
        if not as_text(t.get("id")):
            return missing_field(src, loc, "id", t)
        try:
            created_at = parse_datetime(t.get("created_at"), self.tz)
        except ValueError:
            return bad_value(src, loc, "created_at", t.get("created_at"), DATE_EXPECTED, t)
        turns = self.turns(t, loc)
        if isinstance(turns, Reject):
            return turns
        subject, description = as_text(t.get("subject")), str(t.get("description") or "")
        text = join_turns(turns) if turns else "\n".join(p for p in (subject, description) if p.strip())
        if not text.strip():
            return missing_field(src, loc, "description", t)
        custom = custom_fields(t)
        segments: dict[str, Any] = {k: t[k] for k in SEGMENT_KEYS if t.get(k) not in (None, "")}
        if t.get("tags"):
            segments["tags"] = list(t["tags"])
        if isinstance(t.get("via"), dict) and t["via"].get("channel"):
            segments["via"] = t["via"]["channel"]
        if custom:
            segments["custom_fields"] = custom
        product_key = self.spec.mapping.get("product")
        requester = t.get("requester") if isinstance(t.get("requester"), dict) else {}
        return Record(
            source=src,
            external_id=as_text(t["id"]),
            channel="ticket",
            text=text,
            created_at=created_at,
            lang=as_text(t.get("lang") or t.get("locale")) or self.spec.options.get("lang"),
            title=subject,
            customer_id=as_text(t.get("requester_id")) or None,
            account_id=as_text(t.get("organization_id")) or None,
            agent_id=as_text(t.get("assignee_id")) or None,
            product=as_text(t.get(product_key) or custom.get(product_key)) or None if product_key else None,
            customer_name=as_text(requester.get("name")) or None,
            segments=segments,
            turns=turns,
            location=loc,
        )

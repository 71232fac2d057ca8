"""Call transcripts (WebVTT, SRT, JSON turns, labelled plain text): one file, one call record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import srt
import webvtt

from voc.errors import E010, InputError
from voc.ingest.base import FileConnector, SourceSpec
from voc.ingest.encoding import decode_bytes
from voc.ingest.fields import date_in_name, as_text, file_key, get_timezone, parse_datetime, parse_seconds
from voc.ingest.rejects import DATE_EXPECTED, bad_value, excerpt, guard
from voc.ingest.turns import Segment, Speakers, build_turns, clean_cue, merge_turns
from voc.records import ROLES, Record, Reject, Turn, join_turns

META_FIELDS = ("customer_id", "account_id", "agent_id", "product", "customer_name", "title")
NO_TURNS = (
    "{location}: no speaker turns found. Expected lines such as 'Agent: ...', 'Customer: ...', "
    "'کارشناس: ...', 'مشتری: ...', 'الموظف: ...', 'العميل: ...', WebVTT <v Agent> voices or "
    "JSON turns with speaker and text; for other labels set [sources.options.speakers] "
    "(label = \"agent\" or \"customer\")."
)


def _file_error(path: Path, fmt: str, detail: str, location: str | None = None) -> InputError:
    location = location or str(path)
    return InputError(E010.format(location=location, fmt=fmt, detail=detail), location=location)


def vtt_segments(text: str, path: Path) -> list[Segment]:
    """Cues of a WebVTT file; a ``<v Name>`` voice names the speaker."""
    try:
        captions = webvtt.from_string(text).captions
    except webvtt.errors.MalformedFileError as err:
        raise _file_error(path, "WebVTT", str(err) or "not a WebVTT file (no WEBVTT header or cue timings)") from err
    return [Segment(c.text.splitlines(), c.start_time.in_milliseconds() / 1000,
                    c.end_time.in_milliseconds() / 1000, (c.voice or "").strip()) for c in captions]


def srt_segments(text: str, path: Path) -> list[Segment]:
    """Cues of an SRT file; speakers come from labels inside the cue text."""
    try:
        subs = list(srt.parse(text))
    except srt.SRTParseError as err:
        raise _file_error(path, "SRT", str(err)) from err
    return [Segment(clean_cue(s.content).splitlines(), s.start.total_seconds(), s.end.total_seconds()) for s in subs]


def text_segments(text: str) -> list[Segment]:
    """Each line of a plain-text transcript."""
    return [Segment([line]) for line in text.splitlines()]


def json_turns(data: Any, path: Path, speakers: Speakers) -> tuple[list[Turn], dict]:
    """Turns and call metadata of a JSON transcript: a list of turns or ``{"turns": [...]}``."""
    meta = data if isinstance(data, dict) else {}
    items = data.get("turns") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise _file_error(path, "JSON", 'expected a list of turns or an object with "turns": [...]')
    turns = []
    for i, t in enumerate(items):
        location = f"{path}#turns[{i}]"
        if not isinstance(t, dict):
            raise _file_error(path, "JSON", "expected a turn object {speaker, start, end, text}", location)
        text = as_text(t.get("text"))
        if not text:
            continue
        speaker = as_text(t.get("speaker"))
        role = t.get("role") if t.get("role") in ROLES else speakers.role(speaker)
        try:
            start, end = parse_seconds(t.get("start")), parse_seconds(t.get("end"))
        except ValueError as err:
            raise _file_error(path, "JSON", f"turn times must be seconds or hh:mm:ss ({err})", location) from err
        turns.append(Turn(role, text, speaker, start, end))
    return merge_turns(turns), meta


class TranscriptConnector(FileConnector):
    """Call transcripts; each turn keeps its speaker label, role and times.

    ``spec.options``: ``speakers`` (label -> agent/customer for labels the built-in cue
    lists do not know), ``lang``, ``timezone`` (of naive ``created_at`` in JSON metadata).
    """

    kind: ClassVar[str] = "transcript"
    suffixes: ClassVar[tuple[str, ...]] = (".vtt", ".srt", ".json", ".txt")

    def __init__(self, spec: SourceSpec):
        super().__init__(spec)
        self.speakers = Speakers(spec.options.get("speakers", {}))
        self.tz = get_timezone(spec.options.get("timezone"), spec.name)

    def read_file(self, path: Path) -> Iterator[Record | Reject]:
        yield from guard(self.spec.name, path, self._parsed(path))

    def _parsed(self, path: Path) -> Iterator[Record | Reject]:
        yield self.parse(path)

    def parse(self, path: Path) -> Record | Reject:
        """One transcript file as a record, or a reject saying why it is not one."""
        text = decode_bytes(path.read_bytes(), self.spec.encoding, str(path))
        suffix, meta = path.suffix.lower(), {}
        if suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                raise _file_error(path, "JSON", err.msg, f"{path}:{err.lineno}") from err
            turns, meta = json_turns(data, path, self.speakers)
        else:
            segments = {".vtt": vtt_segments, ".srt": srt_segments}.get(suffix)
            turns = build_turns(segments(text, path) if segments else text_segments(text), self.speakers)
        if not any(t.speaker or t.role != "unknown" for t in turns):
            return Reject(self.spec.name, str(path), NO_TURNS.format(location=path), excerpt(path))
        return self.record(path, turns, meta)

    def record(self, path: Path, turns: list[Turn], meta: dict) -> Record | Reject:
        """The call record: text is the turns, one ``speaker: text`` line each."""
        raw_date = meta.get("created_at") or meta.get("date") or meta.get("started_at") or date_in_name(path)
        try:
            created_at = parse_datetime(raw_date, self.tz)
        except ValueError:
            return bad_value(self.spec.name, str(path), "created_at", raw_date, DATE_EXPECTED, excerpt(path))
        fields = {f: as_text(meta.get(f)) or None for f in META_FIELDS}
        return Record(
            source=self.spec.name,
            external_id=as_text(meta.get("id") or meta.get("call_id")) or file_key(self.spec.path, path),
            channel="transcript",
            text=join_turns(turns),
            created_at=created_at,
            lang=as_text(meta.get("lang") or meta.get("language")) or self.spec.options.get("lang"),
            title=fields.pop("title") or "",
            turns=turns,
            location=str(path),
            **fields,
        )

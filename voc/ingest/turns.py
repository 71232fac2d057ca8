"""Speaker turns from labelled lines ("Agent: ...", "مشتری: ...", "العميل: ...") and cues."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from voc.ingest.fields import parse_seconds
from voc.lang.speakers import fold_label, speaker_role
from voc.records import ROLES, Turn

MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"  # bidi controls around RTL labels
# "[00:01:05] Agent: hi", "00:01 - مشتری : سلام", "\u200fالعميل\u200f: مرحبا", "- Agent: hi",
# colon forms: ASCII, full-width (：), small (﹕), modifier (꞉), ratio (∶)
LABELLED = re.compile(
    rf"^[\s{MARKS}]*(?:[-–—•*]\s*)?"
    rf"(?:[\[(]?(?P<ts>\d{{1,2}}(?::\d{{2}}){{1,2}}(?:[.,]\d+)?)[\])]?[\s{MARKS}]*(?:[-–—]\s*)?)?"
    rf"(?P<label>[^\s:：﹕꞉∶.!?؟،,;؛\d{MARKS}][^:：﹕꞉∶.!?؟،,;؛\n]{{0,39}}?)[\s{MARKS}]*[:：﹕꞉∶][\s{MARKS}]*(?P<text>.*)$"
)
MAX_LABEL_WORDS = 4
MIN_REPEATS = 2  # an unknown label ("Sara:") counts as a speaker once it starts this many lines
TAGS = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")  # SRT styling: <i>, <font ...>, {\an8}
MARK_RUN = re.compile(f"[{MARKS}]")


@dataclass(slots=True)
class Segment:
    """A piece of a transcript before speakers are known: a cue, or one line of a .txt."""

    lines: list[str]
    start: float | None = None
    end: float | None = None
    voice: str = ""  # a speaker named by the format itself (WebVTT <v Agent>)


@dataclass(slots=True)
class Labelled:
    label: str
    text: str
    start: float | None = None


@dataclass
class Speakers:
    """Decides which labels are speakers and what role each has.

    Args:
        roles: labels configured by the user (``{"Sara": "agent"}``); they win over cues.
    """

    roles: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._folded = {fold_label(k): v for k, v in self.roles.items() if v in ROLES}

    def role(self, label: str) -> str:
        return self._folded.get(fold_label(label)) or speaker_role(label)


def split_label(line: str) -> Labelled | None:
    """The speaker label, text and time of a line that starts like ``Agent: ...``."""
    m = LABELLED.match(line)
    if not m:
        return None
    label = MARK_RUN.sub("", m["label"]).strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    start = parse_seconds(m["ts"]) if m["ts"] else None
    return Labelled(label, m["text"].strip(), start)


def clean_cue(text: str) -> str:
    """Cue text without styling tags."""
    return TAGS.sub("", text)


def build_turns(segments: Iterable[Segment], speakers: Speakers | None = None) -> list[Turn]:
    """Turns from segments: a voice or a speaker label opens a turn; other lines continue it.

    A label counts as a speaker if its role is known, configured, or it opens at least
    two lines (named speakers such as "Sara:"). Lines before the first speaker form a turn
    of role ``unknown``. Consecutive turns of the same speaker are merged.
    """
    speakers = speakers or Speakers()
    segments = list(segments)
    parsed = [[split_label(line) for line in s.lines] for s in segments]
    seen = Counter(p.label for ps in parsed for p in ps if p)
    known = {lab for lab in seen if seen[lab] >= MIN_REPEATS or speakers.role(lab) != "unknown"}
    turns: list[Turn] = []
    for seg, labels in zip(segments, parsed):
        if seg.voice:
            text = " ".join(line.strip() for line in seg.lines if line.strip())
            turns.append(Turn(speakers.role(seg.voice), text, seg.voice, seg.start, seg.end))
            continue
        for line, lab in zip(seg.lines, labels):
            if lab and lab.label in known:
                start = lab.start if lab.start is not None else seg.start
                turns.append(Turn(speakers.role(lab.label), lab.text, lab.label, start, seg.end))
            elif line.strip() and turns:
                _extend(turns[-1], line.strip(), seg.end)
            elif line.strip():
                turns.append(Turn("unknown", line.strip(), "", seg.start, seg.end))
    return merge_turns(t for t in turns if t.text)


def _extend(turn: Turn, text: str, end: float | None) -> None:
    turn.text = f"{turn.text} {text}" if turn.text else text
    if end is not None:
        turn.end = end


def merge_turns(turns: Iterable[Turn]) -> list[Turn]:
    """Join consecutive turns of the same speaker (a sentence split over two cues)."""
    merged: list[Turn] = []
    for t in turns:
        if merged and merged[-1].speaker == t.speaker and merged[-1].role == t.role:
            _extend(merged[-1], t.text, t.end)
        else:
            merged.append(t)
    return merged

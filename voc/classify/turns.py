"""Split a transcript or ticket thread ("speaker: text" a line) into customer and agent spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Agent: ...", "مشتری: ...", "العميل : ...", "[00:01:02] Customer: ..." (label up to 40 chars)
_TURN_RE = re.compile(r"^[ \t]*(?:\[[\d:.,\s]+\]\s*)?(?P<label>[^:\n：]{1,40}?)[ \t]*[:：][ \t]*(?P<body>.*)$",
                      re.MULTILINE)
_TIME_ONLY = re.compile(r"^[\d\s.,]*$")  # "10:30 ..." is a clock time, not a speaker


@dataclass(slots=True)
class Turns:
    """Spans (into the text that was split) of what the customer and the agent said."""

    customer: list[tuple[int, int]]
    agent: list[tuple[int, int]]
    structured: bool  # True when the text was read as speaker turns


def split_turns(text: str, channel: str | None) -> Turns:
    """Read ``text`` as speaker turns when it looks like them.

    A text is read as turns when at least one line starts with a known agent or customer
    label and either the channel is ``transcript`` or two lines carry labels. Lines with no
    label continue the turn above. Turns by unknown speakers count as the customer's only when
    no line is labelled as the customer.

    Args:
        text: Normalized text.
        channel: The record's channel, or None when not given.

    Returns:
        The customer and agent spans; the whole text as the customer's when not structured.
    """
    whole = Turns([(0, len(text))], [], False)
    if channel not in (None, "transcript", "ticket"):
        return whole
    from voc.lang.speakers import speaker_role

    spans: list[tuple[str, int, int]] = []  # role, body start, turn end
    known = 0
    for m in _TURN_RE.finditer(text):
        label = m.group("label")
        if _TIME_ONLY.match(label):
            continue
        role = speaker_role(label)
        known += role != "unknown"
        if spans:
            spans[-1] = (spans[-1][0], spans[-1][1], m.start())
        spans.append((role, m.start("body"), len(text)))
    if not known or (channel != "transcript" and len(spans) < 2):
        return whole
    spans = [(r, s, _rstrip(text, s, e)) for r, s, e in spans]
    customer = [(s, e) for r, s, e in spans if r == "customer" and e > s]
    if not any(r == "customer" for r, _, _ in spans):
        customer = [(s, e) for r, s, e in spans if r == "unknown" and e > s]
    agent = [(s, e) for r, s, e in spans if r == "agent" and e > s]
    return Turns(customer, agent, True)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

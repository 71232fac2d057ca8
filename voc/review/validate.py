"""Check an answer against the annotation guide's vocabulary and the text that was exported.

Rules (ANNOTATION_GUIDE.md): is_complaint and promise_gap are booleans; a promise gap is a
complaint; topic is one of the 8 topics and source one of the 5 sources exactly when there
is a gap, else ``none``; a gap needs evidence, a verbatim substring of the text.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from voc.classify.labels import NONE, SOURCES, TOPICS
from voc.errors import InputError
from voc.review import messages as m
from voc.review.answers import Label, RawAnswer
from voc.review.messages import Problem
from voc.review.offsets import span_from_utf16

TRUE = ("true", "1", "yes")
FALSE = ("false", "0", "no")
BOOL_EXPECTED = "true or false"


def check(answer: RawAnswer, text: str, version: int, span_unit: str = "utf16") -> tuple[Label | None, list[Problem]]:
    """Check ``answer`` for the queued record version whose exported text is ``text``.

    Returns:
        ``(label, [])`` when valid, else ``(None, problems)`` listing every problem found.
    """
    problems: list[Problem] = []

    def bad(fld: str, reason: str) -> None:
        problems.append(Problem(answer.location, answer.record_id, fld, reason))

    if answer.text is not None and answer.text != text:
        bad("text", m.R_TEXT_CHANGED)
    complaint = _bool(answer.values.get("is_complaint"), "is_complaint", bad)
    gap = _bool(answer.values.get("promise_gap"), "promise_gap", bad)
    topic = _choice(answer.values.get("topic"), "topic", TOPICS, gap, bad)
    source = _choice(answer.values.get("source"), "source", SOURCES, gap, bad)
    if gap and complaint is False:
        bad("promise_gap", m.R_GAP_NOT_COMPLAINT)
    span = _evidence(answer, text, gap, span_unit, bad)
    labeller = str(answer.labeller).strip() if answer.labeller not in (None, "") else ""
    if not labeller:
        bad("labeller", m.R_LABELLER)
    when = _time(answer.labelled_at, bad)
    if problems:
        return None, problems
    start, end = span if span else (None, None)
    return Label(answer.record_id, version, complaint, gap, topic, source,
                 text[start:end] if span else None, start, end, labeller, when, answer.location), []


def _bool(value: Any, fld: str, bad) -> bool | None:
    if isinstance(value, bool):
        return value
    word = "" if value is None else str(value).strip().lower()
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    bad(fld, m.R_MISSING.format(expected=BOOL_EXPECTED) if not word else
        m.R_VALUE.format(value=value, expected=BOOL_EXPECTED))
    return None


def _choice(value: Any, fld: str, allowed: tuple[str, ...], gap: bool | None, bad) -> str:
    word = "" if value is None else str(value).strip().lower()
    expected = f"one of {', '.join(allowed)}, or none"
    if word and word != NONE and word not in allowed:
        bad(fld, m.R_VALUE.format(value=value, expected=expected))
    elif gap is False and word not in ("", NONE):
        bad(fld, m.R_NONE_WITHOUT_GAP.format(value=value))
    elif gap is True and not word:
        bad(fld, m.R_MISSING.format(expected=", ".join(allowed)))
    elif gap is True and word == NONE:
        bad(fld, m.R_NONE_WITH_GAP.format(what=fld))
    return word or NONE


def _evidence(answer: RawAnswer, text: str, gap: bool | None, unit: str, bad) -> tuple[int, int] | None:
    given = bool(answer.spans) or bool((answer.evidence or "").strip())
    if gap is False and given:
        bad("evidence", m.R_EVIDENCE_NO_GAP)
    if gap is not True:
        return None
    if not given:
        bad("evidence", m.R_EVIDENCE_MISSING)
        return None
    if answer.spans is not None:
        if len(answer.spans) != 1:
            bad("evidence", m.R_SPANS.format(n=len(answer.spans)))
            return None
        return _span(*answer.spans[0], text, unit, bad)
    return _locate(answer.evidence, answer.evidence_start, text, bad)


def _span(start: Any, end: Any, quoted: Any, text: str, unit: str, bad) -> tuple[int, int] | None:
    """A tool span as code points. Label Studio versions differ in their unit (JavaScript
    UTF-16 units or code points), so the expected unit is tried first and the other one only
    if it alone reproduces the quoted text."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        bad("evidence", m.R_VALUE.format(value=f"{start}-{end}", expected="integer offsets with start < end"))
        return None
    tries = [unit, "codepoint" if unit == "utf16" else "utf16"]
    for how in tries:
        try:
            s, e = span_from_utf16(text, start, end) if how == "utf16" else (start, end)
        except InputError:
            continue
        if e <= len(text) and (quoted is None or text[s:e] == quoted):
            return s, e
    bad("evidence", m.R_SPAN.format(start=start, end=end, value=quoted))
    return None


def _locate(evidence: str, start: Any, text: str, bad) -> tuple[int, int] | None:
    quote = evidence.strip()
    if isinstance(start, int) and text[start:start + len(quote)] == quote:
        return start, start + len(quote)
    at = text.find(quote)
    if at < 0 and quote.startswith("'"):  # the spreadsheet guard put before a leading = + - @
        quote = quote[1:]
        at = text.find(quote)
    if at < 0 or not quote:
        bad("evidence", m.R_EVIDENCE_NOT_FOUND.format(value=evidence))
        return None
    return at, at + len(quote)


def _time(value: Any, bad) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        stamp = value
    else:
        try:
            stamp = datetime.fromisoformat(str(value).strip())
        except ValueError:
            bad("labelled_at", m.R_TIME.format(value=value))
            return None
    return stamp.astimezone(timezone.utc).replace(tzinfo=None) if stamp.tzinfo else stamp

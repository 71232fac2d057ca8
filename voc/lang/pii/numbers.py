"""Runs of digit groups ("+98 912-345 6789") and the windows of groups a recognizer may claim.

Works on text whose digits are already Latin (voc.lang.common.canonicalise_digits).
Groups join into a run across spaces, dashes and brackets only: commas, dots and slashes
belong to prices, decimals and dates ("2,500,000", "1.5", "1402/05/12") and end a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_GROUP_RE = re.compile(r"\d+")
# What may stand between two groups of one number: "0912 345", "0912-345", "(021) 8888".
_GAP_RE = re.compile(r"[ \-()]{1,3}")
# A run touching these continues as a non-PII number: "1,250,000", "3.5", "10:30", "1402/05".
_GLUE = ",./:٫٬"
# Dates written with dashes look like runs: "2024-03-01", "01-03-2024", "1402-05-12".
_DASH_DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}")
MIN_DIGITS = 7  # shorter runs are quantities, prices, order numbers: never PII
MAX_GROUPS = 8  # no identifier is written in more groups ("IR06 0170 0000 0012 3456 7890 01" has 7)


@dataclass(frozen=True, slots=True)
class Window:
    """Consecutive digit groups of one run: where they are and what they spell."""

    start: int  # of the first group (or its "+" / "00" / "(")
    end: int  # after the last group
    digits: str  # the groups' digits joined
    plus: bool  # written with a leading "+" or "00" (international form)
    groups: int  # how many groups
    # A literal "+": "00" alone may also open a national ID ("0084575948"), "+" never does.
    plus_sign: bool = False


def runs(text: str) -> Iterator[list[re.Match]]:
    """Yield each run of digit groups (as regex matches) with at least MIN_DIGITS digits."""
    run: list[re.Match] = []
    for m in _GROUP_RE.finditer(text):
        gap = text[run[-1].end() : m.start()] if run else ""
        # a lone digit continues a number only after a dash ("049-937089-9"): "1 2 3 4 5 6 7 8"
        # is a list, not a phone number
        if run and (len(m.group()) > 1 or "-" in gap) and _GAP_RE.fullmatch(gap):
            run.append(m)
            continue
        if run:
            yield from _checked(text, run)
        run = [m]
    if run:
        yield from _checked(text, run)


def _checked(text: str, run: list[re.Match]) -> Iterator[list[re.Match]]:
    start, end = run[0].start(), run[-1].end()
    if sum(len(m.group()) for m in run) < MIN_DIGITS:
        return
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
        return  # part of a code such as "ORD12345678" or "A7B..."
    if before in _GLUE and start >= 2 and text[start - 2].isdigit():
        return
    if after in _GLUE and end + 1 < len(text) and text[end + 1].isdigit():
        return
    if _DASH_DATE_RE.fullmatch(text, start, end):
        return
    yield run


def windows(text: str, run: list[re.Match], min_digits: int, max_digits: int) -> Iterator[Window]:
    """Each window of up to MAX_GROUPS consecutive groups with a digit count in range, longest first."""
    n = len(run)
    prefix = [0]
    for m in run:
        prefix.append(prefix[-1] + len(m.group()))
    for size in range(min(n, MAX_GROUPS), 0, -1):
        for i in range(0, n - size + 1):
            if min_digits <= prefix[i + size] - prefix[i] <= max_digits:
                yield _window(text, run[i : i + size])


def _window(text: str, groups: list[re.Match]) -> Window:
    start, end = groups[0].start(), groups[-1].end()
    digits = "".join(m.group() for m in groups)
    plus = plus_sign = start > 0 and text[start - 1] == "+"
    if plus:
        start -= 1
    elif digits.startswith("00"):
        plus = True
    if start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
        start -= 1
    return Window(start, end, digits, plus, len(groups), plus_sign)

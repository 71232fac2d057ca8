"""Sentence boundaries: a line always ends a sentence; so do . ! ? ؟ … before a space."""

from __future__ import annotations

import re

# A break: sentence-final punctuation (with closing quotes/brackets) then spaces, or a newline.
# "دیر رسید. غذا سرد بود" splits after "رسید."; "ali.rezaei@mail.com" and "2.5" do not split.
_BREAK_RE = re.compile(r"(?<![.!?؟…])([.!?؟…]+[\"'»”’)\]]*)[ ]+|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, without surrounding whitespace."""
    spans = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        end = m.end(1) if m.group(1) else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def split_lines(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Cut spans at newlines, so each transcript turn starts its own sentence."""
    out = []
    for start, end in spans:
        for piece in text[start:end].split("\n"):
            a, b = _strip(text, start, start + len(piece))
            if a < b:
                out.append((a, b))
            start += len(piece) + 1
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

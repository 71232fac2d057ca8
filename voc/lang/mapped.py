"""Text that remembers, for each of its characters, where it came from in the raw text.

Every normalization step in voc.lang works on a `MappedText` and returns a new one, so that a
span of the normalized text can always be shown as the customer wrote it. Three kinds of
edit keep the map exact:

* ``translate``: one character to one character (str.translate); the map is unchanged.
* ``sub``: a regex replacement; inside a match, a common prefix and suffix keep their own
  offsets and the changed middle maps to the raw start of what it replaced (characters
  inserted after a kept character attach to it).
* deletion is ``sub`` with an empty replacement; deleted raw characters fold into the span
  of the character before them.

``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the raw index where normalized
character ``i`` starts and the last entry is ``len(raw)``. It never decreases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Replacement = str | Callable[[re.Match], str]


@dataclass(frozen=True, slots=True)
class CharMap:
    """A one-to-one character table plus a pattern finding its keys (to skip clean text fast)."""

    table: dict[int, str]
    pattern: re.Pattern

    @classmethod
    def of(cls, table: dict[int, str]) -> CharMap:
        """Build from a str.maketrans-style table whose values are single characters."""
        if any(len(v) != 1 for v in table.values()):
            raise ValueError("CharMap values must be single characters; use MappedText.sub")
        keys = "".join(re.escape(chr(k)) for k in sorted(table))
        return cls(table, re.compile(f"[{keys}]" if keys else "(?!)"))


@dataclass(frozen=True, slots=True)
class MappedText:
    """A normalized text and its map back to raw character offsets."""

    text: str
    offsets: list[int]

    @classmethod
    def of(cls, raw: str) -> MappedText:
        """Wrap raw text with the identity map."""
        return cls(raw, list(range(len(raw) + 1)))

    def translate(self, chars: CharMap) -> MappedText:
        """Apply a one-character-to-one-character table; the offsets stay as they are."""
        if not chars.pattern.search(self.text):
            return self
        return MappedText(self.text.translate(chars.table), self.offsets)

    def sub(self, pattern: re.Pattern, repl: Replacement) -> MappedText:
        """Replace every match of ``pattern`` with ``repl`` (a template or a function)."""
        text, offsets = self.text, self.offsets
        pieces: list[str] = []
        new_offsets: list[int] = []
        last = 0
        for m in pattern.finditer(text):
            start, end = m.span()
            new = repl(m) if callable(repl) else m.expand(repl)
            old = text[start:end]
            if new == old:
                continue
            pieces.append(text[last:start])
            new_offsets.extend(offsets[last:start])
            pieces.append(new)
            new_offsets.extend(_align(old, new, offsets[start : end + 1], new_offsets))
            last = end
        if not pieces:
            return self
        pieces.append(text[last:])
        new_offsets.extend(offsets[last:])
        return MappedText("".join(pieces), new_offsets)

    def splice(self, edits: list[tuple[int, int, str]]) -> MappedText:
        """Replace each ``text[start:end]`` by a new string (sorted, non-overlapping edits).

        Every character of a replacement maps to the raw start of what it replaced, so a
        placeholder maps back to the whole span it hides.
        """
        text, offsets = self.text, self.offsets
        pieces: list[str] = []
        new_offsets: list[int] = []
        last = 0
        for start, end, new in edits:
            pieces.append(text[last:start])
            new_offsets.extend(offsets[last:start])
            pieces.append(new)
            new_offsets.extend([offsets[start]] * len(new))
            last = end
        pieces.append(text[last:])
        new_offsets.extend(offsets[last:])
        return MappedText("".join(pieces), new_offsets)

    def raw_span(self, start: int, end: int, raw: str | None = None) -> tuple[int, int]:
        """Map ``text[start:end]`` to ``(raw_start, raw_end)``; see :func:`map_span`."""
        return map_span(self.offsets, self.text, start, end, raw)


def map_span(
    offsets: Sequence[int], norm: str, start: int, end: int, raw: str | None = None
) -> tuple[int, int]:
    """Map ``norm[start:end]`` to ``(raw_start, raw_end)`` through ``offsets``, rounding outwards.

    A span ending inside a group of characters made from one raw character (an expanded
    ligature, a placeholder) is widened to the whole of that raw character. With ``raw``
    given, whitespace the span did not ask for is trimmed from both ends.
    """
    n = len(norm)
    if not 0 <= start <= end <= n:
        raise IndexError(f"span ({start}, {end}) outside text of length {n}")
    raw_start = offsets[start]
    if end == start:
        return raw_start, raw_start
    j = end
    last = offsets[end - 1]
    while j < n and offsets[j] == last:
        j += 1
    raw_end = offsets[j]
    if raw is not None:
        if not norm[end - 1].isspace():
            while raw_end > raw_start and raw[raw_end - 1].isspace():
                raw_end -= 1
        if not norm[start].isspace():
            while raw_start < raw_end and raw[raw_start].isspace():
                raw_start += 1
    return raw_start, raw_end


def _align(old: str, new: str, old_offsets: list[int], before: list[int]) -> list[int]:
    """Offsets for ``new`` replacing ``old`` (whose offsets, plus the next one, are given)."""
    if len(new) == len(old):
        return old_offsets[: len(new)]
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    middle = len(new) - prefix - suffix
    if len(old) - suffix > prefix:
        anchor = old_offsets[prefix]  # new text starts where what it replaced started
    elif prefix:
        anchor = old_offsets[prefix - 1]  # pure insertion: attach to the kept char before it
    else:
        anchor = before[-1] if before else old_offsets[0]
    tail = old_offsets[len(old) - suffix : len(old)]
    return old_offsets[:prefix] + [anchor] * middle + tail

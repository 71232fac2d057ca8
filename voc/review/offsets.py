"""Character offsets between Python (code points) and JavaScript tools (UTF-16 code units).

Label Studio measures spans with JavaScript string indices, in which a character outside
the Basic Multilingual Plane (most emoji) counts twice. Persian and Arabic letters, ZWNJ
(U+200C) and the bidi marks are single units in both, so only astral characters shift.
"""

from __future__ import annotations

from voc.errors import InputError


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 index of code point ``index`` of ``text``: "a😀b", 2 -> 3."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, unit: int) -> int:
    """The code point index of UTF-16 index ``unit``: "a😀b", 3 -> 2.

    Raises:
        InputError: when ``unit`` falls inside a surrogate pair or past the end of ``text``.
    """
    seen = 0
    for i, ch in enumerate(text):
        if seen == unit:
            return i
        seen += 2 if ord(ch) > 0xFFFF else 1
        if seen > unit:
            raise InputError(f"UTF-16 offset {unit} splits the character {ch!r} at position {i}")
    if seen == unit:
        return len(text)
    raise InputError(f"UTF-16 offset {unit} is past the end of the text ({seen} units)")


def span_to_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    """A code point span as UTF-16 units."""
    return to_utf16(text, start), to_utf16(text, end)


def span_from_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    """A UTF-16 span as code points (raises InputError as ``from_utf16``)."""
    return from_utf16(text, start), from_utf16(text, end)

"""Language-independent normalization steps: invisible marks, spaces, compatibility forms, digits."""

from __future__ import annotations

import re
import unicodedata

from voc.lang.mapped import CharMap, MappedText

# Persian ۰-۹ and Arabic-Indic ٠-٩ digits become Latin 0-9, the one form voc matches on.
_DIGITS = {ord(p): str(i) for i, p in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_DIGITS |= {ord(a): str(i) for i, a in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS |= {ord("٫"): ".", ord("٬"): ",", ord("٪"): "%"}  # decimal/thousands separators, percent
DIGIT_TABLE = CharMap.of(str.maketrans(_DIGITS))

# Tabs, no-break and typographic spaces become a plain space; line/paragraph separators a newline.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
SPACE_TABLE = CharMap.of(str.maketrans({**{ord(c): " " for c in _SPACES}, 0x2028: "\n", 0x2029: "\n",
                                        0x85: "\n", 0x0B: "\n", 0x0C: "\n"}))

# Zero-width and bidi controls, BOM, soft hyphen, C0 controls, CR: "سلام\u200f" -> "سلام".
# ZWNJ (U+200C) is kept: it is part of Persian spelling (نیم‌فاصله).
_INVISIBLE_RE = re.compile("[\u200b\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                           "\ufeff\u00ad\r\x00-\x08\x0e-\x1f\x7f]")


def _compatibility_table() -> dict[str, str]:
    """NFKC of Arabic presentation forms and full-width forms, per character ("ﻻ" -> "لا")."""
    table = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF01, 0xFFEE)):
        for cp in range(lo, hi + 1):
            char = chr(cp)
            norm = unicodedata.normalize("NFKC", char)
            if norm == char or unicodedata.category(char) == "Cn":
                continue
            if all(unicodedata.combining(c) or c == " " for c in norm):
                norm = ""  # isolated harakat forms like U+FE70 decompose to space + mark
            table[char] = norm
    return table


COMPATIBILITY = _compatibility_table()
# One character class holding every key of COMPATIBILITY: "ﺳﻼﻡ" (presentation forms) -> "سلام".
_COMPATIBILITY_RE = re.compile("[" + re.escape("".join(COMPATIBILITY)) + "]")

# ZWNJ not between two letters: "‌سلام ‌" -> "سلام ", "نمی‌‌خواهم" -> "نمی‌خواهم".
_STRAY_ZWNJ_RE = re.compile(r"(?<![^\W\d_])\u200c+|\u200c+(?![^\W\d_])|(?<=\u200c)\u200c+")
# Runs of spaces -> one space: "خیلی   خوب" -> "خیلی خوب".
_MULTI_SPACE_RE = re.compile(r" {2,}")
# Spaces around a line break go: "سلام \n خوبی" -> "سلام\nخوبی".
_SPACE_AROUND_NEWLINE_RE = re.compile(r" *\n[ \n]*")
# Leading and trailing whitespace of the whole text goes.
_EDGE_SPACE_RE = re.compile(r"^\s+|\s+$")


def remove_invisibles(mt: MappedText) -> MappedText:
    """Delete zero-width and bidi control characters, keeping ZWNJ."""
    return mt.sub(_INVISIBLE_RE, "")


def unify_spaces(mt: MappedText) -> MappedText:
    """Turn tabs and exotic spaces into a plain space, line separators into a newline."""
    return mt.translate(SPACE_TABLE)


def expand_compatibility(mt: MappedText) -> MappedText:
    """Replace Arabic presentation forms and full-width characters by their plain form."""
    return mt.sub(_COMPATIBILITY_RE, lambda m: COMPATIBILITY[m.group()])


def canonicalise_digits(mt: MappedText) -> MappedText:
    """Turn Persian and Arabic-Indic digits (and ٫ ٬ ٪) into Latin ones."""
    return mt.translate(DIGIT_TABLE)


def remove_stray_zwnj(mt: MappedText) -> MappedText:
    """Delete ZWNJs that do not join two letters, and repeated ones."""
    return mt.sub(_STRAY_ZWNJ_RE, "")


def collapse_spaces(mt: MappedText) -> MappedText:
    """Collapse space runs, drop spaces around line breaks and blank lines, strip the ends."""
    mt = mt.sub(_MULTI_SPACE_RE, " ")
    mt = mt.sub(_SPACE_AROUND_NEWLINE_RE, lambda m: "\n")
    return mt.sub(_EDGE_SPACE_RE, "")


# Steps that keep every letter a language identifier needs (Persian vs Arabic digits too).
PRE_STEPS = (remove_invisibles, unify_spaces, expand_compatibility)
# Every language normalizer starts with FIRST_STEPS and ends with LAST_STEPS.
FIRST_STEPS = (*PRE_STEPS, canonicalise_digits)
LAST_STEPS = (remove_stray_zwnj, collapse_spaces)

"""The match form of normalized text: one character for one, so positions stay those of text_norm.

The language layer keeps letter variants that carry meaning for people (Arabic ة, Persian
ZWNJ, case). Cue matching and n-gram features ignore them: ة → ه, ZWNJ → space, upper →
lower case, Arabic/Persian yeh and kaf each to their language's letter.
"""

from __future__ import annotations

ZWNJ = "\u200c"

_COMMON = {ord(ZWNJ): " "}
_TABLES = {
    "fa": str.maketrans({**_COMMON, "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و"}),
    "ar": str.maketrans({**_COMMON, "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "أ": "ا", "إ": "ا",
                         "آ": "ا", "ٱ": "ا"}),
    "en": str.maketrans(_COMMON),
}


def fold(text: str, lang: str) -> str:
    """Return the match form of ``text``: same length, index i is text[i] folded.

    >>> fold("عکس‌ها", "fa")
    'عکس ها'
    >>> fold("الصورة", "ar")
    'الصوره'
    """
    out = text.translate(_TABLES.get(lang, _TABLES["en"]))
    low = out.lower()
    if len(low) == len(out):
        return low
    # A few characters lower to two ("İ" -> "i̇"); keep the length, lowering one at a time.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)

"""Recognise Persian (Finglish) and Arabic (Arabizi) written in Latin letters."""

from __future__ import annotations

import re

from voc.lang.ar.langid_cues import ARABIZI
from voc.lang.en.langid_cues import WORDS as EN_WORDS
from voc.lang.fa.langid_cues import FINGLISH

FINGLISH_TAG, ARABIZI_TAG = "finglish", "arabizi"

# Latin tokens with the digits Arabizi uses as letters: "3ala", "7elw", "ma3a", "2ana".
_TOKEN_RE = re.compile(r"[a-z0-9']+")
_ARABIZI_DIGIT_WORD_RE = re.compile(r"(?=[a-z]*[2357])(?=[^aeiou]*[aeiou])[a-z2357']+")
# Numbers with an English suffix are not Arabizi: "2nd", "5pm", "3days", "7am", "5star".
_ENGLISH_NUMBER_RE = re.compile(
    r"\d+(st|nd|rd|th|am|pm|s|k|m|g|gb|mb|x|d|h|hr|hrs|min|mins|kg|cm|mm|ml|km|days?|star|stars|way)"
)
_TEXTSPEAK = frozenset({"2day", "2morrow", "2moro", "2nite", "2night", "2gether", "2go"})


def is_arabizi_digit_word(token: str) -> bool:
    """True for a word that uses 2/3/5/7 as letters ("3ayez", "ma3"), not "2nd" or "mp3"."""
    letters = sum(c.isalpha() for c in token)
    return (
        letters >= 2
        and _ARABIZI_DIGIT_WORD_RE.fullmatch(token) is not None
        and _ENGLISH_NUMBER_RE.fullmatch(token) is None
        and token not in _TEXTSPEAK
    )


def romanized_kind(text: str) -> str | None:
    """``"finglish"``, ``"arabizi"`` or None for a Latin-script sentence.

    Two or more cue words are needed (Arabizi digit-words count once an Arabizi cue word
    is present, or from three of them), and more of them than English function words, so
    an English sentence with one borrowed word stays English.
    """
    tokens = _TOKEN_RE.findall(text.lower())
    if not tokens:
        return None
    finglish = arabizi = digit_words = english = 0
    for token in tokens:
        if token in FINGLISH:
            finglish += 1
        elif token in ARABIZI:
            arabizi += 1
        elif not token.isalpha() and is_arabizi_digit_word(token):
            digit_words += 1
        elif token in EN_WORDS:
            english += 1
    if arabizi or digit_words >= 3:  # "me2make" alone is English texting, not Arabizi
        arabizi += digit_words
    best = max(finglish, arabizi)
    if best < 2 and not (best == 1 and len(tokens) == 1):
        return None
    if best <= english:
        return None
    return ARABIZI_TAG if arabizi > finglish else FINGLISH_TAG

"""Which writing system each word uses, and the letter and word evidence for Persian vs Arabic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from voc.lang.ar import langid_cues as ar_cues
from voc.lang.fa import langid_cues as fa_cues

ARABIC, LATIN, OTHER = "arabic", "latin", "other"

# Letters of other Arabic-script languages (Urdu, Pashto, Kurdish, Uyghur, Sindhi): "ٹ", "ڕ", "ۆ".
_OTHER_ARABIC_LETTERS_RE = re.compile("[ٹڈڑںےۓځڅښږګڼېێۆڕڵۇۈۋڀٺٻٽٿڄڃڇڊڌڍڎڏڙڦڻڳڱ]")
# Counts of these letters (and digits) are evidence for Persian or Arabic.
_FA_LETTERS_RE = re.compile(f"[{fa_cues.LETTERS}]")
_FA_WEAK_LETTERS_RE = re.compile(f"[{fa_cues.WEAK_LETTERS}]")
_AR_LETTERS_RE = re.compile(f"[{ar_cues.LETTERS}]")

# For word look-ups: one form per letter, no diacritics, no ZWNJ ("خيلي" -> "خیلی", "أنا" -> "انا").
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا",
                       "\u200c": None, "\u0640": None, **{chr(c): None for c in range(0x064B, 0x0660)},
                       "\u0670": None})
# Letters stretched for emphasis count once: "ممتازززز" -> "ممتاز".
_REPEATS_RE = re.compile(r"(.)\1{2,}")
_FA_WORDS = frozenset(w.translate(_FOLD) for w in fa_cues.WORDS)
_AR_WORDS = frozenset(w.translate(_FOLD) for w in ar_cues.WORDS)
_AL_EXCEPTIONS = frozenset(w.translate(_FOLD) for w in ar_cues.AL_EXCEPTIONS)


_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# "می‌روم", "بُزرگ", "خیلیییی": Arabic-script letters with marks, tatweel and ZWNJ inside.
_ARABIC_WORD_RE = re.compile(f"[{_ARABIC_LETTER}][{_ARABIC_LETTER}\u064b-\u065f\u0670\u0640\u200c]*")
# "don't", "café": Latin letters with apostrophes inside.
_LATIN_WORD_RE = re.compile(f"[{_LATIN_LETTER}](?:[{_LATIN_LETTER}]|['’](?=[{_LATIN_LETTER}]))*")
# Letters of any other script (Cyrillic, CJK, Hebrew, Devanagari...).
_OTHER_WORD_RE = re.compile(f"[^\\W\\d_{_LATIN_LETTER}{_ARABIC_LETTER}\u0600-\u06ff]+")


@dataclass(slots=True)
class ScriptCounts:
    """The words of a text, grouped by writing system."""

    arabic: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.arabic) + len(self.latin) + len(self.other)


def count_scripts(text: str) -> ScriptCounts:
    """Split ``text`` into words and group them by writing system."""
    return ScriptCounts(
        _ARABIC_WORD_RE.findall(text), _LATIN_WORD_RE.findall(text), _OTHER_WORD_RE.findall(text)
    )


@dataclass(frozen=True, slots=True)
class ArabicEvidence:
    """Persian vs Arabic evidence in a span of Arabic-script text."""

    fa_letters: float  # پ ژ ی ک ۰-۹ count 1, گ چ count 0.5
    ar_letters: int  # ك ة ٠-٩
    fa_words: int  # common Persian words
    ar_words: int  # common Arabic words, and ال-nouns
    other_letters: int  # Urdu, Pashto, Kurdish... letters


def arabic_evidence(text: str, words: list[str]) -> ArabicEvidence:
    """Count the letter and word evidence for Persian and Arabic in ``text`` / ``words``."""
    fa_letters = len(_FA_LETTERS_RE.findall(text)) + 0.5 * len(_FA_WEAK_LETTERS_RE.findall(text))
    ar_letters = len(_AR_LETTERS_RE.findall(text))
    other_letters = len(_OTHER_ARABIC_LETTERS_RE.findall(text))
    fa_words = ar_words = 0
    for word in words:
        folded = _REPEATS_RE.sub(r"\1", word.translate(_FOLD))
        if folded in _FA_WORDS:
            fa_words += 1
        elif folded in _AR_WORDS or (
            folded.startswith("ال") and len(folded) >= 4 and folded not in _AL_EXCEPTIONS
        ):
            ar_words += 1
    return ArabicEvidence(fa_letters, ar_letters, fa_words, ar_words, other_letters)

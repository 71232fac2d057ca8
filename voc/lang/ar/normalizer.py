"""Arabic normalization built on camel-tools' normalize and dediac functions, offset-mapped.

camel-tools' functions (``normalize_alef_ar``, ``normalize_alef_maksura_ar``,
``normalize_teh_marbuta_ar``, ``dediac_ar``) act one character at a time, so voc applies
each to every Arabic-block character once, at import, and keeps the results as tables:
the same output, a map back to raw offsets, and no per-call regex work. Its word tokenizer
is not used (too slow for the hot path).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from voc.lang import common
from voc.lang.mapped import CharMap, MappedText

try:
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )
except ImportError as exc:  # pragma: no cover - camel-tools is a declared dependency
    raise ImportError("Arabic normalization needs camel-tools: pip install 'camel-tools==1.5.7'") from exc

_ARABIC_BLOCK = [chr(cp) for cp in range(0x0600, 0x0700)]
TATWEEL = "\u0640"


def _table(fn: Callable[[str], str]) -> CharMap:
    """The 1:1 changes ``fn`` makes to single Arabic characters, as a translate table."""
    return CharMap.of({ord(c): fn(c) for c in _ARABIC_BLOCK if fn(c) != c and len(fn(c)) == 1})


# Hamzated and wasla alefs -> bare alef: "أحمد" / "إلى" / "آخر" -> "احمد" / "الى" / "اخر".
ALEF_TABLE = _table(normalize_alef_ar)
# Alef maksura -> yeh: "على" -> "علي".
ALEF_MAKSURA_TABLE = _table(normalize_alef_maksura_ar)
# Teh marbuta -> heh (optional; off by default): "جميلة" -> "جميله".
TEH_MARBUTA_TABLE = _table(normalize_teh_marbuta_ar)
# Persian keyboard letters typed in Arabic text -> Arabic ones: "ی" -> "ي", "ک" -> "ك".
PERSIAN_LETTER_TABLE = CharMap.of(str.maketrans({"ی": "ي", "ک": "ك", "ە": "ه"}))
# Diacritics camel-tools strips (harakat, tanwin, shadda, sukun, dagger alef): "مُمْتَاز" -> "ممتاز".
_DIACRITICS_RE = re.compile("[" + "".join(c for c in _ARABIC_BLOCK if dediac_ar(c) == "") + "]")
# Tatweel (kashida) stretches letters: "جمـــيل" -> "جميل".
_TATWEEL_RE = re.compile(TATWEEL)
# No space before closing punctuation: "ممتاز ، شكرا" -> "ممتاز، شكرا"; "لماذا ؟" -> "لماذا؟"
_SPACE_BEFORE_PUNCT_RE = re.compile(r" ([.,:;!?،؛؟»)\]}])")
# A space after Arabic punctuation before a letter: "ممتاز،شكرا" -> "ممتاز، شكرا"
_NO_SPACE_AFTER_PUNCT_RE = re.compile(r"([،؛؟])(\w)")


def unify_letters(mt: MappedText) -> MappedText:
    """Map Persian-keyboard ی/ک to Arabic ي/ك."""
    return mt.translate(PERSIAN_LETTER_TABLE)


def normalize_alef(mt: MappedText) -> MappedText:
    """Turn أ إ آ ٱ into a bare alef (camel-tools ``normalize_alef_ar``)."""
    return mt.translate(ALEF_TABLE)


def normalize_alef_maksura(mt: MappedText) -> MappedText:
    """Turn alef maksura ى into yeh ي (camel-tools ``normalize_alef_maksura_ar``)."""
    return mt.translate(ALEF_MAKSURA_TABLE)


def normalize_teh_marbuta(mt: MappedText) -> MappedText:
    """Turn teh marbuta ة into heh ه (camel-tools ``normalize_teh_marbuta_ar``)."""
    return mt.translate(TEH_MARBUTA_TABLE)


def remove_diacritics(mt: MappedText) -> MappedText:
    """Delete the diacritics camel-tools' ``dediac_ar`` removes."""
    return mt.sub(_DIACRITICS_RE, "")


def remove_tatweel(mt: MappedText) -> MappedText:
    """Delete tatweel (kashida)."""
    return mt.sub(_TATWEEL_RE, "")


def space_punctuation(mt: MappedText) -> MappedText:
    """Attach punctuation to the word before it and separate ، ؛ ؟ from the word after."""
    mt = mt.sub(_SPACE_BEFORE_PUNCT_RE, r"\1")
    return mt.sub(_NO_SPACE_AFTER_PUNCT_RE, r"\1 \2")


def steps(teh_marbuta: bool = False) -> tuple[Callable[[MappedText], MappedText], ...]:
    """The Arabic steps in order; ``teh_marbuta`` adds ة -> ه (it loses a distinction)."""
    return (
        *common.FIRST_STEPS,
        unify_letters,
        normalize_alef,
        normalize_alef_maksura,
        *((normalize_teh_marbuta,) if teh_marbuta else ()),
        remove_diacritics,
        remove_tatweel,
        space_punctuation,
        *common.LAST_STEPS,
    )


STEPS = steps()

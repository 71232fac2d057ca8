"""Persian normalization built on hazm's tables and patterns, keeping the map to raw offsets.

hazm's own ``Normalizer.normalize`` rewrites the string in one go (and turns Latin digits
into Persian ones), so voc takes hazm's data (its letter table, diacritic and special-mark
sets, ligature replacements, ZWNJ and affix spacing patterns) and applies each as a mapped
step. Punctuation spacing follows hazm's rules but only puts a space after ``.`` or ``:``
before a Persian letter, so e-mail addresses, URLs and times stay intact for PII matching.
"""

from __future__ import annotations

import re

from voc.lang import common
from voc.lang.mapped import CharMap, MappedText

try:
    from hazm import Normalizer as _HazmNormalizer
except ImportError as exc:  # pragma: no cover - hazm is a declared dependency
    raise ImportError("Persian normalization needs hazm: pip install 'hazm==0.10.0'") from exc

_HAZM = _HazmNormalizer(
    correct_spacing=True,  # builds the spacing patterns voc reuses below
    remove_diacritics=True,
    remove_specials_chars=True,
    decrease_repeated_chars=False,
    persian_style=False,
    persian_numbers=False,  # voc keeps Latin digits as its one canonical form
    unicodes_replacement=True,
    seperate_mi=False,
)

# Arabic and other Arabic-script letter variants -> Persian: "ي" -> "ی", "ك" -> "ک", "ى" -> "ی".
LETTER_TABLE = CharMap.of({
    ord(src): dst
    for src, dst in zip(_HAZM.translation_src, _HAZM.translation_dst)
    if src != dst and dst != " " and src.strip()
})


def _char_class(patterns: list[tuple[str, str]]) -> re.Pattern:
    return re.compile("|".join(pattern for pattern, _ in patterns))


# Harakat: "بُزرگیِ" -> "بزرگی".
_DIACRITICS_RE = _char_class(_HAZM.diacritics_patterns)
# Superscript/subscript marks and honorific signs: "اکرم ﷺ" -> "اکرم ".
_SPECIALS_RE = _char_class(_HAZM.specials_chars_patterns)
# Ligatures spelled out: "ﷲ" -> "الله", "ﻻ" -> "لا" (hazm's list, as one pattern).
_LIGATURES = [(re.compile(p), r) for p, r in _HAZM.replacements]
_LIGATURES_RE = re.compile("|".join(p for p, _ in _HAZM.replacements))
# Extra spaces and ZWNJs, kashida, CR: "دنیـــا" -> "دنیا", "کاروان‌‌سرا" -> "کاروان‌سرا".
_SPACE_PATTERNS = [(re.compile(p), r) for p, r in _HAZM.extra_space_patterns]
# ZWNJ before suffixes and after می/نمی: "می روم" -> "می‌روم", "کتاب ها" -> "کتاب‌ها".
_AFFIX_PATTERNS = [(re.compile(p), r) for p, r in _HAZM.affix_spacing_patterns]

_PUNC_AFTER = r"\.:!،؛؟»\]\)\}"
_PUNC_BEFORE = r"«\[\(\{"
_FA_LETTER = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_PUNCTUATION_PATTERNS = [
    # No space before closing punctuation: "خوب بود ." -> "خوب بود."
    (re.compile(f" ([{_PUNC_AFTER}])"), r"\1"),
    # No space after opening punctuation: "« سلام" -> "«سلام"
    (re.compile(f"([{_PUNC_BEFORE}]) "), r"\1"),
    # A space after punctuation before a Persian letter: "بود.ولی" -> "بود. ولی", "بله،ولی" -> "بله، ولی"
    (re.compile(f"([{_PUNC_AFTER}])([{_FA_LETTER}])"), r"\1 \2"),
    # A space between a number and a Persian word: "۹متر" -> "9 متر", "طول۹" -> "طول 9"
    (re.compile(f"(\\d)([{_FA_LETTER}])"), r"\1 \2"),
    (re.compile(f"([{_FA_LETTER}])(\\d)"), r"\1 \2"),
]


def _apply(mt: MappedText, patterns: list[tuple[re.Pattern, str]]) -> MappedText:
    for pattern, repl in patterns:
        mt = mt.sub(pattern, repl)
    return mt


def unify_letters(mt: MappedText) -> MappedText:
    """Map Arabic and other Arabic-script letter variants to Persian ones (ي -> ی, ك -> ک)."""
    return mt.translate(LETTER_TABLE)


def remove_diacritics(mt: MappedText) -> MappedText:
    """Delete harakat (fatha, kasra, damma, tanwin, shadda, sukun)."""
    return mt.sub(_DIACRITICS_RE, "")


def remove_special_chars(mt: MappedText) -> MappedText:
    """Delete superscript, subscript and honorific marks that carry no word meaning."""
    return mt.sub(_SPECIALS_RE, "")


def expand_ligatures(mt: MappedText) -> MappedText:
    """Spell out single-character ligatures such as ﷲ and ﻻ."""
    return mt.sub(_LIGATURES_RE, _ligature)


def _ligature(m: re.Match) -> str:
    return next(r for p, r in _LIGATURES if p.fullmatch(m.group()))


def fix_spaces_and_zwnj(mt: MappedText) -> MappedText:
    """Remove kashida, CR, repeated spaces and ZWNJs and ZWNJs next to a space or word edge."""
    return _apply(mt, _SPACE_PATTERNS)


def join_affixes(mt: MappedText) -> MappedText:
    """Put a ZWNJ between a word and می/نمی/ها/تر/ترین and the like, as Persian spells them."""
    return _apply(mt, _AFFIX_PATTERNS)


def space_punctuation(mt: MappedText) -> MappedText:
    """Attach punctuation to the word before it and separate it from the Persian word after."""
    return _apply(mt, _PUNCTUATION_PATTERNS)


STEPS = (
    *common.FIRST_STEPS,
    unify_letters,
    remove_diacritics,
    remove_special_chars,
    expand_ligatures,
    fix_spaces_and_zwnj,
    join_affixes,
    space_punctuation,
    *common.LAST_STEPS,
)

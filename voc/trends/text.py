"""Text keys for grouping quotes: normalized, tokenized, the claim part found; stop words from voc/lang data."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module

LANGS = ("fa", "ar", "en")
# Cue lists whose words say who promised or that something failed, not what was promised:
# "they promised free installation" should be labelled "free installation".
STOP_CUE_LISTS = ("PROMISE", "GAP", "NEGATION", "PAID_FOR", "AFTER_SALE", "AGENT_CONFIRM", "MISMATCH",
                  "SOURCE_SALES_REP", "SOURCE_ADVERTISING", "SOURCE_LISTING")
# A token: letters and digits, a ZWNJ inside a word kept: "2-day" -> "2", "day"; "روزه‌ای" whole.
TOKEN_RE = re.compile(r"[^\W_]+(?:\u200c[^\W_]+)*")
ZWNJ = "\u200c"


@lru_cache(maxsize=8)
def _normalizer(lang: str):
    from voc.lang import get_normalizer

    return get_normalizer(lang if lang in LANGS else "other")


@lru_cache(maxsize=65536)
def normalize(text: str, lang: str) -> str:
    """The language layer's normalized form of ``text``, lower-cased."""
    return _normalizer(lang)(text).lower()


def fold(norm: str) -> str:
    """The form cue phrases are matched in, character for character: a ZWNJ becomes a space."""
    return norm.replace(ZWNJ, " ")


def tokens(norm: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for each token of a normalized text; offsets index ``norm``.

    A ZWNJ keeps a Persian word whole ("می‌کنه" is one token); cue phrases, written with a
    space for it, are looked up with the space (see ``fold``).
    """
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(norm)]


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    """Words that never start or end a claim name: function words and promise/gap cue words.

    voc/lang has no stop-word lists yet, so they are put together from its data: the
    one-word promise and gap cues, and the frequent words of language identification
    (``langid_cues.WORDS``) minus any word of the topic cues ("delivery", "ارسال", "السعر"
    stay usable). English adds scikit-learn's list. Claim grouping also treats words found
    in most quotes as stop words (see ``labels.corpus_stop_words``).
    """
    if lang not in LANGS:
        return frozenset()
    cues = import_module(f"voc.lang.{lang}.promise_cues")
    words: set[str] = set()
    for name in STOP_CUE_LISTS:
        for phrase in getattr(cues, name, ()):
            found = _phrase_tokens(phrase, lang)
            if len(found) == 1:
                words.update(found)
    topical = [(found[0], p.strip().endswith("*")) for name in dir(cues) if name.startswith("TOPIC_")
               for p in getattr(cues, name) if len(found := _phrase_tokens(p, lang)) == 1]
    frequent = set(getattr(import_module(f"voc.lang.{lang}.langid_cues"), "WORDS", set()))
    frequent |= import_module("voc.lang").stop_words(lang)
    words.update(t for w in frequent for t in _phrase_tokens(w, lang) if not _topical(t, topical))
    if lang == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words.update(ENGLISH_STOP_WORDS)
    return frozenset(words)


def _topical(word: str, topical: list[tuple[str, bool]]) -> bool:
    """Whether a one-word topic cue names ``word`` ("deliver*" -> "delivery"; "سعر*" -> "السعر")."""
    forms = {word, word[2:]} if word.startswith("ال") else {word}
    return any(f == t or (star and f.startswith(t)) for f in forms for t, star in topical)


def _phrase_tokens(phrase: str, lang: str) -> list[str]:
    return [t for _, _, t in tokens(fold(normalize(phrase.strip().rstrip("*"), lang)))]


def content(norm: str, lang: str, extra_stop: frozenset[str] = frozenset()) -> str:
    """The normalized text with stop words removed: what a quote says was promised and missed."""
    stop = stop_words(lang) | extra_stop
    return " ".join(t for _, _, t in tokens(norm) if t not in stop and not (len(t) == 1 and t.isalpha()))


# Cue lists that open the claim ("the rep said ..."), and close it ("... but").
OPEN_CUE_LISTS = ("PROMISE", "PAID_FOR", "SOURCE_SALES_REP", "SOURCE_ADVERTISING", "SOURCE_LISTING",
                  "SOURCE_CONTRACT")
CLOSE_CUE_LISTS = ("GAP",)
# Sentence ends between two tokens: "... in 2 days. It took" / "... دو روزه؛ ولی"
SENTENCE_END_RE = re.compile(r"[.!?؟؛;\n]")


@lru_cache(maxsize=8)
def cue_phrases(lang: str, lists: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The cue phrases of ``lists`` as token tuples (longest first) and whether the last may continue."""
    if lang not in LANGS:
        return ()
    cues = import_module(f"voc.lang.{lang}.promise_cues")
    found = set()
    for name in lists:
        for phrase in getattr(cues, name, ()):
            phrase = phrase.strip()
            toks = tuple(t for _, _, t in tokens(fold(normalize(phrase.rstrip("*"), lang))))
            if toks:
                found.add((toks, phrase.endswith("*")))
    return tuple(sorted(found, key=lambda p: -len(p[0])))


def _match_at(words: list[str], i: int, phrases) -> int:
    """Length in tokens of the longest cue phrase starting at token ``i`` (0: none)."""
    for toks, star in phrases:
        k = len(toks)
        if i + k <= len(words) and tuple(words[i:i + k - 1]) == toks[:-1] and (
                words[i + k - 1] == toks[-1] or (star and words[i + k - 1].startswith(toks[-1]))):
            return k
    return 0


def claim_span(norm: str, lang: str) -> tuple[int, int]:
    """The part of a normalized quote that states what was promised, as offsets into ``norm``.

    The sentence holding the first cue that opens a claim ("promised", "the listing said",
    "گفتن", "وعدوني"), cut at the next cue that closes it ("but", "ولی", "لكن"); without
    an opening cue, the first sentence, cut the same way. Example: "the rep promised free
    installation, but charged $49" -> "the rep promised free installation,".
    """
    toks = tokens(fold(norm))  # cue phrases are written with a space for a ZWNJ
    if not toks:
        return 0, len(norm)
    words = [t for _, _, t in toks]
    opening, closing = cue_phrases(lang, OPEN_CUE_LISTS), cue_phrases(lang, CLOSE_CUE_LISTS)
    cue, k = 0, 0
    for i in range(len(words)):
        k = _match_at(words, i, opening)
        if k:
            cue = i
            break
    start = cue
    while start > 0 and not _sentence_end(norm, toks, start - 1):
        start -= 1
    end = max(cue + k - 1, start)
    # A closing cue right after the opening one is part of the claim: "told "no commitment..."".
    while end + 1 < len(words) and not _sentence_end(norm, toks, end) and not (
            end > cue + k - 1 and _match_at(words, end + 1, closing)):
        end += 1
    return toks[start][0], toks[end][1]


def _sentence_end(norm: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a sentence ends between token ``i`` and the next."""
    if i + 1 >= len(toks):
        return True
    return bool(SENTENCE_END_RE.search(norm, toks[i][1], toks[i + 1][0]))

"""Language identification per sentence and per record: fa, ar, en, other or mixed.

Script decides first: a sentence is Arabic-script when at least 30% of its words are
(Latin brand names inside a Persian or Arabic sentence do not make it English). The
Arabic-script part of a record is then judged Persian or Arabic as a whole, from letters
only one of the two uses, common words, and lingua restricted to the two languages; a
sentence is given the other of the two only on strong evidence of its own. Latin-script
sentences are Finglish, Arabizi, English, or (when lingua prefers another European
language and no English function word occurs) other.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from voc.lang import detectors
from voc.lang.common import PRE_STEPS
from voc.lang.en.langid_cues import WORDS as EN_WORDS
from voc.lang.mapped import MappedText
from voc.lang.romanized import ARABIZI_TAG, romanized_kind
from voc.lang.script import ARABIC, LATIN, OTHER, ScriptCounts, arabic_evidence, count_scripts
from voc.lang.segment import sentence_spans

LANGS = ("fa", "ar", "en")

# Weights of the Persian-vs-Arabic score (log-odds): tuned on corpus/, see benchmarks/lang_bench.py.
LETTER_WEIGHT = 3.0  # per unit of log(1 + count) of letters only one language uses
WORD_WEIGHT = 1.5  # per common word of one language
DECISIVE = 3.0  # evidence beyond this settles it without asking lingua
SENTENCE_OVERRIDE = 0.97  # a sentence leaves the record's language only this surely
ARABIC_SHARE = 0.3  # share of Arabic-script words that makes a sentence Arabic-script
MIXED_SHARE = 0.2  # a second language needs this share of the words ...
MIXED_WORDS = 3  # ... and this many words to make a record "mixed"

LINGUA_WEIGHT = 0.5  # lingua's Persian/Arabic log-odds count this much (it is overconfident)
OTHER_BELOW = 0.1  # a Latin sentence with no English word is "other" if lingua's P(en) is below

_LATIN_TOKEN_RE = re.compile(r"[a-z']+")
# Not language: URLs, e-mail addresses, @handles, the # of hashtags ("#مقدرش_انسى" keeps its words).
# Masked text ("XXXX XXXX" in redacted complaints) is not language either.
_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|[#_]|\b[Xx]{2,}\b")


def blank_noise(text: str) -> str:
    """Replace URLs, e-mail addresses, handles and hashtag marks by spaces (same length)."""
    return _NOISE_RE.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True, slots=True)
class SentenceLang:
    """The language of one sentence."""

    lang: str  # fa, ar, en, other; "" when the sentence has no letters
    confidence: float
    words: int
    romanized: str | None = None
    weak: bool = False  # Latin words with no English function word (product or dish names)


@dataclass(frozen=True, slots=True)
class RecordLang:
    """The language of a record and of each of its sentences."""

    lang: str  # fa, ar, en, other or mixed
    confidence: float
    primary: str  # the language holding most words (equals lang unless lang is "mixed")
    romanized: str | None
    sentences: list[SentenceLang]


def identify(text: str) -> tuple[str, float]:
    """The language code of ``text`` (fa, ar, en, other, mixed) and a confidence in [0, 1]."""
    mt = MappedText.of(text)
    for step in PRE_STEPS:
        mt = step(mt)
    result = identify_spans(mt.text, sentence_spans(mt.text))
    return result.lang, result.confidence


def identify_spans(text: str, spans: list[tuple[int, int]]) -> RecordLang:
    """Identify each sentence span of ``text`` and the record as a whole."""
    text = blank_noise(text)
    pieces = [text[a:b] for a, b in spans]
    counts = [count_scripts(p) for p in pieces]
    scripts = [_script(c) for c in counts]
    arabic = [i for i, s in enumerate(scripts) if s == ARABIC]
    found: dict[int, SentenceLang] = {}
    if arabic:
        words = [w for i in arabic for w in counts[i].arabic]
        lang, conf = fa_or_ar("\n".join(pieces[i] for i in arabic), words)
        for i in arabic:
            found[i] = _arabic_sentence(pieces[i], counts[i].arabic, lang, conf, len(arabic))
    latin = [i for i, s in enumerate(scripts) if s == LATIN]
    if latin:
        found.update(_latin_sentences(pieces, counts, latin))
    for i, script in enumerate(scripts):
        if script == OTHER:
            found[i] = SentenceLang("other", 0.9, counts[i].total)
        elif script == "":
            found[i] = SentenceLang("", 0.0, 0)
    return _aggregate([found[i] for i in range(len(pieces))])


def fa_or_ar(text: str, words: list[str]) -> tuple[str, float]:
    """Persian or Arabic (or other, for Urdu/Pashto/Kurdish letters) for Arabic-script text."""
    ev = arabic_evidence(text, words)
    if ev.other_letters >= 2 and ev.other_letters > ev.fa_letters + ev.ar_letters:
        return "other", 0.8
    score = LETTER_WEIGHT * (math.log1p(ev.fa_letters) - math.log1p(ev.ar_letters))
    score += WORD_WEIGHT * (ev.fa_words - ev.ar_words)
    if abs(score) < DECISIVE:
        score += LINGUA_WEIGHT * detectors.persian_logit(" ".join(words))
    p_fa = 1.0 / (1.0 + math.exp(-score))
    return ("fa", p_fa) if score > 0 else ("ar", 1.0 - p_fa)


def _script(counts: ScriptCounts) -> str:
    n = counts.total
    if n == 0:
        return ""
    if len(counts.other) > len(counts.arabic) + len(counts.latin):
        return OTHER
    if counts.arabic and len(counts.arabic) >= ARABIC_SHARE * n:
        return ARABIC
    if len(counts.arabic) >= 2 and not any(w.lower() in EN_WORDS for w in counts.latin):
        return ARABIC  # Latin words with no English function word: names ("- مزايا Casio G-Shock")
    return LATIN if counts.latin else ARABIC


def _arabic_sentence(piece: str, words: list[str], lang: str, conf: float, n: int) -> SentenceLang:
    """The record's Arabic-script language, unless this sentence strongly says otherwise."""
    if n > 1 and len(words) >= 4 and lang in ("fa", "ar"):
        own, own_conf = fa_or_ar(piece, words)
        if own in ("fa", "ar") and own != lang and own_conf >= SENTENCE_OVERRIDE:
            return SentenceLang(own, own_conf, len(words))
    return SentenceLang(lang, conf, len(words))


def _latin_sentences(
    pieces: list[str], counts: list[ScriptCounts], latin: list[int]
) -> dict[int, SentenceLang]:
    """Finglish/Arabizi per sentence; English or other for the rest of the record as a whole."""
    found: dict[int, SentenceLang] = {}
    hits: dict[int, int] = {}  # English function words per remaining sentence
    for i in latin:
        kind = romanized_kind(pieces[i])
        if kind:
            found[i] = SentenceLang("ar" if kind == ARABIZI_TAG else "fa", 0.9, len(counts[i].latin), kind)
        else:
            hits[i] = sum(t in EN_WORDS for t in _LATIN_TOKEN_RE.findall(pieces[i].lower()))
    if not hits:
        return found
    words = [w for i in hits for w in counts[i].latin]
    total_hits = sum(hits.values())
    if total_hits:
        lang, conf = "en", min(0.99, 0.9 + 0.03 * total_hits)
    elif len(words) < 3:
        lang, conf = "en", 0.6
    else:
        p_en = detectors.english_confidence(" ".join(words))
        lang, conf = ("en", max(p_en, 0.5)) if p_en >= OTHER_BELOW else ("other", 1 - p_en)
    for i, n in hits.items():
        found[i] = SentenceLang(lang, conf, len(counts[i].latin), None, weak=n == 0)
    return found


def _aggregate(sentences: list[SentenceLang]) -> RecordLang:
    """Weigh sentences by words; name lists in Latin letters count only when nothing else does."""
    strong = any(s.lang and not s.weak for s in sentences)
    weight: dict[str, int] = {}
    for s in sentences:
        if s.lang and not (strong and s.weak):
            weight[s.lang] = weight.get(s.lang, 0) + max(s.words, 1)
    if not weight:
        return RecordLang("other", 0.0, "other", None, sentences)
    total = sum(weight.values())
    primary = max(weight, key=lambda k: (weight[k], k in LANGS))
    present = [k for k in LANGS if weight.get(k, 0) >= max(MIXED_WORDS, MIXED_SHARE * total)]
    mine = [s for s in sentences if s.lang == primary]
    conf = sum(s.confidence * max(s.words, 1) for s in mine) / sum(max(s.words, 1) for s in mine)
    romanized = _romanized(mine)
    if len(present) > 1:
        return RecordLang("mixed", conf, primary, romanized, sentences)
    return RecordLang(primary, conf, primary, romanized, sentences)


def _romanized(sentences: list[SentenceLang]) -> str | None:
    """The romanization holding more than half of these sentences' words, if any."""
    words: dict[str | None, int] = {}
    for s in sentences:
        words[s.romanized] = words.get(s.romanized, 0) + max(s.words, 1)
    kind = max(words, key=lambda k: (words[k], k is None))
    return kind if kind and 2 * words[kind] > sum(words.values()) else None

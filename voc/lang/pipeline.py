"""The language layer in one call: identify, normalize, redact PII, segment."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable

from voc.errors import E013, E014, VocError
from voc.lang import common, segment
from voc.lang.langid import RecordLang, identify_spans
from voc.lang.mapped import MappedText, map_span
from voc.lang.normalize import NORMALIZER_VERSION, SUPPORTED, get_normalizer
from voc.lang.pii import find_all, names as pii_names, redact_mapped
from voc.lang.pii.base import KINDS, placeholder
from voc.lang.processed import Processed

HINT_TRUSTED_BELOW = 0.9  # a lang_hint overrides identification less sure than this
PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")


def process(text: str, *, lang_hint: str | None = None, names: Iterable[str] = (),
            segment_sentences: bool = True) -> Processed:
    """Identify, normalize, redact and segment one text.

    Args:
        text: The raw text, as received.
        lang_hint: The language the source declares (fa, ar, en, other), if any. It decides
            when identification is unsure (short texts) and is ignored when the text plainly
            is another language.
        names: Customer names to redact (the source's customer name field).
        segment_sentences: False leaves ``sentences`` and ``langs`` empty (a caller that needs
            only the normalized text and its offsets saves the segmenter's time, spaCy's for
            English); everything else is the same.

    Raises:
        VocError: ``text`` is not a string, or ``lang_hint`` is not a supported code.
    """
    _check(text, lang_hint)
    pre = _apply(MappedText.of(text), common.PRE_STEPS)
    id_spans = segment.sentence_spans(pre.text)
    found = identify_spans(pre.text, id_spans)
    lang, confidence, primary = _with_hint(found, lang_hint)
    normalizer = get_normalizer(_normalizer_lang(found, lang, primary))
    mt = normalizer.normalize_mapped(pre, after_pre=True)
    mt, counts = redact_mapped(mt, pii_names.pattern(names, normalizer))
    sentences = _sentences(mt.text, lang) if segment_sentences else []
    langs = _sentence_langs(
        found, [pre.offsets[a] for a, _ in id_spans], [mt.offsets[a] for a, _ in sentences], lang, primary
    ) if segment_sentences else []
    pii_spans = _pii_spans(mt, text)
    return Processed(
        text=text,
        lang=lang,
        lang_confidence=round(confidence, 4),
        primary=primary,
        langs=langs,
        romanized=found.romanized if primary in ("fa", "ar") else None,
        text_norm=mt.text,
        offsets=array("i", mt.offsets),
        sentences=sentences,
        pii=dict(counts),
        normalizer_version=NORMALIZER_VERSION,
        pii_spans=pii_spans,
    )


def redact(text: str, names: Iterable[str] = (), *, lang: str | None = None) -> str:
    """``text`` as written, with personal data replaced by typed placeholders.

    Detection runs on the normalized form (so Persian and Arabic-Indic digits, kashida or
    invisible marks inside a number do not hide it) and each finding is mapped back.

    Args:
        text: Raw text, e.g. a quote for a report.
        names: Customer names to redact.
        lang: The text's language if known (picks the normalizer); identified otherwise.
    """
    _check(text, lang)
    pre = _apply(MappedText.of(text), common.PRE_STEPS)
    if lang is None:
        found = identify_spans(pre.text, segment.sentence_spans(pre.text))
        lang = _normalizer_lang(found, found.lang, found.primary)
    normalizer = get_normalizer(lang)
    mt = normalizer.normalize_mapped(pre, after_pre=True)
    spans = [
        (*map_span(mt.offsets, mt.text, f.start, f.end, text), f.kind)
        for f in find_all(mt.text, pii_names.pattern(names, normalizer))
    ]
    return MappedText.of(text).splice([(s, e, placeholder(k)) for s, e, k in _merge(spans)]).text


def _check(text: object, lang: str | None) -> None:
    if not isinstance(text, str):
        raise VocError(E014.format(kind=type(text).__name__))
    if lang is not None and lang not in SUPPORTED:
        raise VocError(E013.format(lang=lang, supported=", ".join(SUPPORTED)))


def _apply(mt: MappedText, steps) -> MappedText:
    for step in steps:
        mt = step(mt)
    return mt


def _with_hint(found: RecordLang, hint: str | None) -> tuple[str, float, str]:
    if hint is None or found.lang == hint:
        return found.lang, found.confidence, found.primary
    if found.lang == "mixed" and hint in {s.lang for s in found.sentences}:
        return found.lang, found.confidence, hint
    if found.confidence < HINT_TRUSTED_BELOW or not any(s.words for s in found.sentences):
        return hint, max(found.confidence, 0.5), hint
    return found.lang, found.confidence, found.primary


def _normalizer_lang(found: RecordLang, lang: str, primary: str) -> str:
    """The normalizer for a record: its language's; for a mixed one, its Arabic-script language's."""
    if lang != "mixed" or primary in ("fa", "ar"):
        return primary if primary in SUPPORTED else "other"
    words = {"fa": 0, "ar": 0}
    for s in found.sentences:
        if s.lang in words and not s.romanized:
            words[s.lang] += s.words
    best = max(words, key=words.get)
    if words[best]:
        return best
    return primary if primary in SUPPORTED else "other"


def _sentences(text: str, lang: str) -> list[tuple[int, int]]:
    if lang == "en":
        from voc.lang.en.normalizer import sentence_spans as spacy_spans

        return segment.split_lines(spacy_spans(text), text)
    return segment.sentence_spans(text)


def _sentence_langs(
    found: RecordLang, id_starts: list[int], starts: list[int], lang: str, primary: str
) -> list[str]:
    """Each sentence's language: that of the identified sentence it starts in (raw offsets).

    Where a hint replaced the identified language, its sentences take the hint; sentences
    without letters take the record's primary language.
    """
    renamed = {found.primary: primary} if lang != "mixed" else {}
    langs = []
    for start in starts:
        i = bisect_right(id_starts, start) - 1
        code = found.sentences[i].lang if 0 <= i < len(found.sentences) else ""
        langs.append(renamed.get(code, code) or primary)
    return langs


def _pii_spans(mt: MappedText, raw: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in PLACEHOLDER_RE.finditer(mt.text):
        start, end = map_span(mt.offsets, mt.text, m.start(), m.end(), raw)
        spans.append((start, end, m.group()[1:-1]))
    return spans


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, k in sorted(spans):
        if merged and s < merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, k))
    return merged


__all__ = ["process", "redact"]

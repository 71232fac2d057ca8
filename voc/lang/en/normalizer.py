"""English normalization (typographic quotes and dashes) and spaCy sentence boundaries."""

from __future__ import annotations

import re
from functools import lru_cache

from voc.lang import common, segment
from voc.lang.mapped import CharMap, MappedText

# Curly quotes, primes and typographic dashes -> ASCII: "don’t" -> "don't", "9–5" -> "9-5".
PUNCTUATION_TABLE = CharMap.of(str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}))
# Space before closing punctuation: "late !" -> "late!", "refund ?" -> "refund?".
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +([,;:!?](?!\S))")


def unify_punctuation(mt: MappedText) -> MappedText:
    """Replace curly quotes, primes and typographic dashes by their ASCII forms."""
    return mt.translate(PUNCTUATION_TABLE)


def space_punctuation(mt: MappedText) -> MappedText:
    """Attach a lone , ; : ! ? to the word before it."""
    return mt.sub(_SPACE_BEFORE_PUNCT_RE, r"\1")


STEPS = (*common.FIRST_STEPS, unify_punctuation, space_punctuation, *common.LAST_STEPS)


@lru_cache(maxsize=1)
def _nlp():
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a declared dependency
        raise ImportError("English segmentation needs spaCy: pip install 'spacy>=3.8,<3.9'") from exc
    nlp = spacy.blank("en")  # tokenizer only: no model to download
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) character spans from spaCy's rule-based sentencizer.

    A text with no sentence-final punctuation before its last character is one sentence
    whatever spaCy says, so spaCy is not asked (most short tickets and reviews). Text that
    makes spaCy's tokenizer slow (very long unbroken strings, long runs of one punctuation
    mark such as "!!!!...") is split by voc.lang.segment's rules instead.
    """
    if not _punct_re().search(text, 0, max(len(text) - 1, 0)):
        return [(0, len(text))] if text else []
    if _SLOW_FOR_SPACY_RE.search(text):
        return segment.sentence_spans(text)
    return [(s.start_char, s.end_char) for s in _nlp()(text).sents]


# spaCy's affix search is quadratic in a token's length: "!!!!!!..." or a 300-char URL blob.
_SLOW_FOR_SPACY_RE = re.compile(r"\S{200,}|([^\w\s])\1{19,}")


@lru_cache(maxsize=1)
def _punct_re() -> re.Pattern:
    """The characters spaCy's sentencizer may end a sentence on: ".", "!", "?", "。", "؟" ..."""
    _nlp()
    from spacy.pipeline.sentencizer import Sentencizer

    return re.compile("[" + re.escape("".join(Sentencizer.default_punct_chars)) + "]")

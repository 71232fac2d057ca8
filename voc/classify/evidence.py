"""Choose the evidence span: the shortest sentence or clause run that carries the promise and the gap.

Candidates are the sentences of the customer text, runs of one to three clauses inside a
sentence, and pairs of adjacent sentences. Each is scored by the model itself (its promise-gap
logit on the candidate alone), with a bonus when the candidate holds both a promise or source
cue and a gap cue, and a small penalty for length. The winner is mapped back to the raw text,
so the quote is exactly what the customer wrote.
"""

from __future__ import annotations

import math
import re
from typing import Callable, Sequence

import numpy as np

from voc.classify.cues import CAT_INDEX
from voc.classify.prep import Doc

# Sentences end at . ! ? ؟ … ; ؛ or a line break: "Great food. But it was late!" -> 2 sentences.
_SENTENCE = re.compile(r"[^.!?؟…\n;؛]+[.!?؟…;؛]*")
# Clauses end at a comma (Latin or Arabic): "it came late, and cold" -> 2 clauses.
_CLAUSE = re.compile(r"[^,،]+[,،]?")
_PROMISE = {CAT_INDEX[c] for c in ("PROMISE", "REPORTED", "MISMATCH", "PAID_FOR", "SOURCE_SALES_REP", "SOURCE_ADVERTISING",
                                   "SOURCE_LISTING", "SOURCE_CONTRACT")}
_GAP = {CAT_INDEX[c] for c in ("GAP", "NEGATION", "MISMATCH", "COMPLAINT")}
_TRIM = " \t\n\r,،;؛:-–—"
CUE_BONUS = 1.0
LENGTH_PENALTY = 0.5  # per doubling of length beyond 40 characters

Scorer = Callable[[Sequence[Doc]], np.ndarray]


def candidates(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that may serve as evidence, trimmed of spaces and separators."""
    sentences = [_trim(text, m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    sentences = [s for s in sentences if s[1] > s[0]]
    spans = set(sentences)
    for s, e in sentences:
        clauses = [_trim(text, s + m.start(), s + m.end()) for m in _CLAUSE.finditer(text[s:e])]
        clauses = [c for c in clauses if c[1] > c[0]]
        for i in range(len(clauses)):
            for j in range(i, min(i + 3, len(clauses))):
                spans.add((clauses[i][0], clauses[j][1]))
    spans.update((a[0], b[1]) for a, b in zip(sentences, sentences[1:]))
    return sorted(spans) or [(0, len(text))]


def sub_doc(doc: Doc, start: int, end: int) -> Doc:
    """``doc`` cut down to ``text[start:end]`` (its cue hits shifted to match)."""
    hits = [(c, a - start, b - start) for c, a, b in doc.hits if a >= start and b <= end]
    return Doc(doc.raw, doc.lang, doc.proc, doc.text[start:end], [], hits, 0, False)


def choose(doc: Doc, score: Scorer) -> tuple[int, int]:
    """The best candidate span of ``doc.text`` under ``score`` (promise-gap logits of sub-docs)."""
    return choose_many([doc], score)[0]


def choose_many(docs: Sequence[Doc], score: Scorer) -> list[tuple[int, int]]:
    """`choose` for several documents, scoring every candidate of every document in one call."""
    spans = [candidates(doc.text) for doc in docs]
    subs = [sub_doc(doc, s, e) for doc, doc_spans in zip(docs, spans) for s, e in doc_spans]
    logits = score(subs) if subs else np.zeros(0)
    out, k = [], 0
    for doc_spans in spans:
        out.append(_best(doc_spans, subs[k: k + len(doc_spans)], logits[k: k + len(doc_spans)]))
        k += len(doc_spans)
    return out


def _best(spans: Sequence[tuple[int, int]], subs: Sequence[Doc], logits: np.ndarray) -> tuple[int, int]:
    best, best_value = spans[0], -math.inf
    for (s, e), sub, z in zip(spans, subs, logits):
        cats = {c for c, _, _ in sub.hits}
        value = float(z) - LENGTH_PENALTY * math.log2(max(1.0, (e - s) / 40))
        value += CUE_BONUS * (bool(cats & _PROMISE) and bool(cats & _GAP))
        if value > best_value or (value == best_value and e - s < best[1] - best[0]):
            best, best_value = (s, e), value
    return best


def to_raw(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Map a span of ``doc.text`` to raw offsets, trimmed so the quote starts and ends on text."""
    raw_start, raw_end = doc.proc.raw_span(doc.to_norm(start), doc.to_norm(end))
    raw = doc.raw
    raw_start, raw_end = max(0, raw_start), min(len(raw), raw_end)
    while raw_start < raw_end and raw[raw_start] in _TRIM:
        raw_start += 1
    while raw_end > raw_start and (raw[raw_end - 1] in _TRIM or raw[raw_end - 1].isspace()):
        raw_end -= 1
    return raw_start, raw_end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end

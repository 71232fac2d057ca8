"""Model inputs: hashed character and word n-grams of the customer text, plus dense cue features.

Hashing (scikit-learn's HashingVectorizer, MurmurHash3) keeps no vocabulary, so no text of
the training data ends up in the model, and the same text always gives the same features.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from voc.classify.cues import CAT_INDEX, CATEGORIES, TOKEN_RE
from voc.classify.labels import LANGS
from voc.classify.prep import Doc

_SENT_END = re.compile(r"[.!?؟…\n;؛]+")
# Cue pairs whose meeting inside one sentence is evidence of a gap between promise and outcome.
PAIRS = (
    ("PROMISE", "GAP"), ("PROMISE", "NEGATION"), ("PROMISE", "COMPLAINT"), ("PROMISE", "PRAISE"),
    ("REPORTED", "GAP"), ("REPORTED", "NEGATION"), ("REPORTED", "MISMATCH"),
    ("MISMATCH", "COMPLAINT"),
    ("SOURCE_LISTING", "GAP"), ("SOURCE_ADVERTISING", "GAP"), ("SOURCE_SALES_REP", "GAP"),
    ("SOURCE_CONTRACT", "GAP"), ("PAID_FOR", "GAP"), ("SOURCE_LISTING", "PRAISE"),
    ("SOURCE_LISTING", "MISMATCH"), ("PROMISE", "MISMATCH"), ("AFTER_SALE", "PROMISE"),
    ("PROMISE", "SOURCE_LISTING"),
)
_PAIR_INDEX = tuple((CAT_INDEX[a], CAT_INDEX[b]) for a, b in PAIRS)
_CONTEXT_CATS = {CAT_INDEX[c] for c in ("PROMISE", "REPORTED", "MISMATCH", "PAID_FOR", "SOURCE_SALES_REP", "SOURCE_ADVERTISING",
                                          "SOURCE_LISTING", "SOURCE_CONTRACT")}
STATS = ("log_chars", "question", "exclaim", "ends_question", "log_sentences", "digits", "structured")
DENSE_NAMES = (
    tuple(f"n_{c.lower()}" for c in CATEGORIES)
    + tuple(f"{a.lower()}&{b.lower()}" for a, b in PAIRS)
    + STATS
    + tuple(f"lang_{code}" for code in LANGS)
    + ("weak_complaint",)
)
N_DENSE = len(DENSE_NAMES)
WEAK = N_DENSE - 1


@dataclass(frozen=True)
class HashConfig:
    """Sizes of the hashed feature space (stored in the model's config.json)."""

    char_buckets: int = 2**18
    word_buckets: int = 2**18
    char_ngrams: tuple[int, int] = (2, 5)
    word_ngrams: tuple[int, int] = (1, 2)

    @property
    def buckets(self) -> int:
        return self.char_buckets + self.word_buckets


class WordMemo:
    """Character n-grams of a HashingVectorizer(analyzer="char_wb"), hashed once per distinct word.

    "char_wb" n-grams never cross a space, so a text's n-gram counts are the sum of its words'.
    Words repeat (a few thousand cover most of any corpus), so each word's hashed n-grams are
    kept, up to ``max_words`` words (then the memo starts again). The result is exactly what
    ``vectorizer.transform`` returns, at a fraction of the cost on large batches.
    """

    def __init__(self, vectorizer: HashingVectorizer, max_words: int = 100_000):
        self.vectorizer = vectorizer
        self.max_words = max_words
        self.memo: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def transform(self, texts: Sequence[str]):
        """The l2-normalized hashed n-gram counts of ``texts`` (a CSR matrix, one row per text)."""
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        words = [text.split() for text in texts]
        if len(self.memo) > self.max_words:
            self.memo.clear()
        new = list(dict.fromkeys(w for ws in words for w in ws if w not in self.memo))
        if new:
            self._learn(new)
        rows = [self.memo[w] for ws in words for w in ws]
        word_end = np.zeros(len(rows) + 1, dtype=np.int64)
        word_end[1:] = np.cumsum(np.fromiter((len(r[0]) for r in rows), dtype=np.int64, count=len(rows)))
        text_end = np.zeros(len(words) + 1, dtype=np.int64)
        text_end[1:] = np.cumsum(np.fromiter((len(ws) for ws in words), dtype=np.int64, count=len(words)))
        indptr = word_end[text_end]  # entries before text i = entries of the words before it
        indices = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, np.int32)
        data = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0, np.float32)
        m = sp.csr_matrix((data, indices, indptr), shape=(len(texts), self.vectorizer.n_features),
                          dtype=self.vectorizer.dtype)
        m.sum_duplicates()
        return normalize(m, norm=self.vectorizer.norm, copy=False)

    def _learn(self, words: list[str]) -> None:
        ngrams = self.vectorizer._char_wb_ngrams  # the vectorizer's own n-grams: features stay identical
        m = self.vectorizer._get_hasher().transform([ngrams(w) for w in words])
        m = m.tocsr() if not hasattr(m, "indptr") else m
        for i, word in enumerate(words):
            a, b = m.indptr[i], m.indptr[i + 1]
            self.memo[word] = (m.indices[a:b].astype(np.int32), m.data[a:b].astype(np.float32))


class Hasher:
    """Hashed n-gram bags for a batch of texts, ready for torch.nn.EmbeddingBag."""

    def __init__(self, cfg: HashConfig):
        self.cfg = cfg
        common = dict(alternate_sign=False, norm="l2", lowercase=False, dtype=np.float32)
        self.chars = HashingVectorizer(analyzer="char_wb", ngram_range=cfg.char_ngrams,
                                       n_features=cfg.char_buckets, **common)
        self.char_memo = WordMemo(self.chars)
        self.words = HashingVectorizer(analyzer="word", token_pattern=r"(?u)\b\w+\b",
                                       ngram_range=cfg.word_ngrams, n_features=cfg.word_buckets, **common)

        self.context = HashingVectorizer(analyzer="word", token_pattern=r"\S+", n_features=cfg.word_buckets,
                                         **common)

    def bags(self, docs: Sequence[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (indices, offsets, weights) for EmbeddingBag(mode="sum")."""
        import scipy.sparse as sp
        from sklearn import config_context

        texts = [d.text for d in docs]
        # The vectorizers are built here with fixed, valid parameters: checking them again on
        # every call costs more than hashing a small batch.
        with config_context(skip_parameter_validation=True):
            words = self.words.transform(texts) + self.context.transform([cue_context(d) for d in docs])
            m = sp.hstack([self.char_memo.transform(texts), words], format="csr")
        m.sort_indices()
        return m.indices.astype(np.int64), m.indptr[:-1].astype(np.int64), m.data.astype(np.float32)


def cue_context(doc: Doc, width: int = 4) -> str:
    """Words near promise and source cues, marked so they hash apart from the same words elsewhere.

    "the ad said 5000 mAh but" -> "@SOURCE_ADVERTISING @the @ad @said @5000 @mah ..." lets the
    model learn which words around a cue make it a promise (a photo *on the site* versus a
    photo *I took*).
    """
    toks = [(m.start(), m.group()) for m in TOKEN_RE.finditer(doc.text)]
    starts = [s for s, _ in toks]
    out: list[str] = []
    for cat, start, end in doc.hits:
        if cat in _CONTEXT_CATS:
            i, j = bisect_left(starts, start), bisect_left(starts, end)
            out.append("@" + CATEGORIES[cat])
            out.extend("@" + t for _, t in toks[max(0, i - width): j + width])
    return " ".join(out)


def dense(doc: Doc) -> np.ndarray:
    """The dense feature vector of one document (the weak score is filled in later)."""
    v = np.zeros(N_DENSE, dtype=np.float32)
    counts = np.zeros(len(CATEGORIES), dtype=np.float32)
    for cat, _, _ in doc.hits:
        counts[cat] += 1
    v[: len(CATEGORIES)] = np.log1p(counts)
    k = len(CATEGORIES)
    for i, flag in enumerate(_pair_flags(doc)):
        v[k + i] = flag
    k += len(PAIRS)
    text = doc.text
    sentences = max(1, len(_SENT_END.findall(text)))
    v[k: k + len(STATS)] = (
        math.log1p(len(text)) / 6.0, float("?" in text or "؟" in text), min(text.count("!"), 3) / 3.0,
        float(text.rstrip().endswith(("?", "؟"))), math.log1p(sentences) / 3.0,
        float(any(ch.isdigit() for ch in text)), float(doc.structured),
    )
    k += len(STATS)
    v[k + LANGS.index(doc.lang)] = 1.0
    return v


def _pair_flags(doc: Doc) -> list[float]:
    """For each pair in PAIRS, 1.0 when both cues fall in one sentence (a pair of one: twice)."""
    if not doc.hits:
        return [0.0] * len(PAIRS)
    bounds = [m.end() for m in _SENT_END.finditer(doc.text)] + [len(doc.text) + 1]
    per_sentence: dict[int, dict[int, int]] = {}
    for cat, start, _ in doc.hits:
        s = bisect_right(bounds, start)  # the first sentence that ends after the cue starts
        per_sentence.setdefault(s, {}).setdefault(cat, 0)
        per_sentence[s][cat] += 1
    flags = []
    for ia, ib in _PAIR_INDEX:
        if ia == ib:
            flags.append(float(any(c.get(ia, 0) >= 1 for c in per_sentence.values())))
        else:
            flags.append(float(any(ia in c and ib in c for c in per_sentence.values())))
    return flags

"""Claims: the evidence quotes of each topic and language grouped into what customers say they were told.

Per topic and language, the phrase most quotes share and few others use ("free
installation", "ارسال دو روزه") becomes a claim holding those quotes; then the next phrase
among the quotes left, while one is said by at least ``min_size`` of them. Remaining quotes
join the claim whose quotes they resemble most (TF-IDF over character n-grams) when close
enough. Quotes that join no claim, and every quote of topic ``other``, go to ``emerging``.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
import pandas as pd

from voc.trends import cluster as clu
from voc.trends.labels import best_phrase, corpus_stop_words, document_frequency, extend, ngrams, pair, render
from voc.trends.text import claim_span, content, normalize, stop_words

MIN_SIZE = 3
JOIN_SIMILARITY = 0.3  # cosine to a claim's centre for a quote without the claim's phrase to join it

CLAIM_COLUMNS = ["claim_id", "topic", "lang", "label", "size", "example", "sources", "channels", "products"]


def prepare(gaps: pd.DataFrame) -> pd.DataFrame:
    """Add ``claim``: the part of the normalized quote that says what was promised (see claim_span)."""
    gaps = gaps[gaps["quote"].notna()].copy()
    claims = []
    for quote, lang in zip(gaps["quote"], gaps["lang"]):
        norm = normalize(quote, lang)
        start, end = claim_span(norm, lang)
        claims.append(norm[start:end])
    gaps["claim"] = claims
    return gaps


def language_stats(gaps: pd.DataFrame) -> dict[str, tuple[frozenset, Counter, int]]:
    """Per language: stop words (listed and common), phrase document frequencies, quote count."""
    out = {}
    for lang, g in gaps.groupby("lang"):
        texts = list(g["claim"])
        stop = corpus_stop_words(texts, list(g["topic"])) | stop_words(lang)
        out[lang] = (stop, document_frequency(texts, stop), len(texts))
    return out


def find_claims(gaps: pd.DataFrame, *, min_size: int = MIN_SIZE,
                join_similarity: float = JOIN_SIMILARITY) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group the quotes of each (topic, language) into claims.

    Args:
        gaps: Promise-gap facts with ``claim`` (see ``prepare``).
        min_size: Least quotes for a phrase to make a claim.
        join_similarity: Least cosine similarity for a quote to join a claim without its phrase.

    Returns:
        ``(claims, members)``: one row per claim (CLAIM_COLUMNS); one row per quote with its
        ``claim_id`` (None when it joined no claim) and ``similarity`` to the claim's centre.
    """
    stats = language_stats(gaps)
    claims, members = [], []
    for (topic, lang), g in gaps[gaps["topic"] != "other"].groupby(["topic", "lang"], sort=True):
        stop, corpus_df, corpus_size = stats[lang]
        texts = list(g["claim"])
        groups = _cover(texts, stop, corpus_df, corpus_size, min_size)
        assign, sims = _join(texts, lang, stop, [idx for _, idx in groups], join_similarity)
        ids: list[str | None] = [None] * len(texts)
        for k, (phrase, _) in enumerate(groups):
            idx = np.flatnonzero(assign == k)
            central = int(np.argmax(sims[idx]))
            member_texts = [texts[i] for i in idx]
            named = pair(extend(phrase, document_frequency(member_texts, stop)), member_texts, stop, corpus_df,
                         corpus_size)
            name = render(named, member_texts, stop, prefer=central)
            central = int(idx[central])
            claim_id = _claim_id(topic, lang, name)
            claims.append({"claim_id": claim_id, "topic": topic, "lang": lang, "label": name, "size": len(idx),
                           "example": g["quote"].iloc[central], **_mix(g.iloc[idx])})
            for i in idx:
                ids[i] = claim_id
        members.append(pd.DataFrame({"record_id": g["record_id"].to_numpy(), "claim_id": ids,
                                     "similarity": np.round(sims, 4)}))
    claims_df = pd.DataFrame(claims, columns=CLAIM_COLUMNS)
    members_df = pd.concat(members, ignore_index=True) if members else pd.DataFrame(
        columns=["record_id", "claim_id", "similarity"])
    return claims_df.sort_values(["size", "claim_id"], ascending=[False, True]).reset_index(drop=True), members_df


def _cover(texts: list[str], stop: frozenset, corpus_df: Counter, corpus_size: int,
           min_size: int) -> list[tuple[tuple[str, ...], list[int]]]:
    """Greedy phrase cover: the best phrase of the texts left, its texts, again, while one is common enough."""
    grams = [ngrams(t, stop) for t in texts]
    left = set(range(len(texts)))
    groups = []
    while len(left) >= min_size:
        df = Counter(g for i in left for g in grams[i])
        phrase = best_phrase(df, len(left), corpus_df, corpus_size, need=min_size)
        if phrase is None:
            break
        idx = sorted(i for i in left if phrase in grams[i])
        groups.append((phrase, idx))
        left -= set(idx)
    return groups


def _join(texts: list[str], lang: str, stop: frozenset, groups: list[list[int]],
          join_similarity: float) -> tuple[np.ndarray, np.ndarray]:
    """Each text's group (-1: none) and its similarity to that group's centre."""
    assign = np.full(len(texts), -1, dtype=int)
    for k, idx in enumerate(groups):
        assign[idx] = k
    if not groups:
        return assign, np.zeros(len(texts))
    x = clu.vectorize([content(t, lang, stop) or t for t in texts])
    centres = clu.centroids(x, assign)
    sim = np.asarray(x @ centres.T)
    rest = assign < 0
    nearest = sim.argmax(axis=1)
    joins = rest & (sim[np.arange(len(texts)), nearest] >= join_similarity)
    assign[joins] = nearest[joins]
    sims = np.where(assign >= 0, sim[np.arange(len(texts)), np.maximum(assign, 0)], 0.0)
    return assign, sims


def _claim_id(topic: str, lang: str, name: str) -> str:
    """A short id that stays the same while the claim keeps its name."""
    return "C" + hashlib.blake2b(f"{topic}\x1f{lang}\x1f{name}".encode(), digest_size=4).hexdigest()


def _mix(part: pd.DataFrame) -> dict[str, str]:
    return {col: ", ".join(f"{k} {v}" for k, v in Counter(part[src]).most_common())
            for col, src in (("sources", "source"), ("channels", "channel"), ("products", "product"))}

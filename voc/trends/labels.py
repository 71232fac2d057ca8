"""Candidate phrases of quotes and the choice of a group's name, in the customers' own words.

A candidate is a run of one to four words inside one clause (no punctuation between them)
that neither starts nor ends with a stop word. A group is named by the candidate most of
its quotes share and few other quotes use (a c-TF-IDF), grown while a longer phrase holding
it is still said by most of its quotes: "free" -> "free installation".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from voc.trends.text import stop_words, tokens

MAX_WORDS = 4
MIN_SHARE = 0.3  # a name must occur in at least this share of the group's quotes
EXTEND_SHARE = 0.6  # a longer phrase replaces the name when said by this share of its quotes
PAIR_SHARE = 0.6  # a one-word name takes a second word used by this share of its quotes
AMOUNT_PENALTY = 0.3  # "380 هزار تومن" names what was charged, rarely what was promised
COMMON_SHARE = 0.5  # a word said by more of one topic's quotes than this is that topic's, not common
MIN_QUOTES_FOR_COMMON = 20
SPREAD_SHARE = 0.6  # a word used by this share of a language's topics is treated as a stop word
MIN_GROUPS_FOR_SPREAD = 3
# What may stand between two words of one phrase: spaces, ZWNJ, a hyphen ("2-day").
JOINER_RE = re.compile(r"[\s\u200c\-]*")

Phrase = tuple[str, ...]


def corpus_stop_words(texts: Sequence[str], groups: Sequence[str]) -> frozenset[str]:
    """Words every topic uses, learnt from the quotes of one language ("says", "علي", "رو").

    A word is common when it occurs in at least ``SPREAD_SHARE`` of the groups (topics) of
    three or more texts, and in no group in more than ``COMMON_SHARE`` of its texts: a word
    all topics use names none of them, while a claim's own word ("installation") is
    frequent in its topic. Needs enough texts and groups to judge.
    """
    if len(texts) < MIN_QUOTES_FOR_COMMON:
        return frozenset()
    by_group: dict[str, list[set[str]]] = {}
    for text, grp in zip(texts, groups):
        by_group.setdefault(grp, []).append({t for _, _, t in tokens(text)})
    big = [v for v in by_group.values() if len(v) >= 3]
    if len(big) < MIN_GROUPS_FOR_SPREAD:
        return frozenset()
    spread: Counter = Counter()
    peak: dict[str, float] = {}
    for v in big:
        df = Counter(w for ws in v for w in ws)
        spread.update(df.keys())
        for w, c in df.items():
            peak[w] = max(peak.get(w, 0.0), c / len(v))
    return frozenset(w for w, c in spread.items() if c / len(big) >= SPREAD_SHARE and peak[w] <= COMMON_SHARE)


def ngrams(text: str, stop: frozenset[str]) -> dict[Phrase, tuple[int, int]]:
    """Candidate phrases of one normalized text, each with its first span in ``text``."""
    toks = tokens(text)
    found: dict[Phrase, tuple[int, int]] = {}
    for i in range(len(toks)):
        if _bad_edge(toks[i][2], stop):
            continue
        for j in range(i, min(i + MAX_WORDS, len(toks))):
            if j > i and not JOINER_RE.fullmatch(text, toks[j - 1][1], toks[j][0]):
                break
            words = tuple(t for _, _, t in toks[i:j + 1])
            if _bad_edge(words[-1], stop) or all(w.isdigit() for w in words):
                continue
            found.setdefault(words, (toks[i][0], toks[j][1]))
    return found


def document_frequency(texts: Sequence[str], stop: frozenset[str]) -> Counter:
    """In how many texts each candidate phrase occurs."""
    return Counter(g for n in texts for g in ngrams(n, stop))


def weight(g: Phrase, corpus_df: Counter, corpus_size: int) -> float:
    """How telling a phrase is: rare among all quotes of the language, not an amount of money."""
    idf = math.log((corpus_size + 1) / (corpus_df.get(g, 0) + 1)) + 1
    return idf * (AMOUNT_PENALTY if _amount(g) else 1.0)


def best_phrase(df: Counter, size: int, corpus_df: Counter, corpus_size: int, need: int) -> Phrase | None:
    """The phrase with the highest share x weight among those in at least ``need`` texts."""
    best, best_score = None, -1.0
    for g, c in df.items():
        if c < need:
            continue
        score = (c / size) * weight(g, corpus_df, corpus_size)
        if score > best_score + 1e-9 or (abs(score - best_score) <= 1e-9 and best and (len(g), g) > (len(best), best)):
            best, best_score = g, score
    return best


def extend(best: Phrase, df: Counter) -> Phrase:
    """Grow the phrase while a longer one holding it is still said by most of its texts."""
    while True:
        longer = [g for g in df if len(g) == len(best) + 1 and (g[1:] == best or g[:-1] == best)
                  and df[g] >= EXTEND_SHARE * df[best] and not _amount(g)]
        if not longer:
            return best
        best = max(longer, key=lambda g: (df[g], g))


def pair(word: Phrase, texts: Sequence[str], stop: frozenset[str], corpus_df: Counter | None = None,
         corpus_size: int = 0) -> Phrase:
    """A one-word name joined by the word most of its texts also use, in the order written.

    "installation ... was free" and "free installation" both name "free installation".
    """
    if len(word) != 1:
        return word
    holding = [g for g in (ngrams(t, stop) for t in texts) if word in g]
    co = Counter(k[0] for g in holding for k in g if len(k) == 1 and k != word)
    if not co:
        return word
    # the most shared word; among equals the most telling (rarest in the language's quotes)
    other, n = max(co.items(), key=lambda kv: (kv[1], weight((kv[0],), corpus_df or Counter(), corpus_size), kv[0]))
    if n < PAIR_SHARE * len(holding):
        return word
    adjacent = Counter(k for g in holding for k in g if len(k) == 2 and set(k) == {word[0], other})
    if adjacent:
        return max(adjacent.items(), key=lambda kv: (kv[1], kv[0]))[0]
    first = next(g for g in holding if (other,) in g)
    return (word[0], other) if first[word][0] < first[(other,)][0] else (other, word[0])


def render(g: Phrase, texts: Sequence[str], stop: frozenset[str], prefer: int = 0) -> str:
    """The phrase as written in the first text (``prefer`` first) that holds it."""
    for i in [prefer, *range(len(texts))]:
        span = ngrams(texts[i], stop).get(g)
        if span:
            return texts[i][span[0]:span[1]]
    return " ".join(g)


def label(texts: Sequence[str], lang: str, corpus_df: Counter, corpus_size: int,
          stop: frozenset[str] = frozenset(), prefer: int = 0) -> str:
    """A name for a group of normalized texts; ``prefer`` indexes the most central one."""
    stop = stop | stop_words(lang)
    df = document_frequency(texts, stop)
    need = max(2 if len(texts) > 1 else 1, math.ceil(MIN_SHARE * len(texts)))
    best = best_phrase(df, len(texts), corpus_df, corpus_size, need)
    return render(extend(best, df), texts, stop, prefer) if best else _fallback(texts[prefer], stop)


def _amount(g: Phrase) -> bool:
    return any(w.isdigit() and len(w) >= 3 for w in g)


def _bad_edge(word: str, stop: frozenset[str]) -> bool:
    return word in stop or (len(word) == 1 and not word.isdigit())


def _fallback(text: str, stop: frozenset[str]) -> str:
    toks = [t for t in tokens(text) if t[2] not in stop][:6]
    return text[toks[0][0]:toks[-1][1]] if toks else text[:60]

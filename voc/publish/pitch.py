"""Mark the lines of a sales pitch script that make a claim customers complain about.

A script is Markdown or plain text in Persian, Arabic or English. Each line (list markers,
headings and emphasis stripped) is compared with the claims of its own language: it makes
a claim when it holds every word of the claim's name ("free installation"), or when its
wording is close to the claim's quotes (cosine of character n-gram TF-IDF vectors).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from voc.errors import ConfigError
from voc.publish.messages import P003
from voc.publish.model import Claim, PitchLine
from voc.publish.safety import direction
from voc.trends import TrendData
from voc.trends import cluster as clu
from voc.trends.text import content, normalize, tokens

SIMILARITY = 0.3  # cosine between a line and a claim's quotes for the line to make that claim
_MARKUP_RE = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+|\d+[.)]\s+)+")
_EMPHASIS_RE = re.compile(r"[*_`~]{1,3}")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")


def read_script(path: str | Path, audience: str = "sales") -> list[tuple[int, str]]:
    """``(line number, text)`` for each line of the script that has words in it.

    Raises:
        ConfigError: P003 when the file does not exist.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(P003.format(path=path, audience=audience))
    out, fenced = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if _FENCE_RE.match(line):
            fenced = not fenced
            continue
        if fenced:  # code blocks are not pitch
            continue
        text = _EMPHASIS_RE.sub("", _MARKUP_RE.sub("", line)).strip()
        if len(tokens(text.lower())) >= 2:
            out.append((number, text))
    return out


def mark_lines(lines: list[tuple[int, str]], claims: list[Claim], trends: TrendData,
               similarity: float = SIMILARITY) -> list[PitchLine]:
    """Each script line with the complained-about claims it makes and their numbers."""
    from voc.lang import identify

    by_lang: dict[str, list[Claim]] = {}
    for c in claims:
        by_lang.setdefault(c.lang, []).append(c)
    texts = _claim_texts(trends)
    out = []
    for number, text in lines:
        lang = identify(text)[0]
        pool = by_lang.get(lang, []) if lang in ("fa", "ar", "en") else claims
        found = _matches(text, lang, pool, texts, similarity)
        out.append(PitchLine(number=number, text=text, lang=lang, dir=direction(text, lang), claims=[
            {"claim_id": c.claim_id, "label": c.label, "count": c.count, "latest": c.latest,
             "direction": c.direction} for c in found], complaints=sum(c.count for c in found)))
    return out


def _matches(text: str, lang: str, pool: list[Claim], texts: dict[str, list[str]], similarity: float) -> list[Claim]:
    if not pool:
        return []
    code = lang if lang in ("fa", "ar", "en") else pool[0].lang
    norm = normalize(text, code)
    words = {t for _, _, t in tokens(norm)}
    found = [c for c in pool if _holds(words, c)]
    rest = [c for c in pool if c not in found and texts.get(c.claim_id)]
    if rest:
        docs = [content(norm, code) or norm] + [" ".join(content(t, c.lang) or t for t in texts[c.claim_id])
                                                for c in rest]
        x = clu.vectorize(docs)
        sims = np.asarray((x[1:] @ x[0].T).todense()).ravel()
        found += [c for c, s in zip(rest, sims) if s >= similarity]
    return sorted(found, key=lambda c: -c.count)


def _holds(words: set[str], claim: Claim) -> bool:
    """Whether a line holds every word of the claim's name."""
    name = {t for _, _, t in tokens(normalize(claim.label, claim.lang))}
    return bool(name) and name <= words


def _claim_texts(trends: TrendData) -> dict[str, list[str]]:
    f = trends.facts[trends.facts["claim_id"].notna()]
    return {cid: list(g["claim"].dropna()) for cid, g in f.groupby("claim_id")}

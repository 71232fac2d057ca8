"""Find the cue phrases of voc/lang/{fa,ar,en}/promise_cues.py in folded text, with positions.

Phrases are matched token by token (a token is a run of word characters or one other
non-space character), so a phrase never matches inside a word; a phrase ending in "*" lets
its last token continue ("عکس*" matches "عکسش"). Arabic tokens may carry a leading clitic
(و ف ب ك ل, with or without ال). One pass over the tokens finds every category at once.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import import_module

from voc.classify import langproc
from voc.classify.fold import fold

CATEGORIES = (
    "PROMISE", "REPORTED", "NOT_PROMISE", "MISMATCH", "GAP", "NEGATION", "PAID_FOR", "AFTER_SALE", "AGENT_CONFIRM",
    "COMPLAINT", "PRAISE",
    "SOURCE_SALES_REP", "SOURCE_ADVERTISING", "SOURCE_LISTING", "SOURCE_CONTRACT",
    "TOPIC_PRICING", "TOPIC_DELIVERY", "TOPIC_PRODUCT", "TOPIC_COMPATIBILITY", "TOPIC_SERVICE",
    "TOPIC_TERMS", "TOPIC_AVAILABILITY",
)
CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
# Categories a NOT_PROMISE phrase cancels ("I took a photo" is not the listing's photo).
_CANCELLED = {CAT_INDEX[c] for c in ("PROMISE", "REPORTED", "MISMATCH", "PAID_FOR", "SOURCE_SALES_REP",
                                     "SOURCE_ADVERTISING", "SOURCE_LISTING", "SOURCE_CONTRACT")}
_NOT_PROMISE = CAT_INDEX["NOT_PROMISE"]
# "عکس‌ها?!" -> ["عکس", "ها", "?", "!"]
TOKEN_RE = re.compile(r"\w+|[^\w\s]")
# Arabic proclitics stripped when looking a token up: "وبالصوره" -> "الصوره", "صوره".
_AR_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "و", "ف", "ب", "ك", "ل", "ال")
_MIN_STEM = 3  # a clitic is only stripped when at least this many letters remain


class CueSet:
    """The compiled cue phrases of one language.

    Args:
        lang: fa, ar or en; its phrases come from ``voc.lang.<lang>.promise_cues``.
    """

    def __init__(self, lang: str):
        self.lang = lang
        module = import_module(f"voc.lang.{lang}.promise_cues")
        self.exact: dict[str, list[tuple[tuple[str, ...], bool, int]]] = {}
        self.stems: dict[str, set[int]] = {}  # one-token phrases ending in "*"
        digest = hashlib.blake2b(digest_size=8)
        for cat in CATEGORIES:
            for phrase in getattr(module, cat, ()):
                phrase = phrase.strip()
                if phrase:
                    digest.update(f"{cat}\t{phrase}\n".encode())
                    self._add(phrase, CAT_INDEX[cat])
        self.fingerprint = digest.hexdigest()

    def _add(self, phrase: str, cat: int) -> None:
        star = phrase.endswith("*")
        text = fold(langproc.normalize(phrase.rstrip("*"), self.lang), self.lang)
        toks = tuple(TOKEN_RE.findall(text))
        if not toks:
            return
        if star and len(toks) == 1:
            self.stems.setdefault(toks[0], set()).add(cat)
            return
        entries = self.exact.setdefault(toks[0], [])
        if (toks[1:], star, cat) not in entries:
            entries.append((toks[1:], star, cat))

    def _forms(self, tok: str) -> list[str]:
        if self.lang != "ar":
            return [tok]
        forms = [tok]
        for c in _AR_CLITICS:
            if tok.startswith(c) and len(tok) - len(c) >= _MIN_STEM:
                forms.append(tok[len(c):])
        return forms

    def find(self, folded: str) -> list[tuple[int, int, int]]:
        """All cue hits in ``folded`` (the output of fold()) as (category index, start, end)."""
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded)]
        hits: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        n = len(toks)
        for i, (start, end, tok) in enumerate(toks):
            for form in self._forms(tok):
                for rest, star, cat in self.exact.get(form, ()):
                    j = i + len(rest)
                    if j < n and _tail_matches(toks, i + 1, rest, star):
                        key = (cat, start, toks[j][1])
                        if key not in seen:
                            seen.add(key)
                            hits.append(key)
                for k in range(2, len(form) + 1):
                    for cat in self.stems.get(form[:k], ()):
                        key = (cat, start, end)
                        if key not in seen:
                            seen.add(key)
                            hits.append(key)
        return _drop_pseudo_promises(hits)


def _drop_pseudo_promises(hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop promise, source and mismatch hits that overlap a NOT_PROMISE hit ("I promise", "I took a photo")."""
    pseudo = [(s, e) for c, s, e in hits if c == _NOT_PROMISE]
    if not pseudo:
        return hits
    return [h for h in hits if h[0] not in _CANCELLED or not any(h[1] < e and s < h[2] for s, e in pseudo)]


def _tail_matches(toks: list, i: int, rest: tuple[str, ...], star: bool) -> bool:
    for k, want in enumerate(rest):
        got = toks[i + k][2]
        last = k == len(rest) - 1
        if not (got == want or (star and last and got.startswith(want))):
            return False
    return True


@lru_cache(maxsize=None)
def cue_set(lang: str) -> CueSet:
    """The CueSet of a language, built once per process."""
    return CueSet(lang)

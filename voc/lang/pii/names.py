"""Customer names, when the source gives them: the full name and each part of it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from voc.lang.pii.base import NAME, Found

MIN_PART = 3  # name parts shorter than this ("Al", "Li") are too likely to be other words
_SPACE_RE = re.compile(r"[\s\u200c]+")


def pattern(names: Iterable[str], normalize: Callable[[str], str]) -> re.Pattern | None:
    """One regex for the given names, normalized the way the text was; None for no names.

    "Sara Ahmadi" matches "Sara Ahmadi", "sara  ahmadi", "Sara" and "Ahmadi"; the whole name
    is tried first so it becomes one placeholder.
    """
    if isinstance(names, str):
        names = [names]
    wholes, parts = set(), set()
    for name in names:
        words = _SPACE_RE.split(normalize(name or "").strip())
        words = [w for w in words if w]
        if not words:
            continue
        wholes.add(r"[\s\u200c]+".join(map(re.escape, words)))
        parts.update(re.escape(w) for w in words if len(w) >= MIN_PART)
    alternatives = sorted(wholes, key=len, reverse=True) + sorted(parts - wholes, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def find(text: str, compiled: re.Pattern | None) -> Iterator[Found]:
    """Yield every occurrence of the names in ``compiled`` (from :func:`pattern`)."""
    if compiled is None:
        return
    for m in compiled.finditer(text):
        yield Found(m.start(), m.end(), NAME)

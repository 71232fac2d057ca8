"""E-mail addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from voc.lang.pii.base import EMAIL, Found

# "sara.ahmadi+shop@mail.example.ir"; the domain needs a dot and a 2+ letter top level.
_EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")


def find(text: str) -> Iterator[Found]:
    """Yield every e-mail address in ``text``."""
    for m in _EMAIL_RE.finditer(text):
        yield Found(m.start(), m.end(), EMAIL)

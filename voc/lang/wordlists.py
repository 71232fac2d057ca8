"""Word lists by language code, read from the data modules in voc/lang/{fa,ar,en}/."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from voc.errors import E013, VocError
from voc.lang.normalize import LANGS, SUPPORTED


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """The stop words of a language, in the form its normalizer gives them.

    Match them against tokens of ``get_normalizer(lang)`` output (lower-cased for English).
    Sources and the words left out are noted in ``voc/lang/<lang>/stop_words.py``.

    Args:
        lang: ``fa``, ``ar`` or ``en``; ``other`` has none (an empty set).

    Raises:
        VocError: E013 for a code voc does not handle, listing the supported ones.

    >>> "است" in stop_words("fa")
    True
    """
    if lang not in SUPPORTED:
        raise VocError(E013.format(lang=lang, supported=", ".join(SUPPORTED)))
    if lang not in LANGS:
        return frozenset()
    return frozenset(import_module(f"voc.lang.{lang}.stop_words").STOP_WORDS)

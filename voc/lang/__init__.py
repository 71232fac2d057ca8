"""The language layer: identify, normalize, segment and redact Persian, Arabic and English text.

Public API (imported lazily, so ``import voc.lang.speakers`` stays light)::

    process(text, *, lang_hint=None, names=()) -> Processed
    redact(text, names=(), *, lang=None) -> str
    identify(text) -> (lang, confidence)
    get_normalizer(lang) -> Normalizer
    stop_words(lang) -> frozenset[str]
    NORMALIZER_VERSION, SUPPORTED
"""

from __future__ import annotations

from voc.lazy import lazy_exports

_EXPORTS = {
    "process": "voc.lang.pipeline",
    "redact": "voc.lang.pipeline",
    "identify": "voc.lang.langid",
    "get_normalizer": "voc.lang.normalize",
    "Normalizer": "voc.lang.normalize",
    "NORMALIZER_VERSION": "voc.lang.normalize",
    "SUPPORTED": "voc.lang.normalize",
    "Processed": "voc.lang.processed",
    "MappedText": "voc.lang.mapped",
    "stop_words": "voc.lang.wordlists",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

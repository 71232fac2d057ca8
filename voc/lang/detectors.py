"""lingua language detectors, built once on first use (their models ship with the wheel)."""

from __future__ import annotations

import math
from functools import lru_cache

try:
    from lingua import Language, LanguageDetectorBuilder
except ImportError as exc:  # pragma: no cover - lingua is a declared dependency
    raise ImportError(
        "language identification needs lingua: pip install 'lingua-language-detector>=2.0'"
    ) from exc

# Latin-script languages a customer text might be in besides English; a Latin sentence
# these beat English on is "other".
_OTHER_LATIN = (
    Language.FRENCH, Language.SPANISH, Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE,
    Language.DUTCH, Language.TURKISH, Language.INDONESIAN,
)


@lru_cache(maxsize=1)
def _persian_arabic():
    return LanguageDetectorBuilder.from_languages(Language.PERSIAN, Language.ARABIC).build()


@lru_cache(maxsize=1)
def _latin():
    # High-accuracy mode (about 200 MB): trigram-only mode wrongly calls short English tweets
    # "other" five times as often.
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, *_OTHER_LATIN).build()


def persian_logit(text: str) -> float:
    """log(P(Persian) / P(Arabic)) for ``text`` by lingua, clipped to [-8, 8]."""
    values = _persian_arabic().compute_language_confidence_values(text)
    p_fa = next((v.value for v in values if v.language == Language.PERSIAN), 0.5)
    p_fa = min(max(p_fa, 3.4e-4), 1 - 3.4e-4)
    return math.log(p_fa / (1 - p_fa))


def english_confidence(text: str) -> float:
    """lingua's confidence that a Latin-script ``text`` is English rather than another language."""
    values = _latin().compute_language_confidence_values(text)
    return next((v.value for v in values if v.language == Language.ENGLISH), 0.0)

"""The one door to voc.lang: language id, normalized text, offset maps and sentence spans.

Everything the classifier needs from the language layer goes through `process`, so the
classifier depends on one small API: ``voc.lang.process(text, lang_hint, names)`` returning an
object with ``lang``, ``lang_confidence``, ``text_norm``, ``offsets``, ``raw_span`` and
``sentences``.
"""

from __future__ import annotations

from typing import Protocol, Sequence


class Processed(Protocol):
    """What voc.lang.process returns (only the members the classifier uses)."""

    lang: str
    lang_confidence: float
    text_norm: str
    offsets: Sequence[int]
    sentences: Sequence[tuple[int, int]]

    def raw_span(self, start: int, end: int) -> tuple[int, int]: ...


def process(text: str, lang_hint: str | None = None) -> Processed:
    """Run the language layer on one raw text.

    Args:
        text: The text as received.
        lang_hint: A language code the caller trusts (fa, ar, en), or None to detect it.

    Returns:
        The processed text (normalized, PII-redacted, digits canonical) with its offset map.
    """
    from voc.lang import process as lang_process

    return lang_process(text, lang_hint=lang_hint)


def normalize(text: str, lang: str) -> str:
    """The language layer's normalized form of a short phrase (cue phrases go through this)."""
    from voc.lang.normalize import get_normalizer

    return get_normalizer(lang)(text)

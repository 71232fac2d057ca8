"""The one door to voc.lang: language id, normalized text, offset maps and sentence spans.

Everything the classifier needs from the language layer goes through `process`, so the
classifier depends on one small API: ``voc.lang.process(text, lang_hint, names)`` returning an
object with ``lang``, ``lang_confidence``, ``text_norm``, ``offsets`` and ``raw_span``. `Stored` stands in for that object when the normalize stage has already run
the layer and stored its output, so the classifier does not run it a second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence


class Processed(Protocol):
    """What voc.lang.process returns (only the members the classifier uses)."""

    lang: str
    lang_confidence: float
    text_norm: str
    offsets: Sequence[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]: ...


def process(text: str, lang_hint: str | None = None, names: Sequence[str] = ()) -> Processed:
    """Run the language layer on one raw text.

    Args:
        text: The text as received.
        lang_hint: A language code the caller trusts (fa, ar, en), or None to detect it.
        names: Customer names to redact.

    Returns:
        The processed text (normalized, PII-redacted, digits canonical) with its offset map;
        its sentences are not segmented (the classifier finds its own sentence and clause
        candidates, see voc.classify.evidence).
    """
    from voc.lang import process as lang_process

    return lang_process(text, lang_hint=lang_hint, names=names, segment_sentences=False)


def normalize(text: str, lang: str) -> str:
    """The language layer's normalized form of a short phrase (cue phrases go through this)."""
    from voc.lang.normalize import get_normalizer

    return get_normalizer(lang)(text)


@dataclass(slots=True)
class Stored:
    """The language layer's output for a text as the normalize stage stored it.

    The classifier reads ``lang``, ``primary`` and ``text_norm`` straight from the store. The
    offset map is not stored; when a quote must be mapped back to the raw text, the layer runs
    again on this one text with the same hint and names (a deterministic function of them),
    which for a nightly batch means only the records that get an evidence quote.
    """

    text: str
    lang: str
    primary: str
    text_norm: str
    hint: str | None = None
    names: tuple[str, ...] = ()
    _full: Any = field(default=None, repr=False)

    @classmethod
    def from_item(cls, text: str, stored: Mapping[str, Any]) -> "Stored":
        """Build from an item's ``normalized`` mapping: ``text_norm``, ``lang``, optional
        ``primary``, ``hint`` and ``names``."""
        lang = stored["lang"]
        return cls(text, lang, stored.get("primary") or lang, stored["text_norm"], stored.get("hint"),
                   tuple(stored.get("names") or ()))

    @property
    def lang_confidence(self) -> float:
        return self.full().lang_confidence

    @property
    def offsets(self) -> Sequence[int]:
        return self.full().offsets

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.full().raw_span(start, end)

    def full(self) -> Processed:
        """The layer's whole output for this text (computed once, on first use).

        Raises:
            ValueError: the stored text_norm is not what the layer makes of the text now (the
                row came from another normalizer version); run the normalize stage again.
        """
        if self._full is None:
            full = process(self.text, self.hint, self.names)
            if full.text_norm != self.text_norm:
                raise ValueError("the stored normalized text differs from what the language layer makes of the "
                                 "record now; run the normalize stage again (voc run) before classifying")
            self._full = full
        return self._full

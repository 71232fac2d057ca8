"""The result of the language layer for one text: language, normalized text, sentences, PII."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from voc.lang.mapped import map_span


@dataclass(slots=True)
class Processed:
    """One text understood: its languages, its normalized and PII-redacted form, its sentences.

    ``offsets`` maps ``text_norm`` back to ``text``: ``offsets[i]`` is the raw index where
    normalized character ``i`` starts, and ``offsets[len(text_norm)] == len(text)``.
    """

    text: str  # the raw text, as received
    lang: str  # fa, ar, en, other or mixed
    lang_confidence: float
    primary: str  # the language holding most words; equals lang unless lang == "mixed"
    langs: list[str]  # per sentence: fa, ar, en or other
    romanized: str | None  # None, "finglish" or "arabizi"
    text_norm: str  # normalized, with PII replaced by [PHONE], [EMAIL], ...
    offsets: array  # array('i') of len(text_norm) + 1
    sentences: list[tuple[int, int]]  # (start, end) into text_norm; empty when not segmented
    pii: dict[str, int]  # how many of each kind were replaced
    normalizer_version: str
    pii_spans: list[tuple[int, int, str]] = field(default_factory=list)  # raw (start, end, kind)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``(start, end)`` of ``text_norm[start:end]``, whitespace-trimmed."""
        return map_span(self.offsets, self.text_norm, start, end, self.text)

    def quote(self, start: int, end: int) -> str:
        """The customer's own wording for ``text_norm[start:end]``, with PII replaced."""
        raw_start, raw_end = self.raw_span(start, end)
        pieces, last = [], raw_start
        for s, e, kind in self.pii_spans:
            if e <= raw_start or s >= raw_end:
                continue
            pieces.append(self.text[last:max(s, raw_start)])
            pieces.append(f"[{kind}]")
            last = max(last, e)
        if last < raw_end:
            pieces.append(self.text[last:raw_end])
        return "".join(pieces)

    def sentence_texts(self) -> list[str]:
        """The normalized text of each sentence."""
        return [self.text_norm[a:b] for a, b in self.sentences]

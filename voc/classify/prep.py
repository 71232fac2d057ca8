"""Turn one input item into what the model reads: normalized customer text, cue hits, agent cues."""

from __future__ import annotations

from dataclasses import dataclass

from voc.classify import langproc
from voc.classify.cues import CAT_INDEX, cue_set
from voc.classify.fold import fold
from voc.classify.labels import LANGS
from voc.classify.turns import split_turns

AGENT_CONFIRM = CAT_INDEX["AGENT_CONFIRM"]


@dataclass(slots=True)
class Doc:
    """One record, processed: what the decision reads and how to map spans back to raw text.

    ``text`` is the folded customer text the model reads: the customer turns of a transcript
    joined by newlines, or the whole text. ``pieces[k] = (text_start, norm_start, norm_end)``
    says where piece k of ``text`` lies in ``proc.text_norm``.
    """

    raw: str
    lang: str
    proc: langproc.Processed
    text: str
    pieces: list[tuple[int, int, int]]
    hits: list[tuple[int, int, int]]  # (category, start, end) in ``text``
    agent_confirms: int  # agent turns that confirm a promise (transcripts only)
    structured: bool

    def to_norm(self, pos: int) -> int:
        """Map a position in ``text`` to one in ``proc.text_norm``."""
        for text_start, norm_start, norm_end in reversed(self.pieces):
            if pos >= text_start:
                return min(norm_start + pos - text_start, norm_end)
        return self.pieces[0][1] if self.pieces else 0


def model_lang(proc: langproc.Processed) -> str:
    """The language whose cue lists read the text: the detected one, the main one of a mixed
    text, or English for anything else (the model knows only fa, ar and en)."""
    if proc.lang in LANGS:
        return proc.lang
    primary = getattr(proc, "primary", None)
    return primary if primary in LANGS else "en"


def prepare(text: str, lang: str | None = None, channel: str | None = None,
            stored: langproc.Processed | None = None) -> Doc:
    """Process one record for the classifier.

    Args:
        text: The raw text as received.
        lang: A trusted language code, or None to detect it (falls back to en when the detected
            language is not one voc handles).
        channel: review, ticket, transcript or None.
        stored: The language layer's output for ``text`` when the caller already has it (the
            normalize stage's row, see langproc.Stored); ``lang`` is then not used.
    """
    proc = stored if stored is not None else langproc.process(text, lang_hint=lang if lang in LANGS else None)
    code = model_lang(proc)
    folded = fold(proc.text_norm, code)
    turns = split_turns(folded, channel)
    parts, pieces, pos = [], [], 0
    for start, end in turns.customer:
        pieces.append((pos, start, end))
        parts.append(folded[start:end])
        pos += end - start + 1
    model_text = "\n".join(parts)
    cues = cue_set(code)
    confirms = sum(1 for s, e in turns.agent for c, _, _ in cues.find(folded[s:e]) if c == AGENT_CONFIRM)
    return Doc(text, code, proc, model_text, pieces, cues.find(model_text), confirms, turns.structured)

"""People's answers as training examples: human labels (``latest_labels`` rows) to ``Example``."""

from __future__ import annotations

from collections.abc import Iterable

from voc.classify.labels import CHANNELS, LANGS, NONE, SOURCES, TOPICS, Example
from voc.errors import InputError
from voc.review import messages as m

ORIGIN = "human"  # trained with the dev records' weight, and thresholds are tuned on it


def human_examples(labels: Iterable[dict]) -> list[Example]:
    """One training example per human label, with ``origin="human"``.

    The text is the one the person labelled (redacted or raw). A label in a language the model
    does not know (``other``, ``mixed``) is trained as the language the classifier would read
    it as. Evidence is optional: a promise gap marked without a quote still trains every head,
    and a quote that is not part of the text is left out (it would teach other words).

    Raises:
        InputError: E212 naming the record and field when a label does not fit the guide
            (unknown topic or source, a promise gap that is not a complaint, empty text).
    """
    return [_example(row) for row in labels]


def _example(row: dict) -> Example:
    rid, text = str(row["id"]), row.get("text") or ""
    if not text.strip():
        raise _bad(rid, "text", text, "the text the person labelled")
    gap, complaint = bool(row["promise_gap"]), bool(row["is_complaint"])
    if gap and not complaint:
        raise _bad(rid, "is_complaint", False, "true, since promise_gap is true")
    topic, source = row.get("topic") or NONE, row.get("source") or NONE
    for name, value, allowed in (("topic", topic, TOPICS), ("source", source, SOURCES)):
        if value not in (NONE, *allowed) or (value != NONE and not gap):
            expected = f"one of {', '.join(allowed)} or none" if gap else "none, since promise_gap is false"
            raise _bad(rid, name, value, expected)
    channel = row.get("channel") if row.get("channel") in CHANNELS else None
    evidence = row.get("evidence") or ""
    return Example(id=rid, lang=_lang(row.get("lang"), text, channel), text=text, is_complaint=complaint,
                   promise_gap=gap, topic=topic, source=source, channel=channel,
                   evidence=evidence if gap and evidence in text else "", origin=ORIGIN)


def _lang(lang: str | None, text: str, channel: str | None) -> str:
    if lang in LANGS:
        return lang
    from voc.classify.prep import prepare

    return prepare(text, None, channel).lang


def _bad(rid: str, field: str, value: object, expected: str) -> InputError:
    return InputError(m.E212.format(id=rid, field=field, value=value, expected=expected), location=rid, field=field)

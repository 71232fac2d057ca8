"""Hand-written demo sentences per language, loaded as one phrasebook per language code."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

LANGS = ("fa", "ar", "en")


def lines(text: str) -> list[str]:
    """Split a triple-quoted block into lines, stripped; an empty line is a real option ("")."""
    return [line.strip() for line in text.split("\n")]


def phrasebook(lang: str) -> SimpleNamespace:
    """Everything written for ``lang`` (one of LANGS): the customer sentences of
    ``<lang>.py`` and the scaffolding of ``<lang>_talk.py``, as one namespace."""
    if lang not in LANGS:
        raise ValueError(f"no demo phrasebook for {lang!r}; have {', '.join(LANGS)}")
    names: dict = {}
    for module in (f"voc.demo.content.{lang}", f"voc.demo.content.{lang}_talk"):
        names.update({k: v for k, v in vars(importlib.import_module(module)).items() if k.isupper()})
    return SimpleNamespace(**names)


def parse_line(line: str, default_source: str | None) -> tuple[str | None, tuple[str, ...], str]:
    """Split ``source@prod,prod|text`` into (source, products, text); both heads optional."""
    head, sep, text = line.partition("|")
    if not sep:
        return default_source, (), line
    source, _, prods = head.partition("@")
    return (source or default_source), tuple(p for p in prods.split(",") if p), text

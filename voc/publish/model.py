"""What a report holds, independent of its format: a header, sections, tables behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Quote:
    """A verbatim quote, already guarded (redacted twice, links defanged)."""

    text: str
    lang: str
    dir: str  # rtl | ltr | auto
    channel: str
    day: str
    product: str


@dataclass
class Claim:
    """A recurring claim as one audience sees it."""

    claim_id: str
    label: str
    lang: str
    dir: str
    topic: str
    count: int  # promise gaps in the window
    latest: int  # in the latest week
    direction: str  # rising | falling | steady | too_few
    q: float | None
    weekly: list[int]
    by_channel: dict[str, int]
    by_source: dict[str, int]
    products: dict[str, int]
    quotes: list[Quote]


@dataclass
class PitchLine:
    """One line of the configured pitch script; ``claims`` lists the complained-about claims it makes."""

    number: int
    text: str
    lang: str
    dir: str
    claims: list[dict[str, Any]]  # {"label", "count", "latest", "direction"}
    complaints: int


@dataclass
class Table:
    """A table shown in the report and exported as CSV and Parquet under ``name``."""

    name: str
    title: str
    frame: pd.DataFrame
    note: str = ""
    rtl_columns: tuple[str, ...] = ()  # columns holding customer wording (shown with dir="auto")


@dataclass
class Section:
    """A titled part of a report: an intro line, then a chart, tables, claims or pitch lines."""

    key: str
    title: str
    intro: str = ""
    chart: str = ""  # inline SVG markup (generated, trusted)
    tables: list[Table] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pitch: list[PitchLine] = field(default_factory=list)
    empty: str = ""  # what to say when the section has nothing


@dataclass
class Report:
    """One audience's report."""

    audience: str
    title: str
    header: dict[str, Any]  # period, volume, model versions, quality, thresholds, generated_at
    sections: list[Section]

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables] + self.header.get("tables", [])

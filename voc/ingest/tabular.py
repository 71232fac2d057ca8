"""Tables dropped in a folder (CSV, JSON Lines, JSON, Parquet, Excel) mapped to records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from voc.ingest.base import FileConnector, SourceSpec
from voc.ingest.fields import as_text, get_timezone, parse_datetime, parse_rating
from voc.ingest.rejects import DATE_EXPECTED, RATING_EXPECTED, bad_value, guard, missing_field
from voc.ingest.rows import SUFFIXES, Row, read_rows
from voc.records import Record, Reject

FIELDS = ("external_id", "text", "title", "created_at", "lang", "customer_id", "account_id",
          "product", "agent_id", "rating", "customer_name", "version")
REQUIRED = ("external_id", "text")
ID_FIELDS = ("customer_id", "account_id", "agent_id")
MAX_SHAPES = 1000  # distinct row key sets whose column lookup is cached


def _plain(value: Any) -> Any:
    """A segment value as JSON can hold it."""
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


class TableConnector(FileConnector):
    """Rows of tabular files as records, through the source's column mapping.

    ``spec.mapping`` maps canonical fields (``FIELDS``) to column names; an unmapped field is
    looked up under its own name (case-insensitive). ``spec.options``: ``segments`` (columns
    kept in ``Record.segments``), ``lang`` (the language of every row, when no column says),
    ``timezone`` (of naive timestamps, default UTC), ``dayfirst`` (01/05 is 1 May), plus the
    file options of ``voc.ingest.rows.read_rows``.
    """

    kind: ClassVar[str] = "table"
    suffixes: ClassVar[tuple[str, ...]] = SUFFIXES
    default_mapping: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(self, spec: SourceSpec):
        super().__init__(spec)
        opts = spec.options
        self.tz = get_timezone(opts.get("timezone"), spec.name)
        self.dayfirst = bool(opts.get("dayfirst", False))
        self.lang = opts.get("lang")
        self.segment_columns = [str(c) for c in opts.get("segments", [])]
        self.candidates = {
            f: (spec.mapping[f],) if f in spec.mapping else self.default_mapping.get(f, (f,)) for f in FIELDS
        }
        self._columns: dict[tuple, dict[str, str | None]] = {}

    @property
    def channel(self) -> str:
        return self.spec.channel

    def read_file(self, path: Path) -> Iterator[Record | Reject]:
        rows = read_rows(path, self.spec.name, self.spec.encoding, self.spec.options)
        yield from guard(self.spec.name, path, (self.to_record(r) if isinstance(r, Row) else r for r in rows))

    def columns(self, keys: tuple) -> dict[str, str | None]:
        """Which column holds each canonical field, for rows with these keys (cached)."""
        found = self._columns.get(keys)
        if found is None:
            lower = {str(k).lower(): k for k in reversed(keys)}  # exact case wins below
            found = {}
            for f, names in self.candidates.items():
                hit = next((n for n in names if n in keys), None)
                hit = hit or next((lower[n.lower()] for n in names if n.lower() in lower), None)
                found[f] = hit
            if len(self._columns) > MAX_SHAPES:  # rows with ever-new keys: do not grow without end
                self._columns.clear()
            self._columns[keys] = found
        return found

    def to_record(self, row: Row) -> Record | Reject:
        """Map one row to a record, or to a reject naming the field at fault."""
        data, loc, src = row.data, row.location, self.spec.name
        cols = self.columns(tuple(data))
        value = {f: (data.get(c) if c is not None else None) for f, c in cols.items()}
        for f in REQUIRED:
            if not as_text(value[f]):
                return missing_field(src, loc, cols[f] or self.spec.mapping.get(f, f), data)
        try:
            created_at = parse_datetime(value["created_at"], self.tz, self.dayfirst)
        except ValueError:
            return bad_value(src, loc, cols["created_at"], value["created_at"], DATE_EXPECTED, data)
        try:
            rating = parse_rating(value["rating"])
        except ValueError:
            return bad_value(src, loc, cols["rating"], value["rating"], RATING_EXPECTED, data)
        text = value["text"] if isinstance(value["text"], str) else as_text(value["text"])
        segments = {c: _plain(data[c]) for c in self.segment_columns if c in data}
        if as_text(value["version"]):
            segments["version"] = as_text(value["version"])
        return Record(
            source=src,
            external_id=as_text(value["external_id"]),
            channel=self.channel,
            text=text,  # as received: no stripping, no normalising
            created_at=created_at,
            lang=(as_text(value["lang"]) or self.lang or None),
            title=as_text(value["title"]),
            product=as_text(value["product"]) or None,
            rating=rating,
            customer_name=as_text(value["customer_name"]) or None,
            segments=segments,
            location=loc,
            **{f: as_text(value[f]) or None for f in ID_FIELDS},
        )

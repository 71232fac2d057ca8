"""Rows of tabular files (CSV, JSON Lines, JSON, Parquet, Excel) as dicts, streamed."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from voc.errors import E009, E010, InputError
from voc.ingest.encoding import decode_bytes, open_text
from voc.ingest.rejects import parse_error
from voc.records import Reject

CSV_SUFFIXES = (".csv", ".tsv")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
PARQUET_SUFFIXES = (".parquet", ".pq")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
SUFFIXES = CSV_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + PARQUET_SUFFIXES + EXCEL_SUFFIXES
DELIMITERS = ",;\t|"
BATCH_ROWS = 10_000


@dataclass(slots=True)
class Row:
    """One input row and where it was: ``file.csv:17``, ``file.json#[3]``, ``file.parquet#row[5]``."""

    location: str
    data: dict[str, Any]


def read_rows(path: Path, source: str, encoding: str = "auto", options: dict | None = None) -> Iterator[Row | Reject]:
    """Yield the rows of one file, or a reject for each row that cannot be read.

    Args:
        path: a .csv/.tsv, .jsonl/.ndjson, .json, .parquet or .xlsx file.
        source: the source name, for rejects.
        encoding: ``auto`` or a codec name (text formats only).
        options: ``delimiter`` (CSV, default: sniffed from the header among , ; tab |),
            ``records_key`` (JSON: the key holding the list), ``sheet`` (Excel).

    Raises:
        InputError: the whole file is unreadable (bad encoding, broken JSON or workbook).
    """
    options = options or {}
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv(path, source, encoding, options.get("delimiter"))
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(path, source, encoding)
    if suffix in PARQUET_SUFFIXES:
        return read_parquet(path)
    if suffix in EXCEL_SUFFIXES:
        return read_excel(path, options.get("sheet"))
    return read_json(path, source, encoding, options.get("records_key"))


def decode_error(location: str, codec: str) -> InputError:
    """E009 for a file whose head decoded but a later part does not."""
    return InputError(E009.format(location=location, tried=codec), location=location)


def _sniff(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    return max(DELIMITERS, key=header.count)


def read_csv(path: Path, source: str, encoding: str, delimiter: str | None = None) -> Iterator[Row | Reject]:
    """Rows of a CSV file; the first line is the header. Line numbers are where a row starts."""
    with open_text(path, encoding, newline="") as fh:
        reader = None
        try:
            first = fh.readline()
            fh.seek(0)
            reader = csv.reader(fh, delimiter=delimiter or _sniff(first, path.suffix.lower()))
            header = [h.strip() for h in next(reader, [])]
            yield from _csv_rows(reader, header, path, source)
        except UnicodeDecodeError as err:  # past the head, or a wrong explicit encoding
            raise decode_error(f"{path}:{reader.line_num + 1}" if reader else str(path), fh.encoding) from err


def _csv_line(cells: list[str], delimiter: str) -> str:
    """The row written back as one CSV line, for a reject's payload."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(cells)
    return out.getvalue()


def _csv_rows(reader: Any, header: list[str], path: Path, source: str) -> Iterator[Row | Reject]:
    while True:
        location = f"{path}:{reader.line_num + 1}"
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield parse_error(source, location, "CSV", str(err))
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            detail = f"the row has {len(cells)} fields, the header has {len(header)} (check quotes and delimiters)"
            yield parse_error(source, location, "CSV", detail, _csv_line(cells, reader.dialect.delimiter))
            continue
        yield Row(location, dict(zip(header, cells)))


def read_jsonl(path: Path, source: str, encoding: str) -> Iterator[Row | Reject]:
    """Rows of a JSON Lines file: one object per line; a broken line becomes a reject."""
    with open_text(path, encoding) as fh:
        lines, n = enumerate(fh, 1), 0
        while True:
            try:
                n, line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as err:  # the 64 KiB head decoded, a later part does not
                raise decode_error(f"{path}:{n + 1}", fh.encoding) from err
            location = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                data = orjson.loads(line)
            except orjson.JSONDecodeError as err:
                detail = f"{err.msg} at column {err.colno}"
                yield parse_error(source, location, "JSON Lines", detail, line.rstrip("\n"))
                continue
            if not isinstance(data, dict):
                detail = "expected an object {...} on each line"
                yield parse_error(source, location, "JSON Lines", detail, line.rstrip("\n"))
                continue
            yield Row(location, data)


def load_json(path: Path, encoding: str) -> Any:
    """Parse a whole JSON file; a broken file raises InputError naming the line."""
    text = decode_bytes(path.read_bytes(), encoding, str(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        location = f"{path}:{err.lineno}"
        raise InputError(E010.format(location=location, fmt="JSON", detail=err.msg), location=location) from err


def records_list(data: Any, path: Path, key: str | None = None) -> tuple[str, list]:
    """The list of records in a JSON document and its key: the document itself if it is a
    list, else ``data[key]``, else the only value that is a list of objects."""
    if isinstance(data, list):
        return "", data
    if isinstance(data, dict):
        if key is not None and isinstance(data.get(key), list):
            return key, data[key]
        lists = [k for k, v in data.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if key is None and len(lists) == 1:
            return lists[0], data[lists[0]]
        detail = f"found lists under {lists}; set options.records_key" if lists else "found no list of objects"
    else:
        detail = f"the document is a {type(data).__name__}"
    raise InputError(E010.format(location=path, fmt="JSON", detail=f"expected a list of objects: {detail}"),
                     location=str(path))


def read_json(
    path: Path, source: str, encoding: str, key: str | None = None, lines_ok: bool = False
) -> Iterator[Row | Reject]:
    """Rows of a JSON file: an array of objects, or an object holding one list of objects.

    With ``lines_ok``, a ``.json`` file that holds one object per line (as Zendesk's JSON
    export does) is read as JSON Lines.
    """
    try:
        data = load_json(path, encoding)
    except InputError as err:
        if lines_ok and isinstance(err.__cause__, json.JSONDecodeError) and err.__cause__.msg == "Extra data":
            yield from read_jsonl(path, source, encoding)
            return
        raise
    name, items = records_list(data, path, key)
    for i, item in enumerate(items):
        location = f"{path}#{name}[{i}]"
        if isinstance(item, dict):
            yield Row(location, item)
        else:
            raw = json.dumps(item, ensure_ascii=False)
            yield parse_error(source, location, "JSON", "expected an object {...}", raw)


def read_parquet(path: Path) -> Iterator[Row]:
    """Rows of a Parquet file, read in batches."""
    import pyarrow.parquet as pq  # heavy: only when a Parquet file shows up

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        for data in batch.to_pylist():
            yield Row(f"{path}#row[{n}]", data)
            n += 1


def read_excel(path: Path, sheet: str | None = None) -> Iterator[Row]:
    """Rows of an Excel sheet (the first unless named); the first row is the header."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError) as err:
        raise InputError(E010.format(location=path, fmt="Excel", detail=f"not an .xlsx workbook ({err})"),
                         location=str(path)) from err
    try:
        if sheet and sheet not in wb.sheetnames:
            detail = f"no sheet named {sheet!r}; the sheets are {wb.sheetnames}"
            raise InputError(E010.format(location=path, fmt="Excel", detail=detail), location=str(path))
        ws = wb[sheet] if sheet else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else f"column{i + 1}" for i, h in enumerate(next(rows, ()))]
        for n, values in enumerate(rows, 2):
            if all(v is None or v == "" for v in values):
                continue
            yield Row(f"{path}:{n}", dict(zip(header, values)))
    finally:
        wb.close()

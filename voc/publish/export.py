"""Write the tables behind a report as CSV (spreadsheet-safe) and Parquet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from voc.publish.model import Report
from voc.publish.safety import csv_cell


def export_tables(report: Report, folder: Path, formats: list[str]) -> list[Path]:
    """Write every table of ``report`` into ``folder``; returns the paths written.

    CSV is UTF-8 with a byte-order mark (so spreadsheets read Persian and Arabic) and every
    text cell that could start a formula is prefixed with ' (see ``safety.csv_cell``).
    Parquet keeps the values as they are, typed.
    """
    written: list[Path] = []
    seen: set[str] = set()
    for table in report.tables():
        if table.name in seen:
            continue
        seen.add(table.name)
        frame = _plain(table.frame)
        if "csv" in formats:
            path = folder / f"{table.name}.csv"
            neutral_csv(frame).to_csv(path, index=False, encoding="utf-8-sig")
            written.append(path)
        if "parquet" in formats:
            path = folder / f"{table.name}.parquet"
            frame.to_parquet(path, index=False)
            written.append(path)
    return written


def neutral_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells (and column names) cannot run as spreadsheet formulas."""
    out = frame.copy()
    out.columns = [csv_cell(str(c)) for c in out.columns]
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(csv_cell)
    return out


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding mixed values become strings, so Parquet can type them."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: v if v is None or isinstance(v, str) else str(v))
    return out

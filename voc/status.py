"""What `voc status` and `voc run` print: recent runs, counts per channel and language, rejects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voc.errors import StoreLockedError, VocError
from voc.runs import COUNT_KEYS
from voc.store import Store


def store_status(db_path: Path, runs: int = 5, rejects: int = 10) -> dict[str, Any]:
    """Read the status of a store: recent runs, record counts, rejects."""
    if not db_path.exists():
        raise VocError(f"no store at {db_path}: run `voc run` first, or set VOC_DB / [store] path.")
    try:
        store = Store(db_path, read_only=True).open()
    except StoreLockedError:
        raise
    except Exception as e:  # duckdb refuses a reader while a writer holds the file
        if "lock" in str(e).lower():
            raise StoreLockedError(f"{db_path} is being written by a running voc; try again when it ends.") from e
        raise
    try:
        has_lang = store.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'normalized'")
        lang_sql = ("SELECT coalesce(n.lang, r.lang, 'unknown') AS lang, count(*) AS n FROM records r "
                    "LEFT JOIN normalized n USING (record_id) GROUP BY 1 ORDER BY 2 DESC") if has_lang else (
                    "SELECT coalesce(lang, 'unknown') AS lang, count(*) AS n FROM records GROUP BY 1 ORDER BY 2 DESC")
        return {
            "db": str(db_path),
            "schema_version": store.schema_version(),
            "runs": store.query(f"SELECT * EXCLUDE (stats) FROM runs ORDER BY started_at DESC LIMIT {int(runs)}"),
            "records": store.scalar("SELECT count(*) FROM records"),
            "by_channel": store.query("SELECT channel, count(*) AS n FROM records GROUP BY 1 ORDER BY 2 DESC"),
            "by_lang": store.query(lang_sql),
            "by_source": store.query("SELECT source, count(*) AS n FROM records GROUP BY 1 ORDER BY 1"),
            "rejects_total": store.scalar("SELECT count(*) FROM rejects"),
            "rejects": store.query(
                f"SELECT source, location, reason FROM rejects ORDER BY last_seen_at DESC, location LIMIT {int(rejects)}"),
        }
    finally:
        store.close()


def print_status(console: Console, db_path: Path, runs: int = 5, rejects: int = 10) -> dict[str, Any]:
    """Print the store's status as tables; returns what it printed."""
    st = store_status(db_path, runs, rejects)
    console.print(f"store {st['db']} (schema v{st['schema_version']}): {st['records']} records")
    t = Table("run", "started", "status", *COUNT_KEYS, title="recent runs")
    for r in st["runs"]:
        t.add_row(r["run_id"], f"{r['started_at']:%Y-%m-%d %H:%M}", r["status"], *(str(r[k]) for k in COUNT_KEYS))
    console.print(t)
    for key, col in (("by_channel", "channel"), ("by_lang", "lang"), ("by_source", "source")):
        t = Table(col, "records", title=f"records by {col}")
        for r in st[key]:
            t.add_row(str(r[col]), str(r["n"]))
        console.print(t)
    console.print(f"[bold]rejects[/] ({st['rejects_total']} in all, newest first)")
    for r in st["rejects"]:
        console.print(f"  {escape(r['source'])}  {escape(_short(r['location']))}", highlight=False)
        console.print(f"      {escape(r['reason'])}", highlight=False, style="dim")
    return st


def print_summary(console: Console, summary: dict[str, Any]) -> None:
    """Print one run's summary."""
    t = Table("source", *COUNT_KEYS, title=f"run {summary['run_id']}")
    for s in summary["sources"]:
        t.add_row(s["source"], *(str(s.get(k, 0)) for k in COUNT_KEYS))
    t.add_row("total", *(str(summary["totals"][k]) for k in COUNT_KEYS), style="bold")
    console.print(t)
    for stage, info in summary.get("stages", {}).items():
        console.print(f"{stage}: " + ", ".join(f"{k} {v}" for k, v in info.items()))


def _short(location: str) -> str:
    """A location relative to the working folder when it is under it."""
    cwd = str(Path.cwd()) + "/"
    return location[len(cwd):] if location.startswith(cwd) else location

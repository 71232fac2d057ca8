"""The DuckDB store: schema and migrations, the single-writer lock, bulk upserts, run records."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from filelock import FileLock, Timeout

from voc.errors import E004, E005, StoreLockedError, StoreVersionError
from voc.migrations import LATEST, MIGRATIONS
from voc.records import Record, Reject, utc


def now() -> datetime:
    """The current time as naive UTC (the store's convention)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def record_id(source: str, external_id: str) -> str:
    """The stable key of a record: a digest of its source and external id."""
    return hashlib.blake2b(f"{source}\x1f{external_id}".encode(), digest_size=12).hexdigest()


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: "UpsertCounts") -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged


class Store:
    """One DuckDB file. Opened for writing, it holds a lock that refuses a second writer.

    Use as a context manager: ``with Store(path) as store: ...``.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, memory_limit: str | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.memory_limit = memory_limit  # DuckDB's memory_limit, e.g. "1GB"; None: DuckDB's default
        self._lock = FileLock(str(self.path) + ".lock", timeout=0)
        self._info = Path(str(self.path) + ".lock.info")
        self.con: duckdb.DuckDBPyConnection | None = None

    # -- opening and closing -------------------------------------------------------------
    def open(self, migrate_to: int = LATEST) -> "Store":
        """Lock (when writing), connect and bring the schema up to ``migrate_to``."""
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._lock.acquire()
            except Timeout:
                raise self._locked_error() from None
            self._info.write_text(f"pid {os.getpid()} on {socket.gethostname()} since {now():%Y-%m-%d %H:%M:%S} UTC")
        try:
            config = {"memory_limit": self.memory_limit} if self.memory_limit else {}
            self.con = duckdb.connect(str(self.path), read_only=self.read_only, config=config)
        except duckdb.IOException as err:
            self._release()
            if "lock" in str(err).lower():
                raise self._locked_error() from err
            raise
        self.migrate(migrate_to)
        return self

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
        self._release()

    def _release(self) -> None:
        if self._lock.is_locked:
            self._info.unlink(missing_ok=True)
            self._lock.release()

    def _locked_error(self) -> StoreLockedError:
        holder = self._info.read_text() if self._info.exists() else "another process"
        return StoreLockedError(E004.format(path=self.path, holder=holder, lock=self._lock.lock_file))

    def __enter__(self) -> "Store":
        return self if self.con is not None else self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------
    def schema_version(self) -> int:
        assert self.con is not None
        if not self.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"):
            return 0
        return self.scalar("SELECT coalesce(max(version), 0) FROM schema_version")

    def migrate(self, target: int = LATEST) -> int:
        """Apply every migration above the file's version up to ``target``; return the version."""
        assert self.con is not None
        found = self.schema_version()
        if found > LATEST:
            raise StoreVersionError(E005.format(path=self.path, found=found, supported=LATEST))
        if found >= target or self.read_only:
            return found
        self.con.execute("BEGIN")
        try:
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
            for version, statements in MIGRATIONS:
                if found < version <= target:
                    for sql in statements:
                        self.con.execute(sql)
                    self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, now()])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return target

    # -- queries -----------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run a query and return rows as dicts (for small results: status, tests)."""
        assert self.con is not None
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        assert self.con is not None
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    # -- runs and watermarks -------------------------------------------------------------------
    def start_run(self, trigger: str = "cli") -> str:
        """Record a new run. Runs left 'running' by a killed process become 'interrupted'
        (this process holds the writer lock, so none of them can still be going)."""
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = f"{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, trigger) VALUES (?, ?, 'running', ?)",
            [run_id, now(), trigger],
        )
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, int], stats: dict | None = None,
                   message: str = "") -> None:
        self.con.execute(
            """UPDATE runs SET ended_at = ?, status = ?, collected = ?, inserted = ?, updated = ?,
               unchanged = ?, rejected = ?, stats = ?, message = ? WHERE run_id = ?""",
            [now(), status, counts.get("collected", 0), counts.get("inserted", 0), counts.get("updated", 0),
             counts.get("unchanged", 0), counts.get("rejected", 0), json.dumps(stats or {}, default=str),
             message, run_id],
        )

    def get_watermark(self, source: str) -> datetime | None:
        return self.scalar("SELECT cursor FROM watermarks WHERE source = ?", [source])

    def set_watermark(self, source: str, cursor: datetime, run_id: str | None = None) -> None:
        self.con.execute(
            """INSERT INTO watermarks VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE
               SET cursor = greatest(watermarks.cursor, excluded.cursor), updated_at = excluded.updated_at,
                   run_id = excluded.run_id""",
            [source, cursor, now(), run_id],
        )

    # -- writes ---------------------------------------------------------------------------------
    def upsert_records(self, records: Iterable[Record], run_id: str | None = None) -> UpsertCounts:
        """Insert new records, replace changed ones (marked for re-processing), skip the same."""
        from voc.store_write import upsert_records

        return upsert_records(self.con, records, run_id)

    def add_rejects(self, rejects: Iterable[Reject], run_id: str | None = None) -> int:
        """Record rejects; the same reject seen again only bumps its counters. Returns how many."""
        rows = list(rejects)
        if not rows:
            return 0
        ts = now()
        table = pa.table({
            "reject_id": [hashlib.blake2b("\x1f".join((r.source, r.location, r.reason, r.payload)).encode(),
                                          digest_size=12).hexdigest() for r in rows],
            "source": [r.source for r in rows],
            "location": [r.location for r in rows],
            "reason": [r.reason for r in rows],
            "payload": [r.payload[:20000] for r in rows],
        })
        self.con.register("incoming_rejects", table)
        try:
            self.con.execute(
                """INSERT INTO rejects SELECT DISTINCT ON (reject_id) reject_id, ?, source, location, reason,
                   payload, ?, ?, 1 FROM incoming_rejects
                   ON CONFLICT (reject_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,
                   times_seen = rejects.times_seen + 1, run_id = excluded.run_id""",
                [run_id, ts, ts],
            )
        finally:
            self.con.unregister("incoming_rejects")
        return len(rows)


__all__ = ["Store", "UpsertCounts", "now", "record_id", "utc"]

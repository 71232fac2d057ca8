"""The connector protocol: a source kind reads its files incrementally and yields records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar

from voc.errors import E007, InputError
from voc.records import Record, Reject


@dataclass
class SourceSpec:
    """What the config says about one source (see voc.config for validation)."""

    name: str
    kind: str
    path: Path
    channel: str = "ticket"
    pattern: str = "*"
    encoding: str = "auto"
    mapping: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


def mtime_utc(path: Path) -> datetime:
    """A file's modification time as a naive UTC datetime with microseconds."""
    return datetime.fromtimestamp(path.stat().st_mtime_ns / 1e9, tz=timezone.utc).replace(tzinfo=None)


class FileConnector:
    """Base for connectors that read files dropped in a folder.

    Subclasses set ``kind`` and ``suffixes`` and implement ``read_file``. The cursor is the
    file modification time: ``read(since)`` reads only files modified after ``since`` and
    leaves the newest modification time it read in ``high_water``.
    """

    kind: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()
    primary_key: ClassVar[tuple[str, str]] = ("source", "external_id")
    cursor_field: ClassVar[str] = "file_mtime"

    def __init__(self, spec: SourceSpec):
        self.spec = spec
        self.high_water: datetime | None = None

    def files(self, since: datetime | None = None) -> list[Path]:
        """Files of this source modified after ``since``, oldest first."""
        root = self.spec.path
        if not root.exists():
            raise InputError(E007.format(source=self.spec.name, path=root), location=str(root))
        found = [root] if root.is_file() else [p for p in root.rglob(self.spec.pattern) if p.is_file()]
        found = [p for p in found if not self.suffixes or p.suffix.lower() in self.suffixes]
        found = [p for p in found if since is None or mtime_utc(p) > since]
        return sorted(found, key=lambda p: (mtime_utc(p), str(p)))

    def read(self, since: datetime | None = None) -> Iterator[Record | Reject]:
        """Yield every record and reject of the files modified after ``since``."""
        for path in self.files(since):
            try:
                yield from self.read_file(path)
            except InputError as err:
                yield Reject(self.spec.name, err.location or str(path), str(err))
            except (OSError, ValueError) as err:  # unreadable file: reject it, keep the run going
                yield Reject(self.spec.name, str(path), f"cannot read file: {err}")
            mtime = mtime_utc(path)
            self.high_water = mtime if self.high_water is None else max(self.high_water, mtime)

    def read_file(self, path: Path) -> Iterator[Record | Reject]:
        """Yield the records and rejects of one file."""
        raise NotImplementedError

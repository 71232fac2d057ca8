"""The folder / static-site channel: copy an audience's files under a folder, keep an index page."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from voc.errors import DeliveryError
from voc.publish.channels.base import Rendered, Transient

INDEX = "index.html"


@dataclass
class FolderChannel:
    """Copies into ``path/<audience>/`` (the HTML also as ``index.html``) and, with ``index``, writes
    ``path/index.html`` linking every audience found there.
    """

    name: str
    path: Path
    index: bool = True

    def send(self, item: Rendered) -> str:
        target = self.path / item.audience
        try:
            target.mkdir(parents=True, exist_ok=True)
            for f in item.files:
                shutil.copy2(f, target / f.name)
            shutil.copy2(item.html_path, target / INDEX)
            if self.index:
                self._write_index(item.period)
        except PermissionError as err:
            raise DeliveryError(f"channel {self.name!r}: cannot write to {target}: {err}. "
                                "Fix the folder's permissions or `path`.") from err
        except OSError as err:
            raise Transient(f"channel {self.name!r}: writing {target} failed: {err}") from err
        return f"copied {len(item.files)} files to {target}"

    def _write_index(self, period: str) -> None:
        from voc.publish.render import render_index

        entries = []
        for folder in sorted(p for p in self.path.iterdir() if (p / INDEX).is_file()):
            md = next(iter(sorted(folder.glob("*.md"))), None)
            entries.append({"audience": folder.name, "title": folder.name, "href": f"{folder.name}/{INDEX}",
                            "markdown": f"{folder.name}/{md.name}" if md else None})
        (self.path / INDEX).write_text(render_index(entries, period), encoding="utf-8")

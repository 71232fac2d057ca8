"""Make a zip-based file (.xlsx) byte-for-byte reproducible: fixed entry times, sorted order."""

from __future__ import annotations

import zipfile
from pathlib import Path

FIXED = (2026, 11, 15, 0, 0, 0)


def freeze_zip(path: Path) -> None:
    """Rewrite ``path`` with every entry dated ``FIXED`` and core.xml timestamps fixed."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, payload in entries:
            if name == "docProps/core.xml":
                payload = _fix_core(payload)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, payload)


def _fix_core(xml: bytes) -> bytes:
    import re

    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-15T00:00:00Z\g<2>", xml)

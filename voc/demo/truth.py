"""The answer key: one JSON line per planted record or malformed row (voc/demo/expected.jsonl)."""

from __future__ import annotations

from voc.demo.compose import Core, canonical
from voc.demo.plan import Item


def truth(item: Item, core: Core, file: str, ext_id: str, fmt: str, product: str | None = None) -> dict:
    """What a perfect pipeline would say about one record (labels per ANNOTATION_GUIDE.md)."""
    kind = item.kind
    return {
        "file": file,
        "id": ext_id,
        "lang": item.lang,
        "script": "latn" if item.latin or item.lang == "en" else "arab",
        "channel": item.channel,
        "format": fmt,
        "created_at": item.at.isoformat(),
        "iso_week": item.iso_week,
        "kind": kind.name,
        "is_complaint": kind.complaint,
        "promise_gap": kind.topic is not None,
        "topic": kind.topic or "none",
        "source": core.source or "none",
        "evidence": core.text if kind.topic else None,
        "product": product or canonical(core.product),
        "trend": kind.trend,
        "pii": list(core.pii),
        "malformed": None,
    }


def malformed(file: str, where: str, fmt: str, channel: str, reason: str) -> dict:
    """A row or file planted broken on purpose; voc should reject it with this reason."""
    return {"file": file, "id": where, "channel": channel, "format": fmt, "malformed": reason}

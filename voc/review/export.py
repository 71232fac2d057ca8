"""Export the open review queue for labelling: Label Studio JSON (plus its config), CSV or JSON Lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from voc.review import labelstudio, tabular
from voc.review import messages as m
from voc.review.importer import detect_format
from voc.review.items import queue_items
from voc.review.schema import ensure_schema
from voc.store import Store, now

RAW_WARNING = (
    "{n} record(s) had no normalized row, so their raw text (personal data NOT replaced) was exported: "
    "{ids}. Run the normalize stage (`voc run`) before exporting to send redacted text only."
)


def export_queue(store: Store, path: str | Path, *, fmt: str | None = None, day: date | None = None,
                 include_labelled: bool = False, offsets: str = "utf16") -> dict:
    """Write the queue's open items to ``path`` and mark them exported.

    The text exported is the redacted one (personal data replaced), and every offset refers
    to it. Label Studio output also writes ``<name>.label_config.xml`` beside the tasks.

    Args:
        store: an open, writable store.
        path: the file to write; its extension picks the format unless ``fmt`` is given.
        fmt: ``labelstudio``, ``csv`` or ``jsonl``.
        day: only the items queued that night.
        include_labelled: also items that already have a human label (for a second opinion).
        offsets: Label Studio span unit, ``utf16`` (JavaScript) or ``codepoint``.

    Returns:
        ``path``, ``format``, ``items``, ``config`` (Label Studio only), ``raw_text`` (count
        exported without redaction), ``evidence_unplaced`` (predicted evidence not found in the
        exported text, sent without a span) and ``warnings``.

    Raises:
        VocError: E208 for an unknown format, E209 when there is nothing to export.
    """
    path = Path(path)
    fmt = detect_format(path, fmt)
    ensure_schema(store)
    items = queue_items(store, day=day, include_labelled=include_labelled)
    if not items:
        from voc.errors import VocError

        raise VocError(m.E209.format(scope=f" for {day}" if day else ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    config = None
    if fmt == "labelstudio":
        config = str(labelstudio.write(items, path, offsets))
    elif fmt == "csv":
        tabular.write_csv(items, path)
    else:
        tabular.write_jsonl(items, path)
    _mark_exported(store, items)
    raw = [i["record_id"] for i in items if i["text_kind"] == "raw"]
    unplaced = sum(1 for i in items if i["prediction"] and i["prediction"]["promise_gap"]
                   and i["prediction"]["evidence_start"] is None)
    shown = ", ".join(raw[:10]) + (" ..." if len(raw) > 10 else "")
    warnings = [RAW_WARNING.format(n=len(raw), ids=shown)] if raw else []
    return {"path": str(path), "format": fmt, "items": len(items), "config": config, "raw_text": len(raw),
            "evidence_unplaced": unplaced, "warnings": warnings}


def _mark_exported(store: Store, items: list[dict]) -> None:
    store.con.execute(
        """UPDATE review_queue SET exported_at = ?
           FROM (SELECT unnest(?::VARCHAR[]) AS rid, unnest(?::INTEGER[]) AS ver) x
           WHERE review_queue.exported_at IS NULL AND review_queue.record_id = x.rid
             AND review_queue.record_version = x.ver""",
        [now(), [i["record_id"] for i in items], [i["record_version"] for i in items]],
    )

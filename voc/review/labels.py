"""Reading the human labels: the latest answer per record, in the annotation guide's shape."""

from __future__ import annotations

from voc.review.promotion import holdout_split
from voc.review.schema import has_schema
from voc.store import Store

# A later answer for a record is a new row; the newest one, for the newest record version, wins.
LATEST_SQL = """SELECT * FROM human_labels
QUALIFY row_number() OVER (PARTITION BY record_id
                           ORDER BY record_version DESC, labelled_at DESC, imported_at DESC) = 1
ORDER BY record_id"""

GUIDE_FIELDS = ("lang", "channel", "text", "is_complaint", "promise_gap", "topic", "source", "evidence",
                "evidence_start", "evidence_end")


def latest_labels(store: Store, *, split: str | None = None, holdout_share: float = 0.3) -> list[dict]:
    """The newest human label of every labelled record.

    Args:
        store: an open store (read-only is fine).
        split: ``train`` or ``holdout`` for one side of ``holdout_split``; None for all.
        holdout_share: the share of records held out (must match the one used when comparing models).

    Returns:
        Dicts in the guide's file format (``id`` is the record id; ``evidence`` is ``""`` when
        there is no gap) plus ``record_version``, ``labeller``, ``labelled_at``,
        ``model_version``, ``queue_reason``, ``text_kind`` and ``split``.
    """
    if not has_schema(store):
        return []
    out = []
    for r in store.query(LATEST_SQL):
        side = holdout_split(r["record_id"], holdout_share)
        if split and side != split:
            continue
        row = {"id": r["record_id"], **{k: r[k] for k in GUIDE_FIELDS}}
        row["evidence"] = row["evidence"] or ""
        row.update(record_version=r["record_version"], labeller=r["labeller"], labelled_at=r["labelled_at"],
                   model_version=r["model_version"], queue_reason=r["queue_reason"], text_kind=r["text_kind"],
                   split=side)
        out.append(row)
    return out

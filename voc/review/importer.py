"""Import people's answers: read a label file, check every answer, then write all or nothing.

By default one invalid answer stops the whole import and every problem is listed, so a file
is fixed and imported once; ``skip_invalid=True`` writes the valid answers and reports the
rest. Labels are only ever added: a later answer for a record is a new row.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from voc.errors import InputError
from voc.review import labelstudio, tabular
from voc.review import messages as m
from voc.review.answers import Label, RawAnswer
from voc.review.messages import LabelFileError, Problem
from voc.review.schema import ensure_schema
from voc.review.validate import check
from voc.store import Store, now

FORMATS = {".json": "labelstudio", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

QUEUE_SQL = """SELECT record_id, record_version, day, reason, lang, channel, model_version, text, text_kind
FROM review_queue WHERE record_id IN (SELECT unnest(?::VARCHAR[]))"""

LATEST_SQL = """SELECT * FROM human_labels WHERE record_id IN (SELECT unnest(?::VARCHAR[]))
QUALIFY row_number() OVER (PARTITION BY record_id, record_version ORDER BY labelled_at DESC, imported_at DESC) = 1"""

SAME = ("is_complaint", "promise_gap", "topic", "source", "evidence_start", "evidence_end", "labeller")


def detect_format(path: Path, fmt: str | None = None) -> str:
    """The format named, or the one the extension implies (InputError E203/E208 otherwise)."""
    known = sorted(set(FORMATS.values()))
    if fmt:
        if fmt not in known:
            raise InputError(m.E208.format(fmt=fmt, known=", ".join(known)), field="format")
        return fmt
    if path.suffix.lower() not in FORMATS:
        raise InputError(m.E203.format(path=path), location=str(path))
    return FORMATS[path.suffix.lower()]


def read_answers(path: Path, fmt: str, labeller: str | None = None) -> tuple[list[RawAnswer], list[Problem], int]:
    """Read a label file of format ``fmt``: answers, per-row problems, unanswered rows."""
    if fmt == "labelstudio":
        answers, problems, unanswered = labelstudio.read(path)
        for a in answers:
            a.labeller = a.labeller or labeller
        return answers, problems, unanswered
    return (tabular.read_csv if fmt == "csv" else tabular.read_jsonl)(path, labeller)


def import_labels(store: Store, path: str | Path, *, fmt: str | None = None, skip_invalid: bool = False,
                  labeller: str | None = None, offsets: str = "utf16") -> dict:
    """Check the answers of ``path`` against the queue and the guide, then store them.

    Args:
        store: an open, writable store.
        path: a Label Studio JSON export, or the CSV/JSON Lines file with its answer columns filled.
        fmt: ``labelstudio``, ``csv`` or ``jsonl``; default from the extension.
        skip_invalid: write the valid answers even when others are invalid.
        labeller: who answered, for rows that do not say.
        offsets: the unit Label Studio spans were exported in (``utf16`` or ``codepoint``).

    Returns:
        ``import_id``, ``answers``, ``written``, ``unchanged`` (same answer already stored),
        ``unanswered``, ``invalid``, ``problems`` (one line each) and ``notes`` (Label Studio
        answers whose hidden topic, source or predicted span were dropped because the person
        chose "no promise gap").

    Raises:
        LabelFileError: E201 listing every invalid answer (nothing written), or E204/E205 for
            a file that cannot be read at all.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(m.E202.format(path=path), location=str(path))
    fmt = detect_format(path, fmt)
    ensure_schema(store)
    answers, problems, unanswered = read_answers(path, fmt, labeller)
    labels, more = _check_all(store, answers, offsets)
    problems += more
    invalid = len({p.location for p in problems})  # answers, not problems: one answer may have several
    if problems and not skip_invalid:
        raise LabelFileError(m.E201.format(path=path, invalid=invalid, valid=len(labels),
                                           problems="\n".join(f"  {p}" for p in problems)),
                             location=str(path), problems=problems)
    import_id = f"{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    written, unchanged = _write(store, labels, import_id, path, fmt, unanswered, invalid, problems)
    notes = [f"{a.location} record {a.record_id}: {', '.join(a.cleared)} dropped (hidden while promise_gap is false)"
             for a in answers if a.cleared]
    return {"path": str(path), "format": fmt, "import_id": import_id, "answers": len(answers),
            "written": written, "unchanged": unchanged, "unanswered": unanswered,
            "invalid": invalid, "problems": [str(p) for p in problems], "notes": notes}


def _check_all(store: Store, answers: list[RawAnswer], offsets: str) -> tuple[list[tuple[Label, dict]], list[Problem]]:
    queued: dict[str, dict[int, dict]] = defaultdict(dict)
    for q in store.query(QUEUE_SQL, [sorted({a.record_id for a in answers})]):
        queued[q["record_id"]][q["record_version"]] = q
    found, problems = [], []
    for a in answers:
        versions = queued.get(a.record_id, {})
        version = a.record_version if a.record_version is not None else max(versions, default=None)
        if version not in versions:
            problems.append(Problem(a.location, a.record_id, "record_id", m.R_NOT_QUEUED))
        else:
            found.append((a, versions[version]))
    seen: dict[tuple, list[str]] = defaultdict(list)
    for a, q in found:
        seen[(q["record_id"], q["record_version"])].append(a.location)
    labels = []
    for a, q in found:
        where = seen[(q["record_id"], q["record_version"])]
        if len(where) > 1:
            other = ", ".join(w for w in where if w != a.location)
            problems.append(Problem(a.location, a.record_id, "record_id", m.R_DUPLICATE.format(other=other)))
            continue
        label, bad = check(a, q["text"], q["record_version"], offsets)
        problems += bad
        if label:
            labels.append((label, q))
    return labels, problems


def _write(store: Store, labels: list[tuple[Label, dict]], import_id: str, path: Path, fmt: str,
           unanswered: int, invalid: int, problems: list[Problem]) -> tuple[int, int]:
    latest = {(r["record_id"], r["record_version"]): r
              for r in store.query(LATEST_SQL, [sorted({lab.record_id for lab, _ in labels})])}
    ts, rows = now(), []
    for lab, q in labels:
        prev = latest.get((lab.record_id, lab.record_version))
        if prev and all(prev[k] == getattr(lab, k) for k in SAME):
            continue
        rows.append(_row(lab, q, import_id, ts))
    store.con.execute("BEGIN")
    try:
        if rows:
            store.con.register("incoming_labels", pa.Table.from_pylist(rows))
            store.con.execute("INSERT INTO human_labels BY NAME SELECT * FROM incoming_labels")
            store.con.unregister("incoming_labels")
        store.con.execute("INSERT INTO review_imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [import_id, str(path), fmt, ts, len(rows), len(labels) - len(rows), unanswered,
                           invalid, json.dumps([str(p) for p in problems], ensure_ascii=False)])
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    return len(rows), len(labels) - len(rows)


def _row(lab: Label, q: dict, import_id: str, ts) -> dict:
    when = lab.labelled_at or ts
    answer = f"{lab.is_complaint}{lab.promise_gap}{lab.topic}{lab.source}{lab.evidence_start}:{lab.evidence_end}"
    key = "\x1f".join((lab.record_id, str(lab.record_version), lab.labeller, when.isoformat(), answer, import_id))
    return {"label_id": hashlib.blake2b(key.encode(), digest_size=12).hexdigest(), "record_id": lab.record_id,
            "record_version": lab.record_version, "lang": q["lang"], "channel": q["channel"], "text": q["text"],
            "text_kind": q["text_kind"], "is_complaint": lab.is_complaint, "promise_gap": lab.promise_gap,
            "topic": lab.topic, "source": lab.source, "evidence": lab.evidence, "evidence_start": lab.evidence_start,
            "evidence_end": lab.evidence_end, "labeller": lab.labeller, "labelled_at": when,
            "model_version": q["model_version"], "queue_reason": q["reason"], "queue_day": q["day"],
            "import_id": import_id, "origin": lab.location, "imported_at": ts}

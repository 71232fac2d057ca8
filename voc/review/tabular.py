"""The queue as a spreadsheet: CSV (UTF-8 with BOM, so Excel shows Persian and Arabic) and JSON Lines.

Columns: the record, its text, the answer columns to fill (empty), and the model's answer
in ``model_*`` columns for reference. A row whose answer columns are all empty is
unanswered and skipped. The text in the file is for reading only: imports check evidence
against the text stored in the queue.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from voc.review import messages as m
from voc.review.answers import RawAnswer
from voc.review.messages import Problem

INFO = ("record_id", "record_version", "lang", "channel", "reason", "text")
ANSWER = ("is_complaint", "promise_gap", "topic", "source", "evidence")
EXTRA = ("labeller", "labelled_at")
MODEL = ("model_is_complaint", "model_promise_gap", "model_topic", "model_source", "model_evidence")
COLUMNS = INFO + ANSWER + EXTRA + MODEL
REQUIRED = ("record_id",) + ANSWER
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell as a formula


def row(item: dict) -> dict[str, Any]:
    """The flat row of one queue item (answers empty, the model's answer beside them)."""
    pred = item.get("prediction") or {}
    out: dict[str, Any] = {k: item[k] for k in INFO}
    out.update({k: None for k in ANSWER + EXTRA})
    out.update({f"model_{k}": pred.get(k) for k in ("is_complaint", "promise_gap", "topic", "source", "evidence")})
    return out


def write_csv(items: list[dict], path: Path) -> None:
    """Write a CSV Excel opens correctly; text cells that look like formulas get a leading ``'``."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for item in items:
            w.writerow({k: _cell(v) for k, v in row(item).items()})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_jsonl(items: list[dict], path: Path) -> None:
    """Write one JSON object a line, same fields as the CSV (answers null)."""
    with open(path, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(row(item), ensure_ascii=False) + "\n")


def read_csv(path: Path, labeller: str | None = None) -> tuple[list[RawAnswer], list[Problem], int]:
    """Read answers from a CSV; returns answers, problems and the count of unanswered rows.

    Raises:
        InputError: E206 when the file is not UTF-8, E207 when answer columns are missing.
    """
    from voc.errors import InputError

    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(m.E207.format(path=path, missing=", ".join(missing)), location=str(path))
            rows, last = [], reader.line_num
            for rec in reader:
                rows.append((last + 1, rec))  # a quoted text may span lines: report where the row starts
                last = reader.line_num
    except UnicodeDecodeError as err:
        raise InputError(m.E206.format(path=path, detail=err), location=str(path)) from err
    return _collect(((f"{path.name}:{n}", rec) for n, rec in rows), labeller)


def read_jsonl(path: Path, labeller: str | None = None) -> tuple[list[RawAnswer], list[Problem], int]:
    """Read answers from JSON Lines; a line that is not a JSON object is a problem of that line."""
    parsed, problems = [], []
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError(f"got {type(rec).__name__}, expected an object")
            except ValueError as err:
                problems.append(Problem(where, "", "", m.R_BAD_JSON.format(detail=err)))
                continue
            parsed.append((where, rec))
    answers, more, unanswered = _collect(parsed, labeller)
    return answers, problems + more, unanswered


def _collect(rows, labeller: str | None) -> tuple[list[RawAnswer], list[Problem], int]:
    answers, problems, unanswered = [], [], 0
    for where, rec in rows:
        if all(rec.get(k) in (None, "") for k in ANSWER):
            unanswered += 1
            continue
        rid = str(rec.get("record_id") or "").strip()
        if not rid:
            problems.append(Problem(where, "", "record_id", m.R_MISSING.format(expected="the exported record_id")))
            continue
        version = _int(rec.get("record_version"))
        if version is None and rec.get("record_version") not in (None, ""):
            problems.append(Problem(where, rid, "record_version", m.R_VALUE.format(
                value=rec.get("record_version"), expected="the exported whole number")))
            continue
        answers.append(RawAnswer(where, rid, version,
                                 {k: rec.get(k) for k in ANSWER[:4]}, evidence=rec.get("evidence") or None,
                                 evidence_start=_int(rec.get("evidence_start")),
                                 labeller=rec.get("labeller") or labeller, labelled_at=rec.get("labelled_at")))
    return answers, problems, unanswered


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None

"""`voc classify` on files: read JSON Lines, classify every good line, report the bad ones."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from voc.classify import messages
from voc.classify.classifier import Classifier
from voc.errors import InputError

BATCH = 512


@dataclass
class FileReport:
    """What classify_file did: counts and one message per skipped line."""

    read: int = 0
    classified: int = 0
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"read": self.read, "classified": self.classified, "skipped": list(self.skipped)}


def read_items(path: Path, report: FileReport) -> Iterator[dict]:
    """Yield the input items of ``path``; bad lines become messages in ``report.skipped``."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            report.read += 1
            location = f"{path}:{n}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                report.skipped.append(messages.E103.format(location=location, detail=e.msg))
                continue
            problem = _problem(item, location)
            if problem:
                report.skipped.append(problem)
                continue
            item.setdefault("id", f"{path.name}:{n}")
            yield item


def _problem(item: object, location: str) -> str | None:
    if not isinstance(item, dict):
        return messages.E103.format(location=location, detail=f"a JSON {type(item).__name__}, not an object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return messages.E104.format(location=location)
    for name in ("lang", "channel"):
        if item.get(name) is not None and not isinstance(item[name], str):
            return messages.E105.format(location=location, field=name, value=item[name], expected="a string")
    return None


def classify_file(input_path: Path, output_path: Path, classifier: Classifier) -> FileReport:
    """Classify every good line of ``input_path`` into ``output_path`` (one JSON object a line).

    Raises:
        InputError: E108 when the input file does not exist.
    """
    if not input_path.is_file():
        raise InputError(messages.E108.format(path=input_path), location=str(input_path))
    report = FileReport()
    output_path.parent.mkdir(parents=True, exist_ok=True)
    with open(output_path, "w", encoding="utf-8") as out:
        batch: list[dict] = []
        for item in read_items(input_path, report):
            batch.append(item)
            if len(batch) >= BATCH:
                report.classified += _write(out, classifier.predict(batch))
                batch = []
        if batch:
            report.classified += _write(out, classifier.predict(batch))
    return report


def _write(out, rows: list[dict]) -> int:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)

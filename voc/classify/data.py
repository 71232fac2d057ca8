"""Read labelled JSON Lines files (ANNOTATION_GUIDE.md, "Files") and split them into folds."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from voc.classify import messages
from voc.classify.labels import LANGS, NONE, SOURCES, TOPICS, Example
from voc.errors import InputError

REPO = Path(__file__).resolve().parents[2]
PROJECT_DATA = REPO / "models" / "promise_gap" / "data"
SILVER = REPO / "models" / "promise_gap" / "silver"
SHARED_DATA = REPO.parent / "shared" / "data"


def read_labelled(path: Path, origin: str) -> list[Example]:
    """Read one labelled file; every record is checked against the guide.

    Raises:
        InputError: E107 naming the file, line and problem for the first invalid record.
    """
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            location = f"{path}:{n}"
            try:
                out.append(_example(json.loads(line), origin))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(messages.E107.format(location=location, detail=e), location=location) from e
    return out


def _example(row: dict, origin: str) -> Example:
    ex = Example(id=str(row["id"]), lang=row["lang"], text=row["text"], is_complaint=bool(row["is_complaint"]),
                 promise_gap=bool(row["promise_gap"]), topic=row.get("topic") or NONE,
                 source=row.get("source") or NONE, channel=row.get("channel"),
                 evidence=row.get("evidence") or "", origin=origin)
    if ex.lang not in LANGS:
        raise ValueError(f"lang {ex.lang!r} is not one of {', '.join(LANGS)}")
    if not isinstance(ex.text, str) or not ex.text.strip():
        raise ValueError("text is empty")
    if ex.promise_gap and not ex.is_complaint:
        raise ValueError("promise_gap is true but is_complaint is false")
    if ex.promise_gap != (ex.topic != NONE) or (ex.topic != NONE and ex.topic not in TOPICS):
        raise ValueError(f"topic {ex.topic!r} does not fit promise_gap={ex.promise_gap}")
    if ex.promise_gap != (ex.source != NONE) or (ex.source != NONE and ex.source not in SOURCES):
        raise ValueError(f"source {ex.source!r} does not fit promise_gap={ex.promise_gap}")
    return ex


def project_files(folder: Path = PROJECT_DATA) -> list[Path]:
    """The project's own labelled files: {fa,ar,en}.jsonl."""
    return [folder / f"{lang}.jsonl" for lang in LANGS if (folder / f"{lang}.jsonl").is_file()]


def dev_files(shared: Path = SHARED_DATA) -> list[Path]:
    """The shared dev files, when present: labeled/{fa,ar,en}.dev.jsonl (never heldout/)."""
    folder = shared / "labeled"
    return [folder / f"{lang}.dev.jsonl" for lang in LANGS if (folder / f"{lang}.dev.jsonl").is_file()]


def load(project: Path = PROJECT_DATA, shared: Path | None = SHARED_DATA) -> tuple[list[Example], list[Example]]:
    """Return (project examples, dev examples); dev is empty when ``shared`` is None or absent."""
    proj = [ex for f in project_files(project) for ex in read_labelled(f, "project")]
    dev = [ex for f in dev_files(shared) for ex in read_labelled(f, "dev")] if shared else []
    return proj, dev


def read_silver(silver: Path, corpus: Path, exclude: set[str] = frozenset()) -> list[Example]:
    """Hand labels of corpus records (silver/{lang}.jsonl: ids and labels only) joined to their texts.

    Returns nothing when either folder is missing; records whose id is in ``exclude`` are left out.
    """
    labels: dict[str, dict] = {}
    for lang in LANGS:
        path = silver / f"{lang}.jsonl"
        if path.is_file():
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    row = json.loads(line)
                    labels[row["id"]] = row
    out = []
    for lang in LANGS:
        path = corpus / f"{lang}.jsonl"
        if not labels or not path.is_file():
            continue
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["id"] in labels and row["id"] not in exclude:
                out.append(_example({**labels[row["id"]], "text": row["text"], "channel": row.get("channel")}, "silver"))
    return out


def file_digest(paths: list[Path]) -> dict[str, str]:
    """A short content hash per file, for config.json (which data trained the model)."""
    return {p.name: hashlib.blake2b(p.read_bytes(), digest_size=12).hexdigest() for p in paths}


def stratified_folds(examples: list[Example], k: int, seed: int) -> np.ndarray:
    """Fold number (0..k-1) per example, balanced within each language and label group."""
    rng = np.random.RandomState(seed)
    fold = np.zeros(len(examples), dtype=np.int64)
    groups: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        groups.setdefault(ex.stratum, []).append(i)
    start = 0
    for key in sorted(groups):
        idx = np.array(groups[key])
        rng.shuffle(idx)
        fold[idx] = (np.arange(len(idx)) + start) % k
        start += len(idx)
    return fold

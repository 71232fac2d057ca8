"""Replace a model folder by its candidate in one step, keeping the old model beside it.

The candidate is trained into a sibling folder (``<model>.candidate``). Promotion exchanges
the two folders with one ``renameat2(RENAME_EXCHANGE)`` call where Linux offers it, so a
reader sees either the whole old model or the whole new one; elsewhere it falls back to two
renames (a moment without the folder, never a half-written one). The old model then moves to
``<model>.previous``, so a bad promotion is undone by renaming it back.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

# What a model folder holds (either kind); anything else in it (the project's data/ beside the
# committed model, notes) is copied into the candidate so it stays where it was.
MODEL_ENTRIES = frozenset({"config.json", "weights.safetensors", "head.safetensors", "encoder", "MODEL_CARD.md",
                           "metrics"})
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def candidate_folder(model: Path) -> Path:
    """Where the candidate of ``model`` is trained: ``<model>.candidate`` beside it."""
    return model.with_name(f"{model.name}.candidate")


def previous_folder(model: Path) -> Path:
    """Where the replaced model is kept: ``<model>.previous`` beside it."""
    return model.with_name(f"{model.name}.previous")


def promote_folder(candidate: Path, model: Path) -> Path | None:
    """Make ``candidate`` the model at ``model``; return where the old model went (None if none)."""
    if not model.exists():
        os.replace(candidate, model)
        return None
    carry_over(model, candidate)
    previous = previous_folder(model)
    if previous.exists():
        shutil.rmtree(previous)
    if _exchange(candidate, model):
        os.replace(candidate, previous)  # after the exchange it holds the old model
        return previous
    os.replace(model, previous)
    try:
        os.replace(candidate, model)
    except OSError:
        os.replace(previous, model)
        raise
    return previous


def carry_over(model: Path, candidate: Path) -> list[str]:
    """Copy the entries of ``model`` that are not model files and the candidate lacks; return their names."""
    names = []
    for entry in sorted(model.iterdir()):
        target = candidate / entry.name
        if entry.name in MODEL_ENTRIES or target.exists():
            continue
        if entry.is_dir():
            shutil.copytree(entry, target, symlinks=True)
        else:
            shutil.copy2(entry, target)
        names.append(entry.name)
    return names


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False when the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0

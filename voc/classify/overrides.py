"""`voc train --setting KEY=VALUE`: change one training setting (hashing size, epochs, folds) by name.

Keys are the paths of ``Settings.to_dict()``: ``calibration_folds``, ``hashing.char_buckets``,
``hp.epochs``, ``hp.dim`` ... A value is read as the type of the setting it replaces; n-gram
ranges are written ``2,5``. Every setting used is stored in the model's config.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from voc.classify import messages
from voc.classify.train import Settings
from voc.errors import InputError

# The smallest value a setting may take; other whole numbers (sizes, epochs) need at least 1,
# other numbers (rates, weights) at least 0.
LEAST = {"seed": 0, "calibration_folds": 2}


def apply_overrides(settings: Settings, pairs: Sequence[str]) -> Settings:
    """A copy of ``settings`` with each ``KEY=VALUE`` of ``pairs`` applied, in order.

    Raises:
        InputError: E113 for a pair without ``=`` or an unknown key (the known keys are listed),
            E114 for a value that is not of the setting's type.
    """
    tree = settings.to_dict()
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        parent, leaf = _node(tree, key, pair if sep else "")
        parent[leaf] = _value(key, raw.strip(), parent[leaf])
    return Settings.from_dict(tree)


def known_keys(settings: Settings | None = None) -> list[str]:
    """Every key ``apply_overrides`` accepts."""
    def walk(node: dict, prefix: str) -> list[str]:
        out: list[str] = []
        for k, v in node.items():
            out += walk(v, f"{prefix}{k}.") if isinstance(v, dict) else [f"{prefix}{k}"]
        return out

    return walk((settings or Settings()).to_dict(), "")


def _node(tree: dict, key: str, pair: str) -> tuple[dict, str]:
    *path, leaf = key.split(".")
    node: Any = tree
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    if not pair or not isinstance(node, dict) or leaf not in node or isinstance(node[leaf], dict):
        raise InputError(messages.E113.format(got=pair or key, known=", ".join(known_keys())), field=key)
    return node, leaf


def _value(key: str, raw: str, current: Any) -> Any:
    try:
        value = _parse(raw, current)
    except ValueError:
        example = ",".join(str(x) for x in current) if isinstance(current, (list, tuple)) else current
        raise InputError(messages.E114.format(key=key, got=raw, kind=_kind(current), example=example),
                         field=key) from None
    least = LEAST.get(key, 1 if isinstance(current, int) else 0)
    for number in value if isinstance(value, list) else [value]:
        if isinstance(number, (int, float)) and number < least:
            raise InputError(messages.E115.format(key=key, got=raw, least=least), field=key)
    return value


def _parse(raw: str, current: Any) -> Any:
    if isinstance(current, bool):
        if raw.lower() not in ("true", "false"):
            raise ValueError(raw)
        return raw.lower() == "true"
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, float):
        return float(raw)
    if isinstance(current, (list, tuple)):
        parts = [int(p) for p in raw.strip("()[] ").split(",")]
        if len(parts) != len(current):
            raise ValueError(raw)
        return parts
    return raw


def _kind(current: Any) -> str:
    if isinstance(current, bool):
        return "true or false"
    if isinstance(current, int):
        return "a whole number"
    if isinstance(current, float):
        return "a number"
    return "a range low,high" if isinstance(current, (list, tuple)) else "a text"

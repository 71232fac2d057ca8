"""Sharing a budget out among slices: equally (with what a small slice cannot use passed on) or in proportion."""

from __future__ import annotations

import random
from collections.abc import Hashable, Mapping


def share_equally(total: int, capacity: Mapping[Hashable, int], rng: random.Random) -> dict:
    """Give each slice an equal part of ``total``, never more than its capacity.

    What a small slice cannot use goes to the others, so the budget is spent while any
    slice has candidates left. The last few units, which cannot be split evenly, go to
    slices drawn by ``rng`` (not always the first in sort order).
    """
    alloc = {k: 0 for k in capacity}
    left = max(0, total)
    open_ = sorted((k for k, c in capacity.items() if c > 0), key=str)
    while left > 0 and open_:
        each = left // len(open_)
        if each == 0:
            for k in rng.sample(open_, left):
                alloc[k] += 1
            break
        for k in open_:
            give = min(each, capacity[k] - alloc[k])
            alloc[k] += give
            left -= give
        open_ = [k for k in open_ if alloc[k] < capacity[k]]
    return alloc


def share_in_proportion(total: int, capacity: Mapping[Hashable, int], rng: random.Random) -> dict:
    """Split ``total`` in proportion to capacity (largest remainders; ties drawn by ``rng``).

    A sample split this way weights every candidate alike, so estimates over the slices
    together need no reweighting.
    """
    size = sum(max(0, c) for c in capacity.values())
    if total >= size:
        return {k: max(0, c) for k, c in capacity.items()}
    keys = sorted(capacity, key=str)
    quotas = {k: total * max(0, capacity[k]) / size for k in keys}
    alloc = {k: int(q) for k, q in quotas.items()}
    order = sorted(keys, key=lambda k: (-(quotas[k] - alloc[k]), rng.random()))
    for k in order[: total - sum(alloc.values())]:
        alloc[k] += 1
    return alloc

"""Tests suited to counts with an exposure: a rate comparison, a trend test, and FDR control.

Each record of a slice either is a promise gap of a topic or is not, so the count of a
period is binomial with the slice's volume as exposure. Comparing rates (not raw counts)
means a busy week does not look like a rise, and exact tests keep small counts honest.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import stats

P_FLOOR = 1e-300  # keeps z finite for overwhelming evidence


def rate_test(x1: int, n1: int, x0: int, n0: int) -> tuple[float, float]:
    """Compare the rate x1/n1 of the latest period with x0/n0 of the previous ones.

    Conditional exact test: given x = x0 + x1 events, under equal rates x1 is
    Binomial(x, n1 / (n0 + n1)). Two-sided.

    Returns:
        ``(p, z)``: the p-value and a signed z (positive when the latest rate is higher)
        with the same two-sided p-value, for ranking by evidence.
    """
    x = x0 + x1
    if x == 0 or n1 <= 0 or n0 <= 0:
        return 1.0, 0.0
    share = n1 / (n0 + n1)
    p = float(stats.binomtest(int(x1), int(x), share).pvalue)
    return p, _signed_z(p, x1 / n1 - x0 / n0)


def trend_test(counts: Sequence[int], exposures: Sequence[int]) -> tuple[float, float]:
    """Cochran-Armitage test for a linear trend in rates over consecutive periods.

    Periods with no exposure are left out. Returns ``(p, z)``; z is positive for a rising
    trend. A gradual fall that no single week shows clearly is caught here.
    """
    x = np.asarray(counts, dtype=float)
    n = np.asarray(exposures, dtype=float)
    keep = n > 0
    x, n = x[keep], n[keep]
    t = np.arange(len(keep), dtype=float)[keep]
    total_n, total_x = n.sum(), x.sum()
    if len(n) < 3 or total_x == 0 or total_x == total_n:
        return 1.0, 0.0
    pbar = total_x / total_n
    stat = float(np.sum(t * (x - n * pbar)))
    var = pbar * (1 - pbar) * float(np.sum(n * t * t) - np.sum(n * t) ** 2 / total_n)
    if var <= 0:
        return 1.0, 0.0
    z = stat / math.sqrt(var)
    return float(2 * stats.norm.sf(abs(z))), z


def bh(pvalues: Sequence[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values), in the input order."""
    p = np.asarray(pvalues, dtype=float)
    if p.size == 0:
        return p
    return stats.false_discovery_control(np.clip(p, 0.0, 1.0), method="bh")


def _signed_z(p: float, diff: float) -> float:
    if diff == 0:
        return 0.0
    z = float(stats.norm.isf(max(p, P_FLOOR) / 2))
    return math.copysign(z, diff)

"""The count tests: exact rate comparison, Cochran-Armitage trend, Benjamini-Hochberg."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from voc.trends.stats import bh, rate_test, trend_test


@pytest.mark.parametrize(
    "x1, n1, x0, n0, sign, significant",
    [
        (30, 100, 70, 700, 1, True),     # 300 vs 100 per 1,000: a clear rise
        (2, 100, 70, 700, -1, True),     # 20 vs 100 per 1,000: a clear fall
        (11, 100, 70, 700, 1, False),    # 110 vs 100 per 1,000: noise
        (10, 50, 40, 400, 1, False),     # twice the rate but few events: not enough evidence at 0.01
    ],
)
def test_rate_test_direction_and_evidence(x1, n1, x0, n0, sign, significant):
    p, z = rate_test(x1, n1, x0, n0)
    assert np.sign(z) == sign
    assert (p < 0.01) == significant


def test_rate_test_uses_exposure_not_raw_counts():
    # The same 20 events in the latest week look like a rise with 100 records, not with 1,000.
    p_small, z_small = rate_test(20, 100, 70, 700)
    p_busy, z_busy = rate_test(20, 1000, 70, 700)
    assert z_small > 0 and p_small < 0.01
    assert z_busy < 0


def test_rate_test_matches_the_binomial_definition():
    p, _ = rate_test(12, 55, 36, 492)
    assert p == pytest.approx(stats.binomtest(12, 48, 55 / 547).pvalue)


def test_rate_test_without_events_or_exposure_is_not_evidence():
    assert rate_test(0, 100, 0, 700) == (1.0, 0.0)
    assert rate_test(3, 0, 5, 700) == (1.0, 0.0)


def test_trend_test_finds_a_gradual_fall_no_single_week_shows():
    counts = [9, 8, 8, 7, 6, 6, 5, 4, 3, 3, 2, 1]  # one less every week or two, 45 records a week
    p, z = trend_test(counts, [45] * 12)
    assert z < 0 and p < 0.01
    p_last, _ = rate_test(1, 45, sum(counts[:-1]), 45 * 11)
    assert p_last > 0.05  # the latest week alone is not enough evidence


def test_trend_test_flat_rates_with_changing_volume_are_not_a_trend():
    volumes = [40, 80, 120, 160, 200, 240, 280, 320]
    counts = [v // 10 for v in volumes]  # always 100 per 1,000
    p, z = trend_test(counts, volumes)
    assert p > 0.5 and abs(z) < 0.5


def test_trend_test_skips_weeks_without_records():
    p, z = trend_test([1, 0, 3, 5, 8], [40, 0, 40, 40, 40])
    assert z > 0 and p < 0.05


def test_bh_adjusts_in_input_order_and_never_lowers_a_p_value():
    p = [0.04, 0.001, 0.5, 0.03]
    q = bh(p)
    by_p = [q[i] for i in np.argsort(p)]
    assert by_p == sorted(by_p)  # the order of evidence is kept (ties allowed)
    assert all(qi >= pi for qi, pi in zip(q, p))
    assert q[1] == pytest.approx(0.004)

"""Change detection on constructed weeks whose true changes are known."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from voc.trends.changes import detect

WEEKS = tuple(f"2026-W{w}" for w in range(39, 47))


def run(series: dict[str, tuple[list[int], list[int]]], **kw) -> pd.DataFrame:
    keys = pd.DataFrame({"dim": ["lang"] * len(series), "value": list(series), "topic": ["pricing"] * len(series),
                         "source": ["*"] * len(series)})
    x = np.array([c for c, _ in series.values()])
    n = np.array([v for _, v in series.values()])
    return detect(keys, x, n, WEEKS, **kw).set_index("value")


def test_detect_finds_real_rises_and_falls_and_leaves_noise_alone():
    rng = np.random.default_rng(7)
    volume = [200] * 8
    series = {
        "rise": ([4, 5, 3, 4, 5, 4, 4, 19], volume),          # latest week jumps from ~2% to ~10%
        "fall": ([20, 18, 17, 15, 12, 10, 8, 5], volume),     # steady decline over the window
    }
    for i in range(40):  # flat slices: 3% of 200 records a week, Poisson noise
        series[f"flat{i}"] = (list(rng.poisson(6, 8)), volume)
    out = run(series)
    assert out.loc["rise", "direction"] == "rising"
    assert out.loc["fall", "direction"] == "falling"
    flagged = [k for k in out.index if k.startswith("flat") and out.loc[k, "direction"] != "steady"]
    assert flagged == []


def test_detect_small_slices_are_too_few_to_test_not_trends():
    # 0 -> 3 on a slice of 8 records a week is a huge relative jump, but not evidence.
    out = run({"tiny": ([0, 0, 0, 0, 0, 0, 0, 3], [8] * 8), "big": ([5, 4, 6, 5, 5, 4, 6, 30], [200] * 8)},
              min_records=20, min_count=5)
    assert out.loc["tiny", "direction"] == "too_few"
    assert not out.loc["tiny", "tested"]
    assert out.loc["big", "direction"] == "rising"


def test_detect_ranks_by_evidence_not_by_raw_difference():
    out = run({
        # +20 per 1,000 on a high base: the larger raw difference, weaker evidence
        "noisy": ([100, 95, 105, 98, 102, 100, 97, 120], [1000] * 8),
        # +40 per 1,000 from almost nothing on a smaller slice: smaller count difference, strong evidence
        "sharp": ([2, 1, 2, 2, 1, 2, 1, 12], [250] * 8),
    })
    assert out.loc["noisy", "count"] - out.loc["noisy", "baseline_count"] / 7 > \
        out.loc["sharp", "count"] - out.loc["sharp", "baseline_count"] / 7
    assert list(out.index)[0] == "sharp"
    assert out.loc["sharp", "q"] < out.loc["noisy", "q"]


def test_detect_reports_rates_per_1000_and_weekly_series():
    out = run({"a": ([1, 2, 3, 4, 5, 6, 7, 10], [100, 100, 100, 100, 100, 100, 100, 200])})
    row = out.loc["a"]
    assert row["rate_per_1000"] == pytest.approx(50.0)
    assert row["baseline_rate_per_1000"] == pytest.approx(1000 * 28 / 700)
    assert json.loads(row["weekly_counts"])[-1] == 10 and json.loads(row["weekly_records"])[-1] == 200
    assert row["window_count"] == 38


def test_detect_controls_false_discoveries_per_dimension():
    # 200 null series in one dimension; at 5% each, about 10 would pass unadjusted.
    rng = np.random.default_rng(11)
    series = {f"s{i}": (list(rng.poisson(10, 8)), [300] * 8) for i in range(200)}
    out = run(series)
    raw = (out["p_change"] < 0.05).sum()
    assert raw >= 3  # the unadjusted test would call these changes
    assert (out["direction"].isin(["rising", "falling"])).sum() <= 1


def test_detect_without_series_returns_the_columns():
    out = detect(pd.DataFrame(columns=["dim", "value", "topic", "source"]), np.zeros((0, 8)), np.zeros((0, 8)),
                 WEEKS)
    assert out.empty and {"direction", "q", "z"} <= set(out.columns)

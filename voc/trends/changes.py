"""Change detection: the latest ISO week against the previous ones, per slice, topic and source.

Two tests per series, each with Benjamini-Hochberg control across the series of one
dimension (all, channel, language, product, a segment key): the latest
week's rate against the earlier weeks' (``rate_test``), and a linear trend across the
whole window (``trend_test``), which finds a steady decline no single week shows. A series is only
tested when its slice had at least ``min_records`` records in the latest week and the series
at least ``min_count`` promise gaps in the window, so noise on a small slice is not called a
trend. Rows are ranked by evidence (q-value, then |z|), never by raw difference.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from voc.trends.stats import bh, rate_test, trend_test

KEYS = ["dim", "value", "topic", "source"]
DIRECTIONS = ("rising", "falling", "steady", "too_few")


def weekly_grid(volume: pd.DataFrame, counts: pd.DataFrame, weeks: tuple[str, ...],
                keys: list[str] = KEYS) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Series keys with their weekly counts and exposures as matrices (series x weeks), zeros filled."""
    vol = volume[volume["grain"] == "week"].pivot_table(index=["dim", "value"], columns="period",
                                                        values="records", aggfunc="sum")
    vol = vol.reindex(columns=list(weeks), fill_value=0).fillna(0)
    cnt = counts[counts["grain"] == "week"].pivot_table(index=keys, columns="period", values="count",
                                                         aggfunc="sum")
    cnt = cnt.reindex(columns=list(weeks), fill_value=0).fillna(0)
    index = cnt.index.to_frame(index=False)
    exposure = vol.reindex(pd.MultiIndex.from_frame(index[["dim", "value"]])).fillna(0).to_numpy(dtype=np.int64)
    return index, cnt.to_numpy(dtype=np.int64), exposure


def detect(keys: pd.DataFrame, counts: np.ndarray, exposure: np.ndarray, weeks: tuple[str, ...], *,
           min_records: int = 20, min_count: int = 5, alpha: float = 0.05) -> pd.DataFrame:
    """Test every series; return one row per series with rates, p, q, z and a direction.

    Args:
        keys: One row per series (e.g. dim, value, topic, source).
        counts: Promise gaps per series and week, oldest week first.
        exposure: Records of the series' slice per week (same shape).
        weeks: The week labels of the columns.
        min_records: Least records in the slice's latest week for a series to be tested.
        min_count: Least promise gaps in the window for a series to be tested.
        alpha: False discovery rate for calling a change.
    """
    rows = []
    for x, n in zip(counts, exposure):
        x1, n1, x0, n0 = int(x[-1]), int(n[-1]), int(x[:-1].sum()), int(n[:-1].sum())
        tested = n1 >= min_records and x0 + x1 >= min_count and n0 > 0
        p_c, z_c = rate_test(x1, n1, x0, n0) if tested else (np.nan, np.nan)
        p_t, z_t = trend_test(x, n) if tested else (np.nan, np.nan)
        rows.append({
            "latest_week": weeks[-1], "count": x1, "records": n1, "rate_per_1000": _rate(x1, n1),
            "baseline_count": x0, "baseline_records": n0, "baseline_rate_per_1000": _rate(x0, n0),
            "window_count": int(x.sum()), "rate_ratio": _ratio(x1, n1, x0, n0), "tested": tested,
            "p_change": p_c, "z_change": z_c, "p_trend": p_t, "z_trend": z_t,
            "weekly_counts": json.dumps([int(v) for v in x]), "weekly_records": json.dumps([int(v) for v in n]),
        })
    out = pd.concat([keys.reset_index(drop=True), pd.DataFrame(rows)], axis=1)
    return rank(_decide(out, alpha)) if len(out) else _empty(keys)


def _decide(df: pd.DataFrame, alpha: float) -> pd.DataFrame:
    df["q_change"], df["q_trend"] = np.nan, np.nan
    family = df["dim"] if "dim" in df else pd.Series("all", index=df.index)
    for _, rows in df[df["tested"].astype(bool)].groupby(family):
        df.loc[rows.index, "q_change"] = bh(rows["p_change"])
        df.loc[rows.index, "q_trend"] = bh(rows["p_trend"])
    # The stronger of the two significant tests decides (and gives the evidence).
    sig_change, sig_trend = df["q_change"] <= alpha, df["q_trend"] <= alpha
    by_change = sig_change & ~(sig_trend & (df["q_trend"] < df["q_change"]))
    by_trend = sig_trend & ~by_change
    df["basis"] = np.where(by_change, "latest_vs_previous", np.where(by_trend, "trend", ""))
    df["z"] = np.where(by_change, df["z_change"], np.where(by_trend, df["z_trend"], df["z_change"]))
    df["q"] = np.where(by_change, df["q_change"], np.where(by_trend, df["q_trend"],
                                                           np.fmin(df["q_change"], df["q_trend"])))
    df["direction"] = np.select(
        [~df["tested"], (by_change | by_trend) & (df["z"] > 0), (by_change | by_trend) & (df["z"] < 0)],
        ["too_few", "rising", "falling"], "steady")
    return df


def rank(df: pd.DataFrame) -> pd.DataFrame:
    """Order by evidence: changes first, then smaller q, then larger |z|."""
    order = df.assign(_moved=df["direction"].isin(["rising", "falling"]), _absz=df["z"].abs().fillna(0),
                      _q=df["q"].fillna(2.0))
    order = order.sort_values(["_moved", "_q", "_absz"], ascending=[False, True, False], kind="stable")
    return order.drop(columns=["_moved", "_absz", "_q"]).reset_index(drop=True)


def _rate(x: int, n: int) -> float:
    return 1000.0 * x / n if n else float("nan")


def _ratio(x1: int, n1: int, x0: int, n0: int) -> float:
    if not n1 or not n0 or not x0:
        return float("inf") if x1 and n1 and n0 else float("nan")
    return (x1 / n1) / (x0 / n0)


def _empty(keys: pd.DataFrame) -> pd.DataFrame:
    cols = list(keys.columns) + ["latest_week", "count", "records", "rate_per_1000", "baseline_count",
                                 "baseline_records", "baseline_rate_per_1000", "window_count", "rate_ratio",
                                 "tested", "p_change", "z_change", "p_trend", "z_trend", "weekly_counts",
                                 "weekly_records", "q_change", "q_trend", "basis", "z", "q", "direction"]
    return pd.DataFrame(columns=cols)

"""Sections every audience's report shares: topic trends, moves in slices, volume, emerging, quality."""

from __future__ import annotations

import json

import pandas as pd

from voc.publish import charts
from voc.publish.model import Section, Table
from voc.publish.safety import guard
from voc.publish.views import emerging_for
from voc.trends import TrendData

TREND_COLUMNS = {"topic": "topic", "count": "latest week", "rate_per_1000": "per 1,000 records",
                 "baseline_count": "earlier weeks", "baseline_rate_per_1000": "earlier per 1,000",
                 "window_count": "window total", "direction": "trend", "q": "q", "basis": "test"}


def topic_trends(trends: TrendData, changes: pd.DataFrame, gaps: pd.DataFrame, key: str) -> Section:
    """Weekly rate per topic (chart) and the change test per topic (table), for the audience's gaps."""
    rows = changes[(changes["dim"] == "all") & (changes["topic"] != "*")]
    weeks = trends.window.weeks
    series = {}
    for r in rows.sort_values("window_count", ascending=False).head(8).itertuples():
        counts, records = json.loads(r.weekly_counts), json.loads(r.weekly_records)
        series[r.topic] = [1000.0 * c / n if n else 0.0 for c, n in zip(counts, records)]
    chart = charts.line_chart(series, weeks, title="Promise gaps per 1,000 records, by topic",
                              ylabel="per 1,000 records", key=f"{key}-topics") if series else ""
    table = rows[list(TREND_COLUMNS)].rename(columns=TREND_COLUMNS).round(
        {"per 1,000 records": 1, "earlier per 1,000": 1, "q": 4})
    return Section("topics", "Topics: this week against the earlier weeks", chart=chart,
                   intro=(f"Rates are per 1,000 classified records of the same week. A topic is called rising or "
                          f"falling only when a count test (exact rate test of the latest week against the earlier "
                          f"weeks, or a trend test over the window) holds at a false discovery rate of "
                          f"{trends.settings['alpha']:g}; rows are ranked by that evidence."),
                   tables=[Table("topic_trends", "Change per topic", table)],
                   empty="No promise gaps for this audience in the window.")


def slice_moves(changes: pd.DataFrame, top: int) -> Section:
    """Rising and falling topics within channels, languages and products, strongest evidence first."""
    moved = changes[(changes["dim"] != "all") & changes["direction"].isin(["rising", "falling"])].head(top)
    table = moved[["dim", "value", "topic", "count", "rate_per_1000", "baseline_count", "baseline_rate_per_1000",
                   "direction", "q"]].rename(columns={"dim": "slice", "value": "value", **TREND_COLUMNS})
    table = table.assign(value=[guard(v) for v in table["value"]]).round(
        {"per 1,000 records": 1, "earlier per 1,000": 1, "q": 4})
    return Section("moves", "Where it moves: channels, languages, products",
                   tables=[Table("slice_moves", "Rising and falling within slices", table)] if len(table) else [],
                   empty="No slice shows a change beyond noise (slices below the minimum volume are not tested).")


def volume(trends: TrendData, gaps: pd.DataFrame, key: str) -> Section:
    """Counts by channel and language (table) and weekly counts by language (chart)."""
    f = trends.facts
    base = f.groupby(["channel", "lang"]).agg(records=("record_id", "size"), complaints=("is_complaint", "sum"))
    mine = gaps.groupby(["channel", "lang"]).size().rename("promise_gaps_here")
    table = base.join(mine, how="left").fillna(0).astype("int64").reset_index()
    weekly = gaps.groupby(["lang", "week"]).size().unstack(fill_value=0).reindex(columns=list(trends.window.weeks),
                                                                                  fill_value=0)
    chart = charts.stacked_bars({lang: list(weekly.loc[lang]) for lang in weekly.index}, trends.window.weeks,
                                title="Promise gaps per week, by language", ylabel="records",
                                key=f"{key}-langs") if len(weekly) else ""
    return Section("volume", "Counts by channel and language", chart=chart,
                   tables=[Table("volume", "Records, complaints and this report's promise gaps", table)])


def emerging(trends: TrendData, gaps: pd.DataFrame, top: int) -> Section:
    table = emerging_for(trends, gaps, top)
    return Section("emerging", "Emerging: promises no known claim covers (for review)",
                   intro="Promise gaps of topic 'other' or matching no recurring claim, grouped by wording.",
                   tables=[Table("emerging", "Emerging groups", table, rtl_columns=("label", "example"))]
                   if len(table) else [], empty="Nothing new this period.")


"""The reports' "Model quality" section: precision and recall per language from people's random-sample labels."""

from __future__ import annotations

import math

import pandas as pd

from voc.publish import charts
from voc.publish.model import Section, Table
from voc.trends import TrendData

LABELS = {"promise_gap": "promise gap", "is_complaint": "complaint"}
COLUMNS = ["lang", "label", "model", "labels", "precision", "precision 95% CI", "recall", "recall 95% CI"]
NO_LABELS = ("No human labels yet: answers to the review queue (`voc review export`, then `voc review import`) "
             "give precision and recall here, night by night.")


def model_quality(trends: TrendData, key: str) -> Section:
    """The latest nightly estimate per language and label (table) and promise-gap recall over the nights (chart)."""
    history = trends.extra.get("review_quality")
    if history is None or history.empty:
        return Section("model_quality", "Model quality from human labels", empty=NO_LABELS)
    latest = history[history["day"] == history["day"].max()]
    first = latest.iloc[0]
    return Section("model_quality", "Model quality from human labels", chart=_chart(history, trends, key),
                   intro=(f"Estimated on {first['day']} from the records people checked at random in the last "
                          f"{int(first['window_days'])} nights: precision is the share of the model's answers that "
                          f"were right, recall the share of the true ones it found. 95% Wilson intervals; with few "
                          f"labels they are wide."),
                   tables=[Table("model_quality", "Precision and recall on human labels", quality_frame(latest))])


def quality_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per language, label and model version: labels used, precision and recall with intervals."""
    order = {name: i for i, name in enumerate(LABELS)}
    rows = rows.assign(_order=rows["label"].map(order)).sort_values(["lang", "_order", "model_version"])
    return pd.DataFrame([{"lang": r.lang, "label": LABELS.get(r.label, r.label), "model": r.model_version,
                          "labels": int(r.n), "precision": _round(r.precision),
                          "precision 95% CI": _interval(r.precision_low, r.precision_high),
                          "recall": _round(r.recall), "recall 95% CI": _interval(r.recall_low, r.recall_high)}
                         for r in rows.itertuples()], columns=COLUMNS)


def _chart(history: pd.DataFrame, trends: TrendData, key: str) -> str:
    """Promise-gap recall per language over the report's nights; none with fewer than two nights."""
    rows = history[(history["label"] == "promise_gap") & (history["day"] >= trends.window.start)]
    days = sorted(rows["day"].unique())
    if len(days) < 2:
        return ""
    series = {}
    for lang, g in rows.groupby("lang"):
        per_day = g.groupby("day")["recall"].mean()
        series[f"{lang} recall"] = [float(per_day.get(d, math.nan)) for d in days]
    return charts.line_chart(series, [str(d) for d in days], title="Promise-gap recall per night, by language",
                             ylabel="recall", key=f"{key}-quality")


def _round(value) -> float:
    return math.nan if value is None or pd.isna(value) else round(float(value), 2)


def _interval(low, high) -> str:
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return "–"
    return f"{float(low):.2f}–{float(high):.2f}"

"""compute(): read the store once and build every trend table the reports need."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from voc.store import Store, now
from voc.trends.aggregate import aggregate
from voc.trends.changes import detect, weekly_grid
from voc.trends.claims import find_claims, language_stats, prepare
from voc.trends.data import TrendData
from voc.trends.emerging import find_emerging
from voc.trends.facts import coverage, load_facts
from voc.trends.periods import Window, make_window


def compute(store: Store | str | Path, *, as_of: date | datetime | None = None, weeks: int = 8,
            tz: str = "UTC", min_records: int = 20, min_count: int = 5, alpha: float = 0.05,
            claim_min_size: int = 3) -> TrendData:
    """Trends over the ``weeks`` ISO weeks up to ``as_of``: counts, rates, changes, claims, emerging.

    Args:
        store: An open Store, or the path of a store file (opened read-only).
        as_of: The last day covered; default the day of the latest classified record.
        weeks: ISO weeks in the window, the latest one included (at least 2).
        tz: Time zone that days and weeks are counted in (records are stored in UTC).
        min_records: Least records in a slice's latest week for its changes to be tested.
        min_count: Least promise gaps in the window for a series to be tested.
        alpha: False discovery rate for calling a rise or fall.
        claim_min_size: Least quotes sharing a phrase for it to be a claim.

    Returns:
        TrendData; prints nothing.
    """
    if not isinstance(store, Store):
        with Store(store, read_only=True) as opened:
            return compute(opened, as_of=as_of, weeks=weeks, tz=tz, min_records=min_records,
                           min_count=min_count, alpha=alpha, claim_min_size=claim_min_size)
    cov = coverage(store, tz)
    end = as_of or cov.get("latest_ts") or now()
    window = make_window(end, weeks, tz)
    facts = load_facts(store, window)
    settings = {"weeks": weeks, "tz": tz, "min_records": min_records, "min_count": min_count, "alpha": alpha,
                "claim_min_size": claim_min_size, "as_of": window.end.isoformat()}
    data = build(facts, window, settings, cov)
    data.extra["review_quality"] = review_quality(store, until=window.end if as_of is not None else None)
    return data


def review_quality(store: Store, *, until: date | None = None) -> pd.DataFrame:
    """The nightly precision and recall estimates from human labels (voc.review.quality), oldest first.

    Up to ``until`` when given (a report for a past day), else up to the latest night, which may
    be later than the latest record.
    """
    from voc.review.quality import COLUMNS, quality_history

    rows = [r for r in quality_history(store) if until is None or r["day"] <= until]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def build(facts: pd.DataFrame, window: Window, settings: dict[str, Any],
          cov: dict[str, Any] | None = None) -> TrendData:
    """TrendData from loaded facts (split from ``compute`` so tests can feed facts directly)."""
    volume, counts = aggregate(facts)
    test = {k: settings[k] for k in ("min_records", "min_count", "alpha")}
    changes = detect(*weekly_grid(volume, counts, window.weeks), window.weeks, **test)
    gaps = prepare(facts[facts["promise_gap"]])
    claims, members = find_claims(gaps, min_size=settings.get("claim_min_size", 3))
    emerging, emerging_members = find_emerging(gaps, members, language_stats(gaps))
    facts = _with_groups(facts, gaps, members, emerging_members)
    claim_changes = claim_trends(facts, volume, window.weeks, test)
    versions = facts.groupby("model_version").size().rename("records").reset_index() if len(facts) else \
        pd.DataFrame(columns=["model_version", "records"])
    return TrendData(window, settings, cov or {}, facts, volume, counts, changes, claims, claim_changes,
                     emerging, versions)


def audience_changes(trends: TrendData, *, sources: list[str] | None = None, topics: list[str] | None = None,
                     dims: tuple[str, ...] = ("all", "channel", "lang", "product")) -> pd.DataFrame:
    """Change tests per slice and topic, counting only promise gaps from ``sources`` about ``topics``.

    Exposure stays every record of the slice, so rates are comparable across audiences.
    """
    f = trends.facts
    keep = f["promise_gap"] & _isin(f["source"], sources) & _isin(f["topic"], topics)
    volume, counts = aggregate(f.assign(promise_gap=keep))
    counts = counts[(counts["source"] == "*") & counts["dim"].isin(dims)]
    test = {k: trends.settings[k] for k in ("min_records", "min_count", "alpha")}
    keys, x, n = weekly_grid(volume, counts, trends.window.weeks, ["dim", "value", "topic"])
    return detect(keys, x, n, trends.window.weeks, **test)


def claim_trends(facts: pd.DataFrame, volume: pd.DataFrame, weeks: tuple[str, ...], test: dict) -> pd.DataFrame:
    """Change tests per claim, its exposure the records in the claim's language."""
    grouped = facts[facts["claim_id"].notna()]
    if grouped.empty:
        return detect(pd.DataFrame(columns=["claim_id", "lang"]), [], [], weeks, **test)
    weekly = grouped.groupby(["claim_id", "lang", "week"]).size().rename("count").reset_index()
    cnt = weekly.pivot_table(index=["claim_id", "lang"], columns="week", values="count", aggfunc="sum")
    cnt = cnt.reindex(columns=list(weeks), fill_value=0).fillna(0)
    keys = cnt.index.to_frame(index=False)
    vol = volume[(volume["grain"] == "week") & (volume["dim"] == "lang")].pivot_table(
        index="value", columns="period", values="records", aggfunc="sum").reindex(columns=list(weeks)).fillna(0)
    exposure = vol.reindex(keys["lang"]).fillna(0).to_numpy(dtype="int64")
    return detect(keys, cnt.to_numpy(dtype="int64"), exposure, weeks, **test)


def _with_groups(facts, gaps, members, emerging_members) -> pd.DataFrame:
    out = facts.merge(gaps[["record_id", "claim"]], on="record_id", how="left")
    out = out.merge(members[["record_id", "claim_id", "similarity"]].rename(columns={"similarity": "claim_similarity"}),
                    on="record_id", how="left")
    return out.merge(emerging_members, on="record_id", how="left")


def _isin(col: pd.Series, values: list[str] | None) -> pd.Series:
    return col.isin(values) if values else pd.Series(True, index=col.index)

"""Audience views over TrendData: its claims with trend and quotes, its emerging groups, its tables."""

from __future__ import annotations

import json
from collections import Counter

import pandas as pd

from voc.publish.model import Claim, Quote
from voc.publish.safety import direction, guard
from voc.trends import TrendData
from voc.trends.compute import claim_trends


def audience_facts(trends: TrendData, sources: list[str] | None, topics: list[str] | None) -> pd.DataFrame:
    """The window's promise gaps this audience reads."""
    f = trends.facts[trends.facts["promise_gap"]]
    if sources:
        f = f[f["source"].isin(sources)]
    if topics:
        f = f[f["topic"].isin(topics)]
    return f


def claims_for(trends: TrendData, gaps: pd.DataFrame, *, quotes: int = 3, top: int = 10) -> list[Claim]:
    """The audience's claims, most complained-about first, each with trend and quotes."""
    grouped = gaps[gaps["claim_id"].notna()]
    if grouped.empty:
        return []
    test = {k: trends.settings[k] for k in ("min_records", "min_count", "alpha")}
    tests = claim_trends(grouped, trends.volume, trends.window.weeks, test).set_index("claim_id")
    info = trends.claims.set_index("claim_id")
    out = []
    for claim_id, part in grouped.groupby("claim_id"):
        t = tests.loc[claim_id]
        lang = info.at[claim_id, "lang"]
        label = guard(info.at[claim_id, "label"], lang)
        out.append(Claim(
            claim_id=claim_id, label=label, lang=lang, dir=direction(label, lang), topic=info.at[claim_id, "topic"],
            count=len(part), latest=int(t["count"]), direction=str(t["direction"]),
            q=None if pd.isna(t["q"]) else float(t["q"]), weekly=json.loads(t["weekly_counts"]),
            by_channel=dict(Counter(part["channel"]).most_common()),
            by_source=dict(Counter(part["source"]).most_common()),
            products={guard(k): v for k, v in Counter(part["product"]).most_common(5)},
            quotes=pick_quotes(part, quotes)))
    out.sort(key=lambda c: (-c.count, -c.latest, c.claim_id))
    return out[:top]


def pick_quotes(part: pd.DataFrame, n: int) -> list[Quote]:
    """Up to ``n`` different quotes, the most typical first (closest to the claim's centre)."""
    order = part.sort_values(["claim_similarity", "day"], ascending=[False, False]) if "claim_similarity" in part \
        else part.sort_values("day", ascending=False)
    seen, out = set(), []
    for row in order.itertuples():
        text = guard(row.quote, row.lang)
        if not text or text in seen:
            continue
        seen.add(text)
        out.append(Quote(text=text, lang=row.lang, dir=direction(text, row.lang), channel=row.channel,
                         day=str(row.day), product=guard(row.product)))
        if len(out) == n:
            break
    return out


def emerging_for(trends: TrendData, gaps: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Emerging groups with at least one of the audience's promise gaps, recounted for it."""
    part = gaps[gaps["emerging_id"].notna()]
    if part.empty:
        return pd.DataFrame(columns=["label", "lang", "quotes", "topics", "sources", "first_seen", "last_seen",
                                     "example"])
    info = trends.emerging.set_index("emerging_id")
    rows = []
    for eid, g in part.groupby("emerging_id"):
        lang = info.at[eid, "lang"]
        rows.append({"label": guard(info.at[eid, "label"], lang), "lang": lang, "quotes": len(g),
                     "topics": _mix(g["topic"]), "sources": _mix(g["source"]), "first_seen": str(g["day"].min()),
                     "last_seen": str(g["day"].max()), "example": guard(g["quote"].iloc[0], lang)})
    df = pd.DataFrame(rows).sort_values(["quotes", "last_seen"], ascending=[False, False])
    return df.head(top).reset_index(drop=True)


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a table (for the report and its exports)."""
    return pd.DataFrame([{
        "claim_id": c.claim_id, "claim": c.label, "lang": c.lang, "topic": c.topic, "complaints": c.count,
        "latest_week": c.latest, "trend": c.direction, "q": c.q,
        "channels": _fmt(c.by_channel), "sources": _fmt(c.by_source), "products": _fmt(c.products),
    } for c in claims], columns=["claim_id", "claim", "lang", "topic", "complaints", "latest_week", "trend", "q",
                                 "channels", "sources", "products"])


def quotes_frame(claims: list[Claim]) -> pd.DataFrame:
    return pd.DataFrame([{"claim_id": c.claim_id, "claim": c.label, "lang": q.lang, "channel": q.channel,
                          "day": q.day, "product": q.product, "quote": q.text} for c in claims for q in c.quotes],
                        columns=["claim_id", "claim", "lang", "channel", "day", "product", "quote"])


def _mix(values: pd.Series) -> str:
    return _fmt(dict(Counter(values).most_common()))


def _fmt(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())

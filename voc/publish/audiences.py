"""One report per audience from the same TrendData: sales, product, marketing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from voc.publish import sections
from voc.publish.config import PublishConfig
from voc.publish.header import header, quality_frame
from voc.publish.model import Report, Section, Table
from voc.publish.pitch import mark_lines, read_script
from voc.publish.quality import model_quality
from voc.publish.safety import guard
from voc.publish.views import audience_facts, claims_for, claims_frame, quotes_frame
from voc.trends import TrendData, audience_changes


def build_report(audience: str, trends: TrendData, cfg: PublishConfig, quality: dict,
                 base_dir: Path = Path("."), quality_note: str = "") -> Report:
    """The report of one audience (sales, product or marketing)."""
    sources, topics = cfg.filters(audience)
    a = cfg.audience(audience)
    gaps = audience_facts(trends, sources, topics)
    changes = audience_changes(trends, sources=sources, topics=topics)
    claims = claims_for(trends, gaps, quotes=a.quotes, top=a.top)
    parts = [_claims_section(audience, claims), sections.topic_trends(trends, changes, gaps, audience),
             model_quality(trends, audience)]
    if audience == "sales" and a.pitch_script:
        parts.insert(1, _pitch_section(trends, a.pitch_script, base_dir, topics))
    if audience == "product":
        parts.append(_products_section(gaps, changes, trends, a.top))
    if audience == "marketing":
        parts.append(_sources_section(gaps, trends))
    parts += [sections.slice_moves(changes, a.top), sections.volume(trends, gaps, audience),
              sections.emerging(trends, gaps, a.top)]
    head = header(trends, quality, sources=sources, topics=topics, quality_note=quality_note)
    head["audience_gaps"] = len(gaps)
    head["tables"] = [Table("quality", "Model quality per language", quality_frame(head))]
    return Report(audience, cfg.title(audience), head, parts)


def _claims_section(audience: str, claims) -> Section:
    titles = {"sales": "Claims that lead to complaints", "product": "Unmet promises about the product",
              "marketing": "Claims from ads and listings that lead to complaints"}
    return Section("claims", titles[audience], claims=claims,
                   intro="What customers say they were promised, grouped by wording, most complaints first. "
                         "Quotes are verbatim with personal data removed.",
                   tables=[Table("claims", "Claims", claims_frame(claims), rtl_columns=("claim",)),
                           Table("quotes", "Quotes", quotes_frame(claims), rtl_columns=("claim", "quote"))],
                   empty="No recurring claim for this audience in the window.")


def _pitch_section(trends: TrendData, script: str, base_dir: Path, topics) -> Section:
    path = Path(script) if Path(script).is_absolute() else base_dir / script
    everyone = audience_facts(trends, None, topics)
    lines = mark_lines(read_script(path), claims_for(trends, everyone, quotes=0, top=10_000), trends)
    frame = pd.DataFrame([{"line": p.number, "text": p.text, "lang": p.lang, "complaints": p.complaints,
                           "claims": "; ".join(f"{c['label']} ({c['count']}, {c['direction']})" for c in p.claims)}
                          for p in lines], columns=["line", "text", "lang", "complaints", "claims"])
    marked = sum(1 for p in lines if p.claims)
    return Section("pitch", f"Pitch script: {path.name}", pitch=lines,
                   intro=f"{marked} of {len(lines)} lines make a claim customers complain about (all sources).",
                   tables=[Table("pitch_lines", "Pitch script lines", frame, rtl_columns=("text",))],
                   empty="The script has no lines with words.")


def _products_section(gaps: pd.DataFrame, changes: pd.DataFrame, trends: TrendData, top: int) -> Section:
    if gaps.empty:
        return Section("products", "Affected products", empty="No product named in this audience's promise gaps.")
    counts = gaps.groupby(["product", "topic"]).size().rename("promise_gaps").reset_index()
    per = changes[(changes["dim"] == "product")][["value", "topic", "direction", "q", "rate_per_1000"]]
    table = counts.merge(per, left_on=["product", "topic"], right_on=["value", "topic"], how="left").drop(
        columns=["value"]).sort_values("promise_gaps", ascending=False).head(top * 3)
    table = table.assign(product=[guard(p) for p in table["product"]],
                         direction=table["direction"].fillna("too_few")).round({"q": 4, "rate_per_1000": 1})
    return Section("products", "Affected products", tables=[Table("products", "Promise gaps per product", table)],
                   empty="No product named in this audience's promise gaps.")


def _sources_section(gaps: pd.DataFrame, trends: TrendData) -> Section:
    if gaps.empty:
        return Section("sources", "By source: advertising and listings",
                       empty="No promise gap attributed to ads or listings in the window.")
    table = gaps.groupby(["source", "topic"]).size().rename("promise_gaps").reset_index().sort_values(
        "promise_gaps", ascending=False)
    products = gaps.groupby(["source", "product"]).size().rename("promise_gaps").reset_index().sort_values(
        "promise_gaps", ascending=False).head(20)
    products = products.assign(product=[guard(p) for p in products["product"]])
    return Section("sources", "By source: advertising and listings",
                   tables=[Table("sources", "Promise gaps per source and topic", table),
                           Table("source_products", "Promise gaps per source and product", products)],
                   empty="No promise gap attributed to ads or listings in the window.")

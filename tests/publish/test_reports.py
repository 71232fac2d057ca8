"""What every report states, and what each audience's report holds."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from voc.publish.config import AUDIENCES


class Elements(HTMLParser):
    """Collect tags with their attributes and the text inside elements with a lang attribute."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.lang_text: list[tuple[str, str, str]] = []
        self._open: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        self._open.append((tag, a))

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        for tag, a in reversed(self._open):
            if "lang" in a and tag != "html":
                self.lang_text.append((a["lang"], a.get("dir", ""), data))
                break


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    return p


@pytest.mark.parametrize("audience", AUDIENCES)
def test_report_states_period_volume_model_and_quality(published, audience):
    result, out = published
    html = (out / audience / f"{audience}.html").read_text(encoding="utf-8")
    md = (out / audience / f"{audience}.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "2026-09-21" in text and "2026-11-15" in text and "2026-W39" in text and "2026-W46" in text
        assert "pg-1" in text  # model version
        assert "0.84" in text and "0.81" in text and "0.93" in text  # quality per language
    assert re.search(r"records classified</span><b>\d", html)
    assert result["audiences"][audience]["promise_gaps"] > 0


def test_report_without_measured_quality_says_so(trends, tmp_path):
    from voc.publish import publish

    publish(trends, {"audiences": {"product": {"enabled": False}, "marketing": {"enabled": False}}},
            out_dir=tmp_path, quality={}, dry_run=True)
    assert "not measured yet" in (tmp_path / "sales" / "sales.html").read_text(encoding="utf-8")
    assert "not measured yet" in (tmp_path / "sales" / "sales.md").read_text(encoding="utf-8")


def test_sales_report_ranks_claims_with_trend_counts_and_quotes(published):
    result, out = published
    html = (out / "sales" / "sales.html").read_text(encoding="utf-8")
    claims = pd.read_parquet(out / "sales" / "claims.parquet")
    assert {"free installation", "نصب رایگان"} <= set(claims["claim"])
    assert list(claims["complaints"]) == sorted(claims["complaints"], reverse=True)
    rising = claims.set_index("claim").loc["free installation"]
    assert rising["trend"] == "rising" and rising["latest_week"] == 9
    quotes = pd.read_parquet(out / "sales" / "quotes.parquet")
    per_claim = quotes.groupby("claim").size()
    assert per_claim.between(1, 3).all() and per_claim["free installation"] == 3
    assert "by channel: review" in html and "language: fa" in html
    assert "pricing" in result["audiences"]["sales"]["rising"]


def test_sales_report_marks_pitch_lines_that_make_complained_about_claims(published):
    _, out = published
    lines = pd.read_parquet(out / "sales" / "pitch_lines.parquet").set_index("line")
    assert lines.loc[3, "complaints"] > 0 and "free installation" in lines.loc[3, "claims"]  # en, Markdown bold
    assert lines.loc[5, "complaints"] > 0 and "نصب رایگان" in lines.loc[5, "claims"]  # fa, numbered item
    assert lines.loc[6, "complaints"] > 0 and "التوصيل خلال يومين" in lines.loc[6, "claims"]  # ar, block quote
    assert lines.loc[4, "complaints"] == 0  # makes no claim customers complain about
    assert 8 not in lines.index  # inside a code fence
    html = (out / "sales" / "sales.html").read_text(encoding="utf-8")
    assert 'class="hit"' in html and "complaints</b>" in html


def test_product_report_lists_affected_products_and_its_topics_only(published):
    _, out = published
    products = pd.read_parquet(out / "product" / "products.parquet")
    assert set(products["topic"]) <= {"product", "compatibility"}
    assert {"Novin Buds Pro", "Novin Watch S3", "Fiber 100 plan"} <= set(products["product"])
    claims = pd.read_parquet(out / "product" / "claims.parquet")
    assert set(claims["topic"]) <= {"product", "compatibility"} and len(claims)


def test_marketing_report_holds_ads_and_listings_only(published):
    _, out = published
    sources = pd.read_parquet(out / "marketing" / "sources.parquet")
    assert set(sources["source"]) == {"advertising", "listing"}
    quotes = pd.read_parquet(out / "marketing" / "quotes.parquet")
    assert "نصب رایگان" not in set(quotes["claim"])  # a sales-rep claim


def test_html_is_self_contained_with_inline_charts_and_rtl_quotes(published):
    _, out = published
    for audience in AUDIENCES:
        html = (out / audience / f"{audience}.html").read_text(encoding="utf-8")
        doc = parse(html)
        assert not [t for t, a in doc.tags if t in ("script", "link", "img", "iframe", "object")]
        assert not [a for t, a in doc.tags for k in ("src", "href") if k in a]
        assert "Content-Security-Policy" in html
        assert sum(1 for t, _ in doc.tags if t == "svg") >= 2
        langs = {(lang, d) for lang, d, _ in doc.lang_text}
        assert ("fa", "rtl") in langs or ("ar", "rtl") in langs
        for lang, d, text in doc.lang_text:
            if lang in ("fa", "ar") and re.search("[\u0600-\u06ff]", text):
                assert d == "rtl"


def test_exports_write_csv_and_parquet_for_every_table(published):
    result, out = published
    for audience, entry in result["audiences"].items():
        names = {p.rsplit("/", 1)[-1] for p in entry["files"]}
        for table in ("claims", "quotes", "topic_trends", "volume", "quality"):
            assert f"{table}.csv" in names and f"{table}.parquet" in names
        csv = pd.read_csv(out / audience / "topic_trends.csv", encoding="utf-8-sig")
        assert list(csv.columns) == list(pd.read_parquet(out / audience / "topic_trends.parquet").columns)


def test_topic_trends_table_shows_the_rise(published):
    _, out = published
    t = pd.read_parquet(out / "sales" / "topic_trends.parquet").set_index("topic")
    assert t.loc["pricing", "trend"] == "rising"
    assert t.loc["pricing", "latest week"] == 17


def test_index_page_links_every_audience(published):
    _, out = published
    doc = parse((out / "index.html").read_text(encoding="utf-8"))
    hrefs = [a["href"] for t, a in doc.tags if t == "a"]
    assert {f"{a}/{a}.html" for a in AUDIENCES} <= set(hrefs)


@pytest.mark.parametrize("rows", ["none", "no_gaps"])
def test_a_store_without_promise_gaps_still_gets_reports_that_say_so(tmp_path, rows):
    from datetime import datetime

    from trends.factory import Row, write_store

    from voc.publish import publish, summary_markdown
    from voc.store import Store
    from voc.trends import compute

    path = tmp_path / "empty.duckdb"
    if rows == "none":
        Store(path).open().close()  # a fresh store: no records, no predictions
    else:
        write_store(path, [Row(f"r{i}", datetime(2026, 11, 2 + i % 7, 10)) for i in range(30)])
    result = publish(compute(path), {}, out_dir=tmp_path / "out", dry_run=True, quality={})
    assert summary_markdown(result)
    for audience in AUDIENCES:
        html = (tmp_path / "out" / audience / f"{audience}.html").read_text(encoding="utf-8")
        assert "No recurring claim for this audience in the window." in html
        assert result["audiences"][audience]["promise_gaps"] == 0


def test_quality_comes_from_the_classifier_when_not_given(monkeypatch):
    import types

    from voc.publish.header import model_quality

    fake = types.ModuleType("voc.classify")
    fake.model_quality = lambda: {"fa": {"promise_gap": {"f1": 0.82}}}
    monkeypatch.setitem(__import__("sys").modules, "voc.classify", fake)
    assert model_quality() == ({"fa": {"promise_gap": {"f1": 0.82}}}, "")
    fake.model_quality = lambda: (_ for _ in ()).throw(ValueError("metrics.json is truncated"))
    quality, note = model_quality()
    assert quality == {} and "metrics.json is truncated" in note
    del fake.model_quality
    assert model_quality() == ({}, "not measured yet")

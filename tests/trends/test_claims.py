"""Claims (recurring promises in the customer's language) and emerging groups."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from trends.factory import gap
from trends.samples import QUOTES
from voc.trends import compute
from voc.trends.text import claim_span, normalize

DAY = datetime(2026, 11, 2, 10, 0)

OTHER = [  # topic "other": a promise no topic covers, said twice
    ("The rep said the router comes with a free year of antivirus. No licence key in the box.", "en"),
    ("Was promised a free antivirus licence with the router, there was none.", "en"),
]
LONE = ("The courier was supposed to call before coming and never did.", "en")  # matches no claim


@pytest.fixture(scope="module")
def trends(tmp_path_factory):
    from trends.factory import write_store

    rows, n = [], 0
    for (topic, lang), quotes in QUOTES.items():
        if topic not in ("pricing", "delivery"):
            continue
        for q in quotes:
            rows.append(gap(f"q{n}", DAY + timedelta(hours=n), topic, "sales_rep", q, lang=lang))
            n += 1
    for q, lang in OTHER:
        rows.append(gap(f"q{n}", DAY, "other", "sales_rep", q, lang=lang))
        n += 1
    rows.append(gap("lone", DAY, "delivery", "unspecified", LONE[0], lang="en"))
    return compute(write_store(tmp_path_factory.mktemp("claims") / "c.duckdb", rows), weeks=2)


@pytest.mark.parametrize("topic, lang, label", [
    ("pricing", "en", "free installation"),
    ("delivery", "fa", "ارسال دو روزه"),
    ("pricing", "fa", "نصب رایگان"),
    ("delivery", "ar", "التوصيل خلال يومين"),
])
def test_claims_are_named_by_their_phrase_in_the_customers_language(trends, topic, lang, label):
    found = trends.claims[(trends.claims.topic == topic) & (trends.claims.lang == lang)]
    assert found["label"].tolist() == [label]
    assert found["size"].iloc[0] == len(QUOTES[(topic, lang)])


def test_claims_hold_their_quotes_and_counts(trends):
    f = trends.facts.dropna(subset=["claim_id"])
    sizes = f.groupby("claim_id").size().to_dict()
    assert sizes == dict(zip(trends.claims["claim_id"], trends.claims["size"]))
    assert trends.claims["example"].isin(trends.facts["quote"]).all()


def test_emerging_groups_other_topics_and_unmatched_quotes(trends):
    e = trends.emerging
    other = e[e["topics"] == "other 2"]
    assert other["size"].tolist() == [2]
    assert set(other["label"].iloc[0].split()) & {"antivirus", "router", "free"}  # a word both quotes share
    lone = trends.facts[trends.facts["quote"] == LONE[0]]
    assert lone["claim_id"].isna().all() and lone["emerging_id"].notna().all()
    # nothing is dropped: every promise gap is in a claim or in an emerging group
    gaps = trends.facts[trends.facts.promise_gap]
    assert (gaps["claim_id"].notna() | gaps["emerging_id"].notna()).all()


def test_claims_trend_is_tested_with_the_languages_volume(trends):
    cc = trends.claim_changes
    assert set(cc["claim_id"]) == set(trends.claims["claim_id"])
    assert (cc["direction"] == "too_few").all()  # 3-4 quotes in one week: not enough to call a trend


@pytest.mark.parametrize("text, lang, expected", [
    # the claim is the sentence of the promise cue, cut at the gap cue "but"
    ("The rep promised free installation, but charged $49", "en", "the rep promised free installation"),
    # a quote that opens with "no" (also a gap word) right after the cue keeps it
    ('Great box. I was told "no commitment, cancel whenever you like". The page says 12 months.', "en",
     'i was told "no commitment, cancel whenever you like'),
    # Persian: "قول داد" opens, "اما" closes; digits are canonicalised by the normalizer
    ("کارشناس فروش قول داد نصب رایگان باشه، اما ۴۲۰ هزار تومان گرفتن.", "fa", "کارشناس فروش قول داد نصب رایگان باشه"),
    # Arabic: "وعدوني" opens; without a gap cue the sentence ends the claim
    ("وعدوني بالتوصيل خلال يومين. وصل الطلب بعد أسبوع.", "ar", "وعدوني بالتوصيل خلال يومين"),
    # no cue at all: the first sentence
    ("Listing: works with iPhone. Reality: Android only.", "en", "listing: works with iphone"),
])
def test_claim_span_finds_what_was_promised(text, lang, expected):
    norm = normalize(text, lang)
    start, end = claim_span(norm, lang)
    assert norm[start:end].strip() == expected.strip()

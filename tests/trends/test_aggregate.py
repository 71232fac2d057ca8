"""Counts, rates and shares per topic, source, day, ISO week and slice."""

from __future__ import annotations

from datetime import datetime

import pytest

from trends.factory import Row, gap
from voc.trends import compute


def _rows():
    day = datetime(2026, 11, 10, 9, 0)  # Tuesday of 2026-W46
    return [
        gap("a", day, "delivery", "listing", "The listing said 2-day delivery. It took eight days.",
            channel="review", segments={"store": "Bazaarino", "country": "IR"}),
        gap("b", day, "delivery", "sales_rep", "وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوع", lang="ar",
            channel="ticket", segments={"store": "Novin Online", "country": "AE"}),
        gap("c", day, "pricing", "sales_rep", "قول داد نصب رایگان باشه ولی هزینه گرفتند", lang="fa",
            channel="transcript", product="Fiber 100 plan"),
        Row("d", day, is_complaint=True, segments={"store": "Bazaarino", "country": "IR"}),  # a plain complaint
        Row("e", day, segments={"store": "Bazaarino", "country": "IR"}),
        Row("undated", None, is_complaint=True),  # no date: left out of every period
    ]


@pytest.fixture
def trends(build_store):
    return compute(build_store(_rows()), weeks=2)


def test_aggregate_counts_rates_and_shares_for_the_whole_store(trends):
    c = trends.counts
    row = c[(c.grain == "week") & (c.period == "2026-W46") & (c.dim == "all") & (c.topic == "delivery")
            & (c.source == "*")].iloc[0]
    assert row["count"] == 2 and row["records"] == 5 and row["complaints"] == 4
    assert row["rate_per_1000"] == pytest.approx(400.0)
    assert row["share_of_complaints"] == pytest.approx(0.5)


def test_aggregate_slices_by_channel_language_product_and_segment_keys(trends):
    c = trends.counts[(trends.counts.grain == "week") & (trends.counts.topic == "*") & (trends.counts.source == "*")]
    got = {(r.dim, r.value): r.count for r in c.itertuples()}
    assert got[("channel", "ticket")] == 1 and got[("lang", "ar")] == 1 and got[("lang", "fa")] == 1
    assert got[("product", "Fiber 100 plan")] == 1
    assert got[("segment.store", "Bazaarino")] == 1 and got[("segment.country", "AE")] == 1
    vol = trends.volume[(trends.volume.grain == "week") & (trends.volume.dim == "segment.store")]
    # A record without segments belongs to no segment slice (its rate would have no exposure).
    assert dict(zip(vol["value"], vol["records"])) == {"Bazaarino": 3, "Novin Online": 1}


def test_aggregate_by_day_and_source(trends):
    c = trends.counts
    day = c[(c.grain == "day") & (c.period == "2026-11-10") & (c.dim == "all") & (c.topic == "*")
            & (c.source == "sales_rep")]
    assert day["count"].tolist() == [2]


def test_aggregate_leaves_out_undated_records_and_counts_them(trends):
    assert trends.totals()["records"] == 5
    assert trends.coverage["undated"] == 1


def test_latest_model_version_per_record_is_used(build_store):
    day = datetime(2026, 11, 10, 9, 0)
    row = gap("r", day, "pricing", "sales_rep", "promised free installation, charged $49",
              model_version="pg-2", predicted_at=datetime(2026, 11, 16),
              extra_predictions=[{"model_version": "pg-1", "predicted_at": datetime(2026, 11, 1), "topic": "delivery"}])
    t = compute(build_store([row, Row("x", day, model_version="pg-2")]), weeks=2)
    assert set(t.facts.loc[t.facts.promise_gap, "topic"]) == {"pricing"}
    assert t.model_versions.set_index("model_version")["records"].to_dict() == {"pg-2": 2}


def test_days_and_weeks_are_counted_in_the_configured_time_zone(build_store):
    # 22:00 UTC on Sunday 2026-11-15 is already Monday 2026-11-16 (W47) in Tehran (+03:30).
    late = datetime(2026, 11, 15, 22, 0)
    path = build_store([Row("late", late), Row("early", datetime(2026, 11, 14, 9, 0))])
    utc = compute(path, weeks=2, as_of=datetime(2026, 11, 16), tz="UTC")
    tehran = compute(path, weeks=2, as_of=datetime(2026, 11, 16), tz="Asia/Tehran")
    assert sorted(utc.facts["week"]) == ["2026-W46", "2026-W46"]
    assert sorted(tehran.facts["week"]) == ["2026-W46", "2026-W47"]

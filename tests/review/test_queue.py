"""The nightly queue: budget, slices, uncertainty first, an unbiased random part, determinism, no re-queue."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from voc.review.allocate import share_equally, share_in_proportion
from voc.review.queue import fill_queue
from voc.store import Store

DAY = date(2026, 10, 1)
T0 = datetime(2026, 10, 1, 1, 0)
TEXTS = {"fa": "بسته دیر رسید و پشتیبانی جواب نداد", "ar": "الطلب وصل متأخر جدا", "en": "the parcel came late"}


def populate(b: Builder, sizes: dict[tuple[str, str], int]) -> None:
    """``n`` records per (lang, channel); gap scores spread over [0, 1), so uncertainty varies."""
    b.bulk([{"rid": f"{lang}-{channel}-{i:03d}", "text": TEXTS[lang], "lang": lang, "channel": channel,
             "complaint": 0.97, "gap": i / n} for (lang, channel), n in sizes.items() for i in range(n)])


def queued(store, day=DAY) -> list[dict]:
    return store.query("SELECT * FROM review_queue WHERE day = ? ORDER BY record_id", [day])


def test_queue_respects_budget_and_random_share(build):
    populate(build, {(lang, ch): 30 for lang in TEXTS for ch in ("review", "ticket")})
    res = fill_queue(build.store, day=DAY, budget=40, random_share=0.25, seed=7)
    rows = queued(build.store)
    assert res["queued"] == len(rows) == 40
    assert Counter(r["reason"] for r in rows) == {"random": 10, "uncertain": 30}
    assert res["candidates"] == 180


def test_queue_uncertain_part_takes_the_scores_nearest_half_equally_per_slice(build):
    populate(build, {(lang, ch): 20 for lang in TEXTS for ch in ("review", "ticket")})
    fill_queue(build.store, day=DAY, budget=18, random_share=0.0, seed=1)
    rows = queued(build.store)
    by_slice = Counter((r["lang"], r["channel"]) for r in rows)
    assert set(by_slice.values()) == {3}  # 18 over 6 slices
    for r in rows:  # gap scores i/20: the three nearest 0.5 are 0.45, 0.5, 0.55
        assert int(r["record_id"][-3:]) in (9, 10, 11)


def test_queue_small_slice_passes_its_unused_share_on(build):
    # en/review has 2 candidates: its unused share goes to the other slices
    populate(build, {("fa", "review"): 40, ("ar", "ticket"): 40, ("en", "review"): 2})
    res = fill_queue(build.store, day=DAY, budget=30, random_share=0.0, seed=1)
    assert res["by_slice"] == {"en/review": 2, "fa/review": 14, "ar/ticket": 14}


def test_queue_random_part_is_equal_per_language_and_proportional_to_channels(build):
    populate(build, {("fa", "review"): 90, ("fa", "ticket"): 30, ("ar", "review"): 50, ("en", "transcript"): 50})
    fill_queue(build.store, day=DAY, budget=24, random_share=1.0, seed=3)
    got = Counter((r["lang"], r["channel"]) for r in queued(build.store))
    assert got == {("fa", "review"): 6, ("fa", "ticket"): 2, ("ar", "review"): 8, ("en", "transcript"): 8}


def test_queue_same_seed_and_day_give_the_same_queue(tmp_path, builder):
    picks = []
    for name in ("a", "b"):
        with Store(tmp_path / f"{name}.duckdb") as store:
            populate(builder(store), {(lang, "review"): 40 for lang in TEXTS})
            fill_queue(store, day=DAY, budget=15, random_share=0.4, seed=11)
            picks.append([(r["record_id"], r["reason"]) for r in queued(store)])
    assert picks[0] == picks[1]


def test_queue_random_pick_changes_with_the_day(tmp_path, builder):
    picks = []
    for n, day in enumerate((DAY, DAY + timedelta(days=1))):
        with Store(tmp_path / f"{n}.duckdb") as store:
            populate(builder(store), {("fa", "review"): 200})
            fill_queue(store, day=day, budget=10, random_share=1.0, seed=11)
            picks.append({r["record_id"] for r in queued(store, day)})
    assert picks[0] != picks[1]


def test_queue_never_requeues_a_queued_or_labelled_record_version(build):
    populate(build, {("fa", "review"): 10})
    build.label("fa-review-005", is_complaint=True, promise_gap=False)  # labelled elsewhere already
    first = fill_queue(build.store, day=DAY, budget=6, random_share=0.5, seed=2)
    second = fill_queue(build.store, day=DAY + timedelta(days=1), budget=6, random_share=0.5, seed=2)
    ids = [r["record_id"] for r in build.store.query("SELECT record_id FROM review_queue")]
    assert first["queued"] == 6 and second["queued"] == 3  # 10 - 1 labelled - 6 queued
    assert len(ids) == len(set(ids)) == 9 and "fa-review-005" not in ids
    # a new version of a queued record is a new candidate
    build.record("fa-review-000", TEXTS["fa"] + " دوباره", version=2).predict("fa-review-000", gap=0.5, version=2)
    third = fill_queue(build.store, day=DAY + timedelta(days=2), budget=6, random_share=0.0, seed=2)
    assert third["queued"] == 1 and queued(build.store, DAY + timedelta(days=2))[0]["record_version"] == 2


def test_queue_refilling_the_same_day_stays_within_the_budget(build):
    populate(build, {("fa", "review"): 50})
    fill_queue(build.store, day=DAY, budget=10, seed=2)
    again = fill_queue(build.store, day=DAY, budget=10, seed=2)
    assert again["queued"] == 0 and len(queued(build.store)) == 10
    more = fill_queue(build.store, day=DAY, budget=12, random_share=0.5, seed=2)  # budget raised mid-day
    assert more["queued"] == 2 and len(queued(build.store)) == 12  # never past the day's budget


def test_queue_uses_the_latest_model_version_and_redacted_text(build):
    build.record("a", "زنگ بزنید ۰۹۱۲۳۴۵۶۷۸۹ گفتند رایگان است", redacted="زنگ بزنید [PHONE] گفتند رایگان است")
    build.record("b", "متن بدون نرمال‌سازی", normalized=False)  # no normalized row: raw text, and said so
    for rid in ("a", "b"):
        build.predict(rid, gap=0.9, model="old", at=T0).predict(rid, gap=0.5, model="new", at=T0 + timedelta(hours=1))
    res = fill_queue(build.store, day=DAY, budget=5, random_share=0.0)
    rows = {r["record_id"]: r for r in queued(build.store)}
    assert res["model_version"] == "new" and {r["model_version"] for r in rows.values()} == {"new"}
    assert rows["a"]["text"] == "زنگ بزنید [PHONE] گفتند رایگان است" and rows["a"]["text_kind"] == "redacted"
    assert rows["b"]["text_kind"] == "raw" and res["raw_text"] == 1


@pytest.mark.parametrize("total,caps,expected", [
    (9, {"a": 100, "b": 100, "c": 100}, {"a": 3, "b": 3, "c": 3}),
    (9, {"a": 1, "b": 100, "c": 100}, {"a": 1, "b": 4, "c": 4}),  # a's unused share split between b and c
    (50, {"a": 2, "b": 3}, {"a": 2, "b": 3}),  # budget larger than all candidates
])
def test_allocate_share_equally(total, caps, expected):
    import random

    assert share_equally(total, caps, random.Random(0)) == expected


def test_allocate_share_in_proportion_spends_exactly_the_total():
    import random

    got = share_in_proportion(10, {"review": 70, "ticket": 20, "transcript": 10}, random.Random(0))
    assert got == {"review": 7, "ticket": 2, "transcript": 1}
    assert sum(share_in_proportion(7, {"x": 1, "y": 1, "z": 1}, random.Random(0)).values()) == 3

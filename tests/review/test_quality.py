"""Nightly quality from random-sample labels: known precision and recall, Wilson intervals, history."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from voc.review.quality import estimate_quality, quality_history, wilson

Z = 1.959963984540054


def wilson_by_hand(k: int, n: int) -> tuple[float, float]:
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return centre - half, centre + half


@pytest.mark.parametrize("k,n", [(8, 10), (0, 7), (5, 5), (37, 120)])
def test_quality_wilson_matches_the_formula(k, n):
    p, low, high = wilson(k, n)
    assert p == k / n and (low, high) == pytest.approx(wilson_by_hand(k, n), abs=1e-9)
    assert wilson(0, 0) == (None, None, None)


def add(build, rid, lang, *, pred_gap, gold_gap, pred_complaint=True, gold_complaint=True, reason="random",
        day=None, imported=None):
    text = {"fa": "گفتند فردا می‌رسد ولی نرسید", "ar": "قالوا يصل غدا ولم يصل"}[lang]
    build.record(rid, text, lang=lang).predict(rid, gap=0.9 if pred_gap else 0.1,
                                               complaint=0.9 if pred_complaint else 0.1)
    build.label(rid, is_complaint=gold_complaint, promise_gap=gold_gap, reason=reason, lang=lang,
                day=day or build.day, imported=imported or build.t0)


@pytest.fixture
def labelled(build):
    """fa: gap predicted on 10, 8 right, 2 gaps missed, 8 right negatives; ar: all 10 right."""
    for i in range(8):
        add(build, f"fa-tp{i}", "fa", pred_gap=True, gold_gap=True)
        add(build, f"fa-tn{i}", "fa", pred_gap=False, gold_gap=False, pred_complaint=False, gold_complaint=False)
    for i in range(2):
        add(build, f"fa-fp{i}", "fa", pred_gap=True, gold_gap=False)
        add(build, f"fa-fn{i}", "fa", pred_gap=False, gold_gap=True)
    for i in range(5):
        add(build, f"ar-tp{i}", "ar", pred_gap=True, gold_gap=True)
        add(build, f"ar-tn{i}", "ar", pred_gap=False, gold_gap=False)
    for i in range(6):  # hard cases picked for uncertainty, all wrong: must not count
        add(build, f"fa-unc{i}", "fa", pred_gap=True, gold_gap=False, reason="uncertain")
    add(build, "fa-old", "fa", pred_gap=True, gold_gap=False, day=build.day - timedelta(days=40))  # out of window
    add(build, "fa-late", "fa", pred_gap=True, gold_gap=False, imported=build.t0 + timedelta(days=3))  # after day
    return build.store


def test_quality_known_precision_and_recall_per_language(labelled, build):
    rows = {(r["lang"], r["label"]): r for r in estimate_quality(labelled, day=build.day)}
    fa = rows[("fa", "promise_gap")]
    assert (fa["n"], fa["tp"], fa["fp"], fa["fn"], fa["tn"]) == (20, 8, 2, 2, 8)
    assert fa["precision"] == pytest.approx(0.8) and fa["recall"] == pytest.approx(0.8)
    assert (fa["precision_low"], fa["precision_high"]) == pytest.approx(wilson_by_hand(8, 10))
    ar = rows[("ar", "promise_gap")]
    assert ar["precision"] == 1.0 and ar["recall"] == 1.0 and ar["precision_low"] < 1.0 and ar["n"] == 10
    complaint = rows[("fa", "is_complaint")]  # complaint predicted on 12, all true complaints; 8 true negatives
    assert (complaint["tp"], complaint["fp"], complaint["fn"], complaint["tn"]) == (12, 0, 0, 8)
    assert fa["model_version"] == "m1" and fa["window_days"] == 28


def test_quality_is_stored_per_night_and_rerunning_replaces_it(labelled, build):
    estimate_quality(labelled, day=build.day)
    estimate_quality(labelled, day=build.day)  # same night again: no duplicate rows
    later = estimate_quality(labelled, day=build.day + timedelta(days=3))  # fa-late now imported
    fa_later = next(r for r in later if r["lang"] == "fa" and r["label"] == "promise_gap")
    assert fa_later["fp"] == 3
    history = quality_history(labelled, lang="fa", label="promise_gap")
    assert [(str(r["day"]), r["fp"]) for r in history] == [("2026-10-01", 2), ("2026-10-04", 3)]
    assert len(quality_history(labelled)) == 8  # 2 nights x 2 languages x 2 labels, each stored once

"""Metrics: F1 by hand-counted cases, intervals that contain the point estimate, calibration thresholds."""

from __future__ import annotations

import numpy as np

from voc.classify.calibrate import Platt, best_threshold, gap_logit
from voc.classify.metrics import bootstrap_f1, confusion, evidence_overlap, macro_f1, prf


def test_prf_counts():
    y = np.array([1, 1, 1, 0, 0, 0], bool)
    p = np.array([1, 1, 0, 1, 0, 0], bool)
    m = prf(y, p)
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 1)
    assert m["precision"] == m["recall"] == m["f1"] == round(2 / 3, 4)


def test_bootstrap_interval_contains_f1():
    rng = np.random.RandomState(1)
    y = rng.rand(200) < 0.3
    p = np.where(rng.rand(200) < 0.8, y, ~y)
    lo, hi = bootstrap_f1(y, p, seed=3)
    assert lo < prf(y, p)["f1"] < hi
    assert bootstrap_f1(y, p, seed=3) == [lo, hi]  # seeded


def test_macro_f1_skips_absent_labels():
    assert macro_f1(["a", "a", "b"], ["a", "a", "b"], ["a", "b", "c"]) == 1.0
    assert macro_f1(["a", "b"], ["b", "a"], ["a", "b"]) == 0.0


def test_confusion_rows_are_gold():
    c = confusion(["x", "y", "y"], ["y", "y", "x"], ["x", "y"])
    assert c["matrix"] == [[0, 1], [1, 1]]


def test_evidence_overlap():
    text = "good food. the ad said free drinks but none came."
    start = text.index("the ad")
    assert evidence_overlap([text], ["the ad said free drinks but none came"], [(start, start + 37)]) == 1.0
    assert evidence_overlap([text], ["the ad said free drinks but none came"], [(0, 9)]) == 0.0


def test_best_threshold_separates():
    p = np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 0.15, 0.25, 0.85, 0.95])
    y = np.array([0, 0, 0, 1, 1, 1, 0, 0, 1, 1])
    t = best_threshold(p, y, p, y)
    assert 0.3 < t <= 0.7


def test_platt_and_gap_logit():
    z = np.linspace(-4, 4, 200)
    y = (z + np.random.RandomState(0).randn(200) > 0).astype(int)
    platt = Platt.fit(z, y)
    assert platt.a > 0 and np.all(np.diff(platt(z)) > 0)
    # P(gap) = P(complaint) * P(gap | complaint): both certain -> certain; complaint impossible -> impossible
    logits = np.array([[20.0, 20.0], [-20.0, 20.0]])
    probs = 1 / (1 + np.exp(-gap_logit(logits)))
    assert probs[0] > 0.999 and probs[1] < 1e-6

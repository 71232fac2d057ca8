"""Grouping texts by wording, including the sampled path for large pools."""

from __future__ import annotations

import numpy as np
import pytest

from voc.trends.cluster import cluster

A = ["free antivirus licence router", "router free antivirus year", "antivirus licence free router box"]
B = ["ارسال دو روزه تهران", "ارسال دو روزه شیراز", "ارسال دو روزه‌ای اصفهان"]  # ZWNJ in one form


@pytest.mark.parametrize("max_points", [100, 4])  # 4: cluster a sample, the rest join the nearest group
def test_cluster_separates_two_wordings(max_points):
    texts = (A + B) * 2
    labels, sims = cluster(texts, distance=0.8, max_points=max_points)
    a, b = set(labels[[0, 1, 2, 6, 7, 8]]), set(labels[[3, 4, 5, 9, 10, 11]])
    assert len(a) == 1 and len(b) == 1 and a != b and -1 not in a | b
    assert (sims > 0.2).all()


def test_cluster_edge_cases():
    assert cluster([])[0].size == 0
    labels, sims = cluster(["only one"])
    assert labels.tolist() == [0] and sims.tolist() == [1.0]
    labels, _ = cluster(["", " "])
    assert np.unique(labels).size == 1

"""voc.parallel: batches over worker processes, results in order, failures handed back per batch."""

from __future__ import annotations

import os

import pytest

from voc.parallel import AUTO_MIN_RECORDS, map_batches, worker_count


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_order_and_a_failing_batch_is_handed_back(workers):
    batches = [[1, 2], [3], ["x", 4], [5, 6, 7], [8]] + [[i] for i in range(9, 20)]
    out = list(map_batches(sum, batches, workers))
    assert [b for b, _ in out] == batches
    assert isinstance(out[2][1], TypeError)  # sum(["x", 4]) fails; the batches after it still run
    assert [r for _, r in out if not isinstance(r, Exception)] == [3, 3, 18, 8] + list(range(9, 20))


def test_worker_count_follows_the_setting_and_the_size_of_the_run():
    assert worker_count(3, 10) == 3
    assert worker_count(1, 10**7) == 1
    assert worker_count(0, AUTO_MIN_RECORDS - 1) == 1
    assert worker_count(0, AUTO_MIN_RECORDS) == min(os.cpu_count() or 1, 8)

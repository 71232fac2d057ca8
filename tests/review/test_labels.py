"""Human labels are only added: a later answer is a new row and wins; the model never changes them."""

from __future__ import annotations

import json

import pytest

from voc.review.importer import import_labels
from voc.review.labels import latest_labels
from voc.review.promotion import holdout_split
from voc.review.queue import fill_queue

TEXT = "در آگهی نوشته بود نو است ولی کارکرده بود"  # "the ad said new, but it was used"


@pytest.fixture
def queued(build):
    build.record("fa1", TEXT).predict("fa1", gap=0.5)
    fill_queue(build.store, day=build.day, budget=5, random_share=1.0)
    return build.store


def write(path, **answer):
    row = {"record_id": "fa1", "is_complaint": True, "promise_gap": False, "labeller": "sara", **answer}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_labels_later_answer_is_a_new_row_and_wins(queued, tmp_path):
    import_labels(queued, write(tmp_path / "1.jsonl", labelled_at="2026-10-02T09:00:00"))
    import_labels(queued, write(tmp_path / "2.jsonl", promise_gap=True, topic="product", source="advertising",
                                evidence="در آگهی نوشته بود نو است", labeller="ali", labelled_at="2026-10-03T09:00:00"))
    assert queued.scalar("SELECT count(*) FROM human_labels") == 2
    [latest] = latest_labels(queued)
    assert latest["promise_gap"] is True and latest["labeller"] == "ali" and latest["topic"] == "product"
    assert latest["evidence"] == "در آگهی نوشته بود نو است" and latest["queue_reason"] == "random"
    assert latest["id"] == "fa1" and latest["text"] == TEXT and latest["lang"] == "fa"


def test_labels_reimporting_the_same_answer_adds_nothing(queued, tmp_path):
    path = write(tmp_path / "1.jsonl")
    first = import_labels(queued, path)
    again = import_labels(queued, path)
    assert (first["written"], again["written"], again["unchanged"]) == (1, 0, 1)
    assert queued.scalar("SELECT count(*) FROM human_labels") == 1


def test_labels_are_not_touched_by_new_predictions(build, queued, tmp_path):
    import_labels(queued, write(tmp_path / "1.jsonl"))
    build.predict("fa1", gap=0.99, model="m2", topic="pricing")  # a newer model disagrees
    fill_queue(queued, day=build.day, budget=5)
    [latest] = latest_labels(queued)
    assert latest["promise_gap"] is False and latest["topic"] == "none" and latest["model_version"] == "m1"


def test_labels_split_follows_holdout_split(build, tmp_path):
    ids = [f"r{i:02d}" for i in range(40)]
    for rid in ids:
        build.label(rid, is_complaint=False, promise_gap=False)
    held = {x["id"] for x in latest_labels(build.store, split="holdout")}
    train = {x["id"] for x in latest_labels(build.store, split="train")}
    assert held == {r for r in ids if holdout_split(r) == "holdout"} and held | train == set(ids)
    assert not held & train and held and train

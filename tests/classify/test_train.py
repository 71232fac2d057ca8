"""Training is reproducible, and labelled files are checked record by record."""

from __future__ import annotations

import json

import pytest

from voc.classify import artifact
from voc.classify.data import read_labelled
from voc.classify.train import train
from voc.errors import InputError

from .conftest import TINY, tiny_examples


def test_train_same_seed_same_weights():
    examples = tiny_examples(20)
    a, b = train(examples, TINY), train(examples, TINY)
    assert artifact.weights_bytes(a) == artifact.weights_bytes(b)
    assert a.calibration.to_dict() == b.calibration.to_dict()


def test_train_other_seed_other_weights():
    from dataclasses import replace

    examples = tiny_examples(20)
    a, b = train(examples, TINY), train(examples, replace(TINY, seed=TINY.seed + 1))
    assert artifact.weights_bytes(a) != artifact.weights_bytes(b)


def test_saved_model_predicts_like_the_trained_one(tiny_trained, tiny_model_dir):
    from voc.classify.classifier import Classifier, load_model

    items = [{"id": 1, "text": "The listing said 8 GB of memory, the phone has 4."},
             {"id": 2, "text": "وصل الطلب بسرعة والطعم ممتاز"}]
    loaded = load_model(tiny_model_dir).predict(items)
    fresh = Classifier(tiny_trained, loaded[0]["model_version"]).predict(items)
    for a, b in zip(loaded, fresh):  # fp16 storage: scores agree to about 3 decimals
        assert abs(a["promise_gap_score"] - b["promise_gap_score"]) < 0.01
        assert a["model_version"] == b["model_version"] == artifact.version_of(artifact.weights_bytes(tiny_trained))


@pytest.mark.parametrize("row, problem", [
    ({"promise_gap": True, "is_complaint": False, "topic": "pricing", "source": "listing"}, "is_complaint is false"),
    ({"promise_gap": True, "is_complaint": True, "topic": "none", "source": "listing"}, "topic"),
    ({"promise_gap": False, "is_complaint": True, "topic": "none", "source": "ad"}, "source"),
    ({"lang": "de"}, "lang"),
    ({"text": ""}, "text is empty"),
])
def test_read_labelled_names_file_line_and_problem(tmp_path, row, problem):
    good = {"id": "x1", "lang": "en", "channel": "review", "text": "Arrived late.", "is_complaint": True,
            "promise_gap": False, "topic": "none", "source": "none", "evidence": ""}
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, **row}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="E107") as err:
        read_labelled(path, "project")
    assert f"{path}:2" in str(err.value) and problem in str(err.value)


def test_train_weighs_human_labels_like_dev_records(monkeypatch):
    """People's corrections from the review loop count as much as the real dev records."""
    from dataclasses import replace

    from voc.classify import train as train_module

    seen = []
    real_fit = train_module.fit
    monkeypatch.setattr(train_module, "fit", lambda data, *a: seen.append(data.weight.copy()) or real_fit(data, *a))
    examples = tiny_examples(6)
    origins = ["project", "dev", "human"] * 6
    train([replace(e, origin=o) for e, o in zip(examples, origins)], replace(TINY, hp=replace(TINY.hp, epochs=1)))
    final = seen[-1]  # the fit on everything, after the calibration folds
    dev_weight = TINY.hp.dev_weight
    assert list(final) == [dev_weight if o in ("dev", "human") else 1.0 for o in origins]

"""`voc classify`, `voc train` and `voc evaluate` through a Typer app, as a user runs them."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from voc.classify.commands import register
from voc.errors import InputError, ModelError

from .conftest import tiny_examples


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    register(app)
    return app


def run(app, args):
    return CliRunner().invoke(app, args)


def test_classify_skips_bad_lines_with_their_numbers(app, tiny_model_dir, tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": "The ad said free shipping but I was charged."}),
        "{not json",
        json.dumps({"id": "no-text"}),
        "",  # blank lines are not records
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok-2", "text": "رنگ محصول با عکس سایت فرق داشت", "lang": "fa", "channel": "review"}),
        json.dumps({"text": "ممتاز جدا"}),  # no id: one is made from the line number
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(app, ["classify", str(src), "--output", str(out), "--model", str(tiny_model_dir)])
    assert result.exit_code == 0, result.output
    for line_no, code in ((2, "E103"), (3, "E104"), (5, "E104"), (6, "E103")):
        assert f"{code} {src}:{line_no}:" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["ok-1", "ok-2", "in.jsonl:8"]
    assert "classified 3 of 7 lines" in result.output


def test_classify_missing_input_is_an_error(app, tiny_model_dir, tmp_path):
    result = run(app, ["classify", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl"),
                       "--model", str(tiny_model_dir)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError) and "E108" in str(result.exception)


def test_classify_missing_model_is_an_error(app, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "hello"}) + "\n", encoding="utf-8")
    result = run(app, ["classify", str(src), "--output", str(tmp_path / "o.jsonl"), "--model", str(tmp_path)])
    assert isinstance(result.exception, ModelError) and "E101" in str(result.exception)


def write_data(folder, per_lang=25):
    folder.mkdir()
    rows = tiny_examples(per_lang)
    for lang in ("fa", "ar", "en"):
        with open(folder / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for e in rows:
                if e.lang == lang:
                    fh.write(json.dumps({"id": e.id, "lang": e.lang, "channel": e.channel, "text": e.text,
                                         "is_complaint": e.is_complaint, "promise_gap": e.promise_gap,
                                         "topic": e.topic, "source": e.source, "evidence": e.evidence},
                                        ensure_ascii=False) + "\n")
    return folder


@pytest.mark.slow
def test_train_command_is_reproducible(app, tmp_path):
    data = write_data(tmp_path / "labels")
    outs = []
    for name in ("a", "b"):
        result = run(app, ["train", "--data", str(data), "--shared", "none", "--seed", "5",
                           "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outs.append(tmp_path / name)
    assert (outs[0] / "weights.safetensors").read_bytes() == (outs[1] / "weights.safetensors").read_bytes()
    config = json.loads((outs[0] / "config.json").read_text(encoding="utf-8"))
    assert config["settings"]["seed"] == 5 and config["training"]["records"] == 75
    assert (outs[0] / "MODEL_CARD.md").read_text(encoding="utf-8").startswith("# Model card")


def test_train_command_without_data_is_an_error(app, tmp_path):
    result = run(app, ["train", "--data", str(tmp_path), "--shared", "none", "--out", str(tmp_path / "m")])
    assert isinstance(result.exception, InputError) and "E106" in str(result.exception)


def test_evaluate_command_writes_metrics_and_card(app, tiny_model_dir, tmp_path):
    data = write_data(tmp_path / "labels", per_lang=20)
    result = run(app, ["evaluate", "--model", str(tiny_model_dir), "--data", str(data), "--shared", "none",
                       "--folds", "2"])
    assert result.exit_code == 0, result.output
    metrics = json.loads((tiny_model_dir / "metrics" / "cv_metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["languages"]) == {"fa", "ar", "en"}
    en = metrics["languages"]["en"]
    assert en["records"] == 20
    assert 0.0 <= en["promise_gap"]["f1"] <= 1.0
    assert en["promise_gap"]["f1_95ci"][0] <= en["promise_gap"]["f1"] <= en["promise_gap"]["f1_95ci"][1]
    assert sum(map(sum, en["confusion"]["is_complaint"]["matrix"])) == 20
    card = (tiny_model_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "| en | 20 |" in card


def test_train_command_settings_apply_to_the_default_model_only(app, tmp_path):
    result = run(app, ["train", "--data", str(tmp_path), "--shared", "none", "--backbone", str(tmp_path),
                       "--setting", "hp.epochs=2", "--out", str(tmp_path / "m")])
    assert isinstance(result.exception, InputError) and "E116" in str(result.exception)
    result = run(app, ["train", "--data", str(tmp_path), "--setting", "hp.epoch=2", "--out", str(tmp_path / "m")])
    assert isinstance(result.exception, InputError) and "E113" in str(result.exception)

"""Promotion swaps the model folder in one step, keeps the old one beside it and what is not a model."""

from __future__ import annotations

import pytest

from voc.review import swap


def folder(path, version: str, **files):
    path.mkdir()
    (path / "config.json").write_text(version, encoding="utf-8")
    (path / "weights.safetensors").write_bytes(version.encode() * 10)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_swap_candidate_replaces_model_and_old_model_is_kept(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    model = folder(tmp_path / "pg", "old", **{"NOTES.md": "notes"})
    (model / "data").mkdir()
    (model / "data" / "fa.jsonl").write_text("{}\n", encoding="utf-8")
    candidate = folder(swap.candidate_folder(model), "new")
    previous = swap.promote_folder(candidate, model)
    assert previous == tmp_path / "pg.previous" and not candidate.exists()
    assert (model / "config.json").read_text(encoding="utf-8") == "new"
    assert (previous / "config.json").read_text(encoding="utf-8") == "old"
    assert (model / "data" / "fa.jsonl").is_file() and (model / "NOTES.md").read_text(encoding="utf-8") == "notes"
    assert (previous / "data" / "fa.jsonl").is_file()  # the kept model stays whole


def test_swap_without_a_current_model_moves_the_candidate_in(tmp_path):
    model = tmp_path / "pg"
    candidate = folder(swap.candidate_folder(model), "new")
    assert swap.promote_folder(candidate, model) is None
    assert (model / "config.json").read_text(encoding="utf-8") == "new"


def test_swap_replaces_an_older_previous_model(tmp_path):
    model = folder(tmp_path / "pg", "v2")
    folder(swap.previous_folder(model), "v1")
    swap.promote_folder(folder(swap.candidate_folder(model), "v3"), model)
    assert (swap.previous_folder(model) / "config.json").read_text(encoding="utf-8") == "v2"

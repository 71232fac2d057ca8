"""ModelHandle: the version without the weights; the weights where predictions are made."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest

from voc.classify.handle import ModelHandle
from voc.classify.labels import DEFAULT_MODEL
from voc.errors import ModelError

needs_model = pytest.mark.skipif(not (DEFAULT_MODEL / "weights.safetensors").is_file(), reason="no committed model")


@needs_model
def test_handle_knows_the_version_before_loading_and_pickles_without_the_weights():
    handle = ModelHandle()
    assert handle.version == json.loads((DEFAULT_MODEL / "config.json").read_text())["model_version"]
    assert handle._model is None
    out = handle.predict([{"id": "1", "text": "The ad said free delivery but they charged me for shipping."}])
    assert out[0]["model_version"] == handle.version and handle._model is not None
    copy = pickle.loads(pickle.dumps(handle))
    assert copy._model is None and copy.version == handle.version and copy.path == handle.path
    assert len(pickle.dumps(handle)) < 2000  # the folder and the version, not the weights


def test_handle_names_the_folder_when_there_is_no_model(tmp_path):
    with pytest.raises(ModelError, match="E101") as err:
        ModelHandle(tmp_path)
    assert str(tmp_path) in str(err.value)
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="E117"):
        ModelHandle(tmp_path)


@needs_model
def test_handle_refuses_a_folder_swapped_after_the_version_was_read(tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(DEFAULT_MODEL, folder, ignore=shutil.ignore_patterns("data"))
    handle = ModelHandle(folder)
    config = json.loads((folder / "config.json").read_text())
    config["model_version"] = "pg-000000000000"  # a retrained model promoted into the folder meanwhile
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ModelError, match="E117") as err:
        handle.predict([{"id": "1", "text": "hello there"}])
    assert "pg-000000000000" in str(err.value) and handle.version in str(err.value)

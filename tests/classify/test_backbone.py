"""`voc train --backbone PATH` fine-tunes a local encoder: here a tiny random BERT made by the test."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from voc.classify.commands import register
from voc.errors import ModelError

from .test_classifier import ITEMS, check_contract
from .test_commands import write_data


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory):
    """A randomly initialised BERT (hidden size 32, one layer) with a character-level vocabulary."""
    from transformers import BertConfig, BertModel, BertTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-bert")
    chars = sorted(set("abcdefghijklmnopqrstuvwxyz0123456789.,!?'$-"
                       "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةءأإآى")
                   | {c for word in ("the", "ad", "said", "free", "but", "charged") for c in word})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *("##" + c for c in chars)]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=37, max_position_embeddings=128)
    BertModel(config).save_pretrained(folder)
    return folder


def test_backbone_train_and_classify(tiny_bert, tmp_path):
    app = typer.Typer()
    register(app)
    data = write_data(tmp_path / "labels", per_lang=12)
    out = tmp_path / "bb-model"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--shared", "none", "--backbone", str(tiny_bert),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["kind"] == "backbone" and config["model_version"].startswith("bb-")

    from voc.classify import load_model

    clf = load_model(out)
    check_contract(clf.predict(ITEMS), ITEMS)


def test_backbone_missing_folder_is_an_error(tmp_path):
    from voc.classify.backbone import load_encoder

    with pytest.raises(ModelError, match="E109"):
        load_encoder(tmp_path / "no-such-encoder")

"""Fixtures for the classifier tests: a tiny model trained here, the committed model when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.classify.data import PROJECT_DATA, read_labelled
from voc.classify.features import HashConfig
from voc.classify.fit import HyperParams
from voc.classify.train import Settings

# Small enough to train in a few seconds; large enough to learn something.
TINY = Settings(seed=7, calibration_folds=2, hashing=HashConfig(char_buckets=2**14, word_buckets=2**14),
                hp=HyperParams(dim=8, hidden=16, epochs=6, batch=32))
DEFAULT_WEIGHTS = Path(__file__).resolve().parents[2] / "models" / "promise_gap" / "weights.safetensors"


def tiny_examples(per_lang: int = 40):
    """The first ``per_lang`` records of each project data file (written for voc, in the repo)."""
    out = []
    for lang in ("fa", "ar", "en"):
        path = PROJECT_DATA / f"{lang}.jsonl"
        if not path.is_file():
            pytest.skip(f"project data {path} not present")
        out.extend(read_labelled(path, "project")[:per_lang])
    return out


@pytest.fixture(scope="session")
def tiny_trained():
    """A Trained model on 120 project records (session-wide: trained once)."""
    from voc.classify.train import train

    return train(tiny_examples(), TINY)


@pytest.fixture(scope="session")
def tiny_classifier(tiny_trained):
    from voc.classify.classifier import Classifier

    return Classifier(tiny_trained, "pg-test")


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_trained, tmp_path_factory):
    """The tiny model saved to disk, as `voc train` would."""
    from voc.classify import artifact

    folder = tmp_path_factory.mktemp("model")
    artifact.save(tiny_trained, folder)
    return folder


@pytest.fixture(scope="session")
def default_classifier():
    """The committed default model (skipped when it has not been trained into the repo yet)."""
    if not DEFAULT_WEIGHTS.is_file():
        pytest.skip("no committed model under models/promise_gap/")
    from voc.classify import load_model

    return load_model()

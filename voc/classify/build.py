"""`voc train`: read the labelled files, train the default (or a backbone) model, save it with its card."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from voc import __version__
from voc.classify import artifact, card, messages
from voc.classify.labels import DEFAULT_MODEL
from voc.classify.cues import cue_set
from voc.classify.data import PROJECT_DATA, SHARED_DATA, dev_files, file_digest, read_labelled
from voc.classify.features import Hasher
from voc.classify.labels import LANGS, Example
from voc.classify.train import Settings, prepare_all, train, train_weak
from voc.errors import InputError


def labelled_files(folder: Path) -> list[Path]:
    """Every *.jsonl file directly in ``folder``, sorted (the project's or a user's own labels)."""
    return sorted(p for p in folder.glob("*.jsonl") if p.is_file()) if folder.is_dir() else []


def load_training_data(data: Path, shared: Path | None) -> tuple[list[Example], list[Example], dict]:
    """(own examples, dev examples, file digests).

    Raises:
        InputError: E106 when ``data`` holds no labelled file and there is no dev set either.
    """
    own_files = labelled_files(data)
    dev = dev_files(shared) if shared else []
    if not own_files and not dev:
        raise InputError(messages.E106.format(path=data), location=str(data))
    own = [ex for f in own_files for ex in read_labelled(f, "project")]
    devs = [ex for f in dev for ex in read_labelled(f, "dev")]
    return own, devs, {**file_digest(own_files), **file_digest(dev)}


def build(data: Path = PROJECT_DATA, shared: Path | None = SHARED_DATA, out: Path = DEFAULT_MODEL,
          seed: int = 13, backbone: Path | None = None, *, settings: Settings | None = None,
          extra_examples: Sequence[Example] = (), extra_config: dict | None = None) -> dict:
    """Train and save a model; return a summary (records used, model version, where it went).

    Args:
        data: Folder of the project's (or your own) labelled JSON Lines files.
        shared: The shared data folder (labeled/*.dev.jsonl for training, corpus/ for the weak
            complaint scorer); None to train on ``data`` alone.
        out: Folder to write the model to.
        seed: Seed of every random choice; the same data and seed give the same weights.
        backbone: A local pretrained encoder folder to fine-tune instead of the default model.
        settings: Training settings of the default model (default ``Settings(seed=seed)``).
        extra_examples: More labelled records to train on, such as people's corrections from the
            review loop (``origin="human"``).
        extra_config: More facts for config.json (which human labels trained the model).

    Raises:
        InputError: E106 when there is no training data at all; E116 when ``settings`` and
            ``backbone`` are both given.
    """
    if backbone is not None and settings is not None:
        raise InputError(messages.E116, field="settings")
    own, dev, digests = load_training_data(data, shared)
    extra_examples = list(extra_examples)
    examples = own + dev + extra_examples
    docs = prepare_all(examples)
    extra = {"voc_version": __version__, "data": digests,
             "cues": {lang: cue_set(lang).fingerprint for lang in LANGS}, **(extra_config or {})}
    if backbone is not None:
        from voc.classify import backbone as bb

        backend = bb.fine_tune(backbone, examples, docs, bb.BackboneSettings(seed=seed))
        config = bb.save(backend, out, {**extra, "backbone": str(backbone)})
    else:
        settings = settings or Settings(seed=seed)
        corpus = shared / "corpus" if shared else None
        weak = train_weak(corpus, {e.id for e in dev}, Hasher(settings.hashing), settings.seed)
        trained = train(examples, settings, weak, docs=docs)
        config = artifact.save(trained, out, extra)
        card.write(out, config)
    return {"model_version": config["model_version"], "out": str(out), "records": len(examples),
            "project_records": len(own), "dev_records": len(dev), "extra_records": len(extra_examples),
            "weak_complaint": config.get("weak_complaint", False)}

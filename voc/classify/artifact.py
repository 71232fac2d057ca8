"""Save and load a trained model folder: weights.safetensors (fp16 tables) and config.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from voc.classify import messages
from voc.classify.calibrate import Calibration
from voc.classify.features import N_DENSE
from voc.classify.net import PromiseGapNet
from voc.classify.train import Settings, Trained
from voc.classify.weak import WeakModel
from voc.errors import ModelError

FORMAT = "voc-promise-gap/1"
WEIGHTS = "weights.safetensors"
CONFIG = "config.json"
_HALF = ("wide", "deep", "weak.coef")  # large tables are stored as fp16 (halves the file)


def weights_bytes(trained: Trained) -> bytes:
    """The weights file's content: deterministic for the same trained weights."""
    tensors = {k: v.detach().contiguous() for k, v in trained.net.state_dict().items()}
    if trained.weak is not None:
        tensors["weak.coef"] = torch.from_numpy(trained.weak.coef.copy())
        tensors["weak.bias"] = torch.from_numpy(trained.weak.bias.copy())
    tensors = {k: (v.half() if k in _HALF else v.float()) for k, v in tensors.items()}
    return st_save(tensors, metadata={"format": FORMAT})


def version_of(blob: bytes) -> str:
    """The model version: a digest of the weights, so equal weights mean an equal version."""
    return "pg-" + hashlib.blake2b(blob, digest_size=6).hexdigest()


def save(trained: Trained, folder: Path, extra: dict | None = None) -> dict:
    """Write the model to ``folder``; return the config written (with ``model_version``)."""
    folder.mkdir(parents=True, exist_ok=True)
    blob = weights_bytes(trained)
    config = {"format": FORMAT, "kind": "hashed", "model_version": version_of(blob), "settings": trained.settings.to_dict(),
              "calibration": trained.calibration.to_dict(), "weak_complaint": trained.weak is not None,
              "n_dense": N_DENSE, "training": trained.stats, **(extra or {})}
    (folder / WEIGHTS).write_bytes(blob)
    (folder / CONFIG).write_text(json.dumps(config, indent=2, ensure_ascii=False, sort_keys=False) + "\n",
                                 encoding="utf-8")
    return config


def load(folder: Path) -> tuple[Trained, dict]:
    """Read a model folder written by save().

    Raises:
        ModelError: E101 when a file is missing, E102 when it was written in another format.
    """
    for name in (CONFIG, WEIGHTS):
        if not (folder / name).is_file():
            raise ModelError(messages.E101.format(path=folder, missing=name))
    config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
    if config.get("format") != FORMAT or config.get("n_dense") != N_DENSE:
        found = f"{config.get('format')}, {config.get('n_dense')} dense features"
        raise ModelError(messages.E102.format(path=folder, found=found, expected=f"{FORMAT}, {N_DENSE} dense features"))
    tensors = {k: v.float() for k, v in st_load((folder / WEIGHTS).read_bytes()).items()}
    settings = Settings.from_dict(config["settings"])
    hp = settings.hp
    net = PromiseGapNet(settings.hashing.buckets, hp.dim, N_DENSE, hp.hidden, hp.dropout)
    weak = None
    if "weak.coef" in tensors:
        weak = WeakModel(tensors.pop("weak.coef").numpy(), tensors.pop("weak.bias").numpy())
    net.load_state_dict(tensors)
    net.eval()
    trained = Trained(net, Calibration.from_dict(config["calibration"]), weak, settings, config.get("training", {}))
    return trained, config




def load_any(folder: Path):
    """(backend or Trained, config) for a folder holding either kind of model."""
    if not (folder / CONFIG).is_file():
        raise ModelError(messages.E101.format(path=folder, missing=CONFIG))
    config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
    if config.get("kind") == "backbone":
        from voc.classify import backbone

        if config.get("format") != FORMAT or config.get("n_dense") != N_DENSE:
            raise ModelError(messages.E102.format(path=folder, found=config.get("format"), expected=FORMAT))
        return backbone.load(folder, config), config
    return load(folder)

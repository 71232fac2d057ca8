"""Fine-tune a local pretrained encoder (XLM-R, ParsBERT, CAMeLBERT, mBERT) with the same heads.

The encoder is read from a local folder with transformers (``local_files_only``: nothing is
downloaded); its mean-pooled output joins the dense cue features, and one linear layer gives
the same outputs as the default model. Runs on a GPU when torch sees one. Calibration and
thresholds come from a stratified held-out fifth of the training data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from voc.classify import messages
from voc.classify.calibrate import Calibration, fit_calibration
from voc.classify.data import stratified_folds
from voc.classify.features import N_DENSE, dense
from voc.classify.fit import bce, masked_ce, pos_weight
from voc.classify.labels import NONE, SOURCES, TOPICS, Example
from voc.classify.net import N_OUT, SOURCE_SLICE, TOPIC_SLICE
from voc.classify.prep import Doc
from voc.errors import ModelError

KIND = "backbone"


@dataclass(frozen=True)
class BackboneSettings:
    """Fine-tuning settings (stored in config.json)."""

    seed: int = 13
    epochs: int = 3
    batch: int = 16
    max_length: int = 128
    lr_encoder: float = 2e-5
    lr_head: float = 1e-3
    dev_weight: float = 2.0


class BackboneNet(nn.Module):
    """Encoder, masked mean pooling, dense cue features, one linear layer to N_OUT logits."""

    def __init__(self, encoder: nn.Module):
        super().__init__()
        self.encoder = encoder
        self.register_buffer("mu", torch.zeros(N_DENSE))
        self.register_buffer("sd", torch.ones(N_DENSE))
        self.head = nn.Linear(encoder.config.hidden_size + N_DENSE, N_OUT)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, feats: torch.Tensor,
                confirms: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        out = self.head(torch.cat([pooled, (feats - self.mu) / self.sd], dim=1))
        bonus = 0.5 * (confirms > 0).to(out.dtype).unsqueeze(1)
        return torch.cat([out[:, :2] + bonus, out[:, 2:]], dim=1)


class BackboneBackend:
    """A fine-tuned encoder behind the Classifier's Backend protocol."""

    def __init__(self, net: BackboneNet, tokenizer, calibration: Calibration, settings: BackboneSettings):
        self.net, self.tokenizer, self.calibration, self.settings = net, tokenizer, calibration, settings
        self.device = next(net.parameters()).device

    @torch.no_grad()
    def logits(self, docs: Sequence[Doc]) -> np.ndarray:
        self.net.eval()
        outs = [self._forward(docs[s: s + 64]) for s in range(0, len(docs), 64)]
        return torch.cat(outs).float().cpu().numpy() if outs else np.zeros((0, N_OUT), np.float32)

    def _forward(self, docs: Sequence[Doc]) -> torch.Tensor:
        enc = self.tokenizer([_norm_text(d) for d in docs], truncation=True, max_length=self.settings.max_length,
                             padding=True, return_tensors="pt").to(self.device)
        feats = torch.from_numpy(np.stack([dense(d) for d in docs])).to(self.device)
        confirms = torch.tensor([d.agent_confirms for d in docs], dtype=torch.float32, device=self.device)
        return self.net(enc["input_ids"], enc["attention_mask"], feats, confirms)


def _norm_text(doc: Doc) -> str:
    """The customer text in its normalized (not folded) form: what a pretrained tokenizer expects."""
    norm = doc.proc.text_norm
    return "\n".join(norm[a:b] for _, a, b in doc.pieces) or norm


def load_encoder(path: Path):
    """(tokenizer, encoder) from a local folder.

    Raises:
        ModelError: E109 when the folder is missing or does not hold a model transformers can read.
    """
    from transformers import AutoModel, AutoTokenizer

    try:
        return (AutoTokenizer.from_pretrained(str(path), local_files_only=True),
                AutoModel.from_pretrained(str(path), local_files_only=True))
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(messages.E109.format(path=path, detail=str(e).splitlines()[0] if str(e) else type(e).__name__)) from e


def fine_tune(path: Path, examples: Sequence[Example], docs: Sequence[Doc],
              settings: BackboneSettings = BackboneSettings()) -> BackboneBackend:
    """Fine-tune the encoder at ``path`` on ``examples`` (with their prepared ``docs``)."""
    torch.manual_seed(settings.seed)
    tokenizer, encoder = load_encoder(path)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    net = BackboneNet(encoder).to(device)
    feats = np.stack([dense(d) for d in docs])
    net.mu.copy_(torch.from_numpy(feats.mean(0)))
    net.sd.copy_(torch.from_numpy(np.maximum(feats.std(0), 1e-3)))
    folds = stratified_folds(list(examples), 5, settings.seed)
    held = folds == 0 if len(examples) >= 20 else np.zeros(len(examples), bool)
    backend = BackboneBackend(net, tokenizer, Calibration(), settings)
    _train(backend, [e for e, h in zip(examples, held) if not h], [d for d, h in zip(docs, held) if not h])
    cal_rows = held if held.any() else ~held
    z = backend.logits([d for d, h in zip(docs, cal_rows) if h])
    ex = [e for e, h in zip(examples, cal_rows) if h]
    backend.calibration = fit_calibration(
        z, np.array([e.is_complaint for e in ex], float), np.array([e.promise_gap for e in ex], float),
        np.array([e.lang for e in ex]), np.array([e.origin == "dev" for e in ex]) | True)
    return backend


def _train(backend: BackboneBackend, examples: Sequence[Example], docs: Sequence[Doc]) -> None:
    s, net = backend.settings, backend.net
    rng = np.random.RandomState(s.seed)
    opt = torch.optim.AdamW([{"params": net.encoder.parameters(), "lr": s.lr_encoder},
                             {"params": net.head.parameters(), "lr": s.lr_head}])
    y_c = torch.tensor([e.is_complaint for e in examples], dtype=torch.float32)
    y_g = torch.tensor([e.promise_gap for e in examples], dtype=torch.float32)
    y_t = torch.tensor([TOPICS.index(e.topic) if e.topic != NONE else -1 for e in examples])
    y_s = torch.tensor([SOURCES.index(e.source) if e.source != NONE else -1 for e in examples])
    w = torch.tensor([s.dev_weight if e.origin == "dev" else 1.0 for e in examples])
    pos_c = pos_weight(y_c.numpy(), w.numpy(), 0.5)
    pos_g = pos_weight(y_g.numpy(), (w * y_c).numpy(), 0.5)
    net.train()
    for _ in range(s.epochs):
        perm = rng.permutation(len(examples))
        for b in range(0, len(examples), s.batch):
            rows = torch.from_numpy(perm[b: b + s.batch])
            out = backend._forward([docs[i] for i in rows.tolist()]).float().cpu()
            loss = (bce(out[:, 0], y_c[rows], w[rows], pos_c) + bce(out[:, 1], y_g[rows], w[rows] * y_c[rows], pos_g)
                    + masked_ce(out[:, TOPIC_SLICE], y_t[rows], w[rows]) + masked_ce(out[:, SOURCE_SLICE], y_s[rows], w[rows]))
            opt.zero_grad()
            loss.backward()
            opt.step()
    net.eval()


def save(backend: BackboneBackend, folder: Path, extra: dict | None = None) -> dict:
    """Write encoder, tokenizer, head and config.json to ``folder``."""
    from voc.classify.artifact import CONFIG, FORMAT, version_of

    folder.mkdir(parents=True, exist_ok=True)
    backend.net.encoder.save_pretrained(folder / "encoder")
    backend.tokenizer.save_pretrained(folder / "encoder")
    head = {k: v.detach().cpu() for k, v in backend.net.state_dict().items() if not k.startswith("encoder.")}
    from safetensors.torch import save as st_save

    blob = st_save(head)
    (folder / "head.safetensors").write_bytes(blob)
    config = {"format": FORMAT, "kind": KIND, "model_version": "bb-" + version_of(blob)[3:],
              "n_dense": N_DENSE, "settings": asdict(backend.settings),
              "calibration": backend.calibration.to_dict(), **(extra or {})}
    (folder / CONFIG).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return config


def load(folder: Path, config: dict) -> BackboneBackend:
    """Read a folder written by save()."""
    from safetensors.torch import load as st_load

    tokenizer, encoder = load_encoder(folder / "encoder")
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    net = BackboneNet(encoder)
    net.load_state_dict(st_load((folder / "head.safetensors").read_bytes()), strict=False)
    net.to(device).eval()
    return BackboneBackend(net, tokenizer, Calibration.from_dict(config["calibration"]),
                           BackboneSettings(**config["settings"]))

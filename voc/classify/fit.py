"""Train the network on prepared inputs: seeded, single-threaded, so the same data gives the same weights."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import torch
from torch.nn import functional as F

from voc.classify.net import SOURCE_SLICE, TOPIC_SLICE, PromiseGapNet


@dataclass(frozen=True)
class HyperParams:
    """Training settings (stored in config.json)."""

    dim: int = 16
    hidden: int = 32
    dropout: float = 0.2
    epochs: int = 12
    batch: int = 32
    lr: float = 3e-3
    lr_sparse: float = 3e-2
    weight_decay: float = 1e-4
    l2_sparse: float = 1e-5
    gap_weight: float = 1.0
    class_balance: float = 0.5  # 0: none, 1: fully balanced positive weights
    dev_weight: float = 2.0  # sample weight of real (dev) records against project records
    evidence_weight: float = 0.0  # weight of each gap's evidence quote as an extra example (0: off)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Inputs:
    """A prepared set: hashed bags as CSR arrays, dense features, confirmations, labels."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    dense: np.ndarray
    confirms: np.ndarray
    complaint: np.ndarray | None = None
    gap: np.ndarray | None = None
    topic: np.ndarray | None = None  # index into TOPICS, -1 when no gap
    source: np.ndarray | None = None
    weight: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.dense)

    def batch(self, rows: np.ndarray) -> tuple[torch.Tensor, ...]:
        """Tensors for net.forward over ``rows``."""
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        idx = np.concatenate([self.indices[s:e] for s, e in zip(starts, ends)]) if len(rows) else np.zeros(0, np.int64)
        w = np.concatenate([self.data[s:e] for s, e in zip(starts, ends)]) if len(rows) else np.zeros(0, np.float32)
        offsets = np.concatenate([[0], np.cumsum(ends - starts)[:-1]])
        return (torch.from_numpy(idx), torch.from_numpy(offsets.astype(np.int64)), torch.from_numpy(w),
                torch.from_numpy(self.dense[rows]), torch.from_numpy(self.confirms[rows]))

    def subset(self, rows: np.ndarray) -> "Inputs":
        """The rows given, as a new Inputs (CSR rebuilt)."""
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        indptr = np.concatenate([[0], np.cumsum(ends - starts)]).astype(np.int64)
        pick = lambda a: None if a is None else a[rows]  # noqa: E731
        return Inputs(indptr,
                      np.concatenate([self.indices[s:e] for s, e in zip(starts, ends)]),
                      np.concatenate([self.data[s:e] for s, e in zip(starts, ends)]),
                      self.dense[rows], self.confirms[rows], pick(self.complaint), pick(self.gap),
                      pick(self.topic), pick(self.source), pick(self.weight))


def fit(data: Inputs, buckets: int, hp: HyperParams, seed: int) -> PromiseGapNet:
    """Train a PromiseGapNet on ``data`` (which must carry labels and weights)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: summation order, hence the weights, never varies
    try:
        return _fit(data, buckets, hp, seed)
    finally:
        torch.set_num_threads(threads)


def _fit(data: Inputs, buckets: int, hp: HyperParams, seed: int) -> PromiseGapNet:
    torch.manual_seed(seed)
    rng = np.random.RandomState(seed)
    net = PromiseGapNet(buckets, hp.dim, data.dense.shape[1], hp.hidden, hp.dropout)
    net.mu.copy_(torch.from_numpy(data.dense.mean(0)))
    net.sd.copy_(torch.from_numpy(np.maximum(data.dense.std(0), 1e-3)))
    opt_rows = RowAdam([net.wide.data, net.deep.data], lr=hp.lr_sparse)
    opt = torch.optim.AdamW(net.dense_parameters(), lr=hp.lr, weight_decay=hp.weight_decay)
    pos_c = pos_weight(data.complaint, data.weight, hp.class_balance)
    pos_g = pos_weight(data.gap, data.weight * data.complaint, hp.class_balance)
    y_c, y_g = torch.from_numpy(data.complaint.astype(np.float32)), torch.from_numpy(data.gap.astype(np.float32))
    y_t, y_s = torch.from_numpy(data.topic), torch.from_numpy(data.source)
    sw = torch.from_numpy(data.weight.astype(np.float32))
    net.train()
    for _ in range(hp.epochs):
        perm = rng.permutation(len(data))
        for b in range(0, len(perm), hp.batch):
            rows = perm[b: b + hp.batch]
            idx, offsets, w, dense, conf = data.batch(rows)
            uniq, inv = torch.unique(idx, return_inverse=True)
            wide = net.wide.detach()[uniq].requires_grad_()
            deep = net.deep.detach()[uniq].requires_grad_()
            out = net(inv, offsets, w, dense, conf, tables=(wide, deep))
            r = torch.from_numpy(rows)
            gw = sw[r] * y_c[r]  # the gap head is P(gap | complaint): trained on complaints only
            loss = bce(out[:, 0], y_c[r], sw[r], pos_c) + hp.gap_weight * bce(out[:, 1], y_g[r], gw, pos_g)
            loss = loss + masked_ce(out[:, TOPIC_SLICE], y_t[r], sw[r]) + masked_ce(out[:, SOURCE_SLICE], y_s[r], sw[r])
            loss = loss + hp.l2_sparse * (wide.pow(2).sum() + deep.pow(2).sum())
            opt.zero_grad()
            loss.backward()
            opt.step()
            opt_rows.step(uniq, [wide.grad, deep.grad])
    net.eval()
    return net


class RowAdam:
    """Adam for the embedding tables, updating only the rows a batch touched (lazy Adam)."""

    def __init__(self, tables: list[torch.Tensor], lr: float, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8):
        self.tables, self.lr, self.betas, self.eps = tables, lr, betas, eps
        self.m = [torch.zeros_like(t) for t in tables]
        self.v = [torch.zeros_like(t) for t in tables]
        self.t = 0

    @torch.no_grad()
    def step(self, rows: torch.Tensor, grads: list[torch.Tensor]) -> None:
        """Apply one update to ``rows`` of every table, given their (dense, per-row) gradients."""
        self.t += 1
        b1, b2 = self.betas
        scale = self.lr * (1 - b2**self.t) ** 0.5 / (1 - b1**self.t)
        for table, m, v, g in zip(self.tables, self.m, self.v, grads):
            m_rows = m.index_select(0, rows).mul_(b1).add_(g, alpha=1 - b1)
            v_rows = v.index_select(0, rows).mul_(b2).addcmul_(g, g, value=1 - b2)
            m.index_copy_(0, rows, m_rows)
            v.index_copy_(0, rows, v_rows)
            table.index_add_(0, rows, -scale * m_rows / (v_rows.sqrt() + self.eps))


def pos_weight(y: np.ndarray, w: np.ndarray, balance: float) -> float:
    """Weight of positive examples: (negatives / positives) ** balance, by sample weight."""
    pos = float((w * y).sum())
    neg = float((w * (1 - y)).sum())
    return (neg / max(pos, 1e-6)) ** balance if pos else 1.0


def bce(logit: torch.Tensor, y: torch.Tensor, w: torch.Tensor, positive_weight: float) -> torch.Tensor:
    """Sample-weighted binary cross-entropy (mean over the weights given)."""
    loss = F.binary_cross_entropy_with_logits(logit, y, reduction="none", pos_weight=torch.tensor(positive_weight))
    return (loss * w).sum() / w.sum().clamp(min=1e-6)


def masked_ce(logits: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """Sample-weighted cross-entropy over the rows with a label (y >= 0); zero when there are none."""
    mask = y >= 0
    if not bool(mask.any()):
        return logits.sum() * 0.0
    loss = F.cross_entropy(logits[mask], y[mask], reduction="none")
    return (loss * w[mask]).sum() / w[mask].sum()


@torch.no_grad()
def logits(net: PromiseGapNet, data: Inputs, batch: int = 512) -> np.ndarray:
    """Raw logits for every row of ``data``."""
    net.eval()
    outs = [net(*data.batch(np.arange(s, min(s + batch, len(data))))) for s in range(0, len(data), batch)]
    return torch.cat(outs).numpy() if outs else np.zeros((0, net.head.out_features), np.float32)

"""The multi-task network: hashed n-gram bags and dense cue features in, five heads out.

Output columns: 0 complaint logit, 1 promise-gap logit *given a complaint* (so that
P(gap) = P(complaint) * P(gap | complaint) and a gap never stands without a complaint), then
topic logits (labels.TOPICS), then source logits (labels.SOURCES). A "wide" linear part reads
the n-gram bags directly; a "deep" part embeds them (fastText-style), joins the dense
features and goes through one hidden layer. An agent turn that confirms the promise adds a
learned amount, never less than 0.5, to the complaint and promise-gap logits, so it can only
strengthen the decision.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from voc.classify.labels import SOURCES, TOPICS

N_OUT = 2 + len(TOPICS) + len(SOURCES)
TOPIC_SLICE = slice(2, 2 + len(TOPICS))
SOURCE_SLICE = slice(2 + len(TOPICS), N_OUT)
Tables = tuple[torch.Tensor, torch.Tensor]


class PromiseGapNet(nn.Module):
    """Args: buckets (hashed feature space), dim (deep embedding width), n_dense, hidden, dropout."""

    def __init__(self, buckets: int, dim: int, n_dense: int, hidden: int, dropout: float = 0.2):
        super().__init__()
        self.wide = nn.Parameter(torch.zeros(buckets, 2))
        self.deep = nn.Parameter(torch.randn(buckets, dim) * 0.1)
        self.register_buffer("mu", torch.zeros(n_dense))
        self.register_buffer("sd", torch.ones(n_dense))
        self.hidden = nn.Linear(dim + n_dense, hidden)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden + n_dense, N_OUT)
        self.confirm = nn.Parameter(torch.zeros(2))

    def forward(self, idx: torch.Tensor, offsets: torch.Tensor, weights: torch.Tensor, dense: torch.Tensor,
                confirms: torch.Tensor, tables: Tables | None = None) -> torch.Tensor:
        """Logits, one row per document.

        Args:
            idx, offsets, weights: the n-gram bags (EmbeddingBag layout).
            dense: dense features, one row per document.
            confirms: agent confirmations per document.
            tables: (wide rows, deep rows) to use instead of the full tables, with ``idx``
                indexing into them (training passes only the rows a batch touches).
        """
        wide, deep = tables if tables is not None else (self.wide, self.deep)
        x = (dense - self.mu) / self.sd
        bag = F.embedding_bag(idx, deep, offsets, mode="sum", per_sample_weights=weights)
        h = self.drop(F.relu(self.hidden(torch.cat([bag, x], dim=1))))
        out = self.head(torch.cat([h, x], dim=1))
        linear = F.embedding_bag(idx, wide, offsets, mode="sum", per_sample_weights=weights)
        bonus = (0.5 + F.softplus(self.confirm - 2.0)) * (confirms > 0).float().unsqueeze(1)
        return torch.cat([out[:, :2] + linear + bonus, out[:, 2:]], dim=1)

    def dense_parameters(self) -> list[nn.Parameter]:
        """Every parameter but the two embedding tables."""
        return [p for n, p in self.named_parameters() if n not in ("wide", "deep")]

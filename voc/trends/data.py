"""TrendData: everything the reports are built from, as plain DataFrames."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from voc.trends.periods import Window


@dataclass
class TrendData:
    """The result of ``voc.trends.compute``.

    Attributes:
        window: The weeks covered (local dates, ISO weeks).
        settings: The thresholds the changes were tested with.
        coverage: Store-wide counts (records, classified, undated) for context.
        facts: One row per classified record in the window: slices, labels, ``quote``
            (redacted twice), ``claim`` (its normalized claim part), ``claim_id`` and
            ``claim_similarity``, ``emerging_id``. No names, no raw text.
        volume: Records, complaints and promise gaps per grain, period and slice.
        counts: Promise gaps per grain, period, slice, topic and source, with rates and shares.
        changes: Change tests per slice, topic and source, ranked by evidence.
        claims: Recurring claims with size, example quote and mix of sources/channels/products.
        claim_changes: Change tests per claim (exposure: records in the claim's language).
        emerging: Groups of promise gaps no claim covers, for review.
        model_versions: Records per model version in the window.
        extra: More tables; ``compute`` adds ``review_quality``, the nightly precision and
            recall estimates from human labels (``voc.review.quality``), for the reports.
    """

    window: Window
    settings: dict[str, Any]
    coverage: dict[str, Any]
    facts: pd.DataFrame
    volume: pd.DataFrame
    counts: pd.DataFrame
    changes: pd.DataFrame
    claims: pd.DataFrame
    claim_changes: pd.DataFrame
    emerging: pd.DataFrame
    model_versions: pd.DataFrame
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.facts.empty

    def totals(self) -> dict[str, int]:
        """Records, complaints and promise gaps in the window, and per language."""
        f = self.facts
        out = {"records": len(f), "complaints": int(f["is_complaint"].sum()),
               "promise_gaps": int(f["promise_gap"].sum())}
        for lang, g in f.groupby("lang"):
            out[f"records_{lang}"] = len(g)
        return out

    def tables(self) -> dict[str, pd.DataFrame]:
        """The aggregate tables (no per-record rows), for exports and notebooks."""
        return {"volume": self.volume, "counts": self.counts, "changes": self.changes, "claims": self.claims,
                "claim_changes": self.claim_changes, "emerging": self.emerging, "model_versions": self.model_versions}

    def summary(self, top: int = 5) -> dict[str, Any]:
        """A small dict for run summaries: window, totals, the strongest rises and falls overall."""
        moved = self.changes[(self.changes["dim"] == "all") & self.changes["direction"].isin(["rising", "falling"])]
        pick = ["topic", "source", "direction", "count", "baseline_count", "rate_per_1000", "q", "z"]
        return {"window": self.window.as_dict(), "totals": self.totals(), "claims": len(self.claims),
                "emerging": len(self.emerging), "moves": moved[pick].head(top).to_dict("records")}

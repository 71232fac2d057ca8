"""The label set of ANNOTATION_GUIDE.md and the shape of a labelled record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The model committed with voc; `voc train` writes here unless told otherwise.
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "promise_gap"
LANGS = ("fa", "ar", "en")
CHANNELS = ("review", "ticket", "transcript")
TOPICS = ("pricing", "delivery", "product", "compatibility", "service", "terms", "availability", "other")
SOURCES = ("sales_rep", "advertising", "listing", "contract", "unspecified")
NONE = "none"

# Output fields of `voc classify` and Classifier.predict, in order (a stable contract).
OUTPUT_FIELDS = (
    "id", "lang", "is_complaint", "complaint_score", "promise_gap", "promise_gap_score", "topic",
    "topic_scores", "source", "evidence", "evidence_start", "evidence_end", "model_version",
)


@dataclass(slots=True)
class Example:
    """One labelled record, as read from a JSON Lines file in the guide's format."""

    id: str
    lang: str
    text: str
    is_complaint: bool
    promise_gap: bool
    topic: str = NONE
    source: str = NONE
    channel: str | None = None
    evidence: str = ""
    origin: str = ""  # which file it came from: "project" or "dev"

    @property
    def stratum(self) -> str:
        """The key folds are stratified on: language and label group."""
        return f"{self.lang}:{int(self.is_complaint)}{int(self.promise_gap)}"

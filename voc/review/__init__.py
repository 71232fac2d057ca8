"""The review loop: a nightly queue to label, label import and export, gated retraining, quality over time.

Names are imported on first use, so `voc review --help` (and the CLI that registers it) stays fast.
Retraining behind the promotion gate is ``voc.review.retrain.retrain`` (a module of that name).
"""

from __future__ import annotations

from voc.lazy import lazy_exports

_WHERE = {
    "export_queue": "export", "import_labels": "importer", "latest_labels": "labels", "review_nightly": "nightly",
    "Decision": "promotion", "compare": "promotion", "evaluate_on_labels": "promotion",
    "holdout_split": "promotion", "estimate_quality": "quality", "quality_history": "quality",
    "fill_queue": "queue", "MIGRATION_SQL": "schema", "ensure_schema": "schema", "ReviewSettings": "settings",
    "review_settings": "settings", "review_status": "status", "human_examples": "examples",
    "promotion_history": "promotions",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = lazy_exports(__name__, {name: f"voc.review.{module}" for name, module in _WHERE.items()})

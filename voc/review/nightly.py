"""The review loop's nightly step: fill the queue, then re-estimate quality."""

from __future__ import annotations

from datetime import date
from typing import Any

from voc.review.quality import estimate_quality
from voc.review.queue import fill_queue
from voc.review.settings import ReviewSettings, review_settings
from voc.store import Store


def review_nightly(store: Store, *, day: date, settings: ReviewSettings | dict[str, Any] | None = None,
                   model_version: str | None = None) -> dict:
    """Queue the night's records for review and store the night's quality estimate.

    Args:
        store: an open, writable store (after the classify stage has run).
        day: the night, in the run's time zone.
        settings: ``ReviewSettings`` or the raw ``[review]`` table of voc.toml.
        model_version: whose predictions to queue; default the latest.

    Returns:
        ``{"queue": fill_queue(...), "quality": estimate_quality(...)}``.
    """
    s = settings if isinstance(settings, ReviewSettings) else review_settings(settings)
    queued = fill_queue(store, day=day, budget=s.daily_budget, random_share=s.random_share, seed=s.seed,
                        model_version=model_version)
    return {"queue": queued, "quality": estimate_quality(store, day=day, window_days=s.quality_window_days)}

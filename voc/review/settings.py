"""The [review] table of voc.toml: queue budget, random share, seed, quality window, promotion."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from voc.errors import ConfigError
from voc.review.messages import E210


class ReviewSettings(BaseModel):
    """Settings of the review loop; every key is optional."""

    model_config = ConfigDict(extra="forbid")

    daily_budget: int = Field(default=60, ge=0)  # records queued per night, all slices together
    random_share: float = Field(default=0.2, ge=0.0, le=1.0)  # of the budget, for quality estimates
    seed: int = 0  # with the day, makes the nightly pick reproducible
    quality_window_days: int = Field(default=28, ge=1)  # random-sample labels of the last N nights
    holdout_share: float = Field(default=0.3, gt=0.0, lt=1.0)  # human labels kept out of training
    min_holdout_labels: int = Field(default=20, ge=1)  # per language, before it counts in promotion
    export_offsets: Literal["utf16", "codepoint"] = "utf16"  # unit of Label Studio span offsets
    # The nightly flow retrains (behind the promotion gate) before classifying, when human
    # labels were imported since the last decision.
    retrain: bool = False
    training_data: str | None = None  # labelled *.jsonl the retraining starts from; default voc's own
    retrain_settings: list[str] = Field(default_factory=list)  # KEY=VALUE, as `voc train --setting`


def review_settings(table: dict[str, Any] | None) -> ReviewSettings:
    """Validate ``cfg.review`` (a plain dict); errors name the key and the fix."""
    try:
        return ReviewSettings.model_validate(table or {})
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        field = ".".join(str(p) for p in first["loc"]) or "review"
        raise ConfigError(E210.format(field=field, detail=first["msg"])) from err

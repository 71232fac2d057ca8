"""The header every report carries: period, data volume, model versions and measured quality."""

from __future__ import annotations

import numbers
from datetime import datetime, timezone
from typing import Any

import pandas as pd

from voc.trends import TrendData

NOT_MEASURED = "not measured yet"


def model_quality(explicit: dict[str, dict[str, float]] | None = None) -> tuple[dict[str, dict[str, float]], str]:
    """Per-language quality of the classifier and a note for when there is none.

    ``explicit`` wins; otherwise ``voc.classify.model_quality()``. Not installed or not yet
    evaluated gives ``({}, "not measured yet")``; any other failure gives ``({}, reason)``
    so the report says why instead of the run failing.
    """
    if explicit is not None:
        return {str(k): dict(v) for k, v in explicit.items()}, "" if explicit else NOT_MEASURED
    try:
        from voc.classify import model_quality as measured

        found = measured()
    except (ImportError, AttributeError, FileNotFoundError):
        return {}, NOT_MEASURED
    except Exception as err:  # noqa: BLE001 - a broken metrics file must not stop the reports
        return {}, f"could not be read ({type(err).__name__}: {err})"
    quality = {str(k): dict(v) for k, v in (found or {}).items() if isinstance(v, dict)}
    return quality, "" if quality else NOT_MEASURED


def header(trends: TrendData, quality: dict[str, dict[str, float]], *, sources: list[str] | None,
           topics: list[str] | None, quality_note: str = "") -> dict[str, Any]:
    """The facts a reader needs to judge how far to trust a report."""
    f = trends.facts
    per_lang = []
    for lang, g in f.groupby("lang"):
        per_lang.append({"lang": lang, "records": len(g), "complaints": int(g["is_complaint"].sum()),
                         "promise_gaps": int(g["promise_gap"].sum())})
    cov = trends.coverage or {}
    total = int(cov.get("records_total") or 0)
    classified = int(cov.get("classified_total") or 0)
    return {
        "period": trends.window.as_dict(),
        "volume": {**trends.totals(), "per_lang": per_lang, "store_records": total,
                   "unclassified": max(total - classified, 0), "undated": int(cov.get("undated") or 0)},
        "model_versions": trends.model_versions.to_dict("records"),
        "quality": quality_rows(quality),
        "quality_columns": _columns(quality_rows(quality)),
        "quality_note": "" if quality else (quality_note or NOT_MEASURED),
        "settings": dict(trends.settings),
        "filters": {"sources": sources or ["all"], "topics": topics or ["all"]},
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def quality_rows(quality: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    """One row per language, metrics as columns, rounded for reading."""
    rows = []
    for lang in sorted(quality):
        row = {"lang": lang}
        for metric, value in _flat(quality[lang]).items():
            row[metric] = _readable(value)
        rows.append(row)
    return rows


def _readable(value: Any) -> Any:
    """Counts stay whole numbers (2595, not 2595.0); rates are rounded to 3 decimals."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return str(value)
    return int(value) if isinstance(value, numbers.Integral) else round(float(value), 3)


def quality_frame(h: dict[str, Any]) -> pd.DataFrame:
    if not h["quality"]:
        return pd.DataFrame({"lang": ["all"], "note": [h["quality_note"]]})
    return pd.DataFrame(h["quality"], columns=h["quality_columns"])


def _flat(metrics: dict, prefix: str = "") -> dict[str, Any]:
    """{"promise_gap": {"f1": 0.8}} -> {"promise_gap_f1": 0.8}."""
    out: dict[str, Any] = {}
    for key, value in metrics.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}_"))
        elif not isinstance(value, (list, tuple)):
            out[name] = value
    return out


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for row in rows:
        cols += [c for c in row if c not in cols]
    return cols

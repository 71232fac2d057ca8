"""Quality over time: precision and recall per language from the random-sample labels, with Wilson intervals.

Only labels on randomly queued records count: uncertain picks are, by design, the hard
cases and would make the model look worse than it is. Each human label is compared with
the prediction the person saw (its model version), so every estimate belongs to one model.
"""

from __future__ import annotations

from datetime import date, timedelta

from scipy import stats

from voc.review.schema import ensure_schema, has_schema
from voc.store import Store, now

LABELS = ("promise_gap", "is_complaint")

PAIRS_SQL = """
WITH latest AS (
  SELECT * FROM human_labels WHERE imported_at < ?
  QUALIFY row_number() OVER (PARTITION BY record_id, record_version ORDER BY labelled_at DESC, imported_at DESC) = 1)
SELECT l.lang, l.model_version, l.is_complaint AS gold_is_complaint, l.promise_gap AS gold_promise_gap,
       p.is_complaint AS pred_is_complaint, p.promise_gap AS pred_promise_gap
FROM latest l
JOIN predictions p ON p.record_id = l.record_id AND p.model_version = l.model_version
                  AND p.record_version = l.record_version
WHERE l.queue_reason = 'random' AND l.queue_day BETWEEN ? AND ?"""

COLUMNS = ("day", "lang", "label", "model_version", "window_days", "n", "tp", "fp", "fn", "tn", "precision",
           "precision_low", "precision_high", "recall", "recall_low", "recall_high", "computed_at")


def wilson(k: int, n: int, confidence: float = 0.95) -> tuple[float | None, float | None, float | None]:
    """The proportion k/n with its Wilson score interval; all None when n is 0."""
    if n <= 0:
        return None, None, None
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return k / n, float(ci.low), float(ci.high)


def estimate_quality(store: Store, *, day: date, window_days: int = 28) -> list[dict]:
    """Estimate precision and recall for ``day`` and store them (replacing that day's rows).

    Uses the random-sample labels of records queued in the ``window_days`` nights up to and
    including ``day``, as imported before the end of ``day`` (so re-running a past day gives
    the same answer).

    Returns:
        One row per language, label (``promise_gap``, ``is_complaint``) and model version:
        n, tp, fp, fn, tn, precision and recall with their 95% Wilson bounds.
    """
    ensure_schema(store)
    first = day - timedelta(days=window_days - 1)
    pairs = store.query(PAIRS_SQL, [day + timedelta(days=1), first, day])
    groups: dict[tuple[str, str, str], list[int]] = {}
    for p in pairs:
        for label in LABELS:
            c = groups.setdefault((p["lang"], label, p["model_version"]), [0, 0, 0, 0])
            gold, pred = bool(p[f"gold_{label}"]), bool(p[f"pred_{label}"])
            c[0 if gold and pred else 1 if pred else 2 if gold else 3] += 1
    ts = now()
    rows = [_row(day, key, c, window_days, ts) for key, c in sorted(groups.items())]
    store.con.execute("BEGIN")
    try:
        store.con.execute("DELETE FROM review_quality WHERE day = ?", [day])
        for r in rows:
            store.con.execute(f"INSERT INTO review_quality VALUES ({', '.join('?' * len(COLUMNS))})",
                              [r[c] for c in COLUMNS])
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    return rows


def _row(day: date, key: tuple[str, str, str], c: list[int], window_days: int, ts) -> dict:
    lang, label, model_version = key
    tp, fp, fn, tn = c
    precision = wilson(tp, tp + fp)
    recall = wilson(tp, tp + fn)
    return {"day": day, "lang": lang, "label": label, "model_version": model_version, "window_days": window_days,
            "n": sum(c), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": precision[0], "precision_low": precision[1], "precision_high": precision[2],
            "recall": recall[0], "recall_low": recall[1], "recall_high": recall[2], "computed_at": ts}


def quality_history(store: Store, *, lang: str | None = None, label: str | None = None) -> list[dict]:
    """Every stored estimate, oldest night first (for reports beside the trends)."""
    if not has_schema(store):
        return []
    return store.query(
        """SELECT * FROM review_quality WHERE (? IS NULL OR lang = ?) AND (? IS NULL OR label = ?)
           ORDER BY day, lang, label, model_version""", [lang, lang, label, label])

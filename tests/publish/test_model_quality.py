"""The reports show precision and recall from people's random-sample labels beside the trends."""

from __future__ import annotations

import re
import shutil
from datetime import date, datetime

import pandas as pd
import pytest

from voc.publish import publish
from voc.review.quality import estimate_quality
from voc.store import Store
from voc.trends import compute

NIGHTS = (date(2026, 11, 14), date(2026, 11, 15))
ONLY_PRODUCT = {"audiences": {"sales": {"enabled": False}, "marketing": {"enabled": False}}}


def add_labels(store: Store, lang: str, n: int, wrong: int, night: date) -> None:
    """``n`` random-sample labels of ``lang`` records; the first ``wrong`` disagree with the model."""
    rows = store.query("""SELECT record_id, is_complaint, promise_gap FROM predictions WHERE lang = ?
                          AND record_id NOT IN (SELECT record_id FROM human_labels)
                          ORDER BY promise_gap DESC, record_id LIMIT ?""", [lang, n])
    for i, r in enumerate(rows):
        gap = r["promise_gap"] != (i < wrong)
        store.con.execute(
            """INSERT INTO human_labels VALUES (?, ?, 1, ?, 'review', 'text', 'redacted', ?, ?, ?, ?, NULL, NULL, NULL,
               'sara', ?, 'pg-1', 'random', ?, 'imp', 'test', ?)""",
            [f"l-{r['record_id']}", r["record_id"], lang, gap or r["is_complaint"], gap,
             "delivery" if gap else "none", "listing" if gap else "none", datetime(2026, 11, 14, 9), night,
             datetime.combine(night, datetime.min.time())])


@pytest.fixture(scope="module")
def labelled(report_store, tmp_path_factory):
    """The report store plus two nights of human labels and their quality estimates."""
    path = tmp_path_factory.mktemp("labelled") / "voc.duckdb"
    shutil.copy(report_store, path)
    with Store(path) as store:
        for night, extra in zip(NIGHTS, (0, 6)):
            add_labels(store, "fa", 10 + extra, 2, night)
            add_labels(store, "ar", 8 + extra, 0, night)
            estimate_quality(store, day=night)
    out = tmp_path_factory.mktemp("out")
    publish(compute(path, weeks=8), ONLY_PRODUCT, out_dir=out, dry_run=True,
            quality={"fa": {"records": 2595, "promise_gap": {"f1": 0.8123}}})
    return out / "product"


def test_model_quality_table_per_language_with_intervals_and_label_counts(labelled):
    table = pd.read_parquet(labelled / "model_quality.parquet")
    assert list(table.columns) == ["lang", "label", "model", "labels", "precision", "precision 95% CI", "recall",
                                   "recall 95% CI"]
    assert set(table["lang"]) == {"fa", "ar"} and set(table["label"]) == {"promise gap", "complaint"}
    fa = table[(table["lang"] == "fa") & (table["label"] == "promise gap")].iloc[0]
    assert fa["labels"] == 26 and table["labels"].dtype.kind == "i"  # both nights' labels, counted whole
    low, high = map(float, fa["precision 95% CI"].split("–"))
    assert low < fa["precision"] < high < 1.0  # people marked four of the model's promise gaps wrong
    assert fa["recall"] == 1.0 and fa["recall 95% CI"].endswith("–1.00")
    ar = table[(table["lang"] == "ar") & (table["label"] == "promise gap")].iloc[0]
    assert ar["labels"] == 22 and ar["precision"] == 1.0


def test_model_quality_is_shown_beside_the_trends_in_html_and_markdown(labelled):
    html = (labelled / "product.html").read_text(encoding="utf-8")
    md = (labelled / "product.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert text.index("Topics: this week against the earlier weeks") < text.index("Model quality from human labels")
        assert "Estimated on 2026-11-15" in text and "No human labels yet" not in text
        assert re.search(r"0\.\d\d–(0\.\d\d|1\.00)", text)
    assert "Promise-gap recall per night" in html  # two nights: a line over time
    # The cross-validated header table counts records as whole numbers.
    assert "<td>2595</td>" in html and "| 2595 |" in md and "2595.0" not in html + md


def test_model_quality_without_labels_says_so(published):
    _, out = published
    for name in ("product/product.html", "product/product.md", "sales/sales.html"):
        assert "No human labels yet" in (out / name).read_text(encoding="utf-8")

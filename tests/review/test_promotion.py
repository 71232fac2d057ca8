"""Promotion: a candidate replaces the current model only if at least as good in every language,
on held-out human labels; models are stand-in predict functions here."""

from __future__ import annotations

from collections import Counter

import pytest

from voc.errors import ModelError
from voc.review.promotion import compare, evaluate_on_labels, holdout_split

# Gap texts name a promise; half mention "ژاله‌پد" (a product name the current model does not know).
FA_GAP = ["فروشنده گفت ژاله‌پد ضدآب است ولی خراب شد", "گفتند ارسال دو روزه است ولی یک هفته شد"]
FA_NO = "کیفیت خوب بود ممنون"
AR_GAP = "قالوا إن الجهاز أصلي لكنه مقلد"
AR_NO = "الخدمة ممتازة"


def labels() -> list[dict]:
    out = []
    for i in range(40):
        gap = i % 2 == 0
        text = FA_GAP[(i // 2) % 2] if gap else FA_NO
        out.append({"id": f"fa{i}", "text": text, "lang": "fa", "channel": "review", "is_complaint": gap,
                    "promise_gap": gap, "topic": "product" if gap else "none"})
        out.append({"id": f"ar{i}", "text": AR_GAP if gap else AR_NO, "lang": "ar", "channel": "ticket",
                    "is_complaint": gap, "promise_gap": gap, "topic": "product" if gap else "none"})
    return out


def model(cues: tuple[str, ...], topic: str = "product"):
    """A predict function: a gap when the text holds one of ``cues``."""
    def predict(items):
        out = []
        for x in items:
            gap = any(c in x["text"] for c in cues)
            out.append({"id": x["id"], "lang": x["lang"], "is_complaint": gap, "promise_gap": gap,
                        "topic": topic if gap else "none", "source": "sales_rep" if gap else "none"})
        return out
    return predict


CURRENT = model(("ارسال دو روزه", "قالوا"))  # misses the ژاله‌پد texts
BETTER = model(("ارسال دو روزه", "قالوا", "ژاله‌پد"))
WORSE_AR = model(("ارسال دو روزه", "ژاله‌پد"))  # fixes fa but forgets the Arabic cue


def test_evaluate_on_labels_counts_per_language():
    m = evaluate_on_labels(CURRENT, labels())
    assert m["fa"]["n"] == 40 and (m["fa"]["promise_gap_tp"], m["fa"]["promise_gap_fn"]) == (10, 10)
    assert m["fa"]["promise_gap_recall"] == 0.5 and m["fa"]["promise_gap_precision"] == 1.0
    assert m["fa"]["promise_gap_f1"] == pytest.approx(2 / 3) and m["ar"]["promise_gap_f1"] == 1.0
    assert m["fa"]["topic_accuracy"] == 0.5  # missed gaps get topic none


def test_evaluate_on_labels_refuses_a_model_that_skips_an_item():
    with pytest.raises(ModelError, match="E211 .*'fa0'"):
        evaluate_on_labels(lambda items: [], labels()[:2])


def test_promotion_better_candidate_is_promoted():
    gold = labels()
    d = compare(evaluate_on_labels(BETTER, gold), evaluate_on_labels(CURRENT, gold), min_labels=20)
    assert d.promote
    verdicts = {(r["lang"], r["metric"]): r["verdict"] for r in d.table}
    assert verdicts[("fa", "promise_gap_f1")] == "better" and verdicts[("ar", "promise_gap_f1")] == "same"


def test_promotion_equal_candidate_is_promoted():
    gold = labels()
    same = evaluate_on_labels(CURRENT, gold)
    assert compare(same, same, min_labels=20).promote


def test_promotion_worse_in_one_language_is_rejected_with_the_reason():
    gold = labels()
    d = compare(evaluate_on_labels(WORSE_AR, gold), evaluate_on_labels(CURRENT, gold), min_labels=20)
    assert not d.promote
    assert any(r.startswith("ar: promise_gap_f1 0.000 < current 1.000 (n=40)") for r in d.reasons)
    assert Counter(r["verdict"] for r in d.table if r["lang"] == "fa") == {"better": 2}


def test_promotion_languages_with_too_few_labels_do_not_decide():
    gold = [x for x in labels() if x["lang"] == "fa"] + [x for x in labels() if x["lang"] == "ar"][:6]
    d = compare(evaluate_on_labels(WORSE_AR, gold), evaluate_on_labels(CURRENT, gold), min_labels=20)
    assert d.promote and any("ar: only 6 held-out label(s)" in r for r in d.reasons)
    few = compare(evaluate_on_labels(BETTER, gold[:10]), evaluate_on_labels(CURRENT, gold[:10]), min_labels=20)
    assert not few.promote and "current model stays" in few.reasons[0]


def test_promotion_candidate_missing_a_language_is_rejected_and_no_current_model_promotes():
    gold = labels()
    cur = evaluate_on_labels(CURRENT, gold)
    cand = {k: v for k, v in evaluate_on_labels(BETTER, gold).items() if k != "ar"}
    assert not compare(cand, cur).promote
    assert compare(cand, {}).promote


def test_holdout_split_is_deterministic_and_about_thirty_percent():
    ids = [f"{i:06x}" for i in range(5000)]
    first = [holdout_split(r) for r in ids]
    assert first == [holdout_split(r) for r in ids]
    share = first.count("holdout") / len(ids)
    assert 0.28 < share < 0.32
    assert holdout_split("abc", share=0.0) == "train" and holdout_split("abc", share=1.0) == "holdout"

"""The output contract of Classifier.predict, its consistency rules and the agent-confirmation effect."""

from __future__ import annotations

import pytest

from voc.classify.labels import LANGS, NONE, OUTPUT_FIELDS, SOURCES, TOPICS
from voc.errors import InputError

ITEMS = [
    {"id": "en-1", "text": "The sales rep promised free two-day shipping, but it took a week and I was charged."},
    {"id": "en-2", "text": "The headphones broke after two weeks.", "lang": "en", "channel": "review"},
    # Persian with ZWNJ and Persian digits
    {"id": "fa-1", "text": "فروشنده گفت ارسال ۲ روزه‌ست ولی ۱۰ روز طول کشید", "channel": "ticket"},
    {"id": "fa-2", "text": "کیفیت عالی بود، ممنون از دیجی‌کالا", "lang": "fa"},
    # Arabic with kashida and hamza forms
    {"id": "ar-1", "text": "حجزت غرفة مطلة على البحر حسب الإعـــلان وأعطوني غرفة على الشارع"},
    {"id": "ar-2", "text": "الفندق نظيف والموقع ممتاز", "lang": "ar"},
    {"id": 17, "text": "Agent: Hello\nCustomer: The ad said the room had a sea view, we got the street side.",
     "channel": "transcript"},
]


def check_contract(rows, items):
    assert len(rows) == len(items)
    for row, item in zip(rows, items):
        assert tuple(row) == OUTPUT_FIELDS
        assert row["id"] == item["id"]
        assert row["lang"] in LANGS
        assert isinstance(row["is_complaint"], bool) and isinstance(row["promise_gap"], bool)
        assert 0.0 <= row["complaint_score"] <= 1.0 and 0.0 <= row["promise_gap_score"] <= 1.0
        assert set(row["topic_scores"]) == set(TOPICS)
        assert abs(sum(row["topic_scores"].values()) - 1.0) < 0.01
        assert isinstance(row["model_version"], str) and row["model_version"]
        if row["promise_gap"]:
            assert row["is_complaint"], "a promise gap is always a complaint"
            assert row["topic"] in TOPICS and row["source"] in SOURCES
            text = item["text"]
            assert 0 <= row["evidence_start"] < row["evidence_end"] <= len(text)
            assert text[row["evidence_start"]: row["evidence_end"]] == row["evidence"]
        else:
            assert row["topic"] == NONE and row["source"] == NONE
            assert row["evidence"] == "" and row["evidence_start"] is None and row["evidence_end"] is None


def test_classifier_contract_tiny_model(tiny_classifier):
    check_contract(tiny_classifier.predict(ITEMS), ITEMS)


def test_classifier_contract_committed_model(default_classifier):
    rows = default_classifier.predict(ITEMS)
    check_contract(rows, ITEMS)
    assert rows[0]["model_version"] == default_classifier.version


def test_classifier_committed_model_finds_the_guide_examples(default_classifier):
    # Examples from ANNOTATION_GUIDE.md: the committed model must get these clear cases right.
    rows = default_classifier.predict([
        {"id": "a", "text": "رنگ محصول با عکس سایت فرق داشت"},
        {"id": "b", "text": "وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوعين"},
        {"id": "c", "text": "الفندق نظيف والموقع ممتاز"},
        {"id": "d", "text": "کیفیت عالی بود، ممنون از دیجی‌کالا"},
    ])
    assert [r["promise_gap"] for r in rows] == [True, True, False, False]
    assert [r["is_complaint"] for r in rows[2:]] == [False, False]


def test_classifier_agent_confirmation_strengthens(tiny_classifier):
    customer = "Customer: The rep told me the plan includes free installation, but I was billed for it."
    plain = "Agent: Thanks for calling.\n" + customer + "\nAgent: Let me look at the account."
    confirmed = "Agent: Thanks for calling.\n" + customer + "\nAgent: I'm sorry, sales should not have promised that."
    a, b = tiny_classifier.predict([{"id": 1, "text": plain, "channel": "transcript"},
                                    {"id": 2, "text": confirmed, "channel": "transcript"}])
    assert b["promise_gap_score"] > a["promise_gap_score"]
    assert b["complaint_score"] > a["complaint_score"]


def test_classifier_decides_from_customer_turns(tiny_classifier):
    customer = "Customer: thanks, all good now, have a nice day."
    with_agent_promises = "Agent: the advertisement offered free delivery and a discount coupon.\n" + customer
    a, b = tiny_classifier.predict([{"id": 1, "text": "Agent: hello.\n" + customer, "channel": "transcript"},
                                    {"id": 2, "text": with_agent_promises, "channel": "transcript"}])
    assert a["promise_gap_score"] == b["promise_gap_score"]


@pytest.mark.parametrize("bad", [
    {"id": 1},  # no text
    {"id": 1, "text": "   "},  # blank text
    "just a string",  # not a mapping
])
def test_classifier_rejects_bad_items(tiny_classifier, bad):
    with pytest.raises(InputError, match="E110"):
        tiny_classifier.predict([{"id": 0, "text": "fine"}, bad])


def test_model_quality_reads_the_committed_cross_validated_metrics():
    from voc.classify import model_quality
    from voc.classify.labels import DEFAULT_MODEL

    if not (DEFAULT_MODEL / "metrics" / "cv_metrics.json").exists():
        pytest.skip("the committed model has not been evaluated")
    quality = model_quality()
    assert set(quality) == {"fa", "ar", "en"}
    for values in quality.values():
        assert 0.0 <= values["promise_gap_f1"] <= 1.0 and values["records"] > 0

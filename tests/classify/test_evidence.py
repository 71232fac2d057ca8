"""Evidence offsets point into the raw text and quote it exactly, whatever the spelling."""

from __future__ import annotations

import pytest

TEXTS = [
    # ZWNJ (U+200C) and Persian digits inside the promise
    ("fa", None, "سلام. طبق توضیحات سایت گارانتی ۱۸ ماهه داشت ولی الان می‌گن ۶ ماهه‌ست! خیلی بدقولی کردن."),
    # Arabic kashida (tatweel) and Arabic-Indic digits
    ("ar", None, "المنتج جميل لكن الإعـــلان قال ٥٠٠٠ مللي أمبير والبطارية أقل بكثير. للأسف"),
    # Arabic-script presentation forms and a bidi mark around a word
    ("ar", None, "الأكل ﻻ يشبه الصورة \u200fأبداً\u200f، الكمية قليلة."),
    # Leading spaces, a tab and a blank line before the complaint
    ("en", None, "  \tGreat staff.\n\nBut the ad said free shipping and I was charged $12!!  "),
    # A ticket with a subject line
    ("en", "ticket", "Subject: Order 123\n\nHi, the listing said 'in stock', yet it shipped 3 weeks later."),
    # Mixed Persian text with Latin digits and an emoji
    ("fa", None, "پیتزا با عکسش خیلی فرق داشت 😡 فقط 2 تا قارچ داشت"),
]


@pytest.mark.parametrize("lang, channel, text", TEXTS)
def test_evidence_span_inside_text_and_exact(tiny_classifier, lang, channel, text):
    span = tiny_classifier.evidence_span(text, lang, channel)
    assert span is not None
    start, end = span
    assert 0 <= start < end <= len(text)
    quote = text[start:end]
    assert quote == quote.strip() and quote.strip()


@pytest.mark.parametrize("lang, channel, text", TEXTS)
def test_evidence_without_language_hint(tiny_classifier, lang, channel, text):
    start, end = tiny_classifier.evidence_span(text)
    assert 0 <= start < end <= len(text)


def test_evidence_quotes_a_customer_turn(tiny_classifier):
    text = ("Agent: Good morning, the advertisement promised a free router, correct?\n"
            "Customer: Yes, the ad said the router is free but you billed me 40 dollars.\n"
            "Agent: I'm sorry, sales should not have promised that.")
    customer_start = text.index("Yes, the ad")
    customer_end = text.index("\nAgent: I'm sorry")
    start, end = tiny_classifier.evidence_span(text, "en", "transcript")
    assert customer_start <= start < end <= customer_end


def test_evidence_prefers_the_promise_sentence(default_classifier):
    text = "Lovely staff and a clean store. The website said it was in stock, but it never shipped."
    start, end = default_classifier.evidence_span(text, "en")
    assert "website said" in text[start:end]
    assert "Lovely staff" not in text[start:end]

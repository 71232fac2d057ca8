"""process(): identify, normalize, redact, segment in one call; redact() for raw quotes."""

from array import array

import pytest

from voc.errors import VocError
from voc.lang import NORMALIZER_VERSION, Processed, process, redact


def test_process_fields_for_a_persian_ticket():
    raw = "سلام، شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است. سفارش ۱۲۳۴۵ خيلي ديـــر رسيد!"
    p = process(raw)
    assert isinstance(p, Processed)
    assert (p.lang, p.primary, p.romanized) == ("fa", "fa", None)
    assert p.lang_confidence > 0.9
    assert p.text_norm == "سلام، شماره من [PHONE] است. سفارش 12345 خیلی دیر رسید!"
    assert p.sentence_texts() == ["سلام، شماره من [PHONE] است.", "سفارش 12345 خیلی دیر رسید!"]
    assert p.langs == ["fa", "fa"]
    assert p.pii == {"PHONE": 1}
    assert p.normalizer_version == NORMALIZER_VERSION
    assert isinstance(p.offsets, array) and len(p.offsets) == len(p.text_norm) + 1
    assert p.offsets[-1] == len(raw)


def test_process_raw_span_shows_the_customers_own_wording():
    raw = "سفارش ۱۲۳۴۵ خيلي ديـــر رسيد"
    p = process(raw)
    start = p.text_norm.index("خیلی دیر")
    a, b = p.raw_span(start, start + len("خیلی دیر"))
    assert raw[a:b] == "خيلي ديـــر"


def test_process_quote_replaces_pii_in_the_raw_wording():
    raw = "زنگ زدم به ۰۹۱۲-۳۴۵-۶۷۸۹ و گفتند ارسال رايگان است"
    p = process(raw)
    assert p.quote(0, len(p.text_norm)) == "زنگ زدم به [PHONE] و گفتند ارسال رايگان است"


def test_process_arabic_with_name_and_phone():
    p = process("مرحبا، اسمي أحمد العتيبي ورقمي ٠٥٠١٢٣٤٥٦٧. الطلب وصل متأخراً", names=["أحمد العتيبي"])
    assert p.lang == "ar"
    assert "[NAME]" in p.text_norm and "[PHONE]" in p.text_norm
    assert "العتيبي" not in p.text_norm
    assert p.pii == {"NAME": 1, "PHONE": 1}


def test_process_english_with_email():
    p = process("Hi, I'm Sara Ahmadi (sara.ahmadi@example.com). The ad said free delivery.", names=["Sara Ahmadi"])
    assert p.lang == "en"
    assert p.text_norm == "Hi, I'm [NAME] ([EMAIL]). The ad said free delivery."
    assert p.pii == {"NAME": 1, "EMAIL": 1}


@pytest.mark.parametrize("raw", ["", "   ", "\n\u200c\t"])
def test_process_empty_and_whitespace_only(raw):
    p = process(raw)
    assert (p.text_norm, p.sentences, p.langs, p.pii) == ("", [], [], {})
    assert p.lang == "other" and p.lang_confidence == 0.0
    assert list(p.offsets) == [len(raw)]


def test_process_lang_hint_decides_an_ambiguous_short_text():
    # "عالي" is Persian colloquial ("great") typed with Arabic yeh, or Arabic ("high")
    for hint in ("fa", "ar"):
        p = process("عالي", lang_hint=hint)
        assert (p.lang, p.primary, p.langs) == (hint, hint, [hint])


def test_process_lang_hint_does_not_override_a_plain_other_language():
    p = process("The product arrived broken and nobody answered my emails", lang_hint="ar")
    assert p.lang == "en"


def test_process_rejects_non_text_with_a_clear_error():
    with pytest.raises(VocError, match="bytes"):
        process(b"hello")


def test_process_rejects_unknown_hint_listing_supported_codes():
    with pytest.raises(VocError, match="E013.*'de'.*fa"):
        process("hello", lang_hint="de")


def test_redact_keeps_raw_wording_and_digit_forms_elsewhere():
    raw = "سفارش ۱۲۳۴۵ رو با شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ پیگیری کنید، ایمیل: Ali.R@Mail.com"
    assert redact(raw) == "سفارش ۱۲۳۴۵ رو با شماره [PHONE] پیگیری کنید، ایمیل: [EMAIL]"


def test_redact_finds_numbers_broken_by_bidi_marks():
    # copy-pasted numbers often carry left-to-right marks between digit groups
    raw = "رقمي ٠٥٠\u200e١٢٣\u200e٤٥٦٧ شكراً"
    assert redact(raw, lang="ar") == "رقمي [PHONE] شكراً"


def test_redact_names():
    assert redact("Sara Ahmadi called; sara was told a refund is coming", names=["Sara Ahmadi"]) == (
        "[NAME] called; [NAME] was told a refund is coming"
    )


def test_process_email_holding_the_customer_name_is_one_email():
    # "ahmadi" inside the address also matches the name; the e-mail wins the overlap
    p = process("write to sara.ahmadi@example.com", names=["Sara Ahmadi"])
    assert (p.text_norm, p.pii) == ("write to [EMAIL]", {"EMAIL": 1})


@pytest.mark.parametrize("text, hint", [
    ("The ad said free delivery. They charged me 20$! Call 0912 345 6789.", "en"),
    ("فروشنده گفت ارسال رایگان است. ولی هزینه گرفتند! شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است", None),
    ("وعدوني بالتوصيل خلال يومين. ووصل بعد أسبوعين", "ar"),
    ("Great phone. بس البطارية ضعيفة جدا", None),
])
def test_unsegmented_processing_differs_only_in_sentences(text, hint):
    full = process(text, lang_hint=hint)
    bare = process(text, lang_hint=hint, segment_sentences=False)
    assert full.sentences and full.langs
    assert bare.sentences == [] and bare.langs == []
    for field in ("lang", "lang_confidence", "primary", "romanized", "text_norm", "offsets", "pii", "pii_spans"):
        assert getattr(bare, field) == getattr(full, field), field

"""Planted identifiers in Persian, Arabic and English texts, in every digit form: all redacted.
Ordinary numbers (prices, quantities, order numbers, dates, times): none redacted."""

import pytest

from voc.lang import process, redact

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGIT_FORMS = {"latin": str.maketrans({}), "persian": PERSIAN_DIGITS, "arabic-indic": ARABIC_DIGITS}

# (identifier as customers write it, kind)
PLANTED = [
    ("0912 345 6789", "PHONE"),
    ("+98 912 345 6789", "PHONE"),
    ("0098-912-345-6789", "PHONE"),
    ("+971 50 123 4567", "PHONE"),
    ("050-123-4567", "PHONE"),
    ("+966 50 123 4567", "PHONE"),
    ("+965 5123 4567", "PHONE"),
    ("+20 10 1234 5678", "PHONE"),
    ("010 1234 5678", "PHONE"),
    ("+1 212 555 0123", "PHONE"),
    ("6037 9975 1234 5670", "CARD"),
    ("4111-1111-1111-1111", "CARD"),
    ("IR11 0170 0000 0012 3456 7890 01", "IBAN"),
    ("SA03 8000 0000 6080 1016 7519", "IBAN"),
    ("0499370899", "NATIONAL_ID"),
    ("1012345672", "NATIONAL_ID"),
    ("2123456788", "NATIONAL_ID"),
    ("sara.ahmadi@example.com", "EMAIL"),
]

TEMPLATES = {
    "fa": ["لطفا با {x} تماس بگیرید، سفارشم هنوز نرسیده", "اطلاعات من: {x}. پول را برگردانید"],
    "ar": ["من فضلك تواصل معي على {x} لأن الطلب لم يصل", "بياناتي: {x}، أرجو إرجاع المبلغ"],
    "en": ["Please reach me on {x} about the missing refund", "My details: {x}. The ad promised delivery"],
}

CASES = [
    (lang, template, ident, kind, form)
    for lang, templates in TEMPLATES.items()
    for template in templates
    for ident, kind in PLANTED
    for form in DIGIT_FORMS
    if not (kind == "EMAIL" and form != "latin")
]


@pytest.mark.parametrize("lang, template, ident, kind, form", CASES)
def test_planted_identifier_is_redacted(lang, template, ident, kind, form):
    written = ident.translate(DIGIT_FORMS[form])
    text = template.format(x=written)
    p = process(text)
    assert f"[{kind}]" in p.text_norm
    assert p.pii == {kind: 1}
    assert written not in redact(text)
    assert f"[{kind}]" in redact(text)
    # the placeholder maps back to exactly the identifier as written
    start = p.text_norm.index(f"[{kind}]")
    a, b = p.raw_span(start, start + len(kind) + 2)
    assert text[a:b] == written


ORDINARY = [
    # Persian
    "قیمت ۲,۵۰۰,۰۰۰ تومان بود ولی ۳,۲۰۰,۰۰۰ تومان حساب کردند",
    "سفارش ۱۲۳۴۵ با ۳ عدد پیتزا دیر رسید",
    "تاریخ ۱۴۰۲/۰۵/۱۲ ساعت ۱۸:۳۰ تحویل شد",
    "کد پیگیری ۹۸۷۶۵۴۳۲۱۰۱۲ را دارم",
    "شماره سفارش 1234567891 است",
    "۲۵۰۰۰۰۰ ریال تخفیف و ۱۵ درصد",
    "وزن ۱.۵ کیلو و ۱۲۰۰۰ تومان هزینه ارسال",
    "گوشی مدل 2023 با ۱۲۸ گیگ حافظه",
    "۱۴۰۲-۰۵-۱۲ سفارش دادم",
    # Arabic
    "السعر ٣٥٠ ريال والتوصيل ٢٥ ريال",
    "رقم الطلب ١٢٣٤٥٦٧٨٩ ولم يصل بعد ٣ أيام",
    "بتاريخ 2024-03-01 الساعة ١٠:٣٠",
    "خصم ٢٠٪ على ٢٥٠٠ جنيه",
    "دفعت 1,299 درهم",
    "رقم الشحنة 123456789012",
    # English
    "I paid $1,299 for 2 items on 2024-03-01 at 10:30",
    "order #12345678 still not here after 14 days",
    "tracking number 9400110200881234567890",
    "flight 1234 on 03/01/2024 was 3 hours late",
    "the invoice says 1299.99 USD and 20% off",
    "ref 20240301123, case 88812345",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_are_not_redacted(text):
    assert process(text).pii == {}
    assert redact(text) == text

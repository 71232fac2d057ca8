"""National ID recognizers: Iranian کد ملی (mod 11) and Saudi ID / iqama (Luhn)."""

import pytest

from voc.lang import process, redact
from voc.lang.pii import find_all
from voc.lang.pii.national_id import is_iranian_id, is_saudi_id


@pytest.mark.parametrize("digits", ["0499370899", "0012345679", "1234567891", "0087654326"])
def test_iranian_id_valid(digits):
    assert is_iranian_id(digits)


@pytest.mark.parametrize("digits", ["0499370898", "1111111111", "049937089", "04993708999"])
def test_iranian_id_invalid(digits):
    assert not is_iranian_id(digits)


@pytest.mark.parametrize("digits", ["1012345672", "2123456788"])
def test_saudi_id_valid(digits):
    assert is_saudi_id(digits)


@pytest.mark.parametrize("digits", ["1012345673", "3012345675", "101234567"])
def test_saudi_id_invalid(digits):
    assert not is_saudi_id(digits)


@pytest.mark.parametrize(
    "text, found",
    [
        ("کد ملی 0499370899 است", "0499370899"),
        ("کد ملی 049-937089-9", "049-937089-9"),
        ("رقم الهوية 1012345672", "1012345672"),
        ("رقم الإقامة 2123456788", "2123456788"),
    ],
)
def test_national_id_found_in_text(text, found):
    (hit,) = find_all(text)
    assert (hit.kind, text[hit.start : hit.end]) == ("NATIONAL_ID", found)


def test_national_id_after_an_order_word_is_an_order_number():
    assert find_all("کد پیگیری 1234567891") == []


# Regression: a leading "00" was taken for an international dialling prefix, so the phone
# recognizer claimed (and rejected) the number and the ID recognizer never saw it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("کد ملی 0084575948", "کد ملی [NATIONAL_ID]"),  # Persian cue, Latin digits
        ("کد ملی ۰۰۸۴۵۷۵۹۴۸", "کد ملی [NATIONAL_ID]"),  # Persian digits
        ("کد‌ملی من ۰۰۸۴۵۷۵۹۴۸ است", "کد‌ملی من [NATIONAL_ID] است"),  # ZWNJ in the cue
        ("رقم الهوية ٠٠٨٤٥٧٥٩٤٨", "رقم الهوية [NATIONAL_ID]"),  # Arabic-Indic digits
        ("my national ID is 0084575948.", "my national ID is [NATIONAL_ID]."),
        ("0084575948", "[NATIONAL_ID]"),  # no cue at all
        ("۰۰۱۲۳۴۵۶۷۹", "[NATIONAL_ID]"),  # no cue, Persian digits
        ("شماره ٠٠٧٦٥٤٣٢١٨ رو بنویس", "شماره [NATIONAL_ID] رو بنویس"),  # after a phone-ish word
        ("کد ملی 008-457594-8", "کد ملی [NATIONAL_ID]"),  # written in dashed groups
        ("کد ملیم ۰۰۳۴۵۶۷۸۹۵ و موبایلم ۰۹۱۲۳۴۵۶۷۸۹", "کد ملیم [NATIONAL_ID] و موبایلم [PHONE]"),
    ],
)
def test_national_id_with_leading_00_is_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("کد ملی ۰۰۸۴۵۷۵۹۴۸", {"NATIONAL_ID": 1}),
        ("رقم الهوية ٠٠٨٤٥٧٥٩٤٨", {"NATIONAL_ID": 1}),
        ("national ID 0084575948", {"NATIONAL_ID": 1}),
    ],
)
def test_process_counts_leading_00_national_id(text, expected):
    processed = process(text)
    assert processed.pii == expected
    assert "0084575948" not in processed.text_norm


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0098 912 345 6789", "[PHONE]"),  # Iranian mobile, 00 international form
        ("۰۰۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "[PHONE]"),  # the same in Persian digits
        ("00971 50 123 4567", "[PHONE]"),  # UAE mobile
        ("رقمي ٠٠٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "رقمي [PHONE]"),  # Saudi mobile, Arabic-Indic digits
        ("+0084575948", "+0084575948"),  # "+" never opens an ID, and this is no valid phone
        ("کد ملی 0084575949", "کد ملی 0084575949"),  # wrong check digit: not an ID, not a phone
    ],
)
def test_00_prefixed_phone_still_a_phone(text, expected):
    assert redact(text) == expected


def test_leading_00_after_an_order_word_is_an_order_number():
    # the order-word rule holds for "00" too: only an international phone form escapes it
    assert find_all("کد پیگیری 0084575948") == []

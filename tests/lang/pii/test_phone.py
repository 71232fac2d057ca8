"""Phone recognizer (libphonenumber) on canonical-digit text, via find_all."""

import pytest

from voc.lang.pii import find_all


def phones(text):
    return [text[f.start : f.end] for f in find_all(text) if f.kind == "PHONE"]


@pytest.mark.parametrize(
    "text, number",
    [
        ("شماره من 0912 345 6789 است", "0912 345 6789"),  # Iranian mobile, national form
        ("زنگ بزنید 09123456789", "09123456789"),
        ("+98 912 345 6789", "+98 912 345 6789"),  # Iranian, international
        ("0098-912-345-6789", "0098-912-345-6789"),
        ("تلفن شرکت 021 8888 7777", "021 8888 7777"),  # Tehran landline
        ("رقمي +971 50 123 4567", "+971 50 123 4567"),  # UAE
        ("جوالي 0501234567", "0501234567"),  # Saudi/UAE national form
        ("+966 50 123 4567", "+966 50 123 4567"),  # Saudi
        ("+965 5123 4567", "+965 5123 4567"),  # Kuwait
        ("+974 3312 3456", "+974 3312 3456"),  # Qatar
        ("+973 3612 3456", "+973 3612 3456"),  # Bahrain
        ("+968 9123 4567", "+968 9123 4567"),  # Oman
        ("+20 10 1234 5678", "+20 10 1234 5678"),  # Egypt
        ("رقمي 010-1234-5678", "010-1234-5678"),  # Egyptian national form
        ("call me at +1 (212) 555-0123", "+1 (212) 555-0123"),  # US
        ("+44 20 7946 0958", "+44 20 7946 0958"),  # UK
        ("971501234567", "971501234567"),  # international without the +
        ("رقم الواتساب 51234567", "51234567"),  # Kuwaiti number without prefix, after a phone word
    ],
)
def test_phone_found(text, number):
    assert phones(text) == [number]


def test_phone_two_numbers_in_one_run_are_two_findings():
    assert phones("0912 345 6789 - 0935 111 2222") == ["0912 345 6789", "0935 111 2222"]


@pytest.mark.parametrize(
    "text",
    [
        "51234567",  # 8 digits with no phone word: could be anything
        "سفارش 12345678",  # order number
        "price 2500000 ریال",  # amount
        "2024-03-01",  # date with dashes
    ],
)
def test_phone_not_found(text):
    assert phones(text) == []

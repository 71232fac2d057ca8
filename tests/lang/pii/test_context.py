"""Context around numbers: currency words make an amount, order words an order number."""

import pytest

from voc.lang.pii.context import cue_before, is_money


def span(text, number):
    start = text.index(number)
    return start, start + len(number)


@pytest.mark.parametrize(
    "text, number",
    [
        ("قیمت 2500000 تومان", "2500000"),
        ("قیمت 2500000تومن", "2500000"),
        ("السعر 3500000 ريال", "3500000"),
        ("paid $1299999", "1299999"),
        ("1299999 USD", "1299999"),
        ("خصم 20%", "20"),
    ],
)
def test_is_money(text, number):
    assert is_money(text, *span(text, number))


def test_is_not_money_without_currency():
    text = "شماره 09123456789 تماس"
    assert not is_money(text, *span(text, "09123456789"))


@pytest.mark.parametrize(
    "text, number, cue",
    [
        ("شماره سفارش 12345678", "12345678", "order"),  # the longer cue wins at the same end
        ("شماره من 09123456789", "09123456789", "phone"),
        ("رقم الطلب 123456789", "123456789", "order"),
        ("رقم جوالي 0501234567", "0501234567", "phone"),
        ("call me on 51234567", "51234567", "phone"),
        ("order #12345678", "12345678", "order"),
        ("تلفن ندارم ولی سفارش 12345678", "12345678", "order"),  # the nearest cue counts
        ("hello 12345678", "12345678", None),
    ],
)
def test_cue_before(text, number, cue):
    assert cue_before(text, span(text, number)[0]) == cue

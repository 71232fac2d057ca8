"""Payment card recognizer: Luhn-valid 13-19 digits with an issuer first digit."""

import pytest

from voc.lang.pii import find_all
from voc.lang.pii.card import is_card
from voc.lang.pii.numbers import Window


def window(digits: str) -> Window:
    return Window(0, len(digits), digits, False, 1)


@pytest.mark.parametrize(
    "digits", ["4111111111111111", "5555555555554444", "6037997512345670", "378282246310005"]
)
def test_card_valid(digits):
    assert is_card(window(digits))


@pytest.mark.parametrize(
    "digits",
    [
        "4111111111111112",  # Luhn fails
        "1111111111111117",  # Luhn-valid but no card starts with 1
        "0000000000000000",  # one repeated digit (and no issuer starts with 0)
        "411111111111",  # too short
    ],
)
def test_card_invalid(digits):
    assert not is_card(window(digits))


@pytest.mark.parametrize(
    "text, card",
    [
        ("کارت 6037-9975-1234-5670 بود", "6037-9975-1234-5670"),
        ("card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
    ],
)
def test_card_found_in_text(text, card):
    (hit,) = find_all(text)
    assert (hit.kind, text[hit.start : hit.end]) == ("CARD", card)

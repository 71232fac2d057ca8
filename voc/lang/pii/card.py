"""Payment card numbers: 13 to 19 digits passing the Luhn check (python-stdnum)."""

from __future__ import annotations

from stdnum import luhn

from voc.lang.pii.numbers import Window

MIN_DIGITS, MAX_DIGITS = 13, 19
# Issuer ranges start with 2-6 (Mastercard 2/5, Visa 4, Amex 3, Shetab and Mada cards 5/6).
_ISSUER_FIRST_DIGITS = frozenset("23456")


def is_card(window: Window) -> bool:
    """True when the window's digits are a plausible, Luhn-valid card number."""
    digits = window.digits
    return (
        MIN_DIGITS <= len(digits) <= MAX_DIGITS
        and digits[0] in _ISSUER_FIRST_DIGITS
        and len(set(digits)) > 1  # not one repeated digit
        and luhn.is_valid(digits)
    )

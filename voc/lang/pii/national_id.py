"""National ID numbers: Iranian کد ملی (10 digits, mod-11 check) and Saudi national/iqama IDs."""

from __future__ import annotations

from stdnum import luhn

from voc.lang.pii.numbers import Window

DIGITS = 10


def is_iranian_id(digits: str) -> bool:
    """Iranian national code: 9 digits and a check digit (mod 11), not one repeated digit.

    >>> is_iranian_id("0499370899")
    True
    """
    if len(digits) != DIGITS or not digits.isdigit() or len(set(digits)) == 1:
        return False
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = int(digits[9])
    return check == remainder if remainder < 2 else check == 11 - remainder


def is_saudi_id(digits: str) -> bool:
    """Saudi national ID (starts with 1) or residence iqama (starts with 2), Luhn-checked."""
    return len(digits) == DIGITS and digits[0] in "12" and len(set(digits)) > 2 and luhn.is_valid(digits)


def is_national_id(window: Window) -> bool:
    """True when the window's digits are an Iranian or Saudi national ID.

    A leading "00" does not make it a phone number: many Iranian codes start with it
    ("0084575948"). A window written with "+" is never an ID.
    """
    return not window.plus_sign and (is_iranian_id(window.digits) or is_saudi_id(window.digits))

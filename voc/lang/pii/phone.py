"""Phone numbers, validated by Google's libphonenumber (the ``phonenumbers`` package).

International forms ("+98 912 345 6789", "00971 50 123 4567", "966501234567") are valid in
any country. National forms are tried against the markets voc serves: with a trunk 0
("0912 345 6789" Iran, "010 1234 5678" Egypt, "050 123 4567" Saudi/UAE), or, without one
(8-digit Gulf numbers, "9121234567"), only after a phone word such as تلفن / رقم / call.
"""

from __future__ import annotations

import phonenumbers

from voc.lang.pii.numbers import Window

MIN_DIGITS, MAX_DIGITS = 8, 15
# Markets whose national numbers start with a trunk 0, most likely first.
TRUNK_REGIONS = ("IR", "EG", "SA", "AE", "JO", "SY", "IQ", "LB", "GB", "TR")
# Markets whose national numbers have no trunk prefix (Gulf) or where one is often dropped.
BARE_REGIONS = ("KW", "QA", "BH", "OM", "US", "IR", "SA", "AE", "EG")


def is_phone(window: Window, phone_cue: bool) -> bool:
    """True when the window spells a valid phone number.

    Args:
        window: The digit groups.
        phone_cue: A phone word stands just before the number.
    """
    digits = window.digits
    if window.plus:
        return _valid("+" + (digits[2:] if digits.startswith("00") else digits), None)
    if digits.startswith("0"):
        return any(_valid(digits, region) for region in TRUNK_REGIONS)
    if len(digits) >= 11 and _valid("+" + digits, None):
        return True
    return phone_cue and any(_valid(digits, region) for region in BARE_REGIONS)


def _valid(number: str, region: str | None) -> bool:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)

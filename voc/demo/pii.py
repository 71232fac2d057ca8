"""Planted personal data: fictitious phones, e-mails, cards and IDs with valid check digits.

Every value here is made up for the demo (reserved example domains, test card numbers,
UK/US fictional phone ranges); check digits are valid so that redaction that validates
them (Luhn, IBAN mod 97, Iranian national ID) still has to catch them.
"""

from __future__ import annotations

PHONES = {
    "fa": ["0912 345 6789", "+98 912 345 6789", "۰۹۱۲۳۴۵۶۷۸۹", "09351234567", "۰۹۳۵ ۱۱۱ ۲۲۳۳", "+98-21-8877-6655"],
    "ar": ["+971 50 123 4567", "٠٥٠١٢٣٤٥٦٧", "050-765-4321", "+966 55 123 4567", "+964 770 123 4567"],
    "en": ["+44 7700 900123", "(415) 555-0134", "+971 55 987 6543", "+1 212 555 0199"],
}
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def luhn_complete(digits: str) -> str:
    """``digits`` with the Luhn check digit appended."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


def iranian_national_id(first9: str) -> str:
    """A 10-digit Iranian national ID (کد ملی) with its check digit."""
    s = sum(int(d) * (10 - i) for i, d in enumerate(first9)) % 11
    return first9 + str(s if s < 2 else 11 - s)


def iban(country: str, bban: str) -> str:
    """An IBAN with valid mod-97 check digits, e.g. ``IR..`` + 22 digits."""
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - num % 97:02d}{bban}"


def group4(s: str, sep: str = " ") -> str:
    """'6037997512345678' -> '6037 9975 1234 5678'."""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


CARDS = {
    "en": "4111 1111 1111 1111",  # the well-known Visa test number
    "ar": "5500 0000 0000 0004",  # Mastercard test number
    "fa": group4(luhn_complete("603799" + "751234567"), "-").translate(PERSIAN_DIGITS),
}
IBANS = {"fa": iban("IR", "0170000000" + "123456789001")}
NATIONAL_IDS = {
    "fa": iranian_national_id("008123456"),
    "ar": "784-1990-" + luhn_complete("78419901234567")[-8:-1] + "-" + luhn_complete("78419901234567")[-1],
}


def email_address(handle: str, n: int) -> str:
    """A reserved-domain address for a customer handle."""
    return f"{handle}@{EMAIL_DOMAINS[n % len(EMAIL_DOMAINS)]}"

"""IBAN recognizer: country code and checksum; bare 24-digit Iranian شبا numbers."""

import pytest

from voc.lang.pii import find_all, iban


@pytest.mark.parametrize(
    "text, found",
    [
        ("شبا IR11 0170 0000 0012 3456 7890 01 است", "IR11 0170 0000 0012 3456 7890 01"),
        ("الآيبان SA03 8000 0000 6080 1016 7519 شكرا", "SA03 8000 0000 6080 1016 7519"),
        ("AE070331234567890123456", "AE070331234567890123456"),
        ("iban gb29 nwbk 6016 1331 9268 19 is mine", "gb29 nwbk 6016 1331 9268 19"),
        ("EG380019000500000000263180002", "EG380019000500000000263180002"),
    ],
)
def test_iban_found(text, found):
    (hit,) = iban.find(text)
    assert (hit.kind, text[hit.start : hit.end]) == ("IBAN", found)


@pytest.mark.parametrize(
    "text",
    [
        "SA04 8000 0000 6080 1016 7519",  # checksum fails
        "IR12 0170 0000 0012 3456 7890 01",
        "AB12 3456 7890 1234",  # no such country
    ],
)
def test_iban_not_found(text):
    assert list(iban.find(text)) == []


def test_iban_bare_iranian_sheba_digits():
    text = "شماره شبا 110170000000123456789001"
    (hit,) = find_all(text)
    assert (hit.kind, text[hit.start : hit.end]) == ("IBAN", "110170000000123456789001")


def test_iban_is_valid_iranian_by_checksum_only():
    assert iban.is_valid("IR110170000000123456789001")
    assert not iban.is_valid("IR110170000000123456789002")
    assert not iban.is_valid("IR1101700000001234567890")  # too short

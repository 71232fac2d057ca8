"""National ID recognizers: Iranian کد ملی (mod 11) and Saudi ID / iqama (Luhn)."""

import pytest

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

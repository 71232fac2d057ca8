"""Digit runs: what joins groups into one number and what marks an ordinary number."""

import pytest

from voc.lang.pii import numbers


def runs(text):
    return [text[r[0].start() : r[-1].end()] for r in numbers.runs(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0912 345 6789", ["0912 345 6789"]),
        ("(021) 8888-7777", ["021) 8888-7777"]),
        ("2,500,000 تومان", []),  # thousands separators: a price
        ("1402/05/12", []),  # date with slashes
        ("2024-03-01", []),  # date with dashes
        ("3.14159265", []),  # decimal
        ("ORD12345678", []),  # part of a code
        ("سفارش 12345", []),  # too short to be personal data
        ("1 2 3 4 5 6 7 8 9", []),  # a list of single digits is not one number
        ("049-937089-9", ["049-937089-9"]),  # a final single digit after a dash is
    ],
)
def test_runs(text, expected):
    assert runs(text) == expected


def test_windows_longest_first():
    text = "0912 345 6789"
    (run,) = list(numbers.runs(text))
    sizes = [w.groups for w in numbers.windows(text, run, 7, 15)]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 3


def test_window_marks_international_forms():
    text = "+98 912 345 6789 and 00971 50 123 4567"
    plus = [w.plus for r in numbers.runs(text) for w in numbers.windows(text, r, 11, 15)]
    assert plus and all(plus)


@pytest.mark.parametrize(
    "text, plus_sign",
    [
        ("+98 912 345 6789", True),  # a literal "+": never a national ID
        ("0098 912 345 6789", False),  # "00" is international form but may open a national ID
    ],
)
def test_window_marks_a_literal_plus_sign(text, plus_sign):
    (run,) = list(numbers.runs(text))
    (first, *_) = numbers.windows(text, run, 7, 15)
    assert (first.plus, first.plus_sign) == (True, plus_sign)

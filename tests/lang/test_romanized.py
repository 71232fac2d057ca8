"""Finglish (Persian in Latin letters) and Arabizi (Arabic in Latin letters, 2/3/5/7 as letters)."""

import pytest

from voc.lang import process
from voc.lang.romanized import is_arabizi_digit_word, romanized_kind


@pytest.mark.parametrize(
    "text, kind",
    [
        ("salam, sefaresh kheili dir resid va ghaza sard bood", "finglish"),
        ("mamnoon az peyk, khoob bood", "finglish"),
        ("ana 3ayez arga3 el order, el montag mesh kwayes", "arabizi"),
        ("wallah el service 7elw bas el delivery ta2akhar", "arabizi"),
        # English, even with a borrowed word or texting digits
        ("the food was great, salam to the chef", None),
        ("Uwon't allow me2make changes online", None),
        ("I ordered 2 items on the 3rd, got them at 5pm", None),
    ],
)
def test_romanized_kind(text, kind):
    assert romanized_kind(text) == kind


@pytest.mark.parametrize(
    "token, expected",
    [("3ala", True), ("7elw", True), ("ma3a", True), ("2nd", False), ("5pm", False),
     ("mp3", False), ("a7", False), ("2day", False), ("3days", False)],
)
def test_is_arabizi_digit_word(token, expected):
    assert is_arabizi_digit_word(token) is expected


def test_process_flags_finglish_as_persian():
    p = process("salam, sefaresh kheili dir resid va ghaza sard bood")
    assert (p.lang, p.romanized) == ("fa", "finglish")


def test_process_flags_arabizi_as_arabic():
    p = process("ana 3ayez arga3 el order, el montag mesh kwayes")
    assert (p.lang, p.romanized) == ("ar", "arabizi")


def test_process_plain_english_is_not_romanized():
    assert process("The order arrived late").romanized is None

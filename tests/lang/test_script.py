"""Script grouping of words and the letter/word evidence for Persian vs Arabic."""

import pytest

from voc.lang.script import arabic_evidence, count_scripts


def test_count_scripts_groups_words_by_writing_system():
    counts = count_scripts("گوشی Samsung خیلی خوبه، Привет 123 café don't")
    assert counts.arabic == ["گوشی", "خیلی", "خوبه"]
    assert counts.latin == ["Samsung", "café", "don't"]
    assert counts.other == ["Привет"]
    assert counts.total == 7


def test_count_scripts_keeps_zwnj_diacritics_and_kashida_inside_a_word():
    assert count_scripts("می\u200cروم بُزرگ خیلــی").arabic == ["می\u200cروم", "بُزرگ", "خیلــی"]


@pytest.mark.parametrize(
    "text, fa_letters, ar_letters",
    [
        ("پیک دیر رسید", 5, 0),  # پ ک and three ی
        ("مكتبة جميلة", 0, 3),  # ك ة ة
        ("چای گرم", 2.0, 0),  # ی counts 1, چ and گ half each
        ("۱۲ و ١٢", 2, 2),  # Persian vs Arabic-Indic digits
    ],
)
def test_arabic_evidence_letters(text, fa_letters, ar_letters):
    ev = arabic_evidence(text, count_scripts(text).arabic)
    assert (ev.fa_letters, ev.ar_letters) == (fa_letters, ar_letters)


def test_arabic_evidence_words_fold_spelling_and_stretching():
    # "خيلي" with Arabic yeh is the Persian word خیلی; "جداااا" is Arabic جدا stretched
    text = "خيلي بود جداااا الخدمة"
    ev = arabic_evidence(text, count_scripts(text).arabic)
    assert (ev.fa_words, ev.ar_words) == (2, 2)


def test_arabic_evidence_persian_words_starting_with_al_are_not_arabic():
    text = "البته الان فوق العاده"
    assert arabic_evidence(text, count_scripts(text).arabic).ar_words == 0

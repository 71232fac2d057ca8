"""Normalizers: one per language, small steps, Latin digits, a map back to the raw text."""

import pytest

from voc.errors import VocError
from voc.lang import NORMALIZER_VERSION, get_normalizer
from voc.lang.common import PRE_STEPS
from voc.lang.mapped import MappedText

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # Arabic yeh and kaf typed on an old keyboard become Persian ی and ک
        ("كيفيت خيلي خوب بود", "کیفیت خیلی خوب بود"),
        # kashida stretches a word: removed
        ("خیلــــی دیــر رسید", "خیلی دیر رسید"),
        # diacritics (harakat) removed
        ("اِعلام کَرد", "اعلام کرد"),
        # Persian digits become Latin (hazm alone would do the opposite)
        ("۳ عدد پیتزا ۲۵۰۰۰۰ تومان", "3 عدد پیتزا 250000 تومان"),
        # mixed digit forms in one number (Persian, Arabic-Indic, Latin)
        ("۰۹١٢3456789", "09123456789"),
        # ZWNJ (نیم‌فاصله) after می and before ها, as Persian spells them
        ("می روم کتاب ها را بیاورم", f"می{ZWNJ}روم کتاب{ZWNJ}ها را بیاورم"),
        # doubled ZWNJ and ZWNJ next to a space are cleaned
        (f"کاروان{ZWNJ}{ZWNJ}سرا {ZWNJ}خوب", f"کاروان{ZWNJ}سرا خوب"),
        # punctuation spacing: no space before ، ؟ ., a space after before a Persian word
        ("سلام ،خوبی ؟ممنون", "سلام، خوبی؟ ممنون"),
        # Arabic presentation forms (copied from PDFs) become ordinary letters
        ("ﺳﻼﻡ دوست", "سلام دوست"),
        # bidi marks and zero-width spaces disappear
        ("سلام\u200f \u200bدوست", "سلام دوست"),
        # e-mail and URL keep their dots (no space is put after them)
        ("ایمیل ali.rezaei@mail.ir و www.shop.ir", "ایمیل ali.rezaei@mail.ir و www.shop.ir"),
        # a number glued to a Persian word is separated
        ("به طول۹متر", "به طول 9 متر"),
    ],
)
def test_normalize_persian(raw, expected):
    assert get_normalizer("fa")(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # hamzated alef forms become a bare alef
        ("أحمد ذهب إلى آخر المدينة", "احمد ذهب الي اخر المدينة"),
        # alef maksura becomes yeh; ta marbuta is kept by default
        ("على مستوى جيدة", "علي مستوي جيدة"),
        # diacritics and tanwin removed
        ("مُمْتَازٌ جداً", "ممتاز جدا"),
        # tatweel removed
        ("جمـــيل جدا", "جميل جدا"),
        # Arabic-Indic digits become Latin
        ("السعر ٣٥٠ ريال", "السعر 350 ريال"),
        # Persian-keyboard ی and ک become Arabic ي and ك
        ("کبیر", "كبير"),
        # no space before Arabic punctuation, one after it
        ("ممتاز ،شكرا ؟", "ممتاز، شكرا؟"),
        # lam-alef ligature spelled out
        ("ﻻ أعرف", "لا اعرف"),
    ],
)
def test_normalize_arabic(raw, expected):
    assert get_normalizer("ar")(raw) == expected


def test_normalize_arabic_teh_marbuta_is_an_option():
    assert get_normalizer("ar", teh_marbuta=True)("جميلة") == "جميله"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # curly quotes and typographic dashes become ASCII
        ("I don’t know — it’s “late”", "I don't know - it's \"late\""),
        # spaces collapse, lines keep their break, ends are stripped
        ("  Agent:   hello \r\n Customer:  hi  ", "Agent: hello\nCustomer: hi"),
        # a lone ! attaches to the word before it
        ("still waiting !", "still waiting!"),
        # full-width characters become ASCII
        ("ＯＲＤＥＲ　１２", "ORDER 12"),
    ],
)
def test_normalize_english(raw, expected):
    assert get_normalizer("en")(raw) == expected


@pytest.mark.parametrize("lang", ["fa", "ar", "en", "other"])
@pytest.mark.parametrize("raw", ["", "   ", "\n\t \u200c \u200f"])
def test_normalize_empty_and_whitespace_only(lang, raw):
    mt = get_normalizer(lang).normalize_mapped(MappedText.of(raw))
    assert mt.text == ""
    assert mt.offsets == [len(raw)]


def test_normalize_other_only_runs_language_independent_steps():
    # Cyrillic is left alone; digits and spaces are still canonical
    assert get_normalizer("other")("Привет  ١٢") == "Привет 12"


def test_get_normalizer_unknown_code_lists_supported_ones():
    with pytest.raises(VocError) as err:
        get_normalizer("de")
    message = str(err.value)
    assert "E013" in message and "'de'" in message
    for code in ("fa", "ar", "en"):
        assert code in message


@pytest.mark.parametrize("lang", ["fa", "ar", "en", "other"])
def test_normalizer_steps_start_with_pre_steps_and_are_named(lang):
    normalizer = get_normalizer(lang)
    assert tuple(normalizer.steps[: len(PRE_STEPS)]) == PRE_STEPS
    assert all(name.islower() and "_" in name for name in normalizer.step_names)


def test_normalizer_version_is_a_string():
    assert isinstance(NORMALIZER_VERSION, str) and NORMALIZER_VERSION

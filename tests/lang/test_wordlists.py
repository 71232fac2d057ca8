"""Stop-word lists: data in voc/lang/{fa,ar,en}/stop_words.py, in the normalized form, by code."""

import re
import subprocess
import sys
from importlib import import_module

import pytest

from voc.errors import VocError
from voc.lang import get_normalizer, stop_words

LANGS = ("fa", "ar", "en")
# One token as voc cuts text: letters and digits, a ZWNJ kept inside a Persian word.
TOKEN_RE = re.compile(r"[^\W_]+(?:\u200c[^\W_]+)*")


@pytest.mark.parametrize("lang", LANGS)
def test_stop_words_are_in_normalized_form(lang):
    normalize = get_normalizer(lang)
    words = stop_words(lang)
    assert words
    assert [w for w in words if normalize(w) != w or w != w.lower()] == []


@pytest.mark.parametrize("lang", LANGS)
def test_stop_words_are_single_tokens_listed_once(lang):
    listed = import_module(f"voc.lang.{lang}.stop_words").STOP_WORDS
    assert len(listed) == len(set(listed))  # a duplicate hides a review mistake
    assert [w for w in listed if not TOKEN_RE.fullmatch(w)] == []  # no "شده_است", "n't"


@pytest.mark.parametrize(
    "lang, raw",
    [
        ("fa", "است"),
        ("fa", "مي شود"),  # Arabic yeh and a space after می: normalized to "می‌شود"
        ("fa", "شده‌است"),  # compound verb with ZWNJ (hazm writes "شده_است")
        ("fa", "يه"),  # colloquial "a/one" typed with Arabic yeh
        ("fa", "بهش"),  # colloquial pronoun with enclitic
        ("ar", "إلى"),  # hamzated alef and alef maksura: normalized to "الي"
        ("ar", "الى"),  # the same word spelled plainly
        ("ar", "اللى"),  # dialect relative pronoun, Egyptian spelling
        ("ar", "عشان"),  # Gulf/Egyptian "because"
        ("ar", "هٰذا"),  # with a dagger alef (a diacritic) over the ه
        ("en", "The"),  # English is matched lower-cased
        ("en", "whereas"),
    ],
)
def test_stop_words_match_normalized_text(lang, raw):
    assert get_normalizer(lang)(raw).lower() in stop_words(lang)


@pytest.mark.parametrize(
    "lang, word",
    [
        ("fa", "ساله"),  # "گارانتی ۲ ساله": the promise itself, left out of hazm's list
        ("fa", "رسید"),  # "دیر رسید": the delivery complained about
        ("fa", "شده_است"),  # hazm's underscore form is not what normalized text holds
        ("ar", "اليوم"),  # "توصيل في نفس اليوم"
        ("ar", "إلى"),  # only the normalized spelling is listed
        ("en", "used"),  # "sold a used phone as new"
        ("en", "n't"),  # a contraction piece, never one of voc's tokens
    ],
)
def test_stop_words_leave_out(lang, word):
    assert word not in stop_words(lang)


def test_stop_words_other_is_empty():
    assert stop_words("other") == frozenset()


@pytest.mark.parametrize("lang", ["de", "FA", "farsi", ""])
def test_stop_words_unknown_code_names_the_supported_ones(lang):
    with pytest.raises(VocError, match=r"E013 .*Supported codes: fa, ar, en, other"):
        stop_words(lang)


def test_stop_words_do_not_load_hazm_or_camel_tools():
    code = (
        "import sys, voc.lang as L; [L.stop_words(x) for x in ('fa', 'ar', 'en')]; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('hazm', 'camel_tools', 'spacy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""Cue phrases are found on word boundaries, through spelling variants, with their positions."""

from __future__ import annotations

import pytest

from voc.classify.cues import CATEGORIES, cue_set
from voc.classify.prep import prepare


def found(text: str, lang: str) -> set[tuple[str, str]]:
    doc = prepare(text, lang)
    return {(CATEGORIES[c], doc.text[s:e]) for c, s, e in doc.hits}


@pytest.mark.parametrize("text, lang, expected", [
    # ZWNJ inside "عکس‌ها" folds to a space; the starred stem "عکس*" still matches
    ("عکس‌ها با محصول فرق داشت", "fa", ("MISMATCH", "فرق داشت")),
    ("عکس‌ها با محصول فرق داشت", "fa", ("SOURCE_LISTING", "عکس")),
    # Arabic yeh/kaf typed in Persian text ("مشخصات" with ي) still match Persian cues
    ("طبق مشخصات سايت ارسال رايگان بود", "fa", ("TOPIC_PRICING", "ارسال رایگان")),
    # Arabic: clitics "وبـ" before the listing cue, teh marbuta folded to heh
    ("وبالصورة كان اللون مختلف عن المنتج", "ar", ("SOURCE_LISTING", "وبالصوره")),
    # Arabic: kashida (tatweel) inside a word is removed by the normalizer first
    ("حسب الإعـــلان التوصيل خلال يومين", "ar", ("PROMISE", "حسب الاعلان")),
    # English: case folded, and a starred stem covers "advertised"
    ("The AD clearly ADVERTISED free shipping", "en", ("SOURCE_ADVERTISING", "advertised")),
])
def test_cues_found_through_variants(text, lang, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize("text, lang, absent", [
    # "قال" must not match inside "انتقال" (transfer)
    ("تم انتقال المطعم الى موقع جديد", "ar", "PROMISE"),
    # "برعکس" (on the contrary) is not the photo cue "عکس"
    ("برعکس دفعه قبل غذا داغ بود", "fa", "SOURCE_LISTING"),
    # "how am I supposed to" is a question, not a promise
    ("How am I supposed to rebook if nobody answers?", "en", "PROMISE"),
    # the customer's own promise is not the seller's
    ("I promise I will fly with you again", "en", "PROMISE"),
])
def test_cues_not_found_inside_words_or_pseudo_promises(text, lang, absent):
    assert absent not in {cat for cat, _ in found(text, lang)}


def test_cues_every_language_has_every_category():
    for lang in ("fa", "ar", "en"):
        module = __import__(f"voc.lang.{lang}.promise_cues", fromlist=["x"])
        missing = [c for c in CATEGORIES if not [p for p in getattr(module, c, []) if p.strip()]]
        assert not missing, f"{lang} has no phrases for {missing}"


def test_cues_fingerprint_changes_with_language():
    assert len({cue_set(lang).fingerprint for lang in ("fa", "ar", "en")}) == 3

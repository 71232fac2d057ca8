"""MappedText: every edit keeps a map from normalized characters back to raw offsets."""

import re

import pytest

from voc.lang.mapped import CharMap, MappedText, map_span


def check_invariants(mt: MappedText, raw: str) -> None:
    assert len(mt.offsets) == len(mt.text) + 1
    assert mt.offsets[-1] == len(raw)
    assert all(a <= b for a, b in zip(mt.offsets, mt.offsets[1:]))


def test_mapped_of_is_identity():
    mt = MappedText.of("سلام")
    assert mt.offsets == [0, 1, 2, 3, 4]


def test_mapped_translate_keeps_offsets_and_skips_clean_text():
    table = CharMap.of(str.maketrans({"ي": "ی", "ك": "ک"}))
    mt = MappedText.of("كتاب خوب")
    out = mt.translate(table)
    assert out.text == "کتاب خوب"
    assert out.offsets is mt.offsets
    clean = MappedText.of("hello")
    assert clean.translate(table) is clean


def test_mapped_charmap_rejects_expansions():
    with pytest.raises(ValueError):
        CharMap.of({ord("ﻻ"): "لا"})


@pytest.mark.parametrize(
    "raw, pattern, repl, expected, span, raw_piece",
    [
        # kashida deleted: "دنیـــا" -> "دنیا"; the word maps back with its kashidas
        ("دنیـــا خوب", "\u0640", "", "دنیا خوب", (0, 4), "دنیـــا"),
        # a run of spaces collapsed: the second word maps to itself only
        ("خیلی    خوب", " {2,}", " ", "خیلی خوب", (5, 8), "خوب"),
        # a ligature expanded: either half maps to the whole raw character
        ("ﻻ بد", "ﻻ", "لا", "لا بد", (0, 1), "ﻻ"),
        # ZWNJ inserted between a word and ها (hazm's rule): the word maps to itself
        ("کتابهها", "(ه)(ها)", "\\1\u200c\\2", "کتابه\u200cها", (0, 5), "کتابه"),
        # diacritics deleted at the end of a word fold into that word
        ("كتابٌ جميل", "[\u064b-\u0652]", "", "كتاب جميل", (0, 4), "كتابٌ"),
    ],
)
def test_mapped_sub_maps_spans_back(raw, pattern, repl, expected, span, raw_piece):
    mt = MappedText.of(raw).sub(re.compile(pattern), repl)
    assert mt.text == expected
    check_invariants(mt, raw)
    a, b = mt.raw_span(*span)
    assert raw[a:b] == raw_piece


def test_mapped_sub_without_match_returns_same_object():
    mt = MappedText.of("abc")
    assert mt.sub(re.compile("x"), "y") is mt


def test_mapped_splice_placeholder_covers_whole_raw_span():
    raw = "شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ است"
    mt = MappedText.of(raw).splice([(6, 19, "[PHONE]")])
    assert mt.text == "شماره [PHONE] است"
    check_invariants(mt, raw)
    assert raw[slice(*mt.raw_span(6, 13))] == "۰۹۱۲ ۳۴۵ ۶۷۸۹"
    # a span ending inside the placeholder still covers the whole number
    assert raw[slice(*mt.raw_span(0, 9))] == "شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹"


def test_map_span_trims_whitespace_the_span_did_not_ask_for():
    raw = "  hello   world  "
    offsets = [2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17]
    norm = "hello world"
    assert map_span(offsets, norm, 0, 5, raw) == (2, 7)
    assert map_span(offsets, norm, 6, 11, raw) == (10, 15)


@pytest.mark.parametrize("span", [(-1, 2), (3, 2), (0, 99)])
def test_map_span_rejects_spans_outside_the_text(span):
    with pytest.raises(IndexError):
        MappedText.of("abc").raw_span(*span)


def test_map_span_empty_span_is_empty():
    assert MappedText.of("abc").raw_span(1, 1) == (1, 1)

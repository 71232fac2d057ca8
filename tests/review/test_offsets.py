"""Code point and UTF-16 offsets agree on Persian/Arabic letters and ZWNJ and differ after emoji."""

from __future__ import annotations

import pytest

from voc.errors import InputError
from voc.review.offsets import from_utf16, span_from_utf16, span_to_utf16, to_utf16


def js_index(text: str, index: int) -> int:
    """How JavaScript counts: the UTF-16 units of the prefix (independent of the code under test)."""
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", [
    "می‌خواستم کالا را پس بدهم",  # ZWNJ (U+200C) inside a Persian word: one unit in both counts
    "وعدوني بالتوصيل 😡 خلال يومين",  # emoji (astral, two UTF-16 units) between Arabic words
    "🙏🏽گفتند ۲ روزه می‌رسد 📦",  # emoji with skin-tone modifier first, Persian digits
    "تـــأخير كبير",  # kashida (tatweel) runs, one unit each
    "plain english",
])
def test_offsets_to_and_from_utf16_match_javascript(text):
    for i in range(len(text) + 1):
        assert to_utf16(text, i) == js_index(text, i)
        assert from_utf16(text, js_index(text, i)) == i


def test_offsets_span_round_trip_after_emoji():
    text = "سلام 😀😀 فروشنده گفت"
    start = text.index("فروشنده")
    u16 = span_to_utf16(text, start, len(text))
    assert u16 == (start + 2, len(text) + 2)  # two emoji, each one extra unit
    assert span_from_utf16(text, *u16) == (start, len(text))


def test_offsets_inside_a_surrogate_pair_is_an_error():
    with pytest.raises(InputError, match="splits"):
        from_utf16("a😀b", 2)  # between the two halves of the emoji
    with pytest.raises(InputError, match="past the end"):
        from_utf16("ab", 3)

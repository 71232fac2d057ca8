"""Customer-name recognizer: whole name and its parts, matched on normalized text."""

import pytest

from voc.lang import get_normalizer, process
from voc.lang.pii import names


@pytest.mark.parametrize(
    "lang, name, text, expected",
    [
        ("en", "Sara Ahmadi", "sara  ahmadi called, and Sara was told no", ["sara ahmadi", "Sara"]),
        # Arabic yeh/kaf spelling in the text still matches a name given with Persian letters
        ("fa", "علی کریمی", "سلام علي كريمي هستم", ["علی کریمی"]),
        # alef with hamza in the name, bare alef in the text
        ("ar", "أحمد", "انا احمد من الرياض", ["احمد"]),
        # name parts shorter than three letters are not redacted on their own
        ("en", "Li Wu", "Li Wu says li is fine", ["Li Wu"]),
    ],
)
def test_names_found(lang, name, text, expected):
    normalizer = get_normalizer(lang)
    norm = normalizer(text)
    found = [norm[f.start : f.end] for f in names.find(norm, names.pattern([name], normalizer))]
    assert found == expected


def test_names_pattern_none_without_names():
    assert names.pattern([], get_normalizer("en")) is None
    assert names.pattern(["", "  "], get_normalizer("en")) is None


def test_names_single_string_is_one_name():
    p = process("Sara Ahmadi here", names="Sara Ahmadi")
    assert p.text_norm == "[NAME] here"


def test_names_do_not_match_inside_words():
    normalizer = get_normalizer("en")
    assert list(names.find("Samantha", names.pattern(["Sam"], normalizer))) == []

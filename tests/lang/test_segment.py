"""Sentence segmentation: punctuation before a space, newlines (transcript turns) always."""

import pytest

from voc.lang import process
from voc.lang.segment import sentence_spans, split_lines


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("غذا سرد بود. پیک دیر رسید!", ["غذا سرد بود.", "پیک دیر رسید!"]),
        # Persian/Arabic question mark
        ("چرا دیر رسید؟ دیگه سفارش نمیدم", ["چرا دیر رسید؟", "دیگه سفارش نمیدم"]),
        ("الطلب تأخر؟ نعم… للأسف", ["الطلب تأخر؟", "نعم…", "للأسف"]),
        # decimals, e-mail addresses and times do not end a sentence
        ("وزن 1.5 کیلو بود و ایمیل ali.r@mail.ir را دادم", ["وزن 1.5 کیلو بود و ایمیل ali.r@mail.ir را دادم"]),
        # transcript turns: one sentence per line, even without punctuation
        ("کارشناس: سلام بفرمایید\nمشتری: سفارشم نرسیده", ["کارشناس: سلام بفرمایید", "مشتری: سفارشم نرسیده"]),
        # closing quotes stay with their sentence
        ('گفت «فردا می‌رسد.» ولی نرسید', ["گفت «فردا می‌رسد.»", "ولی نرسید"]),
        ("", []),
        ("  \n  ", []),
    ],
)
def test_sentence_spans(text, expected):
    assert sentences(text) == expected


def test_split_lines_cuts_spans_at_newlines():
    text = "Agent: hello. How can I help\nCustomer: my order"
    assert [text[a:b] for a, b in split_lines([(0, len(text))], text)] == [
        "Agent: hello. How can I help",
        "Customer: my order",
    ]


def test_process_english_uses_spacy_and_keeps_abbreviations():
    # spaCy's tokenizer keeps "Mr." whole, so it does not end a sentence
    p = process("Mr. Brown promised a refund. It never came.\nAgent: sorry about that")
    assert p.sentence_texts() == ["Mr. Brown promised a refund.", "It never came.", "Agent: sorry about that"]


def test_process_transcript_turns_are_sentences_with_languages():
    p = process("Agent: how can I help you today?\nمشتری: سفارشم هنوز نرسیده و پول را هم پس نمی‌دهند")
    assert p.sentence_texts()[0].startswith("Agent:")
    assert p.sentence_texts()[1].startswith("مشتری:")
    assert p.langs == ["en", "fa"]


def test_process_english_with_a_long_punctuation_run_uses_the_rule_splitter():
    # spaCy's tokenizer is quadratic on "!!!!..." runs; voc's rules split this instead
    p = process("Worst service ever" + "!" * 5000 + " Never again.")
    assert p.sentence_texts() == ["Worst service ever" + "!" * 5000, "Never again."]

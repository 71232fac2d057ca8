"""Processed: raw spans and PII-safe quotes of the customer's own wording."""

from voc.lang import process


def test_quote_of_a_part_replaces_only_the_pii_inside_it():
    raw = "ایمیلم ali@mail.ir است. گفتند ۲ روزه می‌رسد ولی ۱۰ روز طول کشید"
    p = process(raw)
    second = p.sentences[1]
    assert p.quote(*second) == "گفتند ۲ روزه می‌رسد ولی ۱۰ روز طول کشید"
    first = p.sentences[0]
    assert p.quote(*first) == "ایمیلم [EMAIL] است."


def test_pii_spans_are_raw_positions_of_what_was_replaced():
    raw = "call +44 20 7946 0958 now"
    p = process(raw)
    ((start, end, kind),) = p.pii_spans
    assert (raw[start:end], kind) == ("+44 20 7946 0958", "PHONE")


def test_sentence_texts_match_sentences():
    p = process("First line\nSecond line")
    assert p.sentence_texts() == [p.text_norm[a:b] for a, b in p.sentences] == ["First line", "Second line"]

"""Transcripts are read from the customer's turns; agent confirmations are counted."""

from __future__ import annotations

import pytest

from voc.classify.prep import prepare
from voc.classify.turns import split_turns


@pytest.mark.parametrize("text, channel, customer", [
    ("Agent: Hello, how can I help?\nCustomer: The ad said free delivery.\nAgent: Let me check.",
     "transcript", ["The ad said free delivery."]),
    # Persian labels; a line without a label continues the customer's turn
    ("کارشناس: سلام بفرمایید\nمشتری: فروشنده گفت رایگانه\nولی پول گرفتن", "transcript",
     ["فروشنده گفت رایگانه\nولی پول گرفتن"]),
    # Arabic labels with a space before the colon, and no channel given
    ("الموظف : اهلا وسهلا\nالعميل : وعدوني بالتوصيل خلال يومين", None, ["وعدوني بالتوصيل خلال يومين"]),
    # A clock time is not a speaker label: the whole review is the customer's
    ("Arrived at 10:30 instead of 9:00, as promised.", None, ["Arrived at 10:30 instead of 9:00, as promised."]),
])
def test_turns_customer_spans(text, channel, customer):
    turns = split_turns(text, channel)
    assert [text[s:e] for s, e in turns.customer] == customer


def test_turns_review_channel_is_never_split():
    text = "Agent: nice\nCustomer: bad"
    assert split_turns(text, "review").customer == [(0, len(text))]


def test_turns_agent_confirmation_counted_only_in_agent_turns():
    confirm = ("Agent: Hello\nCustomer: The rep promised a free upgrade.\n"
               "Agent: I'm sorry, sales should not have promised that.")
    said_by_customer = "Agent: Hello\nCustomer: Sales should not have promised that, they did."
    assert prepare(confirm, "en", "transcript").agent_confirms == 1
    assert prepare(said_by_customer, "en", "transcript").agent_confirms == 0


def test_turns_model_text_holds_customer_words_only():
    doc = prepare("Agent: our ad promised nothing\nCustomer: the room was not the sea view we booked", "en",
                  "transcript")
    assert "ad promised" not in doc.text
    assert "sea view" in doc.text

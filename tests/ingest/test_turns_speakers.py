"""Speaker labels to roles (voc.lang.speakers) and label splitting (voc.ingest.turns)."""

from __future__ import annotations

import pytest

from voc.ingest.turns import split_label
from voc.lang.speakers import fold_label, speaker_role


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Agent", "agent"),
        ("AGENT", "agent"),  # Amazon Transcribe call analytics writes upper case
        ("Agent 2", "agent"),
        ("Support Agent (Sara)", "agent"),
        ("Customer Service", "agent"),  # contains "customer" but names the agent: longest cue wins
        ("Customer", "customer"),
        ("caller", "customer"),
        ("Client", "customer"),
        ("کارشناس", "agent"),
        ("کارشناس فروش", "agent"),
        ("كارشناس", "agent"),  # Arabic kaf ك typed on an Arabic keyboard
        ("اپراتور ۳", "agent"),  # Persian digit
        ("پشتیبان", "agent"),
        ("مشتری", "customer"),
        ("مشتري", "customer"),  # Arabic yeh, as cp1256 exports write it
        ("تماس‌گیرنده", "customer"),  # ZWNJ inside the word
        ("\u200fمشتری\u200f", "customer"),  # RLM around an RTL label
        ("مـشـتری", "customer"),  # kashida (tatweel) stretching
        ("الموظف", "agent"),
        ("الوكيل", "agent"),
        ("خدمة العملاء", "agent"),  # "customer service": العملاء (plural) is not a customer label
        ("العميل", "customer"),
        ("الزبون", "customer"),
        ("المتصل", "customer"),
        ("Sara", "unknown"),
        ("spk_0", "unknown"),
        ("", "unknown"),
    ],
)
def test_speaker_role(label, role):
    assert speaker_role(label) == role


def test_fold_label_removes_marks_digits_and_folds_letters():
    assert fold_label("\u200fكارشناس ۲:") == "کارشناس"
    assert fold_label("أحمد (Agent #3)") == "احمد agent"


@pytest.mark.parametrize(
    ("line", "label", "text", "start"),
    [
        ("Agent: hello", "Agent", "hello", None),
        ("  - Customer : hi", "Customer", "hi", None),
        ("[00:01:05] مشتری: سلام", "مشتری", "سلام", 65.0),
        ("00:02 العميل： مرحبا", "العميل", "مرحبا", 2.0),  # full-width colon
        ("(00:00:03.5) الموظف: أهلاً", "الموظف", "أهلاً", 3.5),
        ("\u200fکارشناس\u200f: بفرمایید", "کارشناس", "بفرمایید", None),
        ("Agent:", "Agent", "", None),  # label alone; the words follow on the next lines
    ],
)
def test_split_label(line, label, text, start):
    got = split_label(line)
    assert (got.label, got.text, got.start) == (label, text, start)


@pytest.mark.parametrize(
    "line",
    [
        "They told me on the phone that it was free, as in: no cost",  # too many words before the colon
        "10:30 is when they promised",  # a time, not a label
        "گفتند ساعت ۱۰ می‌آیند.",  # no colon
        ": starts with a colon",
    ],
)
def test_split_label_ignores_lines_that_are_not_labelled(line):
    assert split_label(line) is None

"""Who a transcript's speaker label names: the agent, the customer, or unknown."""

from __future__ import annotations

import re

from voc.lang.ar import speakers as ar
from voc.lang.en import speakers as en
from voc.lang.fa import speakers as fa

MAX_WORDS = 6
# Bidi controls around RTL labels ("\u200fمشتری\u200f:") and the BOM carry no meaning here.
MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u0640]")  # + tatweel "مـشتری"
NON_WORD = re.compile(r"[\W\d_]+")  # "Agent #2 (Sara)" -> "agent sara"
FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "\u200c": " "})


def fold_label(label: str) -> str:
    """A label reduced for matching: no marks, digits or punctuation, one letter per sound.

    >>> fold_label("\u200fكارشناس ۲:")
    'کارشناس'
    """
    text = MARKS.sub("", label).translate(FOLD).casefold()
    return " ".join(NON_WORD.sub(" ", text).split())


def _table() -> dict[str, str]:
    table = {}
    for module in (en, fa, ar):
        for role, cues in (("customer", module.CUSTOMER), ("agent", module.AGENT)):
            for cue in cues:
                if cue.strip():
                    table[fold_label(cue)] = role
    return table


ROLE_OF_CUE = _table()


def speaker_role(label: str) -> str:
    """``agent``, ``customer`` or ``unknown`` for a speaker label in en, fa or ar.

    The longest known label found as whole words inside ``label`` decides, so "Support
    Agent 2" is an agent and "Customer Service" is not the customer.
    """
    words = fold_label(label).split()[:MAX_WORDS]
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            role = ROLE_OF_CUE.get(" ".join(words[i:i + size]))
            if role:
                return role
    return "unknown"

"""PII redaction: find personal data in normalized text and replace it by typed placeholders.

One recognizer per kind (email, phone, card, iban, national_id, names); numbers are
matched on text whose digits are already Latin, so Persian ۰-۹ and Arabic-Indic ٠-٩ forms
are covered by the same rules. Where two findings overlap, the earlier kind in
``PRECEDENCE`` wins (an e-mail address holding a name is one [EMAIL]).
"""

from __future__ import annotations

import re
from collections import Counter

from voc.lang.mapped import MappedText
from voc.lang.pii import card, context, email, iban, names, national_id, numbers, phone
from voc.lang.pii.base import CARD, EMAIL, IBAN, KINDS, NAME, NATIONAL_ID, PHONE, Found, placeholder

__all__ = ["KINDS", "Found", "find_all", "redact_mapped", "placeholder"]

_DIGIT_RE = re.compile(r"\d")
PRECEDENCE = (EMAIL, IBAN, CARD, NATIONAL_ID, PHONE, NAME)
_LONGEST_NUMBER = iban.IRAN_DIGITS  # a bare Iranian IBAN; cards have at most 19 digits


def find_all(text: str, name_pattern: re.Pattern | None = None) -> list[Found]:
    """Every span of personal data in ``text``, in order, without overlaps."""
    found = list(email.find(text))
    found += iban.find(text)
    found += names.find(text, name_pattern)
    if _DIGIT_RE.search(text):
        found += _numeric(text)
    return _without_overlaps(found)


def _numeric(text: str) -> list[Found]:
    """Phones, cards, bare IBANs and national IDs among the digit runs of ``text``."""
    found = []
    for run in numbers.runs(text):
        taken: list[tuple[int, int]] = []
        for window in numbers.windows(text, run, numbers.MIN_DIGITS, _LONGEST_NUMBER):
            if any(window.start < e and s < window.end for s, e in taken):
                continue
            kind = _kind(text, window)
            if kind:
                taken.append((window.start, window.end))
                found.append(Found(window.start, window.end, kind))
    return found


def _kind(text: str, window: numbers.Window) -> str | None:
    if context.is_money(text, window.start, window.end):
        return None
    if iban.is_bare_iranian_iban(window):
        return IBAN
    if card.is_card(window):
        return CARD
    cue = context.cue_before(text, window.start)
    if cue == "order" and not window.plus:
        return None
    # after an order word only an international phone form goes on; "00" does not make an ID
    if cue != "order" and national_id.is_national_id(window):
        return NATIONAL_ID
    if phone.MIN_DIGITS <= len(window.digits) <= phone.MAX_DIGITS and phone.is_phone(window, cue == "phone"):
        return PHONE
    return None


def _without_overlaps(found: list[Found]) -> list[Found]:
    rank = {kind: i for i, kind in enumerate(PRECEDENCE)}
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (rank[f.kind], f.start)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def redact_mapped(mt: MappedText, name_pattern: re.Pattern | None = None) -> tuple[MappedText, Counter]:
    """Replace personal data in ``mt`` by placeholders; return the new text and counts per kind."""
    found = find_all(mt.text, name_pattern)
    counts = Counter(f.kind for f in found)
    if not found:
        return mt, counts
    return mt.splice([(f.start, f.end, placeholder(f.kind)) for f in found]), counts

"""IBANs (python-stdnum's checksum and per-country length), with or without the country code.

Iran is not in the SWIFT registry python-stdnum reads, so an Iranian IBAN (شبا) is checked
by its length (26) and the ISO 7064 mod-97 checksum only. Iranian customers often write it
as its 24 digits without "IR"; those are checked as ``IR`` + digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban
from stdnum.iso7064 import mod_97_10

from voc.lang.pii.base import IBAN, Found
from voc.lang.pii.numbers import Window

# "IR06 0170 0000 0012 3456 7890 01", "SA03 8000 0000 6080 1016 7519", "ae07-0331-...".
_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,30}")
_SEPARATORS_RE = re.compile(r"[ -]")
IRAN_DIGITS = 24


def is_valid(compact: str) -> bool:
    """True for a valid IBAN written without separators (country code first, upper case)."""
    if compact.startswith("IR"):
        return len(compact) == IRAN_DIGITS + 2 and compact[2:].isdigit() and _checksum_ok(compact)
    return iban.is_valid(compact)


def _checksum_ok(compact: str) -> bool:
    return mod_97_10.is_valid(compact[4:] + compact[:4])


def find(text: str) -> Iterator[Found]:
    """Yield each IBAN that starts with its country code and passes the checksum."""
    for m in _IBAN_RE.finditer(text):
        end = _valid_end(m.group())
        if end:
            yield Found(m.start(), m.start() + end, IBAN)


def is_bare_iranian_iban(window: Window) -> bool:
    """True for 24 digits that make a valid IBAN once "IR" is put in front."""
    return len(window.digits) == IRAN_DIGITS and is_valid("IR" + window.digits)


def _valid_end(candidate: str) -> int:
    """Length of the longest prefix of ``candidate`` that is a valid IBAN, else 0.

    The pattern may run on into following words ("... 9002 is mine"), so shorter prefixes
    ending at a character boundary are tried too.
    """
    for end in range(len(candidate), 13, -1):
        if end < len(candidate) and candidate[end] not in " -":
            continue  # cut only where a group ends
        if is_valid(_SEPARATORS_RE.sub("", candidate[:end]).upper()):
            return end
    return 0

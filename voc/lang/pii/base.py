"""What a PII recognizer reports: a span of the text and the kind of data in it."""

from __future__ import annotations

from dataclasses import dataclass

EMAIL, PHONE, CARD, IBAN, NATIONAL_ID, NAME = "EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID", "NAME"
KINDS = (EMAIL, PHONE, CARD, IBAN, NATIONAL_ID, NAME)


def placeholder(kind: str) -> str:
    """The typed placeholder that replaces a span of this kind: ``[PHONE]``."""
    return f"[{kind}]"


@dataclass(frozen=True, slots=True)
class Found:
    """A span of personal data."""

    start: int
    end: int
    kind: str

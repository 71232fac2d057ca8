"""The words around a number: money after it, an order or a phone cue before it."""

from __future__ import annotations

import re

from voc.lang.ar import pii_cues as ar
from voc.lang.en import pii_cues as en
from voc.lang.fa import pii_cues as fa

# One pattern per letter family, so a cue matches however the text spells it.
_LOOSE = {"ی": "[یيى]", "ي": "[یيى]", "ى": "[یيى]", "ک": "[کك]", "ك": "[کك]",
          "ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ه": "[هة]", "ة": "[هة]",
          " ": "[\\s\u200c]*", "\u200c": "[\\s\u200c]*"}


def _pattern(words: list[str]) -> str:
    loose = ("".join(_LOOSE.get(c, re.escape(c)) for c in w) for w in sorted(set(words), key=len, reverse=True))
    return "|".join(loose)


def _words(name: str) -> list[str]:
    return [w for module in (fa, ar, en) for w in getattr(module, name) if w]


# "۲,۵۰۰,۰۰۰ تومان", "350 ريال", "$1,299", "20%": the number is money or a share.
_MONEY_AFTER_RE = re.compile(rf"\s*(?:[%$€£﷼]|(?:{_pattern(_words('MONEY'))})(?!\w))", re.IGNORECASE)
_MONEY_BEFORE_RE = re.compile(r"(?:[$€£﷼]|\b(?:usd|eur|gbp|aed|sar|egp|irr|rs))\s*$", re.IGNORECASE)
# The last cue word before a number: "شماره سفارش ۱۲۳۴۵" is an order, "شماره ۰۹۱۲..." a phone.
_ORDER_RE = re.compile(rf"(?<!\w)(?:{_pattern(_words('ORDER'))})(?!\w)", re.IGNORECASE)
_PHONE_RE = re.compile(rf"(?<!\w)(?:{_pattern(_words('PHONE'))})(?!\w)", re.IGNORECASE)
WINDOW = 30  # characters before a number searched for a cue


def is_money(text: str, start: int, end: int) -> bool:
    """True when the number at text[start:end] is an amount (currency word or sign next to it)."""
    return bool(_MONEY_AFTER_RE.match(text, end) or _MONEY_BEFORE_RE.search(text, max(0, start - 8), start))


def cue_before(text: str, start: int) -> str | None:
    """``"order"``, ``"phone"`` or None: the kind of the cue word closest before ``start``."""
    lo = max(0, start - WINDOW)
    best: tuple[int, int, str] | None = None
    for kind, pattern in (("order", _ORDER_RE), ("phone", _PHONE_RE)):
        for m in pattern.finditer(text, lo, start):
            key = (m.end(), m.end() - m.start(), kind)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None

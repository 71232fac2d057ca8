"""What the demo set holds: per ISO week, how many records of each kind, in which language,
channel and file format. The planted trends are the weekly counts of WEEKLY."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")
FIRST_MONDAY = date(2026, 8, 24)  # ISO 2026-W35; twelve weeks end on Sunday 2026-11-15 (W46)
N_WEEKS = 12
LANG_SHARE = {"fa": 0.4, "ar": 0.3, "en": 0.3}

HARDWARE = ("router", "laptop", "buds", "watch", "tvbox")
PRODUCT_NAMES = {  # the canonical names every source's product column uses
    "router": "Novin Router X2",
    "laptop": "NovinBook Air",
    "fiber": "Fiber 100 plan",
    "buds": "Novin Buds Pro",
    "watch": "Novin Watch S3",
    "tvbox": "Novin TV Box 4K",
}
EVEN_HW = {p: 1.0 for p in HARDWARE}
EVEN_ALL = {**EVEN_HW, "fiber": 1.5}


@dataclass(frozen=True)
class Kind:
    """One kind of record and its true labels (ANNOTATION_GUIDE.md)."""

    name: str
    group: str  # install | two_day | iphone | promise | complaint | question | praise
    topic: str | None  # the promise topic; None when it is not a promise gap
    complaint: bool
    products: dict[str, float]
    trend: str | None = None

    @property
    def cls(self) -> str:
        """promise | complaint | question | praise: decides replies and follow-ups."""
        if self.topic:
            return "promise"
        return "complaint" if self.complaint else ("praise" if self.group == "praise" else "question")


def _k(name, group, topic, complaint, products, trend=None) -> Kind:
    return Kind(name, group, topic, complaint, products, trend)


INSTALL = {"fiber": 0.55, "router": 0.3, "tvbox": 0.15}
KINDS = {k.name: k for k in (
    _k("install_fee", "install", "pricing", True, INSTALL, "free_installation"),
    _k("install_noshow", "install", "service", True, INSTALL, "free_installation"),
    _k("two_day", "two_day", "delivery", True, EVEN_HW, "two_day_delivery"),
    _k("iphone", "iphone", "compatibility", True, {"watch": 0.55, "buds": 0.35, "tvbox": 0.1}, "works_with_iphone"),
    _k("discount", "promise", "pricing", True, EVEN_ALL),
    _k("hidden_fee", "promise", "pricing", True, {"fiber": 3.0, "tvbox": 1.0}),
    _k("battery", "promise", "product", True, {"laptop": 1.0, "buds": 1.0, "watch": 1.0}),
    _k("speed", "promise", "product", True, {"fiber": 2.0, "router": 1.0}),
    _k("not_as_pictured", "promise", "product", True, EVEN_HW),
    _k("cancel_anytime", "promise", "terms", True, {"fiber": 1.0}),
    _k("warranty", "promise", "terms", True, {"laptop": 1.0, "router": 1.0, "tvbox": 1.0, "watch": 1.0}),
    _k("return_window", "promise", "terms", True, EVEN_HW),
    _k("in_stock", "promise", "availability", True, EVEN_HW),
    _k("coverage", "promise", "availability", True, {"fiber": 1.0}),
    _k("support_247", "promise", "service", True, {"fiber": 1.0}),
    _k("activation", "promise", "delivery", True, {"fiber": 1.0}),
    _k("late_nodate", "complaint", None, True, EVEN_HW),
    _k("defect", "complaint", None, True, EVEN_ALL),
    _k("expensive", "complaint", None, True, EVEN_ALL),
    _k("support_slow", "complaint", None, True, EVEN_ALL),
    _k("callback", "complaint", None, True, EVEN_ALL),
    _k("changed_mind", "question", None, False, EVEN_HW),
    _k("question", "question", None, False, EVEN_ALL),
    _k("praise", "praise", None, False, EVEN_ALL),
    _k("praise_remark", "praise", None, False, EVEN_ALL),
)}

# Records per ISO week (W35..W46) of each group: the planted trends.
WEEKLY = {
    "install": [1, 2, 1, 2, 1, 2, 1, 2, 2, 7, 11, 16],  # free installation: sharp rise, last 3 weeks
    "two_day": [4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4],  # 2-day delivery: steady
    "iphone": [9, 8, 8, 7, 6, 6, 5, 4, 3, 3, 2, 1],  # works with iPhone: falling
    "promise": [7, 6, 7, 8, 7, 7, 6, 7, 8, 7, 7, 7],  # other promise gaps: flat background
    "complaint": [10, 9, 11, 10, 10, 9, 10, 11, 10, 9, 10, 11],  # no promise (hard negatives)
    "question": [6, 7, 6, 6, 7, 6, 7, 6, 6, 7, 6, 7],
    "praise": [9, 8, 9, 9, 8, 9, 9, 8, 9, 9, 8, 9],
}
# How the records of a group split into kinds (shares, exact by largest remainder).
GROUP_KINDS = {
    "install": {"install_fee": 0.7, "install_noshow": 0.3},
    "two_day": {"two_day": 1.0},
    "iphone": {"iphone": 1.0},
    "promise": {k: 1.0 for k in ("discount", "hidden_fee", "battery", "speed", "not_as_pictured",
                                 "cancel_anytime", "warranty", "return_window", "in_stock",
                                 "coverage", "support_247", "activation")},
    "complaint": {"late_nodate": 3.0, "defect": 3.0, "expensive": 1.4, "support_slow": 1.4, "callback": 1.2},
    "question": {"question": 12.0, "changed_mind": 1.0},
    "praise": {"praise": 7.0, "praise_remark": 1.5},
}
GROUP_CHANNELS = {
    "install": {"review": 0.2, "ticket": 0.45, "transcript": 0.35},
    "two_day": {"review": 0.5, "ticket": 0.35, "transcript": 0.15},
    "iphone": {"review": 0.5, "ticket": 0.25, "transcript": 0.25},
    "promise": {"review": 0.35, "ticket": 0.35, "transcript": 0.3},
    "complaint": {"review": 0.45, "ticket": 0.3, "transcript": 0.25},
    "question": {"review": 0.05, "ticket": 0.5, "transcript": 0.45},
    "praise": {"review": 0.85, "ticket": 0.05, "transcript": 0.1},
}
REVIEW_FORMATS = {
    "fa": {"csv": 0.5, "xlsx": 0.2, "jsonl": 0.3},
    "ar": {"csv": 0.25, "legacy": 0.35, "xlsx": 0.15, "jsonl": 0.25},
    "en": {"csv": 0.45, "xlsx": 0.2, "jsonl": 0.35},
}
TICKET_FORMATS = {"zendesk": 0.82, "mbox": 0.12, "eml": 0.06}
CALL_FORMATS = {"json": 0.3, "vtt": 0.25, "srt": 0.2, "txt": 0.25}
LATIN_SHARE = 0.15  # fa/ar reviews and tickets typed in Latin letters (Finglish, Arabizi)


@dataclass
class Item:
    """One planned record, before its words are chosen."""

    kind: Kind
    week: int  # 0..N_WEEKS-1
    at: datetime  # aware, Asia/Tehran
    lang: str
    channel: str
    fmt: str = ""
    latin: bool = False

    @property
    def iso_week(self) -> str:
        y, w, _ = self.at.isocalendar()
        return f"{y}-W{w:02d}"


def allocate(n: int, shares: dict[str, float], rng: random.Random) -> list[str]:
    """``n`` labels in the given shares (largest remainder), shuffled."""
    total = sum(shares.values())
    exact = {k: n * v / total for k, v in shares.items()}
    counts = {k: int(x) for k, x in exact.items()}
    for k in sorted(exact, key=lambda k: (counts[k] - exact[k], k))[: n - sum(counts.values())]:
        counts[k] += 1
    out = [k for k in shares for _ in range(counts[k])]
    rng.shuffle(out)
    return out


def random_time(week: int, rng: random.Random) -> datetime:
    """A moment of working hours (08:00-21:59 Tehran) on some day of ``week``."""
    day = FIRST_MONDAY + timedelta(days=7 * week + rng.randrange(7))
    return datetime.combine(day, time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)), TEHRAN)


def plan(rng: random.Random) -> list[Item]:
    """Every record of the demo, oldest first, with kind, time, language, channel and format."""
    items: list[Item] = []
    for group, weekly in WEEKLY.items():
        n = sum(weekly)
        kinds = allocate(n, GROUP_KINDS[group], rng)
        langs = allocate(n, LANG_SHARE, rng)
        channels = allocate(n, GROUP_CHANNELS[group], rng)
        weeks = [w for w, c in enumerate(weekly) for _ in range(c)]
        for kind, lang, channel, week in zip(kinds, langs, channels, weeks, strict=True):
            items.append(Item(KINDS[kind], week, random_time(week, rng), lang, channel))
    items.sort(key=lambda it: it.at)
    _assign_formats(items, rng)
    for it in items:
        latin_ok = it.lang != "en" and it.channel != "transcript" and it.fmt != "legacy"
        it.latin = latin_ok and rng.random() < LATIN_SHARE
    return items


def _assign_formats(items: list[Item], rng: random.Random) -> None:
    for lang in LANG_SHARE:
        for channel, shares in (("review", REVIEW_FORMATS[lang]), ("ticket", TICKET_FORMATS),
                                ("transcript", CALL_FORMATS)):
            cell = [it for it in items if it.lang == lang and it.channel == channel]
            for it, fmt in zip(cell, allocate(len(cell), shares, rng), strict=True):
                it.fmt = fmt

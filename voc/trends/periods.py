"""The reporting window: the latest ISO week (or day) and the ones before it, in local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from voc.errors import VocError

GRAINS = ("day", "week")


@dataclass(frozen=True)
class Window:
    """The span a trend run covers: whole ISO weeks from ``start`` up to ``end`` (inclusive).

    Attributes:
        start: Monday of the first ISO week.
        end: The as-of date; the latest week may be partial.
        weeks: ISO week labels, oldest first ("2026-W46").
        tz: Time zone the dates are in (records are stored in UTC).
    """

    start: date
    end: date
    weeks: tuple[str, ...]
    tz: str

    @property
    def latest_week(self) -> str:
        return self.weeks[-1]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1))

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "weeks": list(self.weeks),
                "latest_week": self.latest_week, "tz": self.tz}


def iso_week(d: date) -> str:
    """The ISO week label of a date: 2026-11-15 -> "2026-W46"."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def make_window(as_of: date | datetime, weeks: int, tz: str = "UTC") -> Window:
    """The window of ``weeks`` ISO weeks ending with the week that holds ``as_of``.

    Raises:
        VocError: ``weeks`` is below 2 (a change needs a previous period to compare with).
    """
    if weeks < 2:
        raise VocError(f"trends: weeks={weeks} is too small; use 2 or more so the latest week has "
                       "previous weeks to be compared with.")
    end = as_of.date() if isinstance(as_of, datetime) else as_of
    first_monday = end - timedelta(days=end.weekday()) - timedelta(weeks=weeks - 1)
    labels = tuple(iso_week(first_monday + timedelta(weeks=i)) for i in range(weeks))
    return Window(first_monday, end, labels, tz)

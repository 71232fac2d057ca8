"""Field values as sources write them, turned into the types a Record holds."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateparser

from voc.errors import E003, ConfigError
from voc.records import utc

EXCEL_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)
EPOCH_MIN = 1e8  # numbers at or above this are Unix epoch seconds (1973 on), below: Excel days
EPOCH_MS = 1e11  # numbers at or above this are epoch milliseconds
YEARS = range(1970, 2101)  # anything else is a Jalali/Hijri date or a typo, not silently kept
# "4/5", "4 of 5", "۴ از ۵"-style ratings once digits are ASCII
RATING_OF = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/|of|out of|از|من)\s*\d+(?:\.\d+)?\s*$", re.I)
STARS = "★⭐"
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")  # "1714564800", "45413.5"


def ascii_digits(text: str) -> str:
    """Replace Persian (۱۲) and Arabic-Indic (١٢) digits and the Arabic decimal mark by ASCII."""
    if text.isascii():
        return text
    out = [str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text]
    return "".join(out).replace("٫", ".").replace("٬", "")


def as_text(value: object) -> str:
    """A cell as a string: '' for missing, integers without a trailing '.0'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def get_timezone(name: str | None, source: str = "") -> tzinfo:
    """The time zone that naive timestamps of a source are in (UTC unless configured).

    Raises:
        ConfigError: E003 when ``name`` is not an IANA time zone.
    """
    if not name:
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        detail = (f"source {source!r}: options.timezone {name!r} is not a time zone; "
                  "use an IANA name such as 'Asia/Tehran'")
        raise ConfigError(E003.format(path="voc.toml", detail=detail)) from err


def _from_number(x: float) -> datetime:
    if x >= EPOCH_MS:
        x /= 1000
    try:
        if x >= EPOCH_MIN:
            return datetime.fromtimestamp(x, tz=timezone.utc)
        return EXCEL_EPOCH + timedelta(days=x)
    except (OverflowError, OSError) as err:
        raise ValueError(f"{x} is out of range") from err


def _parse_text(text: str, dayfirst: bool) -> datetime:
    if NUMBER.match(text):
        try:
            return _from_number(float(text))
        except ValueError:
            pass  # 20240501: a basic ISO date, not a day number
    try:
        return datetime.fromisoformat(text)  # fast path for ISO 8601, ~50x dateutil
    except ValueError:
        pass
    try:
        return dateparser.parse(text, dayfirst=dayfirst)  # "01/05/2024", "May 1, 2024 2:30 PM"
    except OverflowError as err:
        raise ValueError(f"{text!r} is out of range") from err


def parse_datetime(value: object, tz: tzinfo = timezone.utc, dayfirst: bool = False) -> datetime | None:
    """Parse a timestamp into naive UTC; None for an empty value.

    Accepts datetimes (Excel, Parquet), ISO 8601, common forms such as ``2024-05-01 14:30``
    or ``01/05/2024``, epoch seconds or milliseconds, and Excel serial day numbers.
    Naive values are taken to be in ``tz``.

    Raises:
        ValueError: the value is not a date, or its year is outside 1970-2100.
    """
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        dt = _from_number(float(value))
    elif isinstance(value, str) and not value.strip():
        return None
    else:
        dt = _parse_text(ascii_digits(str(value).strip()), dayfirst)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    if dt.year not in YEARS:
        raise ValueError(f"year {dt.year} is out of range")
    return utc(dt)


def parse_rating(value: object) -> float | None:
    """Parse a rating: 4, '4.5', '۴', '4/5', '★★★★'; None for an empty value.

    Raises:
        ValueError: the value is not a number.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if math.isnan(value):
            return None
        return float(value)
    text = ascii_digits(str(value).strip())
    if text and all(c in STARS for c in text):
        return float(len(text))
    if m := RATING_OF.match(text):
        text = m.group(1)
    rating = float(text)
    if not math.isfinite(rating):
        raise ValueError(f"{value!r} is not a finite number")
    return rating


def parse_seconds(value: object) -> float | None:
    """Seconds from the start of a call: 12.5, '12.5', '00:01:02.500', '01:02,5'."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    parts = ascii_digits(str(value).strip()).replace(",", ".").split(":")
    if len(parts) > 3:
        raise ValueError(f"{value!r} is not a time offset")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return seconds


def file_key(root: Path, path: Path) -> str:
    """A file's id within its source: its path under the source folder, without suffix.

    For files directly in the folder this is the file stem (``calls/c-17.vtt`` -> ``c-17``);
    sub-folders keep same-named files apart (``2024-05/c-17``).
    """
    try:
        rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


# call-2026-10-03-fa-017.vtt, 20261003_1412.srt: recorders put the call date in the name
DATE_IN_NAME = re.compile(r"(?<!\d)(20\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_name(path: Path) -> str | None:
    """The ISO date written in a file's name, if any (for files that carry no metadata)."""
    m = DATE_IN_NAME.search(path.name)
    return "-".join(m.groups()) if m else None

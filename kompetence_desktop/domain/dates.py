"""Dates as Danish users write them, and "today" in one replaceable place."""
from __future__ import annotations

import datetime as dt
import re

MIN_YEAR = 1950
MAX_YEAR = 2100

_today_override: dt.date | None = None


def today() -> dt.date:
    """Today's date; tests freeze it with ``set_today``."""
    return _today_override or dt.date.today()


def set_today(day: dt.date | None) -> None:
    global _today_override
    _today_override = day


_DMY = re.compile(r"^\s*(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateError(ValueError):
    """Text that is not a date (``code`` 'format') or an impossible one ('invalid', 'range')."""

    def __init__(self, code: str, text: str):
        super().__init__(f"{code}: {text!r}")
        self.code = code
        self.text = text


def parse_date(text: str) -> dt.date:
    """``12.02.2025``, ``12-02-2025``, ``12/2/2025`` or ``2025-02-12`` → date."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    s = str(text).strip()
    m = _ISO.match(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(s)
        if not m:
            raise DateError("format", s)
        d, mo, y = (int(g) for g in m.groups())
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        raise DateError("invalid", s) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateError("range", s)
    return day


def format_date(day: dt.date | None) -> str:
    """12.02.2025 (QLocale('da_DK') short format), '' for None."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year}"


def from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def to_iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None

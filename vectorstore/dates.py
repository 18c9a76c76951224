"""Dates of passages and periods of tables as comparable day numbers (``20260131``).

A passage date is ISO-ish: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (anything after the
day, such as a time, is ignored). A filter bound may also be a canonical period
(``2026-Q1``): ``date_from`` takes its first day, ``date_to`` its last.
"""

from __future__ import annotations

import calendar
import re

from vectorstore import periods
from vectorstore.errors import BadFilterError

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def day_range(text: str | None) -> tuple[int, int] | None:
    """First and last day (as ``YYYYMMDD`` ints) that `text` covers, or None if not a date."""
    if not text:
        return None
    try:
        period = periods.parse(text.strip())
    except ValueError:
        period = None
    if period is not None:
        last_day = calendar.monthrange(period.end_year, period.end_month)[1]
        return (
            _day(period.start_year, period.start_month, 1),
            _day(period.end_year, period.end_month, last_day),
        )
    match = _ISO.match(text)
    if match is None:
        return None
    year = int(match[1])
    if match[2] is None:
        return _day(year, 1, 1), _day(year, 12, 31)
    month = int(match[2])
    if not 1 <= month <= 12:
        return None
    last_day = calendar.monthrange(year, month)[1]
    if match[3] is None:
        return _day(year, month, 1), _day(year, month, last_day)
    day = int(match[3])
    if not 1 <= day <= last_day:
        return None
    return _day(year, month, day), _day(year, month, day)


def bound(text: str | None, *, end: bool) -> int | None:
    """A filter bound as a day number; `end` picks the last day of a month or year."""
    if text is None or not str(text).strip():
        return None
    days = day_range(str(text))
    if days is None:
        raise BadFilterError(
            f"Not a date: {text!r}. Use YYYY, YYYY-MM, YYYY-MM-DD or a period such as 2026-Q1."
        )
    return days[1] if end else days[0]


def card_range(period_list: tuple[str, ...] | list[str]) -> tuple[int, int] | None:
    """The days a table's periods span, first to last."""
    ranges = [r for r in (day_range(p) for p in period_list) if r is not None]
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _day(year: int, month: int, day: int) -> int:
    return year * 10000 + month * 100 + day

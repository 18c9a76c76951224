"""Canonical periods, shared by the tables `ingest` writes and the plans `bot` makes.

A canonical period is a string:

- ``"2024"``: a calendar year
- ``"2024-H1"``: a half year
- ``"2024-Q1"``: a quarter
- ``"2024-03"``: a month
- ``"2024-01..2024-05"``: any other span of whole months (year to date, "first five months")

`canonical` folds a span onto the shortest equal form, so ``Jan-Mar 2024`` is ``2024-Q1``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SPAN = re.compile(r"^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole months, first and last month included."""

    start_year: int
    start_month: int
    end_year: int
    end_month: int

    @property
    def start(self) -> int:
        return self.start_year * 12 + self.start_month - 1

    @property
    def end(self) -> int:
        return self.end_year * 12 + self.end_month - 1

    @property
    def length(self) -> int:
        """Number of months covered."""
        return self.end - self.start + 1

    @property
    def kind(self) -> str:
        if self.length == 1:
            return "month"
        same_year = self.start_year == self.end_year
        if same_year and self.start_month == 1 and self.end_month == 12:
            return "year"
        if same_year and self.length == 3 and self.start_month % 3 == 1:
            return "quarter"
        if same_year and self.length == 6 and self.start_month in (1, 7):
            return "half"
        return "span"

    def __str__(self) -> str:
        return canonical(self)

    def shift(self, months: int) -> Period:
        """The same span moved by a number of months (-12: a year earlier)."""
        return span_of(self.start + months, self.end + months)

    def months(self) -> list[str]:
        """The canonical months of the span, in order."""
        return [canonical(span_of(m, m)) for m in range(self.start, self.end + 1)]

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def span_of(first: int, last: int) -> Period:
    """A period from month ordinals (year * 12 + month - 1)."""
    if last < first:
        raise ValueError("a period cannot end before it starts")
    return Period(first // 12, first % 12 + 1, last // 12, last % 12 + 1)


@lru_cache(maxsize=8192)
def parse(text: str) -> Period:
    """Parse a canonical period string; raise ValueError for anything else."""
    text = text.strip()
    if m := _YEAR.match(text):
        year = int(m[1])
        return Period(year, 1, year, 12)
    if m := _HALF.match(text):
        year, half = int(m[1]), int(m[2])
        return Period(year, 6 * half - 5, year, 6 * half)
    if m := _QUARTER.match(text):
        year, q = int(m[1]), int(m[2])
        return Period(year, 3 * q - 2, year, 3 * q)
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"not a month: {text!r}")
        return Period(year, month, year, month)
    if m := _SPAN.match(text):
        first = Period(int(m[1]), int(m[2]), int(m[1]), int(m[2]))
        last = Period(int(m[3]), int(m[4]), int(m[3]), int(m[4]))
        if not (1 <= first.start_month <= 12 and 1 <= last.start_month <= 12):
            raise ValueError(f"not a period: {text!r}")
        return span_of(first.start, last.start)
    raise ValueError(f"not a canonical period: {text!r}")


def canonical(period: Period) -> str:
    """The shortest canonical string for a period."""
    kind = period.kind
    if kind == "month":
        return f"{period.start_year}-{period.start_month:02d}"
    if kind == "year":
        return str(period.start_year)
    if kind == "quarter":
        return f"{period.start_year}-Q{(period.start_month + 2) // 3}"
    if kind == "half":
        return f"{period.start_year}-H{1 if period.start_month == 1 else 2}"
    return f"{period.start_year}-{period.start_month:02d}..{period.end_year}-{period.end_month:02d}"


def normalise(text: str) -> str:
    """Canonical form of a canonical-looking string (``2024-01..2024-03`` -> ``2024-Q1``)."""
    return canonical(parse(text))


@lru_cache(maxsize=8192)
def label(text_or_period: str | Period) -> str:
    """A period as people write it: ``March 2026``, ``Q1 2026``, ``January-May 2026``."""
    period = parse(text_or_period) if isinstance(text_or_period, str) else text_or_period
    kind = period.kind
    if kind == "month":
        return f"{calendar.month_name[period.start_month]} {period.start_year}"
    if kind == "year":
        return str(period.start_year)
    if kind == "quarter":
        return f"Q{(period.start_month + 2) // 3} {period.start_year}"
    if kind == "half":
        return f"H{1 if period.start_month == 1 else 2} {period.start_year}"
    first = calendar.month_name[period.start_month]
    last = calendar.month_name[period.end_month]
    if period.start_year == period.end_year:
        return f"{first}-{last} {period.start_year}"
    return f"{first} {period.start_year} - {last} {period.end_year}"


def frequency(periods: list[str] | tuple[str, ...]) -> str:
    """The most common kind among periods (``monthly``, ``quarterly``, ``annual`` ...)."""
    names = {
        "month": "monthly",
        "quarter": "quarterly",
        "half": "half-yearly",
        "year": "annual",
        "span": "irregular",
    }
    counts: dict[str, int] = {}
    for text in periods:
        try:
            kind = parse(text).kind
        except ValueError:
            continue
        counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return "unknown"
    return names[max(counts, key=lambda k: counts[k])]

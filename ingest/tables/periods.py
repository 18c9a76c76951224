"""Periods as statistical tables write them, read into canonical `Period` values.

Understood (case-insensitive, with footnote marks such as ``(p)``, ``r``, ``*`` ignored):

- years: ``2024``, ``2024.0``; fiscal years ``FY2024``/``FY24`` (April of the year before to
  March) and ``2023/24``, ``2023-24`` (April 2023 to March 2024)
- months: ``2024-03``, ``2024/3``, ``2024M03``, ``202403``, ``03/2024``, ``Mar 2024``,
  ``March 2024``, ``Mar-24``, ``2024 Mar``, ``2025 Jan``, dates (``2024-03-01``) -> their month
- quarters: ``2024Q1``, ``2024 Q1``, ``Q1 2024``, ``1Q24``, ``first quarter 2024``
- half years: ``2024H1``, ``H1 2024``, ``1H24``, ``first half of 2024``
- spans of months: ``Jan-Mar 2026``, ``January to May 2026``, ``Dec 2025-Feb 2026``,
  ``2026 Jan-Mar``, canonical ``2024-01..2024-05``, ``YTD Mar 2026`` (January to March); a
  year-to-date year (``YTD 2026``) names no period, since its last month is not written

`read_period` reads a whole cell; `find_period` finds a period inside a header such as
``Exports 2024 (HK$ bn)`` and returns the rest of the text too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from vectorstore.periods import Period, span_of

_MONTH_NAMES = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}

_MON = (
    r"(jan(?:uary)?|febr?(?:uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_Y4 = r"((?:19|20|21)\d{2})"
_Y2 = r"(\d{2})"
_TO = r"\s*(?:-|to|/|and)\s*"
_ORD = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
_B = r"(?<![a-z0-9])"
_E = r"(?![a-z0-9])"
_MARKS = re.compile(
    r"^(?:[\s,;:*#†‡§\[\]'.⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵖʳ-]|\(\s*\d{0,2}\s*\)|\(|\)|"
    r"\b(?:p|r|e|f|prel|prelim|provisional|revised|est|estimate|forecast|preliminary|a|b|c)\b)*$"
)

Builder = Callable[[re.Match[str]], Period | None]


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _month_number(text: str) -> int:
    return _MONTH_NAMES[text[:3]]


def _month(year: int, month: int) -> Period | None:
    if not 1 <= month <= 12:
        return None
    return Period(year, month, year, month)


def _months(first_year: int, first: int, last_year: int, last: int) -> Period | None:
    start, end = first_year * 12 + first - 1, last_year * 12 + last - 1
    if end < start or end - start > 35:
        return None
    return span_of(start, end)


def _quarter(year: int, quarter: int) -> Period:
    return Period(year, 3 * quarter - 2, year, 3 * quarter)


def _half(year: int, half: int) -> Period:
    return Period(year, 6 * half - 5, year, 6 * half)


def _fiscal(end_year: int) -> Period:
    return Period(end_year - 1, 4, end_year, 3)


def _span_with_years(m: re.Match[str]) -> Period | None:
    last_year = _year(m[4])
    first_year = _year(m[2]) if m[2] else last_year
    first, last = _month_number(m[1]), _month_number(m[3])
    if not m[2] and first > last:
        first_year -= 1
    return _months(first_year, first, last_year, last)


def _span_split_year(m: re.Match[str]) -> Period | None:
    """``July-June 2024-25``: July 2024 to June 2025 (a fiscal span written with both years)."""
    first_year = int(m[3])
    last_year = first_year - first_year % 100 + int(m[4][-2:])
    if last_year < first_year:
        last_year += 100
    first, last = _month_number(m[1]), _month_number(m[2])
    if last_year != first_year + 1 or first <= last:
        return None
    return _months(first_year, first, last_year, last)


def _span_year_first(m: re.Match[str]) -> Period | None:
    year = _year(m[1])
    return _months(year, _month_number(m[2]), year, _month_number(m[3]))


def _canonical_span(m: re.Match[str]) -> Period | None:
    return _months(int(m[1]), int(m[2]), int(m[3]), int(m[4]))


def _day(year: int, month: int, day: int) -> Period | None:
    """The month of a date, or None for a day that does not exist (``2025-02-30``)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _month(year, month)


def _day_first_date(m: re.Match[str]) -> Period | None:
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if first > 12 or (first == 1 and second <= 12):
        return _day(year, second, first)
    if second > 12 or second == 1:
        return _day(year, first, second)
    return _day(year, second, first)


def _fiscal_pair(m: re.Match[str]) -> Period | None:
    first, second = int(m[1]), m[2]
    end = _year(second) if len(second) == 2 else int(second)
    if len(second) == 2:
        end = first - first % 100 + int(second)
        if end < first:
            end += 100
    return _fiscal(end) if end == first + 1 else None


_PATTERNS: tuple[tuple[re.Pattern[str], Builder], ...] = tuple(
    (re.compile(_B + pattern + _E), builder)
    for pattern, builder in (
        (r"(\d{4})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})", _canonical_span),
        (
            _Y4 + r"\s*年\s*(\d{1,2})\s*(?:-|至|到|~)\s*(\d{1,2})\s*月",
            lambda m: _months(int(m[1]), int(m[2]), int(m[1]), int(m[3])),
        ),
        (_Y4 + r"\s*年\s*(\d{1,2})\s*月", lambda m: _month(int(m[1]), int(m[2]))),
        (
            _Y4 + r"\.(\d{1,2})\s*-\s*(\d{1,2})",
            lambda m: (
                _months(int(m[1]), int(m[2]), int(m[1]), int(m[3]))
                if 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 12
                else None
            ),
        ),
        (_Y4 + r"\s*年\s*第?\s*([1-4])\s*季", lambda m: _quarter(int(m[1]), int(m[2]))),
        (_Y4 + r"\s*年", lambda m: Period(int(m[1]), 1, int(m[1]), 12)),
        (
            _Y4 + r"-(\d{2})-(\d{2})(?:[t ][\d:.]+)?",
            lambda m: _day(int(m[1]), int(m[2]), int(m[3])),
        ),
        (
            _MON + _TO + _MON + r"\s*,?\s*(?:of\s+)?(?:fy\s*)?" + _Y4 + r"\s*[-/]\s*(\d{4}|\d{2})",
            _span_split_year,
        ),
        (_MON + r"\s*,?\s*" + f"(?:{_Y4})?" + _TO + _MON + r"\s*,?'?\s*" + _Y4, _span_with_years),
        (_MON + r"\s*" + f"(?:'?{_Y2})?" + _TO + _MON + r"\s*[-']\s*" + _Y2, _span_with_years),
        (_Y4 + r"\s*,?\s*" + _MON + _TO + _MON, _span_year_first),
        (r"(\d{1,2})[/.-](\d{1,2})[/.-]" + _Y4, _day_first_date),
        (_Y4 + r"\s*[-/ ]?\s*q([1-4])", lambda m: _quarter(int(m[1]), int(m[2]))),
        (r"q([1-4])\s*[-/ ,']?\s*" + _Y4, lambda m: _quarter(int(m[2]), int(m[1]))),
        (r"([1-4])q\s*'?" + f"(?:{_Y4}|{_Y2})", lambda m: _quarter(_year(m[2] or m[3]), int(m[1]))),
        (r"q([1-4])\s*['-]?\s*" + _Y2, lambda m: _quarter(_year(m[2]), int(m[1]))),
        (_Y4 + r"\s*([1-4])q", lambda m: _quarter(int(m[1]), int(m[2]))),
        (_ORD + r"\s+quarter\s*(?:of\s+)?" + _Y4, lambda m: _quarter(int(m[2]), _ORDINALS[m[1]])),
        (_Y4 + r"\s+" + _ORD + r"\s+quarter", lambda m: _quarter(int(m[1]), _ORDINALS[m[2]])),
        (_Y4 + r"\s*[-/ ]?\s*h([12])", lambda m: _half(int(m[1]), int(m[2]))),
        (r"h([12])\s*[-/ ,']?\s*" + _Y4, lambda m: _half(int(m[2]), int(m[1]))),
        (r"([12])h\s*'?" + f"(?:{_Y4}|{_Y2})", lambda m: _half(_year(m[2] or m[3]), int(m[1]))),
        (
            r"(first|second|1st|2nd)\s+half\s*(?:of\s+)?" + _Y4,
            lambda m: _half(int(m[2]), _ORDINALS[m[1]]),
        ),
        (_MON + r"[\s,/'-]*" + _Y4, lambda m: _month(int(m[2]), _month_number(m[1]))),
        (_Y4 + r"[\s/.,-]*" + _MON, lambda m: _month(int(m[1]), _month_number(m[2]))),
        (_MON + r"\s*[-'/ ]\s*" + _Y2, lambda m: _month(_year(m[2]), _month_number(m[1]))),
        (_Y4 + r"\s*m\s*(\d{1,2})", lambda m: _month(int(m[1]), int(m[2]))),
        (_Y4 + r"(?:-|/)(\d{1,2})", lambda m: _month(int(m[1]), int(m[2]))),
        (_Y4 + r"\.(\d{2})", lambda m: _month(int(m[1]), int(m[2])) if m[2] != "00" else None),
        (r"(\d{1,2})\s*[/.-]\s*" + _Y4, lambda m: _month(int(m[2]), int(m[1]))),
        (r"fy\s*" + _Y4 + r"\s*[/-]\s*(\d{4}|\d{2})", _fiscal_pair),
        (r"fy\s*'?" + f"(?:{_Y4}|{_Y2})", lambda m: _fiscal(_year(m[1] or m[2]))),
        (_Y4 + r"\s*[/-]\s*(\d{4}|\d{2})", _fiscal_pair),
        (_Y4 + r"(?:\.0+)?", lambda m: Period(int(m[1]), 1, int(m[1]), 12)),
    )
)
_BASE_WORDS = re.compile(
    r"\b(over|vs|versus|compared|against|from|since|relative|than|same|corresponding|"
    r"previous|preceding|earlier|base|ago)\b"
)
_YTD = re.compile(r"\bytd\b|year[ -]to[ -]date", re.I)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+)?$", re.I)
_TRAILING_MARK = re.compile(r"(?<=\d)(?:p|r|e|f|\*+)(?=$|\s*\()")
_BARE_MONTH = re.compile(r"^(?:" + _MON + r"(?:\s*(?:-|to)\s*" + _MON + r")?|q[1-4]|h[12])$")
_COMPACT_MONTH = re.compile(r"^((?:19|20|21)\d{2})(0[1-9]|1[0-2])$")


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    return " ".join(text.replace("_", " ").split())


@lru_cache(maxsize=1 << 14)
def find_period(text: str, *, skip_bases: bool = False) -> tuple[Period, str] | None:
    """The first period written inside ``text`` and the text around it (cleaned).

    With ``skip_bases``, a period that is only the base of a comparison (``% change over
    same period of 2025``, ``vs 2024``) is passed over.
    """
    norm = _TRAILING_MARK.sub("", _normalise(text))  # "2024p", "Jan-Dec 2025p": provisional
    for start, end, period in _mentions(norm):
        if skip_bases and _BASE_WORDS.search(norm[:start]):
            continue
        if _YTD.search(norm):
            if period.kind == "year":
                return None
            period = Period(period.start_year, 1, period.end_year, period.end_month)
        rest = _YTD.sub(" ", _rest(text, norm, start, end))
        return period, "" if _MARKS.match(rest.lower()) else " ".join(rest.split())
    return None


def _mentions(norm: str) -> list[tuple[int, int, Period]]:
    """Every period written in a normalised text, left to right, without overlaps."""
    found: list[tuple[int, int, Period]] = []
    for pattern, builder in _PATTERNS:
        for m in pattern.finditer(norm):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue
            period = builder(m)
            if period is not None:
                found.append((m.start(), m.end(), period))
    return sorted(found, key=lambda item: item[0])


def read_period(text: str, *, compact: bool = False) -> Period | None:
    """The period a whole cell names, or None. ``compact`` also accepts ``202403``."""
    return _read_period(text, compact)


@lru_cache(maxsize=1 << 13)  # a large table: many cells, few periods
def _read_period(text: str, compact: bool) -> Period | None:
    norm = _normalise(text)
    if not norm or not any(ch.isdigit() for ch in norm):
        return None
    norm = _TRAILING_MARK.sub("", norm)
    if " / " in norm:  # a bilingual label: "leden / january 2025"
        parts = [_read_period(part, compact) for part in norm.split(" / ")]
        named = {p for p in parts if p is not None}
        return named.pop() if len(named) == 1 else None
    if compact and (m := _COMPACT_MONTH.match(norm)):
        return _month(int(m[1]), int(m[2]))
    found = find_period(norm)
    if found is None:
        return None
    period, rest = found
    return period if not rest else None


def is_bare_month(text: str) -> bool:
    """True for a month or quarter written without its year (``Feb``, ``March``, ``Q2``)."""
    return _BARE_MONTH.match(_TRAILING_MARK.sub("", _normalise(text)).strip(" .*()")) is not None


def is_plain_year(text: str) -> bool:
    """True for a bare year (``2024``, ``2024.0``): a number as much as a period."""
    return re.fullmatch(r"\s*(?:19|20|21)\d{2}(?:\.0+)?\s*", text) is not None


def _rest(original: str, norm: str, start: int, end: int) -> str:
    if len(original) == len(norm):
        rest = original[:start] + " " + original[end:]
    else:
        rest = norm[:start] + " " + norm[end:]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    rest = " ".join(rest.split()).strip(" -,:;/")
    # "2024 (p) Amount", "Balance Jun 2025 (p)": the mark is the period's, not the measure's
    return " ".join(_MARK_WORD.sub(" ", _LEADING_MARK.sub("", rest)).split())


_LEADING_MARK = re.compile(
    r"^\(\s*(?:p|r|e|f|prel\w*|provisional|revised|est\w*|preliminary)\s*\)\s*", re.I
)
_MARK_WORD = re.compile(r"\(\s*(?:p|r|e|prel\w*|provisional|revised|est\w*|preliminary)\s*\)", re.I)
_PERIOD_MARK = re.compile(
    r"(?:19|20|21)\d{2}\s*\(\s*(?P<mark>p|r|e|prel\w*|provisional|revised|est\w*|preliminary)"
    r"\s*\)",
    re.I,
)


def period_mark(text: str) -> str:
    """The mark a header puts on its period in brackets (``2024 (p) Amount`` -> ``p``)."""
    found = _PERIOD_MARK.search(text)
    if found is None:
        return ""
    word = found.group("mark").lower()
    return "r" if word.startswith("r") else "e" if word.startswith("e") else "p"


def date_step(cells: list[str]) -> int:
    """12 or 3 when every cell is a date on the first or last day of a year or quarter and the
    dates lie whole years or quarters apart (FRED and Excel date a period by one of its
    days), else 1: the dates stand for their months."""
    found = [_DATE.match(cell.strip()) for cell in cells]
    if not found or not all(found):
        return 1
    days = sorted({(int(m[1]), int(m[2]), int(m[3])) for m in found if m})
    months = [year * 12 + month - 1 for year, month, _ in days]
    gaps = {later - earlier for earlier, later in itertools.pairwise(months)}
    for size in (12, 3):
        if gaps and all(gap % size == 0 for gap in gaps) and all(_bounds(d, size) for d in days):
            return size
    return 1


def containing(period: Period, size: int) -> Period:
    """The quarter (size 3) or year (size 12) a period starts in."""
    first = period.start - (period.start % 12) % size
    return span_of(first, first + size - 1)


def _bounds(day: tuple[int, int, int], size: int) -> bool:
    year, month, date = day
    first = (month - 1) % size == 0 and date == 1
    last = month % size == 0 and date == calendar.monthrange(year, month)[1]
    return first or last

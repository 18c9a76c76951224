"""Which header cells, or which columns, of a table name its periods.

`period_columns_of` finds the period column of a long table (or a year column and a month
column); `period_headers_of` finds the header cells of a wide table that name periods over
columns of numbers (``2024``, ``Jan-Mar 2026``, ``Jan`` under a title naming 2025), passing
over periods that are only the base of a comparison (``% change over 2025``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables.measures import is_year_to_date
from ingest.tables.numbers import parse_cell
from ingest.tables.periods import (
    containing,
    date_step,
    find_period,
    is_bare_month,
    is_plain_year,
    read_period,
)
from ingest.tables.read import GridRow
from vectorstore.periods import Period

PERIOD_WORDS = re.compile(
    r"\b(period|month|year|yr|date|time|quarter|qtr|mth|reference|ref|as of|week)\b", re.I
)
_MONTH_WORDS = re.compile(r"\b(month|mth|mon|quarter|qtr)\b", re.I)
_YEAR_WORDS = re.compile(r"\b(year|yr)\b", re.I)
_MONTHS_ONLY = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(0?[1-9]|1[0-2])$|^q[1-4]$",
    re.I,
)
_SAMPLE = 2000


@dataclass(frozen=True)
class PeriodHeader:
    """A wide-layout column whose header names a period; ``rest`` is the header's other text."""

    column: int
    period: Period
    rest: str


def data_rows(rows: list[GridRow]) -> list[GridRow]:
    """The rows with two or more cells: a sample of them is enough to recognise a layout."""
    return [row for row in rows[:_SAMPLE] if row.filled >= 2]


def period_columns_of(header: tuple[str, ...], rough: list[GridRow]) -> tuple[int, ...]:
    data = data_rows(rough)
    if not data:
        return ()
    combined = _year_and_month(header, data)
    if combined:
        return combined
    width = max(len(header), *(len(row.cells) for row in data))
    scored: list[tuple[float, int]] = []
    for column in range(width):
        name = header[column] if column < len(header) else ""
        anchored = any(read_period(row.cell(column)) for row in rough[:_SAMPLE] if row.cell(column))
        values = [row.cell(column) for row in data]
        ratio = _period_ratio(name, values, column == 0, anchored)
        hinted = bool(PERIOD_WORDS.search(name))
        if ratio >= 0.8 or (hinted and ratio >= 0.5):
            scored.append((ratio + (0.5 if hinted else 0.0), column))
    if scored:
        return (max(scored, key=lambda item: (item[0], -item[1]))[1],)
    return ()


def _period_ratio(name: str, values: list[str], leftmost: bool, anchored: bool) -> float:
    """The share of values that are periods; bare months (``Feb``) count when some row of the
    column (perhaps a year on a row of its own) gives them a year."""
    values = [value for value in values if value]
    if not values:
        return 0.0
    hinted = bool(PERIOD_WORDS.search(name))
    periods = [read_period(value, compact=hinted) for value in values]
    found = sum(1 for period in periods if period is not None)
    if found or anchored:
        found += sum(
            1 for v, p in zip(values, periods, strict=True) if p is None and is_bare_month(v)
        )
    years_only = all(is_plain_year(value) for value in values)
    if years_only and not (hinted or leftmost):
        return 0.0
    return found / len(values)


def _year_and_month(header: tuple[str, ...], data: list[GridRow]) -> tuple[int, ...]:
    year_column = month_column = None
    for column, name in enumerate(header):
        values = [row.cell(column) for row in data if row.cell(column)]
        if not values:
            continue
        if year_column is None and _YEAR_WORDS.search(name) and all(map(is_plain_year, values)):
            year_column = column
        elif (
            month_column is None
            and _MONTH_WORDS.search(name)
            and all(_MONTHS_ONLY.match(value) for value in values)
        ):
            month_column = column
    if year_column is not None and month_column is not None:
        return (year_column, month_column)
    return ()


def context_period(above: list[GridRow]) -> Period | None:
    """The one period the lines above a header name (``Top markets, Jan-Mar 2026``), if one;
    fiscal years and comparison bases do not count."""
    found = set()
    for row in above:
        located = find_period(line_text(row), skip_bases=True)
        if located is not None and not (located[0].length == 12 and located[0].start_month != 1):
            found.add(located[0])
    return found.pop() if len(found) == 1 else None


def titled_headers(
    header: tuple[str, ...], rough: list[GridRow], decimal_comma: bool, period: Period
) -> tuple[PeriodHeader, ...]:
    """Every named column of numbers, under the one period of the title."""
    data = data_rows(rough)
    found = []
    for column, name in enumerate(header):
        cells = [row.cell(column) for row in data if row.cell(column)]
        parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in cells]
        numbers = sum(1 for cell in parsed if cell.is_number)
        if name and cells and 2 * numbers >= len(cells) and find_period(name) is None:
            found.append(PeriodHeader(column, period, name))
    return tuple(found)


def has_label_column(
    header: tuple[str, ...], rough: list[GridRow], headers: tuple[PeriodHeader, ...]
) -> bool:
    """True when some column besides the period columns holds text labels (markets, items)."""
    data = data_rows(rough)
    used = {h.column for h in headers}
    width = max([len(header), *(len(row.cells) for row in data)], default=0)
    for column in range(width):
        cells = [row.cell(column) for row in data if row.cell(column)]
        if column in used or not cells:
            continue
        if sum(1 for cell in cells if parse_cell(cell).value is None) * 2 > len(cells):
            return True
    return False


def context_year(above: list[GridRow]) -> int | None:
    """The one year the lines above a header name (``Exports by market, 2025``), if one."""
    years = {int(y) for row in above for y in re.findall(r"\b((?:19|20)\d{2})\b", line_text(row))}
    return years.pop() if len(years) == 1 else None


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = re.compile(r"^(?P<a>[IVX]{1,4})(?:\s*[-–]\s*(?P<b>[IVX]{1,4}))?$")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _roman_month(name: str) -> str | None:
    """``III`` -> ``Mar``, ``I-XII`` -> ``Jan-Dec``: months in Roman numerals, as central and
    eastern European yearbooks write them (read only beside a year and other such months)."""
    match = _ROMAN.match(_strip_marks(name))
    if match is None or match.group("a") not in _ROMAN_MONTHS:
        return None
    first = _MONTH_NAMES[_ROMAN_MONTHS.index(match.group("a"))]
    last = match.group("b")
    if last is None:
        return first
    if last not in _ROMAN_MONTHS:
        return None
    return f"{first}-{_MONTH_NAMES[_ROMAN_MONTHS.index(last)]}"


def _header_period(
    name: str, year: int | None, *, roman: bool = False
) -> tuple[Period, str] | None:
    months = _roman_month(name) if roman and year is not None else None
    if months is not None:
        period = read_period(f"{months} {year}")
        return (period, "") if period is not None else None
    located = find_period(name, skip_bases=True) if name else None
    if located is None and year is not None and _MONTHS_ONLY.match(_strip_marks(name)):
        period = read_period(f"{_strip_marks(name)} {year}")
        return (period, "") if period is not None else None
    if located is not None and located[1]:
        again = find_period(located[1], skip_bases=True)
        if again is not None and again[0] == located[0]:
            return again  # a bilingual header names its period twice: 2025年1月 Jan 2025
    return located


def may_name_periods(header: tuple[str, ...]) -> bool:
    """True when some header cell could name a period in some table (a month under a title's
    year, a roman month): read under other rows, such a header could be a wide one."""
    return any(_header_period(name, 2000, roman=True) is not None for name in header if name)


def _strip_marks(name: str) -> str:
    """The header without its marks: ``(p)``, ``*``, and a footnote number (``2025 1)``)."""
    return re.sub(
        r"\(\s*[*†‡]+\s*\)|\([a-z]?\)|[*†‡#¹²³]|(?:^|(?<=\s))\d\)", "", name, flags=re.I
    ).strip()


def period_headers_of(
    header: tuple[str, ...], rough: list[GridRow], decimal_comma: bool, year: int | None = None
) -> tuple[PeriodHeader, ...]:
    """Header cells naming periods over columns of numbers (or of missing markers only)."""
    data = data_rows(rough)
    found: list[PeriodHeader] = []
    blank: list[PeriodHeader] = []
    roman = sum(1 for name in header if _roman_month(name)) >= 3
    for column, name in enumerate(header):
        located = _header_period(name, year, roman=roman)
        if located is None or len(re.findall(r"\d", _drop_codes(located[1]))) > 2:
            continue
        # a mark on the period ("2025*", "2025 (p)") is a flag, never part of the measure;
        # "End" before a month says the figures run to its end (year to date), read there
        rest = _strip_marks(_drop_codes(located[1]))
        if re.fullmatch(r"\s*end\W*(?:of)?\s*", rest, re.I) and is_year_to_date(name):
            month = located[0]  # "End Dec. 2024": January to December 2024
            rest, located = "", (Period(month.end_year, 1, month.end_year, month.end_month), "")
        located = (located[0], _as_written(name, rest))
        cells = [row.cell(column) for row in data if row.cell(column)]
        parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in cells]
        numbers = sum(1 for cell in parsed if cell.is_number)
        markers = sum(1 for cell in parsed if cell.is_missing)
        if cells and numbers and (numbers + markers) / len(cells) >= 0.5:
            found.append(PeriodHeader(column, located[0], located[1]))
        elif markers == len(cells):
            blank.append(PeriodHeader(column, located[0], located[1]))
    if not found:
        return ()
    headers = sorted([*found, *blank], key=lambda h: h.column)
    size = date_step([header[h.column] for h in headers])
    if size > 1:
        headers = [PeriodHeader(h.column, containing(h.period, size), h.rest) for h in headers]
    return tuple(headers)


def _as_written(name: str, rest: str) -> str:
    """The words beside a period as the header writes them (the period reader may have
    lower-cased them while dropping a mark: ``Domestic Exports 2025*``)."""
    rest = " ".join(rest.split())
    at = " ".join(name.split()).casefold().find(rest.casefold())
    return " ".join(name.split())[at : at + len(rest)] if rest and at >= 0 else rest


def _drop_codes(rest: str) -> str:
    """Bracketed codes beside a period header (``1960 [YR1960]``) are not part of the name."""
    return re.sub(r"[\[(][^\])]*\d[^\])]*[\])]", " ", rest)


def line_text(row: GridRow) -> str:
    """The filled cells of a row as one line: ``Exports by market, 2025`` when a title was split
    at its comma into two cells; ``Source: C&SD`` when a label ends with a colon."""
    text = ""
    for cell in (cell for cell in row.cells if cell):
        text += cell if not text else (" " if text.endswith(":") else ", ") + cell
    return text

"""Where the table is in a grid: title and unit lines, header row(s), data rows, notes.

A header is accepted when it leads to one of two layouts, decided by content:

- *long*: one column holds periods (``2024-03``, ``Mar 2024``, ``2024Q1`` ...), or a year
  column and a month (or quarter) column together do;
- *wide*: two or more header cells name periods (``2024``, ``Jan-Mar 2026``, ``2025 Jan``),
  possibly on two header rows (a year row above a month row).

Lines above the header are the title and unit lines; lines below the last data row, and
lines inside the data that start like a note (``Note:``, ``Source:``, ``*``, ``(a)``), are notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table_numbers import parse_cell, uses_decimal_comma
from ingest.table_periods import find_period, is_bare_month, is_plain_year, read_period
from ingest.table_read import GridRow
from vectorstore.periods import Period

_PERIOD_WORDS = re.compile(
    r"\b(period|month|year|yr|date|time|quarter|qtr|mth|reference|ref|as of|week)\b", re.I
)
_MONTH_WORDS = re.compile(r"\b(month|mth|mon|quarter|qtr)\b", re.I)
_YEAR_WORDS = re.compile(r"\b(year|yr)\b", re.I)
_NOTE_START = re.compile(
    r"^\s*(notes?\b|sources?\b|remarks?\b|footnotes?\b|explanatory|definitions?\b|"
    r"figures?\s+(may|are|in)|data\s+(may|are)|symbols?\b|legend\b|key\b\s*:|"
    r"[*†‡#§]|\(?[a-z1-9]\)\s|\.\.\s|-\s+(nil|not)|n\.?a\.?\s*[:=-]|[pr]\s*[:=]|"
    r"provisional|preliminary|revised|last updated|updated|copyright|©|please|for further)",
    re.I,
)
_MONTHS_ONLY = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(0?[1-9]|1[0-2])$|^q[1-4]$",
    re.I,
)
_MAX_HEADER_SEARCH = 40
_SAMPLE = 2000


@dataclass(frozen=True)
class PeriodHeader:
    """A wide-layout column whose header names a period; ``rest`` is the header's other text."""

    column: int
    period: Period
    rest: str


@dataclass(frozen=True)
class Layout:
    """The parts of a grid that make up one table."""

    header: tuple[str, ...]
    header_row: int
    body: tuple[GridRow, ...]
    above: tuple[str, ...]
    notes: tuple[str, ...]
    decimal_comma: bool
    period_columns: tuple[int, ...] = ()
    period_headers: tuple[PeriodHeader, ...] = field(default_factory=tuple)

    @property
    def wide(self) -> bool:
        return bool(self.period_headers)

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(row.cells) for row in self.body)])


class LayoutNotFoundError(Exception):
    """No header row leads to a table; the message says why, for a person."""


def find_layout(rows: tuple[GridRow, ...]) -> Layout:
    """The table in ``rows``; raises `LayoutNotFoundError` with a reason."""
    filled = [row for row in rows if row.filled]
    if not filled:
        raise LayoutNotFoundError("file is empty")
    decimal_comma = uses_decimal_comma([c for row in filled for c in row.cells])
    candidates = [i for i, row in enumerate(filled[:_MAX_HEADER_SEARCH]) if row.filled >= 2]
    if not candidates:
        raise LayoutNotFoundError("no row with two or more cells was found: this is not a table")
    for index in candidates:
        layout = _layout_at(filled, index, decimal_comma)
        if layout is not None:
            return layout
    raise LayoutNotFoundError("no header row with a period column or period headers was found")


def _layout_at(rows: list[GridRow], index: int, decimal_comma: bool) -> Layout | None:
    """The best layout with its header at ``index``: one header row, two rows combined, or
    the next row alone (when this one was a title split over two cells)."""
    header = rows[index]
    options: list[Layout | None] = []
    if index + 1 < len(rows) and _is_header_like(rows[index + 1], decimal_comma):
        combined = _combine(header, rows[index + 1])
        options.append(_layout_with(rows, index, 2, combined, decimal_comma))
        options.append(_layout_with(rows, index + 1, 1, rows[index + 1].cells, decimal_comma))
    options.append(_layout_with(rows, index, 1, header.cells, decimal_comma))
    found = [layout for layout in options if layout is not None]
    return max(found, key=_distinct_periods) if found else None


def _distinct_periods(layout: Layout) -> int:
    if layout.wide:
        return len({h.period for h in layout.period_headers})
    return len({tuple(row.cell(c) for c in layout.period_columns) for row in layout.body})


def _layout_with(
    rows: list[GridRow], index: int, depth: int, header: tuple[str, ...], decimal_comma: bool
) -> Layout | None:
    rough = rows[index + depth :]
    columns = _period_columns(header, rough)
    wide = _wide_headers(header, rough, decimal_comma, _context_year(rows[:index]))
    name = header[columns[0]] if columns and columns[0] < len(header) else ""
    if columns and (len(wide) < 2 or _PERIOD_WORDS.search(name)):
        return _build(rows, index, depth, header, columns, (), decimal_comma)
    if len(wide) >= 2:
        return _build(rows, index, depth, header, (), wide, decimal_comma)
    return None


def _is_header_like(row: GridRow, decimal_comma: bool) -> bool:
    if row.filled < 2 or is_plain_year(row.cells[_first_filled(row)]):
        return False
    for cell in row.cells:
        if not cell or is_plain_year(cell):
            continue
        parsed = parse_cell(cell, decimal_comma=decimal_comma)
        if parsed.is_number or parsed.is_missing:
            return False
        if read_period(cell) is not None:
            return False
    return True


def _combine(upper: GridRow, lower: GridRow) -> tuple[str, ...]:
    width = max(len(upper.cells), len(lower.cells))
    filled_upper: list[str] = []
    carry = ""
    for column in range(width):
        cell = upper.cell(column)
        if cell:
            carry = cell
        elif not lower.cell(column):
            carry = ""
        filled_upper.append(carry)
    return tuple(f"{filled_upper[c]} {lower.cell(c)}".strip() for c in range(width))


def _data_rows(rows: list[GridRow]) -> list[GridRow]:
    """The rows with two or more cells: a sample of them is enough to recognise a layout."""
    return [row for row in rows[:_SAMPLE] if row.filled >= 2]


def _period_columns(header: tuple[str, ...], rough: list[GridRow]) -> tuple[int, ...]:
    data = _data_rows(rough)
    if not data:
        return ()
    combined = _year_and_month(header, data)
    if combined:
        return combined
    width = max(len(header), *(len(row.cells) for row in data))
    scored: list[tuple[float, int]] = []
    for column in range(width):
        name = header[column] if column < len(header) else ""
        ratio = _period_ratio(name, [row.cell(column) for row in data], column == 0)
        hinted = bool(_PERIOD_WORDS.search(name))
        if ratio >= 0.8 or (hinted and ratio >= 0.5):
            scored.append((ratio + (0.5 if hinted else 0.0), column))
    if scored:
        return (max(scored, key=lambda item: (item[0], -item[1]))[1],)
    return ()


def _period_ratio(name: str, values: list[str], leftmost: bool) -> float:
    values = [value for value in values if value]
    if not values:
        return 0.0
    hinted = bool(_PERIOD_WORDS.search(name))
    periods = [read_period(value, compact=hinted) for value in values]
    found = sum(1 for period in periods if period is not None)
    if found:
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


def _context_year(above: list[GridRow]) -> int | None:
    """The one year the lines above a header name (``Exports by market, 2025``), if one."""
    years = {int(y) for row in above for y in re.findall(r"\b((?:19|20)\d{2})\b", _line(row))}
    return years.pop() if len(years) == 1 else None


def _header_period(name: str, year: int | None) -> tuple[Period, str] | None:
    located = find_period(name, skip_bases=True) if name else None
    if located is None and year is not None and _MONTHS_ONLY.match(_strip_marks(name)):
        period = read_period(f"{_strip_marks(name)} {year}")
        return (period, "") if period is not None else None
    return located


def _strip_marks(name: str) -> str:
    return re.sub(r"\([a-z]?\)|[*†‡#]", "", name, flags=re.I).strip()


def _wide_headers(
    header: tuple[str, ...], rough: list[GridRow], decimal_comma: bool, year: int | None = None
) -> tuple[PeriodHeader, ...]:
    """Header cells naming periods over columns of numbers (or of missing markers only)."""
    data = _data_rows(rough)
    found: list[PeriodHeader] = []
    blank: list[PeriodHeader] = []
    for column, name in enumerate(header):
        located = _header_period(name, year)
        if located is None or len(re.findall(r"\d", _drop_codes(located[1]))) > 2:
            continue
        located = (located[0], " ".join(_drop_codes(located[1]).split()))
        cells = [row.cell(column) for row in data if row.cell(column)]
        parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in cells]
        numbers = sum(1 for cell in parsed if cell.is_number)
        markers = sum(1 for cell in parsed if cell.is_missing)
        if cells and numbers and (numbers + markers) / len(cells) >= 0.6:
            found.append(PeriodHeader(column, located[0], located[1]))
        elif markers == len(cells):
            blank.append(PeriodHeader(column, located[0], located[1]))
    if not found:
        return ()
    return tuple(sorted([*found, *blank], key=lambda h: h.column))


def _drop_codes(rest: str) -> str:
    """Bracketed codes beside a period header (``1960 [YR1960]``) are not part of the name."""
    return re.sub(r"[\[(][^\])]*\d[^\])]*[\])]", " ", rest)


def _build(
    rows: list[GridRow],
    index: int,
    depth: int,
    header: tuple[str, ...],
    period_columns: tuple[int, ...],
    period_headers: tuple[PeriodHeader, ...],
    decimal_comma: bool,
) -> Layout | None:
    after = rows[index + depth :]
    is_data = _data_test(period_columns, period_headers, decimal_comma)
    last = max((i for i, row in enumerate(after) if is_data(row)), default=-1)
    if last < 0:
        return None
    body: list[GridRow] = []
    notes: list[str] = []
    for row in after[: last + 1]:
        if not is_data(row) and _NOTE_START.match(row.cells[_first_filled(row)]):
            notes.append(_line(row))
        else:
            body.append(row)
    notes.extend(_line(row) for row in after[last + 1 :])
    above = tuple(_line(row) for row in rows[:index])
    return Layout(
        header=header,
        header_row=rows[index + depth - 1].number,
        body=tuple(body),
        above=above,
        notes=tuple(notes),
        decimal_comma=decimal_comma,
        period_columns=period_columns,
        period_headers=period_headers,
    )


def _data_test(
    period_columns: tuple[int, ...], period_headers: tuple[PeriodHeader, ...], decimal_comma: bool
) -> _RowTest:
    if period_columns:
        return _RowTest(period_columns, (), decimal_comma)
    return _RowTest((), tuple(h.column for h in period_headers), decimal_comma)


@dataclass(frozen=True)
class _RowTest:
    period_columns: tuple[int, ...]
    value_columns: tuple[int, ...]
    decimal_comma: bool

    def __call__(self, row: GridRow) -> bool:
        if self.period_columns:
            column = self.period_columns[0]
            if len(self.period_columns) == 2:
                return is_plain_year(row.cell(column)) and bool(row.cell(self.period_columns[1]))
            cell = row.cell(column)
            return read_period(cell, compact=True) is not None or is_bare_month(cell)
        cells = [row.cell(c) for c in self.value_columns if row.cell(c)]
        parsed = [parse_cell(cell, decimal_comma=self.decimal_comma) for cell in cells]
        return bool(parsed) and all(cell.value is not None for cell in parsed)


def _first_filled(row: GridRow) -> int:
    return next(i for i, cell in enumerate(row.cells) if cell)


def _line(row: GridRow) -> str:
    return " ".join(cell for cell in row.cells if cell)

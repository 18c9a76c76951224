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
from dataclasses import dataclass, field, replace

from ingest.tables.headers import (
    PERIOD_WORDS,
    PeriodHeader,
    context_period,
    context_year,
    has_label_column,
    line_text,
    period_columns_of,
    period_headers_of,
    titled_headers,
)
from ingest.tables.measures import is_unit_only
from ingest.tables.numbers import parse_cell, uses_decimal_comma
from ingest.tables.periods import find_period, is_bare_month, is_plain_year, read_period
from ingest.tables.read import GridRow
from lexicon.measures import derived_kind, is_rate_label
from vectorstore.periods import Period

_NOTE_START = re.compile(
    r"^\s*(notes?\b|sources?\b|remarks?\b|footnotes?\b|explanatory|definitions?\b|"
    r"figures?\s+(may|are|in)|data\s+(may|are)|symbols?\b|legend\b|key\b\s*:|"
    r"[*†‡#§]|\(?[a-z1-9]\)\s|\.\.\s|-\s+(nil|not)|n\.?a\.?\s*[:=-]|[pr]\s*[:=]|"
    r"provisional|preliminary|revised|last updated|updated|copyright|©|please|for further)",
    re.I,
)
_MAX_HEADER_SEARCH = 40
_MAX_TABLES = 20


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
    remainder: tuple[GridRow, ...] = ()

    @property
    def wide(self) -> bool:
        return bool(self.period_headers)

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(row.cells) for row in self.body)])

    def data_rows(self) -> list[GridRow]:
        """The body rows that hold values (not section labels or stray text rows)."""
        test = _data_test(self.period_columns, self.period_headers, self.decimal_comma)
        return [row for row in self.body if test(row)]


class LayoutNotFoundError(Exception):
    """No header row leads to a table; the message says why, for a person."""


def find_layouts(rows: tuple[GridRow, ...]) -> list[Layout]:
    """The tables in ``rows``, top to bottom (a sheet may stack several); raises
    `LayoutNotFoundError` when there is none."""
    layouts = [find_layout(rows)]
    while layouts[-1].remainder and len(layouts) < _MAX_TABLES:
        rest = layouts[-1].remainder
        try:
            layouts.append(find_layout(rest))
        except LayoutNotFoundError:
            notes = (*layouts[-1].notes, *(_line(row) for row in rest if row.filled))
            layouts[-1] = replace(layouts[-1], notes=notes, remainder=())
    return layouts


def find_layout(rows: tuple[GridRow, ...]) -> Layout:
    """The table in ``rows``; raises `LayoutNotFoundError` with a reason."""
    filled = [row for row in rows if row.filled]
    if not filled:
        raise LayoutNotFoundError("file is empty")
    decimal_comma = uses_decimal_comma([c for row in filled for c in row.cells])
    candidates = _header_candidates(filled[:_MAX_HEADER_SEARCH])
    if not candidates:
        raise LayoutNotFoundError("no row with two or more cells was found: this is not a table")
    for index in candidates:
        layout = _layout_at(filled, index, decimal_comma)
        if layout is not None:
            return layout
    raise LayoutNotFoundError("no header row with a period column or period headers was found")


def layout_below(layout: Layout, rows: tuple[GridRow, ...]) -> Layout | None:
    """The layout of ``rows`` that continue ``layout``'s table further down its file (a long
    file read in parts, `ingest.tables.stream`): under the same header, below its data rows.
    A row that starts another table begins the remainder, lines after the last data row are
    notes, as `find_layout` reads them; the lines above are ``layout``'s (they give the
    legend of flags). None when no row is data."""
    filled = [row for row in rows if row.filled]
    if not filled or not layout.body:
        return None
    known = (layout.header, layout.period_columns, layout.period_headers, layout.decimal_comma)
    found = _build([layout.body[-1], *filled], 0, 1, *known, below_data=True)
    return (
        None if found is None else replace(found, header_row=layout.header_row, above=layout.above)
    )


def _header_candidates(rows: list[GridRow]) -> list[int]:
    """The rows that may be a header, in the order to try them: a title split at its comma
    (``Exports by partner, 2025`` above a wider header) is tried only after the wider rows,
    so that its year never becomes a period header over the real header row."""
    candidates = [i for i, row in enumerate(rows) if row.filled >= 2]
    widest = max((rows[i].filled for i in candidates), default=0)
    titles = [i for i in candidates if widest > 2 and _is_split_title(rows[i])]
    return [i for i in candidates if i not in titles] + titles


def _is_split_title(row: GridRow) -> bool:
    """A title written with a trailing year or period after a comma, read as two cells."""
    cells = [cell for cell in row.cells if cell]
    if len(cells) != 2 or read_period(cells[0]) is not None:
        return False
    letters = sum(1 for char in cells[0] if char.isalpha())
    return letters >= 4 and read_period(cells[1]) is not None


def _layout_at(rows: list[GridRow], index: int, decimal_comma: bool) -> Layout | None:
    """The best layout with its header at ``index``: one header row, two rows combined, or
    the next row alone (when this one was a title split over two cells)."""
    header = rows[index]
    options: list[Layout | None] = []
    lower_row = rows[index + 1] if index + 1 < len(rows) else None
    if lower_row is not None and (
        _is_header_like(lower_row, decimal_comma) or _is_period_row(lower_row, header)
    ):
        lower = rows[index + 1]
        combined = _layout_with(rows, index, 2, _combine(header, lower), decimal_comma)
        alone = _layout_with(rows, index + 1, 1, lower.cells, decimal_comma)
        # both rows naming the first column: the upper one is a title split at a comma
        titled = bool(header.cell(0) and lower.cell(0))
        options += [alone, combined] if titled else [combined, alone]
    options.append(_layout_with(rows, index, 1, header.cells, decimal_comma))
    found = [layout for layout in options if layout is not None]
    return max(found, key=_distinct_periods) if found else None


def _is_period_row(row: GridRow, upper: GridRow) -> bool:
    """Periods under a row of group names (``Balance | | | Exports | |`` over ``Apr 2025 |
    May 2025 | Jun 2025 (p) | ...``): the two rows are one header."""
    cells = [c for c in row.cells[1:] if c]
    periods = [c for c in cells if find_period(c, skip_bases=True)]
    # a rate column beside the periods ("2024 | 2025 (p) | Change on previous year in %")
    # belongs to the same header
    if len(periods) < 2 or not all(c in periods or is_rate_label(c) for c in cells):
        return False
    groups = [c for c in upper.cells[1:] if c]
    # a rate or share column may name its own period above the periods ("Share 2025 (%)")
    found = [find_period(c, skip_bases=True) for c in groups]
    return bool(groups) and all(f is None or derived_kind(f[1]) for f in found)


def _distinct_periods(layout: Layout) -> int:
    if layout.wide:
        return len({h.period for h in layout.period_headers})
    rows = layout.data_rows()
    return len({tuple(row.cell(c) for c in layout.period_columns) for row in rows})


def _layout_with(
    rows: list[GridRow], index: int, depth: int, header: tuple[str, ...], decimal_comma: bool
) -> Layout | None:
    rough = rows[index + depth :]
    columns = period_columns_of(header, rough)
    wide = period_headers_of(header, rough, decimal_comma, context_year(rows[:index]))
    name = header[columns[0]] if columns and columns[0] < len(header) else ""
    if columns and (len(wide) < 2 or PERIOD_WORDS.search(name)):
        if depth == 1 and _is_headerless(rows[index], columns, decimal_comma):
            blank = ("",) * len(header)
            return _build(rows, index, 0, blank, columns, (), decimal_comma)
        return _build(rows, index, depth, header, columns, (), decimal_comma)
    if len(wide) >= 2 or (wide and has_label_column(header, rough, wide)):
        return _build(rows, index, depth, header, (), wide, decimal_comma)
    if not columns and not wide and (period := context_period(rows[:index])) is not None:
        titled = titled_headers(header, rough, decimal_comma, period)
        if titled and has_label_column(header, rough, titled):
            return _build(rows, index, depth, header, (), titled, decimal_comma)
    return None


def _is_headerless(row: GridRow, columns: tuple[int, ...], decimal_comma: bool) -> bool:
    """True when the first row is already data: a period and a number, no header at all."""
    if not _RowTest(columns, (), decimal_comma)(row):
        return False
    others = [cell for i, cell in enumerate(row.cells) if i not in columns and cell]
    return any(parse_cell(cell, decimal_comma=decimal_comma).is_number for cell in others)


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


def _build(
    rows: list[GridRow],
    index: int,
    depth: int,
    header: tuple[str, ...],
    period_columns: tuple[int, ...],
    period_headers: tuple[PeriodHeader, ...],
    decimal_comma: bool,
    *,
    below_data: bool = False,
) -> Layout | None:
    after = rows[index + depth :]
    is_data = _data_test(period_columns, period_headers, decimal_comma)
    while after and _is_subheader(after[0], is_data, bool(period_headers)) and depth < 4:
        header, period_headers = _absorb(header, period_headers, after[0])
        after, depth = after[1:], depth + 1
    split = _next_table(after, header, is_data, seen_data=below_data)
    last = max((i for i, row in enumerate(after[:split]) if is_data(row)), default=-1)
    if last < 0:
        return None
    body, notes = _body_and_notes(after[: last + 1], header, is_data)
    trailing = after[last + 1 : split]
    kept = len(trailing) if split == len(after) else _leading_notes(trailing)
    notes.extend(_line(row) for row in trailing[:kept])
    above = tuple(_line(row) for row in rows[:index])
    return Layout(
        header=header,
        header_row=rows[index + depth - 1].number if depth else rows[index].number - 1,
        body=tuple(body),
        above=above,
        notes=tuple(notes),
        decimal_comma=decimal_comma,
        period_columns=period_columns,
        period_headers=period_headers,
        remainder=tuple(after[last + 1 + kept :]),
    )


def _is_subheader(row: GridRow, is_data: _RowTest, wide: bool) -> bool:
    """A row under the header that only adds words: units, or (wide) the header again in
    another language."""
    if is_data(row) or row.filled < 2:
        return False
    cells = [cell for cell in row.cells if cell]
    if all(is_unit_only(cell) for cell in cells):
        return True
    return wide and not any(parse_cell(cell).is_number for cell in cells)


def _absorb(
    header: tuple[str, ...], period_headers: tuple[PeriodHeader, ...], row: GridRow
) -> tuple[tuple[str, ...], tuple[PeriodHeader, ...]]:
    width = max(len(header), len(row.cells))
    cells = [header[c] if c < len(header) else "" for c in range(width)]
    merged = tuple(f"{cells[c]} {row.cell(c)}".strip() for c in range(width))
    extra = {h.column: _words_beside(row.cell(h.column), h.period) for h in period_headers}
    updated = tuple(
        PeriodHeader(h.column, h.period, f"{h.rest} {extra[h.column]}".strip())
        for h in period_headers
    )
    return merged, updated


def _words_beside(cell: str, period: Period) -> str:
    """A sub-header cell without the period it repeats (``Jan 2025`` under ``2025年1月``)."""
    found = find_period(cell, skip_bases=True)
    return found[1] if found is not None and found[0] == period else cell


def _body_and_notes(
    rows: list[GridRow], header: tuple[str, ...], is_data: _RowTest
) -> tuple[list[GridRow], list[str]]:
    """The rows of a table down to its last data row: data (and labels) or notes."""
    body: list[GridRow] = []
    notes: list[str] = []
    for row in rows:
        if row.cells == header:
            continue
        if not is_data(row) and _NOTE_START.match(row.cells[_first_filled(row)]):
            notes.append(_line(row))
        else:
            body.append(row)
    return body, notes


def _next_table(
    after: list[GridRow], header: tuple[str, ...], is_data: _RowTest, *, seen_data: bool = False
) -> int:
    """Where a second table starts below this one: a new header naming periods;
    ``seen_data`` when data rows of the table come before ``after``."""
    for index, row in enumerate(after):
        if seen_data and row.cells != header and _repeats_periods(row):
            return index  # "Origin, 2023, , 2024 (p)": the next table's header, not data
        if seen_data and row.filled == 1 and _TABLE_TITLE.match(row.cells[_first_filled(row)]):
            return index  # "Table 2: Merchandise trade by continent": the next table
        if is_data(row):
            seen_data = True
        elif seen_data and row.filled >= 2 and row.cells != header and _starts_table(row):
            return index
    return len(after)


_TABLE_TITLE = re.compile(r"^\s*(?:table|exhibit|annex|chart)\s+[\dA-Z][\w.-]*\s*[:.]", re.I)


def _repeats_periods(row: GridRow) -> bool:
    """A row whose cells after its label are all periods (two or more): a header."""
    cells = [c for c in row.cells[1:] if c.strip()]
    return len(cells) >= 2 and all(find_period(c, skip_bases=True) for c in cells)


def _starts_table(row: GridRow) -> bool:
    periods = sum(1 for cell in row.cells if cell and find_period(cell, skip_bases=True))
    if periods >= 2:
        return True
    return _is_header_like(row, False) and any(PERIOD_WORDS.search(c) for c in row.cells)


def _leading_notes(rows: list[GridRow]) -> int:
    count = 0
    for row in rows:
        if not _NOTE_START.match(row.cells[_first_filled(row)]):
            break
        count += 1
    return count


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
                year, month = row.cell(column), row.cell(self.period_columns[1])
                numbered = month.isdigit() and 1 <= int(month) <= 12
                return (not year or is_plain_year(year)) and (is_bare_month(month) or numbered)
            cell = row.cell(column)
            if not cell:
                return self._labelled_figures(row)  # under a merged period cell
            return read_period(cell, compact=True) is not None or is_bare_month(cell)
        cells = [row.cell(c) for c in self.value_columns if row.cell(c)]
        parsed = [parse_cell(cell, decimal_comma=self.decimal_comma) for cell in cells]
        readable = sum(1 for cell in parsed if cell.value is not None)
        return readable > 0 and 2 * readable >= len(parsed)

    def _labelled_figures(self, row: GridRow) -> bool:
        parsed = [parse_cell(cell, decimal_comma=self.decimal_comma) for cell in row.cells if cell]
        return any(c.is_number for c in parsed) and any(c.value is None for c in parsed)


def _first_filled(row: GridRow) -> int:
    return next(i for i, cell in enumerate(row.cells) if cell)


def _line(row: GridRow) -> str:
    return line_text(row)

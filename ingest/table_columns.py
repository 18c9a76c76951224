"""What each column of a located table is: period, value, dimension or attribute.

Decided by content, not by name: a column of numbers is a value column (unless it holds
codes); a text column whose values are countries, flows, commodities or regions is a
dimension with that role; other text columns are dimensions only when the rows need them to
tell values apart (a "category" column), else attributes kept verbatim (sources, notes, urls).
"""

from __future__ import annotations

import re

from ingest.table_dimensions import plan_texts
from ingest.table_layout import Layout
from ingest.table_measures import find_unit
from ingest.table_numbers import is_missing_marker, parse_cell
from ingest.table_periods import is_plain_year, read_period
from ingest.table_plan import ColumnPlan, ValueColumn, header_words
from ingest.table_read import GridRow
from vectorstore.periods import Period

_CODE_NAME = re.compile(r"\b(code|id|hs|sitc|iso|rank|ranking|no|number|key|cmd|aggr)\b", re.I)
_FLAG_NAME = re.compile(r"^(is|has|flag)\b")
_COUNTER_NAME = re.compile(r"^(|unnamed: ?\d+|index|#|no\.?|s/?n|row|seq)$")
_DIMENSION_NAME = re.compile(
    r"\b(partner|country|countries|reporter|declarant|flow|commodity|product|hs|sitc|cmd|"
    r"region|destination|origin|market|economy|territory)\b"
)
_PERIOD_NAME = re.compile(r"\b(year|yr|month|mth|quarter|qtr|period|date|time)\b", re.I)
_NUMERIC_SHARE = 0.8


def plan_columns(layout: Layout) -> ColumnPlan:
    """Classify the columns of a long or wide table."""
    rows = _data_rows(layout)
    used = set(layout.period_columns) | {h.column for h in layout.period_headers}
    values: list[ValueColumn] = [
        ValueColumn(h.column, h.rest, h.period, h.rest, _percent_share(rows, h.column) >= 0.5)
        for h in layout.period_headers
    ]
    texts: list[tuple[int, str]] = []
    for column in range(layout.width):
        if column in used:
            continue
        header = layout.header[column] if column < len(layout.header) else ""
        cells = [row.cell(column) for row in rows]
        if not any(cell and not is_missing_marker(cell) for cell in cells):
            continue
        if _is_row_counter(header, cells):
            continue
        if _is_numeric(header, cells, layout.decimal_comma):
            period = _nearest_period(layout, column)
            percent = _percent_share(rows, column) >= 0.5
            basis = _compared(layout, column)
            values.append(ValueColumn(column, header, period, header, percent, basis))
        else:
            texts.append((column, header))
    values.sort(key=lambda v: v.column)
    return plan_texts(layout, rows, tuple(values), texts)


def _data_rows(layout: Layout) -> list[GridRow]:
    return [row for row in layout.body if row.filled >= 2]


def _is_numeric(header: str, cells: list[str], decimal_comma: bool) -> bool:
    present = [cell for cell in cells if cell and not is_missing_marker(cell)]
    parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in present]
    numbers = sum(1 for cell in parsed if cell.is_number)
    if not present or numbers / len(present) < _NUMERIC_SHARE:
        return False
    words = header_words(header)
    if _CODE_NAME.search(words) or _FLAG_NAME.match(words):
        return False
    short = len(words.split()) <= 3 and find_unit(header).text is None
    if short and _DIMENSION_NAME.search(words):
        return False
    if _PERIOD_NAME.search(words) and all(is_plain_year(c) or c.isdigit() for c in present):
        return False
    return not any(cell.startswith("0") and cell.isdigit() and len(cell) > 1 for cell in present)


def _is_row_counter(header: str, cells: list[str]) -> bool:
    """A column that only numbers the rows (``Unnamed: 0``, ``#``, ``No.``)."""
    if not _COUNTER_NAME.match(header_words(header)):
        return False
    numbers = [cell for cell in cells if cell]
    if not numbers or not all(cell.isdigit() for cell in numbers):
        return False
    values = [int(cell) for cell in numbers]
    return values == list(range(values[0], values[0] + len(values)))


def _percent_share(rows: list[GridRow], column: int) -> float:
    cells = [row.cell(column) for row in rows if row.cell(column)]
    if not cells:
        return 0.0
    return sum(1 for cell in cells if parse_cell(cell).percent) / len(cells)


def _compared(layout: Layout, column: int) -> str | None:
    """What a change column beside period columns compares: the two periods before it, a
    year apart (``Jan-Mar 2025 | Jan-Mar 2026 | % change``), give ``yoy``."""
    before = [h.period for h in layout.period_headers if h.column < column][-2:]
    if len(before) < 2 or before[0].length != before[1].length:
        return None
    gap = abs(before[1].start - before[0].start)
    if gap == 12:
        return "yoy"
    if gap == before[0].length == 1:
        return "mom"
    if gap == before[0].length == 3 and before[0].kind == "quarter":
        return "qoq"
    return None


def _nearest_period(layout: Layout, column: int) -> Period | None:
    if not layout.period_headers:
        return None
    before = [h for h in layout.period_headers if h.column < column]
    if before:
        return before[-1].period
    return layout.period_headers[0].period


def period_of_row(layout: Layout, cells: tuple[str, ...]) -> Period | None:
    """The period of a long-layout row, from its period column (or year and month columns)."""
    columns = layout.period_columns
    first = cells[columns[0]] if columns[0] < len(cells) else ""
    if len(columns) == 1:
        return read_period(first, compact=True)
    second = cells[columns[1]] if columns[1] < len(cells) else ""
    return read_period(f"{second} {first}") or read_period(f"{first}M{second}")

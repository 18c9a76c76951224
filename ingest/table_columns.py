"""What each column of a located table is: period, value, dimension or attribute.

Decided by content, not by name: a column of numbers is a value column (unless it holds
codes); a text column whose values are countries, flows, commodities or regions is a
dimension with that role; other text columns are dimensions only when the rows need them to
tell values apart (a "category" column), else attributes kept verbatim (sources, notes, urls).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.table_layout import Layout
from ingest.table_measures import find_unit
from ingest.table_numbers import is_missing_marker, parse_cell
from ingest.table_periods import is_plain_year, read_period
from ingest.table_read import GridRow
from ingest.table_roles import dimension_role
from vectorstore.periods import Period
from vectorstore.records import DimensionRole

RESERVED = frozenset({"period", "measure", "value", "row"})
_CODE_NAME = re.compile(r"\b(code|id|hs|sitc|iso|rank|ranking|no|number|key|cmd)\b", re.I)
_UNIT_NAME = re.compile(r"^\s*(units?|unit of measure(ment)?|uom|currency|unit_measure)\s*$", re.I)
_INDICATOR_NAME = re.compile(
    r"^\s*(indicator|measure|variable|series|statistic|concept|metric|item)s?"
    r"(\s*(name|description|label))?\s*$",
    re.I,
)
_ATTRIBUTE_NAME = re.compile(
    r"source|note|comment|remark|url|link|file|flag|footnote|status|reference|\bref\b|"
    r"publish|release|updated|confiden|quality|method|explanation|comparison|basis|span",
    re.I,
)
_MEASURE_WORDS = re.compile(
    r"\b(yoy|y-o-y|growth|change|share|balance|ratio|index|rate|value|volume|total)\b", re.I
)
_MONTH_LABEL = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^q[1-4]$", re.I
)
_PERIOD_NAME = re.compile(r"\b(year|yr|month|mth|quarter|qtr|period|date|time)\b", re.I)
_NUMERIC_SHARE = 0.8
_DUPLICATE_LIMIT = 0.1


@dataclass(frozen=True)
class ValueColumn:
    """A column of numbers; ``period`` is set in wide layouts (the column's period)."""

    column: int
    header: str
    period: Period | None = None
    group: str = ""
    percent: bool = False


@dataclass(frozen=True)
class TextColumn:
    """A text column kept as a dimension (``role`` set) or an attribute (``role`` None)."""

    column: int
    name: str
    role: DimensionRole | None


@dataclass(frozen=True)
class ColumnPlan:
    """The columns of one table, by what they hold."""

    values: tuple[ValueColumn, ...]
    dimensions: tuple[TextColumn, ...]
    attributes: tuple[TextColumn, ...]
    unit_column: int | None = None
    indicator_column: int | None = None
    month_column: int | None = None


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
        if _is_numeric(header, cells, layout.decimal_comma):
            period = _nearest_period(layout, column)
            percent = _percent_share(rows, column) >= 0.5
            values.append(ValueColumn(column, header, period, header, percent))
        else:
            texts.append((column, header))
    values.sort(key=lambda v: v.column)
    return _plan_texts(layout, rows, tuple(values), texts)


def _data_rows(layout: Layout) -> list[GridRow]:
    return [row for row in layout.body if row.filled >= 2]


def _is_numeric(header: str, cells: list[str], decimal_comma: bool) -> bool:
    present = [cell for cell in cells if cell and not is_missing_marker(cell)]
    parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in present]
    numbers = sum(1 for cell in parsed if cell.is_number)
    if not present or numbers / len(present) < _NUMERIC_SHARE:
        return False
    if _CODE_NAME.search(header.replace("_", " ")):
        return False
    if _PERIOD_NAME.search(header.replace("_", " ")) and all(
        is_plain_year(cell) or cell.isdigit() for cell in present
    ):
        return False
    return not any(cell.startswith("0") and cell.isdigit() and len(cell) > 1 for cell in present)


def _percent_share(rows: list[GridRow], column: int) -> float:
    cells = [row.cell(column) for row in rows if row.cell(column)]
    if not cells:
        return 0.0
    return sum(1 for cell in cells if parse_cell(cell).percent) / len(cells)


def _nearest_period(layout: Layout, column: int) -> Period | None:
    if not layout.period_headers:
        return None
    before = [h for h in layout.period_headers if h.column < column]
    if before:
        return before[-1].period
    return layout.period_headers[0].period


def _plan_texts(
    layout: Layout,
    rows: list[GridRow],
    values: tuple[ValueColumn, ...],
    texts: list[tuple[int, str]],
) -> ColumnPlan:
    unit_column = indicator_column = month_column = None
    dimensions: list[TextColumn] = []
    attributes: list[TextColumn] = []
    optional: list[TextColumn] = []
    for column, header in texts:
        cells = [row.cell(column) for row in rows]
        name = _name(header, column)
        if _UNIT_NAME.match(header) and not layout.wide:
            unit_column = column
            attributes.append(TextColumn(column, name, None))
            continue
        if month_column is None and _is_month_labels(cells, layout):
            month_column = column
            continue
        if indicator_column is None and _is_indicator(header, cells, values, layout):
            indicator_column = column
            continue
        if _is_free_text(header, cells) or _PERIOD_NAME.search(header.replace("_", " ")):
            attributes.append(TextColumn(column, name, None))
            continue
        role = dimension_role(header, cells)
        target = dimensions if role != "other" or layout.wide else optional
        fallback = "item" if role == "other" else role
        target.append(TextColumn(column, name if header else fallback, role))
    chosen = _needed(layout, rows, dimensions, optional)
    attributes.extend(TextColumn(c.column, c.name, None) for c in optional if c not in chosen)
    dims = sorted([*dimensions, *chosen], key=lambda c: c.column)
    return ColumnPlan(
        values=values,
        dimensions=tuple(_unique_names(dims)),
        attributes=tuple(sorted(attributes, key=lambda c: c.column)),
        unit_column=unit_column,
        indicator_column=indicator_column,
        month_column=month_column,
    )


def _is_month_labels(cells: list[str], layout: Layout) -> bool:
    """Row labels ``Jan``, ``Feb`` (or ``Q1``) under year columns: together they are months."""
    if not layout.wide or any(h.period.kind != "year" for h in layout.period_headers):
        return False
    present = [cell for cell in cells if cell]
    return bool(present) and all(_MONTH_LABEL.match(cell) for cell in present)


def _is_indicator(
    header: str, cells: list[str], values: tuple[ValueColumn, ...], layout: Layout
) -> bool:
    """A column naming what each row measures: ``indicator`` or, in a wide table, row labels
    such as ``Total exports (HK$ bn)`` and ``Exports y-o-y change (%)``."""
    if not layout.wide:
        return bool(_INDICATOR_NAME.match(header)) and len(values) == 1
    present = [cell for cell in cells if cell]
    if not present or len(set(present)) < len(present):
        return False
    cues = sum(1 for cell in present if find_unit(cell).text or _MEASURE_WORDS.search(cell))
    return cues / len(present) >= 0.5


def _is_free_text(header: str, cells: list[str]) -> bool:
    present = [cell for cell in cells if cell]
    if not present:
        return True
    if _ATTRIBUTE_NAME.search(header.replace("_", " ")):
        return True
    mean_length = sum(len(cell) for cell in present) / len(present)
    pathlike = sum(1 for cell in present if "://" in cell or re.search(r"\w/\w.*\.\w{2,4}$", cell))
    return mean_length > 40 or pathlike / len(present) > 0.5


def _needed(
    layout: Layout,
    rows: list[GridRow],
    dimensions: list[TextColumn],
    optional: list[TextColumn],
) -> list[TextColumn]:
    """The 'other' text columns the rows need to tell their values apart."""
    if layout.wide:
        return optional
    key_columns = [*layout.period_columns, *(d.column for d in dimensions)]
    chosen: list[TextColumn] = []
    by_cardinality = sorted(optional, key=lambda c: len({r.cell(c.column) for r in rows}))
    for candidate in by_cardinality:
        if _duplicate_share(rows, key_columns) <= _DUPLICATE_LIMIT:
            break
        distinct = len({r.cell(candidate.column) for r in rows})
        if distinct >= 0.9 * len(rows) and len(rows) >= 5:
            continue
        key_columns.append(candidate.column)
        chosen.append(candidate)
    return chosen


def _duplicate_share(rows: list[GridRow], columns: list[int]) -> float:
    if not rows:
        return 0.0
    keys = Counter(tuple(row.cell(c) for c in columns) for row in rows)
    return sum(count for count in keys.values() if count > 1) / len(rows)


def _name(header: str, column: int) -> str:
    slug = re.sub(r"[\W_]+", "_", header.lower()).strip("_")
    return slug or f"column_{column + 1}"


def _unique_names(columns: list[TextColumn]) -> list[TextColumn]:
    seen: set[str] = set(RESERVED)
    result = []
    for column in columns:
        name, number = column.name, 2
        while name in seen:
            name, number = f"{column.name}_{number}", number + 1
        seen.add(name)
        result.append(TextColumn(column.column, name, column.role))
    return result


def period_of_row(layout: Layout, cells: tuple[str, ...]) -> Period | None:
    """The period of a long-layout row, from its period column (or year and month columns)."""
    columns = layout.period_columns
    first = cells[columns[0]] if columns[0] < len(cells) else ""
    if len(columns) == 1:
        return read_period(first, compact=True)
    second = cells[columns[1]] if columns[1] < len(cells) else ""
    return read_period(f"{second} {first}") or read_period(f"{first}M{second}")

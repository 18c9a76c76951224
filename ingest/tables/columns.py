"""What each column of a located table is: period, value, dimension or attribute.

Decided by content, not by name: a column of numbers is a value column (unless it holds
codes); a text column whose values are countries, flows, commodities or regions is a
dimension with that role; other text columns are dimensions only when the rows need them to
tell values apart (a "category" column), else attributes kept verbatim (sources, notes, urls).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.tables.dimensions import plan_texts
from ingest.tables.layout import Layout, LayoutNotFoundError
from ingest.tables.measures import find_unit, is_relative, is_total, is_unit_only, strip_units
from ingest.tables.numbers import is_missing_marker, parse_cell
from ingest.tables.periods import containing, date_step, is_bare_month, is_plain_year, read_period
from ingest.tables.plan import ColumnPlan, TextColumn, ValueColumn, header_words, latin_part
from ingest.tables.read import GridRow
from ingest.tables.roles import flow_of, is_commodity, place_kind
from vectorstore.periods import Period, span_of
from vectorstore.records import DimensionRole

_CODE_NAME = re.compile(
    r"\b(code|id|hs|sitc|iso|rank|ranking|no|number|key|cmd|aggr\w*|level)\b", re.I
)
_FLAG_NAME = re.compile(r"^(is|has|flag)\b")
_COUNTER_NAME = re.compile(r"^(|unnamed: ?\d+|index|#|no\.?|s/?n|row|seq)$")
_DIMENSION_NAME = re.compile(
    r"\b(partner|country|countries|reporter|declarant|flow|commodity|product|hs|sitc|cmd|"
    r"region|destination|origin|market|economy|territory)\b"
)
_SHARE_WORD = re.compile(r"\bshares?\b|\bper ?cent of\b|% of\b|\bproportion\b", re.I)
_PERIOD_NAME = re.compile(r"\b(year|yr|month|mth|quarter|qtr|period|date|time)\b", re.I)
_TOTAL_HEADER = re.compile(r"^\s*(total|all|overall|grand total)\b", re.I)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
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
    skipped: list[str] = []
    for column in range(layout.width):
        if column in used:
            continue
        header = layout.header[column] if column < len(layout.header) else ""
        cells = [row.cell(column) for row in rows]
        if not any(cell and not is_missing_marker(cell) for cell in cells):
            continue
        if _is_row_counter(header, cells):
            continue
        if not _is_numeric(header, cells, layout.decimal_comma) or _is_label_code(
            layout, column, cells
        ):
            texts.append((column, header))
            continue
        period = _period_beside(layout, column, header)
        if layout.wide and period is None:
            skipped.append(header or f"column {column + 1}")
            continue
        percent = _percent_share(rows, column) >= 0.5
        basis = _compared(layout, column)
        groups = {h.rest for h in layout.period_headers}
        group = groups.pop() if is_total(header) and len(groups) == 1 else header
        values.append(ValueColumn(column, header, period, group, percent, basis))
    values.sort(key=lambda v: v.column)
    plan = plan_texts(layout, rows, _distinct_groups(values), texts)
    return _places_as_headers(replace(plan, skipped=tuple(skipped)), layout)


def _places_as_headers(plan: ColumnPlan, layout: Layout) -> ColumnPlan:
    """Value columns headed by places (``Month | Japan | USA | World``) or by commodities
    (``Month | Electronics | Machinery``) hold one measure for several members: the headers
    become a partner (or commodity) dimension."""
    tests: tuple[tuple[DimensionRole, Callable[[str], bool]], ...] = (
        ("partner", _is_place_header),
        ("commodity", _is_commodity_header),
    )
    for role, test in tests:
        if any(d.role == role for d in plan.dimensions):
            continue
        members = [v for v in plan.values if test(v.group)]
        distinct = {_place_label(v.group) for v in members}
        if len(distinct) >= 2 and 5 * len(members) >= 3 * len(plan.values):
            totals = [v for v in plan.values if _TOTAL_HEADER.match(v.group) and v not in members]
            return _melt_headers(plan, [*members, *totals], role)
    return plan


def _is_place_header(header: str) -> bool:
    return place_kind(_place_label(header)) is not None


def _is_commodity_header(header: str) -> bool:
    label = _place_label(header)
    plain = not flow_of(label) and not is_relative(label) and not is_unit_only(header)
    return plain and is_commodity(label)


def _melt_headers(plan: ColumnPlan, members: list[ValueColumn], role: DimensionRole) -> ColumnPlan:
    units = [find_unit(v.group).text for v in members]
    group = next((unit for unit in units if unit), "")
    moved = {v.column: replace(v, group=group, member=_place_label(v.group)) for v in members}
    taken = {d.name for d in plan.dimensions} | {a.name for a in plan.attributes}
    names = ("partner", "market", "partner_2") if role == "partner" else ("commodity", "item")
    name = next((n for n in names if n not in taken), f"{role}_column")
    return replace(
        plan,
        values=tuple(moved.get(v.column, v) for v in plan.values),
        header_dimension=TextColumn(-3, name, role),
    )


def _place_label(header: str) -> str:
    """A header without its unit: ``Japan (US$ m)``, ``Japan HK$ mn`` -> ``Japan``."""
    label = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", latin_part(header)).strip()
    return strip_units(label) or label


def _is_label_code(layout: Layout, column: int, cells: list[str]) -> bool:
    """Whole numbers left of every period column of a wide table label the rows (HS codes)."""
    if not layout.wide or column > min(h.column for h in layout.period_headers):
        return False
    return all(cell.isdigit() for cell in cells if cell)


def _period_beside(layout: Layout, column: int, header: str) -> Period | None:
    """The period of a numeric column without one in a wide table: a change or share belongs
    to the period before it; a total to the whole run of periods; anything else to none."""
    if not layout.wide:
        return None
    if is_relative(header) or parse_cell(header).percent or header.strip() in {"%", "(%)"}:
        if _compared(layout, column) is not None and not _SHARE_WORD.search(header):
            # "2025 | 2024 | growth rate": a change belongs to the later of the two periods
            pair = [h.period for h in layout.period_headers if h.column < column][-2:]
            return max(pair, key=lambda p: p.start)
        return _nearest_period(layout, column)
    if is_total(header):
        periods = sorted({h.period for h in layout.period_headers})
        first, last = periods[0], periods[-1]
        months = sum(p.length for p in periods)
        if months == last.end - first.start + 1 and len({p.length for p in periods}) == 1:
            return span_of(first.start, last.end)
    return None


def _distinct_groups(values: list[ValueColumn]) -> tuple[ValueColumn, ...]:
    """A bare ``% change`` after ``Total exports`` is named ``Total exports % change``; a header
    repeated for the same period gets its column number."""
    seen: set[tuple[str, Period | None]] = set()
    result: list[ValueColumn] = []
    for value in values:
        group = value.group
        if is_relative(group) and flow_of(group) is None and _bare(group):
            base = _level_before(result)
            if base and flow_of(base):
                group = f"{base} {group}"
        if (group.casefold(), value.period) in seen:
            group = f"{group} (column {value.column + 1})"
        seen.add((group.casefold(), value.period))
        result.append(replace(value, group=group))
    return tuple(result)


_RATE_WORDS = re.compile(
    r"\by-?o-?y\b|\bm-?o-?m\b|\bq-?o-?q\b|%|\bper ?cent(?:age)?\b|\bchanges?\b|\bgrowth\b|"
    r"\brates?\b|\bvar(?:iation)?\b|\bover\b|\bon\b|\bsame\b|\bperiod\b|\bmonth\b|"
    r"\bquarter\b|\byear\b|\bprevious\b|\bearlier\b|\ba\b|\bthe\b|\bof\b|[()\[\]]",
    re.I,
)


def _bare(header: str) -> bool:
    """A rate header that names nothing of its own (``% change``), unlike ``y-o-y (%)
    Total``, whose subject is its own total."""
    return not _RATE_WORDS.sub(" ", header).strip()


def _level_before(values: list[ValueColumn]) -> str:
    for value in reversed(values):
        if not is_relative(value.group) and not is_unit_only(value.group):
            return re.sub(r"\([^)]*\)|\[[^]]*\]", " ", value.group).strip()
    return ""


def _data_rows(layout: Layout) -> list[GridRow]:
    rows = [row for row in layout.data_rows() if row.filled >= 2]
    return rows or [row for row in layout.body if row.filled >= 2]


def _is_numeric(header: str, cells: list[str], decimal_comma: bool) -> bool:
    present = [cell for cell in cells if cell and not is_missing_marker(cell)]
    numbers = sum(1 for cell in present if parse_cell(cell, decimal_comma=decimal_comma).is_number)
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
    """The period of the nearest period column to the left; None when there is none."""
    before = [h for h in layout.period_headers if h.column < column]
    return before[-1].period if before else None


def row_periods(layout: Layout) -> dict[int, Period]:
    """The period of each long-layout row by row number; a bare month or quarter (``Feb``
    under ``2025 Jan``) takes the year of the row above it."""
    found: dict[int, Period] = {}
    year: int | None = None
    bare_column = layout.period_columns[-1]
    for row in layout.body:
        period = period_of_row(layout, row.cells)
        if period is None and year is not None:
            bare = row.cell(bare_column)
            if is_bare_month(bare):  # "October*": the mark is a flag, not the month's
                period = read_period(f"{re.sub(r'[*†‡]+$', '', bare.strip())} {year}")
            elif len(layout.period_columns) == 2 and bare.isdigit():
                period = read_period(f"{year}M{bare}")
        if period is not None:
            found[row.number] = period
            year = period.end_year
    return _dates_as_periods(layout, found)


def _dates_as_periods(layout: Layout, found: dict[int, Period]) -> dict[int, Period]:
    """Rows dated by the first or last day of their quarter (year) hold quarters (years)."""
    if len(layout.period_columns) != 1:
        return found
    column = layout.period_columns[0]
    dates = [row.cell(column) for row in layout.body if row.number in found]
    _refuse_daily(dates)
    size = date_step(dates)
    if size == 1:
        return found
    return {number: containing(period, size) for number, period in found.items()}


def _refuse_daily(dates: list[str]) -> None:
    """Two dates in one month (daily or weekly figures) cannot be stored by month."""
    days: dict[str, set[str]] = {}
    for text in dates:
        if _ISO_DAY.match(text):
            days.setdefault(text[:7], set()).add(text[:10])
    if any(len(found) > 1 for found in days.values()):
        raise LayoutNotFoundError(
            "the rows are dated by day or week; tables are read by month at the finest"
        )


def period_of_row(layout: Layout, cells: tuple[str, ...]) -> Period | None:
    """The period of a long-layout row, from its period column (or year and month columns)."""
    columns = layout.period_columns
    first = cells[columns[0]] if columns[0] < len(cells) else ""
    if len(columns) == 1:
        return read_period(first, compact=True)
    second = cells[columns[1]] if columns[1] < len(cells) else ""
    return read_period(f"{second} {first}") or read_period(f"{first}M{second}")

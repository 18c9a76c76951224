"""A located, classified table turned into the tidy frame of `vectorstore.records`.

One output row per (source row, value column): ``period``, ``measure``, ``value`` (NaN for
missing markers), one column per dimension, ``row`` (the 1-based source line or row), then
the attribute columns verbatim. Wide tables are melted; year-to-date columns of monthly rows
are stored under their year-to-date span (``2024-01..2024-05``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from ingest.tables.checks import PERCENT_IN_LEVEL, unread_period_notes, withhold_percent_levels
from ingest.tables.columns import row_periods
from ingest.tables.flags import flag_note, mark_of, read_legend
from ingest.tables.groups import (
    bracket_note,
    dimension_value,
    fill_down_groups,
    find_sections,
    is_bracketed_row,
    split_flow_headers,
)
from ingest.tables.layout import Layout
from ingest.tables.measures import describe, find_unit, is_unit_only, is_year_to_date
from ingest.tables.numbers import parse_cell
from ingest.tables.periods import period_mark, read_period
from ingest.tables.plan import ColumnPlan, TextColumn, ValueColumn, slug
from ingest.tables.read import GridRow
from ingest.tables.records import Records
from lexicon.places import without_of_which
from vectorstore.periods import Period, canonical
from vectorstore.records import Dimension, Measure

_FLAG = "\x00flag"


@dataclass
class MeasureBook:
    """The measures of one table, each made once and named uniquely."""

    context: str
    note: str = ""
    measures: dict[tuple[str, str], Measure] = field(default_factory=dict)

    def bracketed(self, group: str) -> Measure:
        """The measure of figures in brackets under another row (changes, when a note says)."""
        key = (f"{group} \x00brackets", "")
        if key not in self.measures:
            base = self.get(group, group)
            words = self.note or "figures in brackets"
            described = describe("x", "", words)
            kind = described.kind if described.kind != "level" else "other"
            label = f"{base.label} ({'change' if kind == 'change_pct' else 'in brackets'})"
            name = self._free(f"{base.name}_{'change' if kind == 'change_pct' else 'bracketed'}")
            unit = described.unit if kind == "change_pct" else None
            self.measures[key] = Measure(name, label, unit, kind, None, base.flow, described.basis)
        return self.measures[key]

    def get(
        self,
        key: str,
        header: str,
        *,
        percent: bool = False,
        unit_text: str = "",
        basis: str | None = None,
    ) -> Measure:
        unit_key = find_unit(unit_text).text or "" if unit_text else ""
        found = self.measures.get((key, unit_key))
        if found is not None:
            return found
        context = f"{unit_text} {self.context}".strip()
        own = _slug(key) if not is_unit_only(key) else ""
        name = own or _slug(describe("x", header, context).label) or "value"
        if any(k == key for k, _ in self.measures) and unit_key:
            name = f"{name}_{_slug(unit_key.replace('%', 'pct')) or 'other'}"
        name = self._free(name)
        measure = describe(name, header, context, percent_values=percent)
        if basis and measure.kind == "change_pct" and measure.basis is None:
            measure = replace(measure, basis=basis)
        self.measures[(key, unit_key)] = measure
        return measure

    def _free(self, name: str) -> str:
        """``name``, or ``name_2``, ``name_3`` ... when a measure already has it."""
        names = {m.name for m in self.measures.values()}
        base, number = name, 2
        while name in names:
            name, number = f"{base}_{number}", number + 1
        return name

    def all(self) -> tuple[Measure, ...]:
        return tuple(self.measures.values())


@dataclass(frozen=True)
class TidyTable:
    """A tidy frame with the measures and dimensions it holds."""

    frame: pd.DataFrame
    measures: tuple[Measure, ...]
    dimensions: tuple[Dimension, ...]
    attributes: tuple[str, ...]
    notes: tuple[str, ...] = ()


def build_frame(layout: Layout, plan: ColumnPlan, context: str) -> TidyTable:
    """Melt the body of a table into the tidy frame contract."""
    book = MeasureBook(context, bracket_note(layout.notes))
    legend = read_legend((*layout.above, *layout.notes))
    periods = row_periods(layout) if layout.period_columns else {}
    sections = find_sections(layout, plan, periods)
    records = Records()
    above: dict[str, str] = {}
    last: Period | None = None
    merged = _has_merged_periods(layout, periods)
    for row in layout.body:
        if row.number in sections.labels:
            continue
        period = periods.get(row.number) or (
            _merged_period(layout, plan, row, last) if merged else None
        )
        last = period or last
        bracketed = layout.wide and is_bracketed_row(row, plan, layout.decimal_comma)
        annotated = above if bracketed else None
        found = _row_records(layout, plan, book, row, period, annotated, legend.star)
        if found and not bracketed:
            above = {d.name: str(found[0][d.name]) for d in plan.dimensions}
        records.extend(found)
    checked = (*unread_period_notes(layout, periods), *withhold_percent_levels(records))
    fill_down_groups(records, list(plan.dimensions))
    dims = list(plan.dimensions)
    if plan.header_dimension is not None:
        dims.append(plan.header_dimension)
    if sections.labels:
        dims.append(sections.column)
        of_row = [sections.of(int(str(number))) for number in records.column("row")]
        records.set_column(sections.column.name, list(of_row))
    headers = split_flow_headers(records, dims)
    records, dims = headers.records, headers.dims
    used = {str(measure) for measure in records.column("measure")}
    measures = tuple(_with_flow(m, headers.flow) for m in book.all() if m.name in used)
    attribute_columns = list(plan.attributes)
    flags = {str(mark) for mark in records.column(_FLAG)} - {""}
    notes: tuple[str, ...] = checked
    if flags:
        flag = _flag_column(dims, attribute_columns)
        attribute_columns.append(flag)
        records.set_column(flag.name, list(records.column(_FLAG)))
        notes = (*notes, flag_note(flags, flag.name, legend))
    frame = _frame(records, dims, tuple(attribute_columns))
    dimensions = tuple(
        Dimension(d.name, d.role or "other", distinct_values(frame[d.name])) for d in dims
    )
    attributes = tuple(a.name for a in attribute_columns)
    return TidyTable(frame, measures, dimensions, attributes, notes)


def _flag_column(dims: list[TextColumn], attributes: list[TextColumn]) -> TextColumn:
    """The attribute column for the marks of the values: ``flag`` unless a column has it."""
    taken = {d.name for d in dims} | {a.name for a in attributes}
    names = ("flag", "value_flag", "flag_2", "flag_3", "flag_mark")
    return TextColumn(-4, next(n for n in names if n not in taken), None)


def _with_flow(measure: Measure, flow: str | None) -> Measure:
    """A measure of a table whose total row names its flow (``Total Re-exports``) has it."""
    return replace(measure, flow=flow) if flow and measure.flow is None else measure


def _has_merged_periods(layout: Layout, periods: dict[int, Period]) -> bool:
    """True when many rows leave the period blank (merged cells), not just a stray total."""
    if len(layout.period_columns) != 1:
        return False
    rows = [row for row in layout.data_rows() if row.filled >= 2]
    blank = sum(1 for row in rows if row.number not in periods)
    return bool(rows) and blank >= 0.4 * len(rows)


def _merged_period(
    layout: Layout, plan: ColumnPlan, row: GridRow, last: Period | None
) -> Period | None:
    """A blank period cell beside a labelled row (a merged cell in a sheet: one month over its
    partners) repeats the period above; an unlabelled row (a total) gets none."""
    if last is None or not layout.period_columns:
        return None
    if any(row.cell(column) for column in layout.period_columns):
        return None
    return last if any(row.cell(d.column) for d in plan.dimensions) else None


def _row_records(
    layout: Layout,
    plan: ColumnPlan,
    book: MeasureBook,
    row: GridRow,
    row_period: Period | None,
    annotated: dict[str, str] | None = None,
    star: str = "",
) -> list[dict[str, object]]:
    """The records of one row; ``annotated`` holds the dimensions of the row a bracketed row
    annotates; ``star`` is the flag a ``*`` after a figure means (see `ingest.tables.flags`)."""
    if layout.period_columns and row_period is None:
        return []
    values = [
        (v, parse_cell(row.cell(v.column), decimal_comma=layout.decimal_comma)) for v in plan.values
    ]
    stated = any(cell.value is not None and row.cell(v.column) for v, cell in values)
    if not stated and (layout.wide or row.filled <= len(layout.period_columns)):
        return []  # nothing stated on this row (a year written on a row of its own)
    shared = {d.name: _partner_value(row.cell(d.column), d) for d in plan.dimensions}
    shared |= annotated or {}
    shared |= {a.name: row.cell(a.column) for a in plan.attributes}
    records = []
    for column, cell in values:
        period = _period_of(plan, row, column, row_period)
        if period is None:
            continue
        if annotated is not None:
            measure = book.bracketed(column.group)
        else:
            measure = _measure(plan, book, row, column)
        if _is_ytd(column.header) or _is_ytd(measure.name):
            period = _year_to_date(period)
        record: dict[str, object] = {"period": _canonical(period), "measure": measure.name}
        record.update(shared)
        record["value"] = cell.value if cell.value is not None else math.nan
        if cell.percent and not column.percent and measure.kind == "level":
            record[PERCENT_IN_LEVEL] = True
        record[_FLAG] = _flag_of(layout, row, column, star)
        if plan.header_dimension is not None:
            record[plan.header_dimension.name] = column.member
        records.append({**record, "row": row.number})
    return records


def _partner_value(text: str, dim: TextColumn) -> str:
    """A dimension value; a partner's "of which:" dropped (``of which: Euro area (20
    countries)`` is the euro area, a part of the row above it)."""
    value = dimension_value(text)
    return without_of_which(value) if dim.role in ("partner", "region") else value


def _flag_of(layout: Layout, row: GridRow, column: ValueColumn, star: str) -> str:
    """The mark of a value: on the figure, else on its period header (wide) or period cell."""
    texts = [row.cell(column.column)]
    if column.period is not None and column.column < len(layout.header):
        texts.append(layout.header[column.column])
    texts.extend(row.cell(c) for c in layout.period_columns)
    found = next((flag for text in texts if (flag := mark_of(text, star))), "")
    if not found and column.period is not None and column.column < len(layout.header):
        found = period_mark(layout.header[column.column])
    return found


def _period_of(
    plan: ColumnPlan, row: GridRow, column: ValueColumn, row_period: Period | None
) -> Period | None:
    period = column.period or row_period
    if period is not None and plan.month_column is not None:
        return _within(period, row.cell(plan.month_column))
    return period


def _measure(plan: ColumnPlan, book: MeasureBook, row: GridRow, column: ValueColumn) -> Measure:
    unit_text = row.cell(plan.unit_column) if plan.unit_column is not None else ""
    if plan.indicator_column is not None:
        label = row.cell(plan.indicator_column)
        return book.get(label, label, percent=column.percent, unit_text=unit_text)
    return book.get(
        column.group or "",
        column.group,
        percent=column.percent,
        unit_text=unit_text,
        basis=column.basis,
    )


@lru_cache(maxsize=4096)  # one text object a period for a large table's rows
def _canonical(period: Period) -> str:
    return canonical(period)


@lru_cache(maxsize=4096)
def _is_ytd(text: str) -> bool:
    return is_year_to_date(text)


def _within(year: Period, month: str) -> Period | None:
    """The month (or quarter) named by a row label within a column's year."""
    return read_period(f"{month} {year.start_year}") if year.kind == "year" else None


def _year_to_date(period: Period) -> Period:
    if period.start_year != period.end_year:
        return period
    return Period(period.end_year, 1, period.end_year, period.end_month)


def _frame(
    records: Records, dims: list[TextColumn], attributes: tuple[TextColumn, ...]
) -> pd.DataFrame:
    columns = ["period", "measure", "value", *(d.name for d in dims), "row"]
    columns += [a.name for a in attributes]
    return records.frame(columns, floats=("value",), ints=("row",))


def distinct_values(series: pd.Series) -> tuple[str, ...]:
    """The values of a dimension column as a card lists them: distinct, non-empty, sorted."""
    values = {str(value) for value in series.unique() if str(value)}
    return tuple(sorted(values, key=str.casefold))


def _slug(text: str) -> str:
    return slug(text)

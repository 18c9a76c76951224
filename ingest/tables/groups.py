"""Rows that group or annotate other rows, as printed statistical tables arrange them.

- *section rows*: a label alone on its row (``Exports``) above a block of partners; the label
  becomes a dimension (``flow`` when the labels are flows);
- *flow header rows*: ``Imports`` with its own figures, followed by the partners that make it
  up (a yearbook layout); the flow becomes a dimension and the header's own figures are the
  ``Total`` of that flow;
- *bracketed rows*: a row with no label whose figures are all in brackets, under the row
  they annotate (``(+10.3)``: "figures in brackets refer to percentage changes");
- *grouping columns*: a label written once for the rows below it (a merged cell:
  ``Exports`` on the first of its partners' rows only) is carried down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.tables.layout import Layout
from ingest.tables.numbers import parse_cell
from ingest.tables.plan import ColumnPlan, TextColumn, latin_part
from ingest.tables.read import GridRow
from ingest.tables.records import Records
from ingest.tables.roles import dimension_role, flow_of, place_kind
from lexicon.measures import derived_kind
from vectorstore.periods import Period

_MARKS = re.compile(r"(?:\s*[*†‡#]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\s?\([a-z0-9]\))$")
_BRACKET_NOTE = re.compile(r"bracket|parenthes", re.I)
_TOTAL_LABEL = re.compile(r"^\s*(total|all|overall|grand total|world)\b", re.I)
TOTAL = "Total"


@lru_cache(maxsize=1 << 14)  # a large table repeats its labels: one text object each
def dimension_value(text: str) -> str:
    """A label as a dimension value: English part, footnote marks dropped."""
    return _MARKS.sub("", latin_part(text)).strip()


@dataclass(frozen=True)
class Sections:
    """Single-cell label rows inside the data (``Exports`` above a block of partners)."""

    labels: dict[int, str]
    column: TextColumn

    def of(self, row_number: int) -> str:
        earlier = [n for n in self.labels if n < row_number]
        return self.labels[max(earlier)] if earlier else ""


def find_sections(layout: Layout, plan: ColumnPlan, periods: dict[int, Period]) -> Sections:
    """The section label rows of a table and the dimension they make."""
    labels: dict[int, str] = {}
    seen_data = False
    value_columns = {v.column for v in plan.values} | set(layout.period_columns)
    for row in layout.body:
        if row.filled >= 2 or row.number in periods:
            seen_data = True
        elif _is_section(row, value_columns):
            labels[row.number] = dimension_value(next(c for c in row.cells if c))
    if not seen_data:
        labels = {}
    role = dimension_role("", list(labels.values()))
    return Sections(labels, TextColumn(-1, _free_name(plan, role), role))


def _is_section(row: GridRow, value_columns: set[int]) -> bool:
    column = next(i for i, cell in enumerate(row.cells) if cell)
    return column not in value_columns and parse_cell(row.cells[column]).value is None


def _free_name(plan: ColumnPlan, role: str) -> str:
    taken = {d.name for d in plan.dimensions} | {a.name for a in plan.attributes}
    name = role if role != "other" and role not in taken else "section"
    while name in taken:
        name += "_2"
    return name


def is_bracketed_row(row: GridRow, plan: ColumnPlan, decimal_comma: bool) -> bool:
    """A row without labels whose figures are all in brackets: it annotates the row above."""
    if any(row.cell(d.column) for d in plan.dimensions) or plan.indicator_column is not None:
        return False
    cells = [row.cell(v.column) for v in plan.values if row.cell(v.column)]
    parsed = [parse_cell(cell, decimal_comma=decimal_comma) for cell in cells]
    return bool(parsed) and all(cell.bracketed and cell.is_number for cell in parsed)


def bracket_note(notes: tuple[str, ...]) -> str:
    """The note that says what the figures in brackets are, or ""."""
    return next((note for note in notes if _BRACKET_NOTE.search(note)), "")


@dataclass(frozen=True)
class FlowHeaders:
    """Records and dimensions after flow header rows are read; ``flow`` is the flow of a
    table whose one flow row is the total of its partners (``Total Re-exports``)."""

    records: Records
    dims: list[TextColumn]
    flow: str | None = None


def split_flow_headers(records: Records, dims: list[TextColumn]) -> FlowHeaders:
    """Flow rows (``Imports``, ``Re-exports``) with their own figures heading the partner rows
    below them become a flow dimension; their own figures become the flow's ``Total``.
    A single flow row is a data row, the total of the partners: it stays a partner value
    (kept as written when it reads as a total, ``Total Re-exports``; else ``Total``) and its
    flow is the table's flow."""
    labels = [d for d in dims if d.column >= 0]
    if len(labels) != 1 or any(d.role == "flow" and d is not labels[0] for d in dims):
        return FlowHeaders(records, dims)
    label = labels[0]
    labelled = records.column(label.name)
    values = {str(value) for value in labelled}
    flows = flow_labels(values)
    others = [v for v in values - flows if v]
    if not flows or not others:
        return FlowHeaders(records, dims)
    role = dimension_role(label.name, others)
    if role not in {"partner", "commodity", "region"}:
        return FlowHeaders(records, dims)
    relabelled = TextColumn(label.column, label.name, role)
    dims = [relabelled if d is label else d for d in dims]
    if len(flows) == 1:
        return _single_flow_total(records, dims, relabelled, flows.pop())
    flow_column = TextColumn(-2, "flow" if label.name != "flow" else "flow_2", "flow")
    current = ""
    carried: list[object] = []
    for index, value in enumerate(labelled):
        if str(value) in flows:
            current, labelled[index] = str(value), TOTAL
        carried.append(current)
    records.set_column(flow_column.name, carried)
    return FlowHeaders(records, [*dims, flow_column])


def flow_labels(values: set[str]) -> set[str]:
    """The labels among ``values`` that name a flow (``Imports``), as `split_flow_headers`
    reads a row label; "% of total imports" under a partner is its share, not a flow."""
    return {
        v
        for v in values
        if v and flow_of(v) and len(v) <= 40 and place_kind(v) is None and not derived_kind(v)
    }


def _single_flow_total(
    records: Records, dims: list[TextColumn], label: TextColumn, flow_row: str
) -> FlowHeaders:
    total = flow_row if _TOTAL_LABEL.match(flow_row) else TOTAL
    labelled = records.column(label.name)
    for index, value in enumerate(labelled):
        if value == flow_row:
            labelled[index] = total
    return FlowHeaders(records, dims, flow_of(flow_row))


def fill_down_groups(records: Records, dims: list[TextColumn]) -> None:
    """Carry a grouping column's label down to the rows below it that leave it blank."""
    numbers = [int(str(number)) for number in records.column("row")]
    for dim in dims:
        labels = records.column(dim.name)
        rows: dict[int, str] = {}
        for number, label in zip(numbers, labels, strict=True):
            rows.setdefault(number, str(label))
        ordered = [rows[number] for number in sorted(rows)]
        blanks = sum(1 for value in ordered if not value)
        # a flow written once above its block ("Exports" on the first of 13 rows) is carried
        # down however sparse; other labels only when they look like a grouping column
        sparse_ok = dim.role == "flow" or 0.2 <= blanks / max(len(ordered), 1) <= 0.9
        if not ordered or not ordered[0] or not sparse_ok or blanks == 0:
            continue
        carried: dict[int, str] = {}
        current = ""
        for number in sorted(rows):
            current = rows[number] or current
            carried[number] = current
        records.set_column(dim.name, [carried[number] for number in numbers])

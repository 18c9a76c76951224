"""Long tables read in chunks: a large CSV or TSV ingested without holding its text or grid.

A delimited file larger than `STREAM_FROM_BYTES` (8 MiB) is read line by line. Its head (the
first `HEAD_ROWS` rows, more until they hold the cells `uses_decimal_comma` reads) is laid
out and planned like any table (`ingest.tables.layout`, `ingest.tables.columns`); when that
gives one *long* table (a period column), every further `CHUNK_ROWS` rows are laid out
under the head's header (`layout_below`), planned, checked and melted into a tidy frame of
their own, and the frames are concatenated. Memory then follows the tidy frame rather than
the file's text and its grid of cells (one object a row).

The result must be exactly what reading the whole file gives, and several decisions read the
whole table (which column holds periods, which text columns are dimensions, carrying labels
down, section rows, flow rows, flags, merged period cells). They agree between the parts and
the whole only for *plain* tables, so a file is read in chunks only when:

- its encoding is UTF-8 or UTF-16 with a byte order mark (a legacy encoding is found from
  the whole file's bytes), and it holds more rows than the head;
- the head holds exactly one long table, ending at the head's last row, with no notes, no
  header cell that could name a period, and no packed key column (`ingest.tables.read`);
  no part holds series metadata rows (`ingest.tables.series_sheets`);
- every text column is a dimension of its own role (no attributes, units or columns of role
  "other", which are chosen by counting values over the whole table) and no column is left
  out as a row counter;
- every part, the head included: lays out under the same header with no notes and no table
  below, plans to the same columns, has a period of its own on every data row (not a day
  date: dated rows are read as quarters or years by all their dates together), a value in
  every dimension cell, no label naming a flow where one label column holds the rows'
  labels, and gives the same measures, dimensions and attributes, with no note (flags,
  unreadable periods, percentages in levels are noted for the whole table).

Otherwise `read_long_table` returns None and the caller reads the whole file as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ingest.encodings import stream_encoding
from ingest.errors import IngestError
from ingest.tables.columns import period_of_row, plan_columns
from ingest.tables.frame import TidyTable, build_frame, distinct_values
from ingest.tables.groups import dimension_value, flow_labels
from ingest.tables.headers import may_name_periods, period_columns_of
from ingest.tables.layout import Layout, LayoutNotFoundError, find_layouts, layout_below
from ingest.tables.plan import ColumnPlan
from ingest.tables.read import (
    Grid,
    GridRow,
    delimited_rows,
    delimiter_of,
    sep_line,
    split_key_column,
)
from ingest.tables.rows import repair_overlong_rows
from ingest.tables.series_sheets import unfold_series_metadata
from vectorstore.records import Dimension

STREAM_FROM_BYTES = 8 * 1024 * 1024
HEAD_ROWS = 2_000
CHUNK_ROWS = 20_000
_HEAD_BYTES = 64 * 1024
_DECIMAL_CELLS = 20_000  # the cells `uses_decimal_comma` reads: the head must hold them
_SNIFF_LINES = 200  # the lines `sniff_delimiter` reads
_META_TAIL = 4  # rows of a part checked again with the next: a metadata run may straddle
_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")
_TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".tab"})


@dataclass(frozen=True)
class StreamedTable:
    """The one table of a file read in chunks: the head's layout (lines above, header,
    the head's rows) and the whole table as `build_frame` gives it."""

    layout: Layout
    plan: ColumnPlan
    table: TidyTable


@dataclass(frozen=True)
class _Head:
    """What the head decided, which every later chunk must agree with."""

    layout: Layout
    plan: ColumnPlan
    context: str
    delimiter: str
    where: str
    table: TidyTable


def is_streamable(path: Path, stream_from: int = STREAM_FROM_BYTES) -> bool:
    """A delimited text file large enough to be read in chunks."""
    suffix = path.suffix.lower()
    return suffix in _TEXT_SUFFIXES and path.is_file() and path.stat().st_size > stream_from


def read_long_table(
    path: Path, context_of: Callable[[Layout], str], *, chunk_rows: int = CHUNK_ROWS
) -> StreamedTable | None:
    """The file's one long table read in chunks of ``chunk_rows`` rows, or None when the
    whole file must be read (see the module docstring); ``context_of`` gives the title and
    unit lines `build_frame` reads from the head's layout."""
    with path.open("rb") as handle:
        encoding = stream_encoding(handle.read(_HEAD_BYTES))
    if encoding is None:
        return None
    try:
        with path.open(encoding=encoding, newline="") as handle:
            return _read(handle, path, context_of, chunk_rows)
    except (UnicodeDecodeError, IngestError, LayoutNotFoundError):
        return None  # the whole file is read, and says what is wrong with it


def _read(
    lines: Iterator[str], path: Path, context_of: Callable[[Layout], str], chunk_rows: int
) -> StreamedTable | None:
    split = _rows(lines, tab=path.suffix.lower() in {".tsv", ".tab"})
    if split is None:
        return None
    rows, delimiter = split
    head = _head(rows)
    layout = _head_layout(head)
    if layout is None:
        return None
    layout = repair_overlong_rows(layout, delimiter, str(path))
    plan = plan_columns(layout)
    if not plan.values or not _plain_plan(plan, layout):
        return None
    context = context_of(layout)
    first = _checked(layout, plan, context)
    if first is None:
        return None
    known = _Head(layout, plan, context, delimiter, str(path), first)
    parts = [first]
    tail = head[-_META_TAIL:]
    while chunk := tuple(itertools.islice(rows, chunk_rows)):
        part = None if _has_series_metadata((*tail, *chunk)) else _chunk_table(known, chunk)
        if part is None:
            return None
        parts.append(part)
        tail = chunk[-_META_TAIL:]
    if len(parts) == 1:
        return None  # the file ended within the head: read as a whole
    return StreamedTable(layout, plan, merge_tables(parts))


def _rows(lines: Iterator[str], *, tab: bool) -> tuple[Iterator[GridRow], str] | None:
    """The file's rows, read as `read_delimited` reads them, and its delimiter; None when
    the file is shorter than the lines the delimiter is sniffed from."""
    sniffed = list(itertools.islice(lines, _SNIFF_LINES + 1))
    if len(sniffed) <= _SNIFF_LINES:
        return None
    text = "".join(sniffed)
    delimiter = delimiter_of(text, tab=tab)
    hint = sep_line(text)
    if hint is not None:
        sniffed = sniffed[1:]  # the pattern ends at the first line break: the whole line
    rows = delimited_rows(itertools.chain(sniffed, lines), delimiter, skipped=1 if hint else 0)
    return rows, delimiter


def _head(rows: Iterator[GridRow]) -> tuple[GridRow, ...]:
    """The first `HEAD_ROWS` rows, and more until they hold the cells `uses_decimal_comma`
    reads (the head then decides as the whole file would)."""
    head: list[GridRow] = []
    cells = 0
    while len(head) < HEAD_ROWS or cells < _DECIMAL_CELLS:
        more = list(itertools.islice(rows, 1000))
        if not more:
            break
        head.extend(more)
        cells += sum(len(row.cells) for row in more if row.filled)
    return tuple(head)


def _head_layout(head: tuple[GridRow, ...]) -> Layout | None:
    """The layout of the head when it is one long table running to the head's last row."""
    filled = [row for row in head if row.filled]
    if sum(len(row.cells) for row in filled) < _DECIMAL_CELLS:
        return None  # the file ends within the head: it is read as a whole
    if split_key_column(head) is not head or _has_series_metadata(head):
        return None
    layouts = find_layouts(head)
    layout = layouts[0]
    if len(layouts) > 1 or layout.wide or not layout.period_columns or layout.notes:
        return None
    if layout.remainder or not layout.body or layout.body[-1] is not filled[-1]:
        return None
    return None if may_name_periods(layout.header) else layout


def _has_series_metadata(rows: tuple[GridRow, ...]) -> bool:
    """Rows of series metadata (``Unit``, ``Frequency`` ...) under a row of cells, which
    `unfold_series_metadata` would fold into a header."""
    grid = Grid(None, rows)
    return unfold_series_metadata(grid) is not grid


def _plain_plan(plan: ColumnPlan, layout: Layout) -> bool:
    """Every text column a dimension of its own role: no attributes, units, or columns of
    role "other" (those are chosen by counting values over the whole table)."""
    if plan.attributes or plan.unit_column is not None or plan.month_column is not None:
        return False
    return all(d.role not in {None, "other"} for d in plan.dimensions)


def _chunk_table(head: _Head, rows: tuple[GridRow, ...]) -> TidyTable | None:
    """The tidy table of rows below the head, when they continue its table plainly."""
    layout = layout_below(head.layout, rows)
    if layout is None or layout.header != head.layout.header:
        return None
    if layout.notes or layout.remainder:
        return None
    layout = repair_overlong_rows(layout, head.delimiter, head.where)
    if plan_columns(layout) != head.plan:
        return None
    if period_columns_of(layout.header, list(layout.body)) != layout.period_columns:
        return None
    table = _checked(layout, head.plan, head.context)
    return table if table is not None and _agrees(table, head.table) else None


def _checked(layout: Layout, plan: ColumnPlan, context: str) -> TidyTable | None:
    """The tidy table of a plain part, without notes; None for a part that is not plain."""
    if not _plain_rows(layout, plan):
        return None
    table = build_frame(layout, plan, context)
    return None if table.notes else table


def _plain_rows(layout: Layout, plan: ColumnPlan) -> bool:
    """Every row with a period of its own (not a day), a value in every dimension cell and
    nothing in a column the plan leaves out; no label naming a flow when one column holds
    the rows' labels (`split_flow_headers` reads such labels over the whole table)."""
    used = {*layout.period_columns, *(v.column for v in plan.values)}
    used |= {d.column for d in plan.dimensions}
    if plan.indicator_column is not None:
        used.add(plan.indicator_column)
    single = len(plan.dimensions) == 1
    labels: set[str] = set()
    for row in layout.body:
        if period_of_row(layout, row.cells) is None:
            return False
        if any(_DAY.match(row.cell(column)) for column in layout.period_columns):
            return False
        if any(cell and column not in used for column, cell in enumerate(row.cells)):
            return False
        values = [dimension_value(row.cell(d.column)) for d in plan.dimensions]
        if not all(values):
            return False
        if single:
            labels.add(values[0])
    return not flow_labels(labels)


def _agrees(table: TidyTable, first: TidyTable) -> bool:
    """The same measures, dimensions, attributes and columns as the head's table."""
    dimensions = [(d.name, d.role) for d in table.dimensions]
    return (
        table.measures == first.measures
        and dimensions == [(d.name, d.role) for d in first.dimensions]
        and table.attributes == first.attributes
        and list(table.frame.columns) == list(first.frame.columns)
    )


def merge_tables(parts: list[TidyTable]) -> TidyTable:
    """Tidy tables of consecutive parts of one table as one: the frames concatenated (text
    columns keep their Arrow chunks, so nothing is copied but the numbers), each dimension's
    values those of the whole frame."""
    frame = pd.concat([part.frame for part in parts], ignore_index=True)
    first = parts[0]
    dimensions = tuple(
        Dimension(d.name, d.role, distinct_values(frame[d.name])) for d in first.dimensions
    )
    return TidyTable(frame, first.measures, dimensions, first.attributes, first.notes)

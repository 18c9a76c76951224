"""Statistical tables (.csv, .tsv, .xlsx, .parquet) -> tidy frames with table cards.

    from ingest import load_tables
    for card, frame in load_tables(Path("samples/tables/hk_partner_values_stated.csv")):
        ...

Each table in a file gives one pair: a CSV usually holds one, a workbook one per non-empty
sheet, and tables stacked in one sheet are read one by one. The layout is found from the
content (title and unit lines, header rows, long or wide layout, notes below), see
`ingest.tables.layout`; the frame follows the tidy frame contract of `vectorstore.records`.
Errors are `IngestError` (unreadable file) or `TableLayoutError` (no table recognised), with
a reason written for a person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from pathlib import Path

import pandas as pd

from ingest.errors import IngestError, TableLayoutError
from ingest.tables.adjustment import mark_adjusted
from ingest.tables.card import make_card, split_above
from ingest.tables.columns import plan_columns
from ingest.tables.conflicts import check_units, withhold_conflicts
from ingest.tables.frame import TidyTable, build_frame
from ingest.tables.goods import goods_as_measures, goods_named_as_a_flow, goods_under_flows
from ingest.tables.layout import Layout, LayoutNotFoundError, find_layouts
from ingest.tables.partners import partners_from_columns, partners_from_measure_names
from ingest.tables.rates import (
    annual_rates_are_yoy,
    attach_rate_measures,
    attach_rate_rows,
    rates_take_their_levels_flow,
)
from ingest.tables.read import TABLE_SUFFIXES, Grid, read_grids
from ingest.tables.roles import flow_of
from ingest.tables.rows import repair_overlong_rows
from ingest.tables.series_sheets import unfold_series_metadata, with_context, workbook_context
from ingest.tables.stream import (
    CHUNK_ROWS,
    STREAM_FROM_BYTES,
    StreamedTable,
    is_streamable,
    read_long_table,
)
from vectorstore.records import TableCard

__all__ = ["TABLE_SUFFIXES", "load_tables"]

_UNIT_STATEMENT = re.compile(
    r"^\W*(notes?\W+)?(units?\b|currency\b|(all )?(values|figures|data) (are )?(expressed )?in "
    r"(hk|us|\$|thousand|million|billion|per ?cent|%|hkd|usd|eur|rmb|cny|gbp)"
    r"|in (thousands|millions|billions)\b)",
    re.I,
)


def load_tables(
    path: Path, *, stream_from: int = STREAM_FROM_BYTES, chunk_rows: int = CHUNK_ROWS
) -> list[tuple[TableCard, pd.DataFrame]]:
    """The tables of one file as (card, tidy frame) pairs; raises `IngestError`. A CSV or
    TSV larger than ``stream_from`` bytes holding one plain long table is read in chunks of
    ``chunk_rows`` rows (`ingest.tables.stream`): the same result in a fraction of the
    memory."""
    path = Path(path)
    source = str(path)
    if is_streamable(path, stream_from):
        context_of = partial(_context, source=source)
        streamed = read_long_table(path, context_of, chunk_rows=chunk_rows)
        if streamed is not None:
            return [_streamed_table(streamed, source)]
    try:
        grids = read_grids(path)
    except IngestError as error:
        raise IngestError(source, error.reason) from None
    tables: list[tuple[TableCard, pd.DataFrame]] = []
    failures: list[TableLayoutError] = []
    context = workbook_context(grids)
    for grid in grids:
        grid = with_context(unfold_series_metadata(grid), context)
        try:
            tables.extend(_load_grid(grid, source, single_sheet=len(grids) == 1))
        except TableLayoutError as error:
            failures.append(error)
    if tables:
        return tables
    if len(failures) == 1 or not failures:
        raise failures[0] if failures else TableLayoutError(source, "file is empty")
    reasons = "; ".join(f"sheet {e.path.rsplit('#', 1)[-1]}: {e.reason}" for e in failures)
    raise TableLayoutError(source, f"no sheet holds a table ({reasons})")


def _load_grid(
    grid: Grid, source: str, *, single_sheet: bool
) -> list[tuple[TableCard, pd.DataFrame]]:
    where = source if grid.sheet is None or single_sheet else f"{source}#{grid.sheet}"
    try:
        layouts = find_layouts(grid.rows)
    except LayoutNotFoundError as error:
        raise TableLayoutError(where, str(error)) from None
    tables: list[tuple[TableCard, pd.DataFrame]] = []
    errors: list[TableLayoutError] = []
    for part, layout in enumerate(layouts, start=1):
        try:
            tables.append(_load_layout(layout, grid, source, single_sheet, part))
        except TableLayoutError as error:
            errors.append(TableLayoutError(where, error.reason))
    if not tables:
        raise errors[0]
    return tables


def _load_layout(
    layout: Layout, grid: Grid, source: str, single_sheet: bool, part: int
) -> tuple[TableCard, pd.DataFrame]:
    layout = repair_overlong_rows(layout, grid.delimiter, source)
    try:
        table = _tidy(layout, source)
    except LayoutNotFoundError as error:
        raise TableLayoutError(source, str(error)) from None
    skipped = tuple(f"Column {name!r} was left out: it names no period." for name in table[1])
    card = make_card(
        table[0],
        source=source,
        sheet=grid.sheet,
        above=layout.above,
        notes=(*layout.notes, *skipped, *table[0].notes),
        single_sheet=single_sheet,
        part=part,
    )
    return card, table[0].frame


def _streamed_table(streamed: StreamedTable, source: str) -> tuple[TableCard, pd.DataFrame]:
    """The card and frame of a table read in chunks, as `_load_layout` makes them."""
    layout = streamed.layout
    table = _whole_table(streamed.table, layout, _context(layout, source), source)
    card = make_card(
        table, source=source, sheet=None, above=layout.above, notes=table.notes, single_sheet=True
    )
    return card, table.frame


def _tidy(layout: Layout, source: str) -> tuple[TidyTable, tuple[str, ...]]:
    """The tidy table of a layout and the columns left out of it."""
    plan = plan_columns(layout)
    if not plan.values:
        raise TableLayoutError(source, "no column of numbers was found next to the periods")
    context = _context(layout, source)
    table = build_frame(layout, plan, context)
    return _whole_table(table, layout, context, source), plan.skipped


def _context(layout: Layout, source: str) -> str:
    """The title, other lines above and unit statements among the notes of a table."""
    title, others = split_above(layout.above)
    check_units(title, others, source)
    stated = [line for line in layout.notes if _UNIT_STATEMENT.match(line)]
    return "\n".join(line for line in (title or "", *others, *stated) if line)


def _whole_table(table: TidyTable, layout: Layout, context: str, source: str) -> TidyTable:
    """The steps that read the whole tidy table: rate rows, partners and goods named in
    measures, adjusted series, conflicting values withheld."""
    title, _ = split_above(layout.above)
    table = attach_rate_measures(attach_rate_rows(table))
    table = partners_from_measure_names(partners_from_columns(table, flow_of(title or "")))
    table = rates_take_their_levels_flow(annual_rates_are_yoy(table))
    table = goods_as_measures(goods_named_as_a_flow(goods_under_flows(table)))
    table = mark_adjusted(table, context)
    if table.frame.empty:
        raise TableLayoutError(source, "no data rows with a period and a value were found")
    keys = ["period", "measure", *(d.name for d in table.dimensions), *table.attributes]
    frame, conflicts = withhold_conflicts(table.frame, keys)
    if conflicts:
        table = replace(table, frame=frame, notes=(*table.notes, *conflicts))
    return table

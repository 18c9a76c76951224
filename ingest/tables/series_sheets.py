"""Time-series spreadsheets: one column per series, metadata rows under the header.

Statistical offices (the ABS, the ONS, central banks) publish series as columns whose
header is the series' description, followed by rows of metadata (``Unit``, ``Series
Type``, ``Frequency``, ``Series ID`` ...) and then dated rows (``2023-03-01``). Read as
they stand, the metadata rows hide the header. `unfold_series_metadata` folds each
column's unit into its header, drops the metadata rows, and writes each date as the
period the frequency says (a quarter for ``Quarter``: March 2023 is Q1 2023).

`workbook_context` gives the title lines of a workbook's index or contents sheet
to the tables of its other sheets, so a table named only "Data1" keeps its title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables.read import Grid, GridRow

_META = frozenset(
    {
        "unit", "units", "series type", "data type", "frequency", "collection month",
        "series start", "series end", "no. obs", "no obs", "series id", "source",
        "seasonal adjustment",
    }
)  # fmt: skip
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?(?:[ t][\d:.]+)?$")
_MIN_META = 3
_CONTEXT_SHEET = re.compile(r"^(?:index|contents|cover|title)\b", re.I)


def unfold_series_metadata(grid: Grid) -> Grid:
    """The grid with its series metadata folded into the header (see above)."""
    rows = list(grid.rows)
    start = _meta_start(rows)
    if start is None:
        return grid
    end = start
    while end < len(rows) and rows[end].cell(0).strip().casefold() in _META:
        end += 1
    meta = {row.cell(0).strip().casefold(): row for row in rows[start:end]}
    header = rows[start - 1]
    unit = meta.get("unit") or meta.get("units")
    cells = ["Period"] + [
        f"{text} ({unit.cell(c)})" if unit is not None and unit.cell(c) and text else text
        for c, text in enumerate(header.cells[1:], start=1)
    ]
    frequency = (meta["frequency"].cell(1) if "frequency" in meta else "").casefold()
    body = [_dated(row, frequency) for row in rows[end:]]
    new_header = GridRow(header.number, tuple(cells))
    return replace(grid, rows=(*rows[: start - 1], new_header, *body))


def workbook_context(grids: list[Grid]) -> tuple[str, ...]:
    """The title lines of a workbook's index or notes sheet (up to its first blank row)."""
    lines: list[str] = []
    for grid in grids:
        if grid.sheet is None or not _CONTEXT_SHEET.search(grid.sheet):
            continue
        for row in grid.rows:
            if not row.filled:
                break
            if row.filled == 1:
                lines.append(next(c for c in row.cells if c))
    return tuple(lines)


def with_context(grid: Grid, lines: tuple[str, ...]) -> Grid:
    """A grid with the workbook's title lines above it (they name its table and economy)."""
    if not lines or (grid.sheet is not None and _CONTEXT_SHEET.search(grid.sheet)):
        return grid
    first = grid.rows[0].number if grid.rows else 1
    above = tuple(GridRow(first - len(lines) + i - 1, (line,)) for i, line in enumerate(lines))
    top = tuple(reversed(above))[::-1]
    return replace(grid, rows=(*top, *grid.rows))


def _meta_start(rows: list[GridRow]) -> int | None:
    for i in range(1, len(rows) - _MIN_META):
        run = rows[i : i + _MIN_META]
        if all(r.cell(0).strip().casefold() in _META for r in run) and rows[i - 1].filled >= 2:
            return i
    return None


def _dated(row: GridRow, frequency: str) -> GridRow:
    found = _DATE.match(row.cell(0).strip())
    if found is None:
        return row
    year, month = int(found.group(1)), int(found.group(2))
    if "quarter" in frequency:
        label = f"{year}-Q{(month - 1) // 3 + 1}"
    elif "annual" in frequency or "year" in frequency:
        label = str(year)
    else:
        label = f"{year}-{month:02d}"
    return GridRow(row.number, (label, *row.cells[1:]))

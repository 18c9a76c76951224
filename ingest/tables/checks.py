"""Cells that cannot be what their column says, left out with a note on the card.

- A period cell that names no period (``2025-13``, the day ``2025-02-30``) beside figures:
  the row's figures are left out and the note names the line and the cell.
- A percentage (``12.5%``) in a column of levels (HK$ million): it is not a level, so the
  value is left out (missing) rather than stored as 12.5 million.
"""

from __future__ import annotations

import math

from ingest.tables.layout import Layout
from ingest.tables.numbers import parse_cell
from ingest.tables.records import Records
from vectorstore.periods import Period

PERCENT_IN_LEVEL = "\x00percent"
_SHOWN = 5


def unread_period_notes(layout: Layout, periods: dict[int, Period]) -> tuple[str, ...]:
    """Notes for rows whose period cell holds something with digits that is not a period."""
    if not layout.period_columns:
        return ()
    column = layout.period_columns[0]
    found = []
    for row in layout.body:
        cell = row.cell(column)
        if row.number in periods or not any(ch.isdigit() for ch in cell):
            continue
        others = (c for i, c in enumerate(row.cells) if i not in layout.period_columns)
        if any(parse_cell(c, decimal_comma=layout.decimal_comma).is_number for c in others):
            found.append(
                f"Line {row.number}: {cell!r} is not a valid date or period; "
                "the figures on it were left out."
            )
    return _first(found)


def withhold_percent_levels(records: Records) -> tuple[str, ...]:
    """Make missing the percentages found in level columns; notes naming them."""
    marked = records.pop_column(PERCENT_IN_LEVEL)
    if marked is None:
        return ()
    values, rows, measures = (
        records.column("value"),
        records.column("row"),
        records.column("measure"),
    )
    found = []
    for index, percent in enumerate(marked):
        if percent:
            values[index] = math.nan
            found.append(
                f"Line {rows[index]}: a percentage in the column of levels "
                f"{measures[index]!r} was left out."
            )
    return _first(found)


def _first(notes: list[str]) -> tuple[str, ...]:
    if len(notes) <= _SHOWN:
        return tuple(notes)
    return (*notes[:_SHOWN], f"... and {len(notes) - _SHOWN} more lines like these.")

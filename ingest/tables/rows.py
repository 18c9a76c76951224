"""Rows of a delimited file with more cells than the header: repaired when it is certain how,
refused otherwise, never shifted silently.

``Korea, Republic of,100,120`` under ``Partner,2024,2025`` has one cell too many because the
label holds an unquoted comma. When exactly one run of text cells can be joined back into
one label so that every value column holds a number again, the row is repaired; otherwise the
table is refused with the line number, so that 100 is never read as the value for 2025.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.errors import TableLayoutError
from ingest.tables.layout import Layout
from ingest.tables.numbers import parse_cell
from ingest.tables.read import GridRow


def repair_overlong_rows(layout: Layout, delimiter: str, where: str) -> Layout:
    """The layout with its overlong rows repaired; raises `TableLayoutError` naming the line
    of a row that cannot be repaired unambiguously."""
    width = len(layout.header)
    if not delimiter or width < 2:
        return layout
    body = tuple(_repaired(row, width, layout, delimiter, where) for row in layout.body)
    return layout if body == layout.body else replace(layout, body=body)


def _repaired(row: GridRow, width: int, layout: Layout, delimiter: str, where: str) -> GridRow:
    if not _is_overlong(row, width, layout.decimal_comma):
        return row
    extra = len(row.cells) - width
    fixes = [
        fixed
        for start in range(width)
        if (fixed := _joined(row, start, extra, delimiter)) is not None
        and _values_fit(fixed, width, start, layout.decimal_comma)
    ]
    if len(fixes) == 1:
        return fixes[0]
    shown = "".join(c if c != "\t" else " " for c in delimiter)
    raise TableLayoutError(
        where,
        f"line {row.number} has {len(row.cells)} cells but the header has {width}; "
        f"a label probably holds an unquoted {shown!r}. Put that label in double quotes",
    )


def _is_overlong(row: GridRow, width: int, decimal_comma: bool) -> bool:
    """A row with a number beyond the header's last column (its values would be shifted)."""
    beyond = row.cells[width:]
    return any(parse_cell(cell, decimal_comma=decimal_comma).is_number for cell in beyond)


def _joined(row: GridRow, start: int, extra: int, delimiter: str) -> GridRow | None:
    """The row with cells ``start`` .. ``start + extra`` joined into one label, when they are
    all words (a label split at its commas), else None."""
    pieces = row.cells[start : start + extra + 1]
    if len(pieces) != extra + 1 or not all(_is_words(piece) for piece in pieces):
        return None
    label = (delimiter if delimiter == "\t" else f"{delimiter} ").join(pieces)
    cells = (*row.cells[:start], label, *row.cells[start + extra + 1 :])
    return GridRow(row.number, cells)


def _is_words(cell: str) -> bool:
    return bool(cell.strip()) and parse_cell(cell).value is None and any(c.isalpha() for c in cell)


def _values_fit(row: GridRow, width: int, label: int, decimal_comma: bool) -> bool:
    """Every cell after the label is a number or a missing marker, up to the header's width."""
    after = row.cells[label + 1 : width]
    if len(row.cells) > width or not after:
        return False
    for cell in after:
        parsed = parse_cell(cell, decimal_comma=decimal_comma)
        if cell and not (parsed.is_number or parsed.is_missing):
            return False
    return True

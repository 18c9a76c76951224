"""Files read into grids of text cells, each row with the line or row number it came from.

CSV and TSV: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, or a legacy encoding
found with confidence, see `ingest.encodings`) and the delimiter (comma, tab, semicolon,
pipe) are found from the content. Excel: every non-empty sheet is a grid. Parquet: the
column names are the header row.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.encodings import decode_text
from ingest.errors import IngestError
from ingest.tables.numbers import clean_text
from ingest.tables.workbook_limits import check_archive, check_cells

TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".tab"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".parquet", ".pq"})
_DELIMITERS = (",", "\t", ";", "|")
_EMPTY_RUN = 1000
_KEY_COLUMN = re.compile(r"^([\w-]+(?:,[\w-]+)+)\\[\w-]*$")
_SEP_LINE = re.compile(r"^\ufeff?sep=(\\t|.)\r?\n", re.I)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_SHARED_PER_COLUMN = 4096  # distinct texts of a column kept as one object each


@dataclass(frozen=True, slots=True)
class GridRow:
    """The text cells of one source row; ``number`` is its 1-based line or row; ``filled``
    counts its non-empty cells. Slots: a large file holds a million of these."""

    number: int
    cells: tuple[str, ...]
    filled: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "filled", sum(1 for cell in self.cells if cell))

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class Grid:
    """One sheet (or the whole file) as rows of text."""

    sheet: str | None
    rows: tuple[GridRow, ...]
    delimiter: str = ""  # the delimiter of a CSV or TSV file; empty for a sheet


def read_grids(path: Path) -> list[Grid]:
    """The grids of a table file; raises `IngestError` with a reason a person understands."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise IngestError(str(path), "file not found")
    if path.stat().st_size == 0:
        raise IngestError(str(path), "file is empty")
    if suffix in EXCEL_SUFFIXES:
        return _read_workbook(path)
    if suffix in PARQUET_SUFFIXES:
        return [_read_parquet(path)]
    if suffix in TEXT_SUFFIXES:
        text = decode_text(path.read_bytes(), str(path))
        tab = suffix in {".tsv", ".tab"}
        return [Grid(None, read_delimited(text, tab=tab), delimiter_of(text, tab=tab))]
    raise IngestError(str(path), f"unsupported table format {suffix or '(no suffix)'!r}")


def read_delimited(text: str, *, tab: bool = False) -> tuple[GridRow, ...]:
    """Rows of delimited text; the delimiter is the one that splits lines most consistently."""
    delimiter = delimiter_of(text, tab=tab)
    hint = sep_line(text)
    if hint is not None:
        text = text[hint.end() :]
    rows = delimited_rows(_lines(text), delimiter, skipped=1 if hint else 0)
    return split_key_column(tuple(rows))


def delimited_rows(lines: Iterable[str], delimiter: str, *, skipped: int = 0) -> Iterator[GridRow]:
    """The rows of delimited lines (each with its line ending), one at a time; ``skipped``
    lines were read before ``lines`` (Excel's ``sep=`` line). Raises `IngestError` naming
    the line that cannot be split."""
    reader = csv.reader(lines, delimiter=delimiter)
    shared: list[dict[str, str]] = []
    number = 1 + skipped
    try:
        for record in reader:
            yield GridRow(number, _trim(_shared_cells([clean_text(c) for c in record], shared)))
            number = reader.line_num + 1 + skipped
    except csv.Error as error:
        raise IngestError("", f"cannot split line {reader.line_num} into cells ({error})") from None


def sep_line(text: str) -> re.Match[str] | None:
    """Excel's ``sep=;`` first line naming the delimiter, if ``text`` starts with one."""
    return _SEP_LINE.match(text)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (LF, CR LF or CR), one at a time: what
    ``io.StringIO(text, newline="")`` yields, without its copy of four bytes a character."""
    return (match.group() for match in _LINE.finditer(text))


def _shared_cells(cells: list[str], shared: list[dict[str, str]]) -> tuple[str, ...]:
    """The cells, each repeated text (a partner, a period) one object for the whole column
    (up to `_SHARED_PER_COLUMN` distinct texts a column)."""
    while len(shared) < len(cells):
        shared.append({})
    for column, cell in enumerate(cells):
        known = shared[column]
        found = known.get(cell)
        if found is not None:
            cells[column] = found
        elif len(known) < _SHARED_PER_COLUMN:
            known[cell] = cell
    return tuple(cells)


def delimiter_of(text: str, *, tab: bool = False) -> str:
    """The delimiter of delimited text: tab for a .tsv, Excel's ``sep=`` line, else sniffed."""
    if hint := _SEP_LINE.match(text):
        return "\t" if hint[1] in {"\\t", "\t"} else hint[1]
    return "\t" if tab else sniff_delimiter(text)


def split_key_column(rows: tuple[GridRow, ...]) -> tuple[GridRow, ...]:
    """Eurostat's bulk files pack the dimensions into one first column, ``freq,partner,flow,
    unit\\TIME_PERIOD`` over ``M,HK,1,MIO_EUR``: unpack it into a column per dimension."""
    first = next((row for row in rows if row.cells), None)
    found = _KEY_COLUMN.match(first.cells[0]) if first is not None else None
    if first is None or found is None:
        return rows
    names = found[1].split(",")
    unpacked = []
    for row in rows:
        if not row.cells:
            unpacked.append(row)
            continue
        keys = names if row is first else row.cells[0].split(",")
        if len(keys) != len(names):
            return rows
        unpacked.append(GridRow(row.number, (*(k.strip() for k in keys), *row.cells[1:])))
    return tuple(unpacked)


def sniff_delimiter(text: str) -> str:
    """The delimiter whose most common field count (above one) covers the most lines."""
    lines = [line for line in text.splitlines()[:200] if line.strip()]
    best, best_score = ",", -1
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = Counter(c for c in counts if c > 1).most_common(1)
        score = common[0][1] * 1000 + common[0][0] if common else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _trim(cells: tuple[str, ...]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _read_workbook(path: Path) -> list[Grid]:
    from openpyxl import load_workbook

    check_archive(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        reason = f"not a readable Excel workbook ({type(error).__name__}: {error})"
        raise IngestError(str(path), reason) from None
    counter = [0]
    try:
        grids = [Grid(sheet.title, _sheet_rows(sheet, counter)) for sheet in book.worksheets]
    except IngestError as error:
        raise IngestError(str(path), error.reason) from None
    except Exception as error:  # as above: a damaged part of the workbook
        reason = f"the workbook is damaged ({type(error).__name__}: {error})"
        raise IngestError(str(path), reason) from None
    finally:
        book.close()
    grids = [grid for grid in grids if any(row.cells for row in grid.rows)]
    if not grids:
        raise IngestError(str(path), "file is empty (no sheet has any cell filled)")
    return grids


def _sheet_rows(sheet: Any, counter: list[int]) -> tuple[GridRow, ...]:
    """The rows of a sheet as text; a long run of empty rows ends the sheet. ``counter``
    counts the workbook's cells, refused past `MAX_CELLS`."""
    rows: list[GridRow] = []
    empty = 0
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some writers record a wrong used range; read every row
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        counter[0] += len(cells)
        check_cells(counter[0], str(sheet.title))
        row = GridRow(number, _trim(tuple(_excel_text(_excel_value(cell)) for cell in cells)))
        empty = 0 if row.cells else empty + 1
        if empty > _EMPTY_RUN:
            break
        rows.append(row)
    return tuple(rows)


def _excel_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    number_format = str(getattr(cell, "number_format", "") or "")
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return f"{round(float(value) * 100, 10)!r}%"
    return value


def _excel_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return clean_text(str(value))


def _read_parquet(path: Path) -> Grid:
    import pandas as pd

    try:
        frame = pd.read_parquet(path)
    except Exception as error:  # pyarrow raises many kinds; all mean "not readable"
        reason = f"not a readable Parquet file ({type(error).__name__})"
        raise IngestError(str(path), reason) from None
    if frame.empty:
        raise IngestError(str(path), "file is empty (the Parquet file has no rows)")
    header = GridRow(0, tuple(clean_text(str(name)) for name in frame.columns))
    rows = [header]
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        rows.append(GridRow(number, tuple(_parquet_text(v) for v in values)))
    return Grid(None, tuple(rows))


def _parquet_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value)
    return "" if text in {"nan", "NaT", "<NA>", "None"} else clean_text(text)

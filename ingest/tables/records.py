"""The tidy rows of a table while it is read, kept column by column.

A row of a large table is about ten values; kept as a dict each, a million rows took most
of the memory an ingest used (a dict is several hundred bytes). `Records` keeps one list
per column instead (a pointer a value, the texts shared with the grid), and the steps that
read or change rows after they are all read (carrying group labels down, flow header rows,
percentages in level columns, flags) work on those lists.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd


class Records:
    """Rows appended as mappings, stored as one list per column (None where a row lacks
    the column)."""

    def __init__(self) -> None:
        self.columns: dict[str, list[object]] = {}
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def extend(self, rows: Iterable[Mapping[str, object]]) -> None:
        for row in rows:
            self.append(row)

    def append(self, row: Mapping[str, object]) -> None:
        length = self._length
        for key, value in row.items():
            column = self.columns.get(key)
            if column is None:
                column = self.columns[key] = [None] * length
            column.append(value)
        self._length = length + 1
        if len(row) != len(self.columns):
            for column in self.columns.values():
                if len(column) == length:
                    column.append(None)

    def column(self, key: str) -> list[object]:
        """The values of one column (a column no row has is created, all None)."""
        found = self.columns.get(key)
        if found is None:
            found = self.columns[key] = [None] * self._length
        return found

    def set_column(self, key: str, values: list[object]) -> None:
        if len(values) != self._length:
            raise ValueError(f"column {key!r} has {len(values)} values for {self._length} rows")
        self.columns[key] = values

    def pop_column(self, key: str) -> list[object] | None:
        return self.columns.pop(key, None)

    def frame(
        self, columns: list[str], *, floats: tuple[str, ...] = (), ints: tuple[str, ...] = ()
    ) -> pd.DataFrame:
        """The rows as a frame of the given columns: ``floats`` as float64 (None is NaN),
        ``ints`` as int64, the others as text (None and NaN are ""). Each column's list is
        let go once it is converted, so the rows are never held twice over."""
        data: dict[str, Any] = {}
        numeric = [name for name in columns if name in floats or name in ints]
        for name in [*numeric, *(name for name in columns if name not in numeric)]:
            values = self.columns.pop(name, None) or [None] * self._length
            if name in floats:
                data[name] = np.array(values, dtype=np.float64)
            elif name in ints:
                data[name] = np.array(values, dtype=np.int64)
            else:
                data[name] = pd.array([_text(value) for value in values], dtype=str)
            del values
        self._length = 0
        self.columns.clear()
        return pd.DataFrame(data, columns=columns)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)

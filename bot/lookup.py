"""Row look-ups in a tidy frame without scanning it: an index from series key to rows.

A frame's key columns (``measure``, then the card's dimensions with the partner last,
then ``period``) are factorised once into integer codes, like categoricals, and the
rows are ordered by those codes (a stable sort). The rows of one series (one measure,
one value of each dimension) are then one range of that order, found by binary
search, so selecting a series costs about the series, not the table; a ranking's
rows (every partner of one measure and flow) are one range too.

`select_rows` returns exactly what filtering the frame with boolean masks returned
(`bot.resolve.filter_rows` over the measure's rows): the same rows, in frame order.
When the index cannot say (a value that needs the case-insensitive match, a key on a
column that is not indexed with no exact match), it filters the measure's rows the old
way, which is still a fraction of the table.

Rows are taken from the index's own shallow copy of the frame, whose text columns are
categoricals (Arrow strings are slow to take a few rows from); the rows hold the same
values. Indexes are kept for the frames recently seen. A frame is recognised by the
memory its columns live in: the store hands out shallow copies of one cached frame,
and they share it. The index of a frame changed in place after it was indexed is not
rebuilt: the engine never changes a frame it reads.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Collection, Hashable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from vectorstore.records import TableCard

Ints = npt.NDArray[np.int64]
INDEXES_KEPT = 8  # frames whose index is kept (least recently used dropped first)
_MAX_DECIMALS = 4


class RowIndex:
    """The rows of one frame ordered by series key, with each key column's codes."""

    def __init__(self, frame: pd.DataFrame, columns: Sequence[str]) -> None:
        self.length = len(frame)
        self.columns = tuple(columns)
        self.frame = frame.copy(deep=False)  # rows are taken from this one
        codes: list[npt.NDArray[np.int32]] = []
        self._code_of: list[dict[Hashable, int]] = []
        for column in self.columns:
            found, uniques = pd.factorize(frame[column], use_na_sentinel=True)
            codes.append(found.astype(np.int32, copy=False))
            self._code_of.append({value: i for i, value in enumerate(uniques)})
            if isinstance(frame[column].dtype, pd.StringDtype):
                self.frame[column] = pd.Categorical.from_codes(found, uniques)
        for column in frame.columns:  # Arrow text takes a few rows slowly: categoricals
            if column not in self.columns and isinstance(frame[column].dtype, pd.StringDtype):
                self.frame[column] = frame[column].astype("category")
        self.order: Ints = np.lexsort(codes[::-1]).astype(np.int64, copy=False)
        self._sorted = [c[self.order] for c in codes]
        self._values = frame["value"].to_numpy(dtype="float64", na_value=np.nan)
        self._lock = threading.Lock()
        self._precision: dict[str, int] = {}
        self._by_value: dict[str, tuple[npt.NDArray[np.float64], Ints]] = {}

    def positions(
        self, measure: str, keys: Sequence[tuple[str, str]], periods: Collection[str] | None
    ) -> tuple[int, Ints] | None:
        """How many rows the measure and every indexed key match exactly, and those of them
        (ascending) with a period among `periods` (None: any); None when a key's value is
        not in its column."""
        wanted: dict[int, int] = {}
        for name, value in (("measure", measure), *keys):
            if name not in self.columns:
                continue
            at = self.columns.index(name)
            code = self._code_of[at].get(value)
            if code is None or wanted.get(at, code) != code:
                return None
            wanted[at] = code
        lo, hi = 0, self.length
        at = 0
        while at in wanted:  # the leading key columns narrow the range by binary search
            column = self._sorted[at][lo:hi]
            target = np.int32(wanted[at])  # a Python int would make numpy widen the column
            lo, hi = (
                lo + int(np.searchsorted(column, target, "left")),
                lo + int(np.searchsorted(column, target, "right")),
            )
            at += 1
        keep = np.ones(hi - lo, dtype=bool)
        for later, code in wanted.items():  # the others are tested over that range
            if later >= at:
                keep &= self._sorted[later][lo:hi] == np.int32(code)
        matched = int(keep.sum())
        if periods is not None and "period" in self.columns:
            at = self.columns.index("period")
            codes = [self._code_of[at][p] for p in periods if p in self._code_of[at]]
            keep &= np.isin(self._sorted[at][lo:hi], np.asarray(codes, dtype=np.int32))
        return matched, np.sort(self.order[lo:hi][keep])

    def measure_rows(self, measure: str) -> Ints:
        """The rows of one measure, ascending."""
        found = self.positions(measure, (), None)
        return np.zeros(0, dtype=np.int64) if found is None else found[1]

    def precision(self, measure: str) -> int:
        """Decimals the measure's values are published with (computed once)."""
        with self._lock:
            if measure in self._precision:
                return self._precision[measure]
        found = decimals_of(self._values[self.measure_rows(measure)])
        with self._lock:
            self._precision[measure] = found
        return found

    def near(self, measure: str, target: float, tolerance: float) -> Ints:
        """Rows (ascending) of the measure whose value is within the tolerance of a target."""
        with self._lock:
            cached = self._by_value.get(measure)
        if cached is None:
            rows = self.measure_rows(measure)
            by = np.argsort(self._values[rows], kind="stable")
            cached = (self._values[rows][by], rows[by])
            with self._lock:
                self._by_value[measure] = cached
        values, rows = cached
        slack = 1e-9 * max(1.0, abs(target)) + tolerance * 1e-9
        lo = int(np.searchsorted(values, target - tolerance - slack, "left"))
        hi = int(np.searchsorted(values, target + tolerance + slack, "right"))
        found = rows[lo:hi]
        found = found[np.abs(self._values[found] - target) <= tolerance]  # the exact test
        return np.sort(found)


def decimals_of(values: npt.NDArray[np.float64]) -> int:
    """Decimals a column of values is published with (vectorised: tables can be large)."""
    values = values[np.isfinite(values)]
    for decimals in range(_MAX_DECIMALS + 1):
        tolerance = 1e-9 * np.maximum(1.0, np.abs(values))
        if bool(np.all(np.abs(np.round(values, decimals) - values) < tolerance)):
            return decimals
    return _MAX_DECIMALS


def key_columns(card: TableCard, frame: pd.DataFrame) -> list[str]:
    """``measure``, the card's dimensions (the partner last), ``period``: those of them the
    frame holds as text, the columns a series is selected by."""
    dims = sorted(card.dimensions, key=lambda d: d.role == "partner")
    names = ["measure", *(d.name for d in dims), "period"]
    return [n for i, n in enumerate(names) if n not in names[:i] and _textual(frame, n)]


def _textual(frame: pd.DataFrame, name: str) -> bool:
    if name not in frame.columns or not isinstance(frame.columns, pd.Index):
        return False
    column = frame[name]
    if not isinstance(column, pd.Series):  # a duplicated column name
        return False
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return all(isinstance(v, str) for v in dtype.categories)
    if isinstance(dtype, pd.StringDtype):
        return True
    if pd.api.types.is_object_dtype(dtype):
        return all(isinstance(v, str) for v in pd.unique(column.dropna()))
    return False


class _Indexes:
    """The indexes of recently seen frames, by the frame object and by its columns' memory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_memory: OrderedDict[tuple[Any, ...], tuple[list[Any], RowIndex]] = OrderedDict()
        self._by_object: dict[int, tuple[weakref.ref[pd.DataFrame], str, RowIndex]] = {}

    def of(self, card: TableCard, frame: pd.DataFrame) -> RowIndex | None:
        """The index of a frame (built on first use); None when it has no textual measure."""
        with self._lock:
            seen = self._by_object.get(id(frame))
        if seen is not None and seen[0]() is frame and seen[1] == card.id:
            return seen[2]
        if not {"value", "row"} <= set(frame.columns) or not frame.columns.is_unique:
            return None
        if not pd.api.types.is_numeric_dtype(frame["value"].dtype):
            return None
        columns = key_columns(card, frame)
        if not columns or columns[0] != "measure":
            return None
        memory, pinned = _memory(frame, list(frame.columns))
        key = (len(frame), tuple(columns), memory)
        with self._lock:
            cached = self._by_memory.get(key)
            if cached is not None:
                self._by_memory.move_to_end(key)
        index = cached[1] if cached is not None else RowIndex(frame, columns)
        with self._lock:
            self._by_memory[key] = (pinned, index)  # pinned: the memory stays this frame's
            while len(self._by_memory) > INDEXES_KEPT:
                self._by_memory.popitem(last=False)
            ref = weakref.ref(frame, self._forget(id(frame)))
            self._by_object[id(frame)] = (ref, card.id, index)
        return index

    def _forget(self, ident: int) -> Any:
        def forget(_: object) -> None:
            with self._lock:
                self._by_object.pop(ident, None)

        return forget


def _memory(frame: pd.DataFrame, columns: list[str]) -> tuple[tuple[Any, ...], list[Any]]:
    """Where each column's data lives (buffer addresses), and the objects holding it."""
    found: list[Any] = []
    pinned: list[Any] = []
    for name in columns:
        array = frame[name].array
        if isinstance(array, pd.Categorical):
            codes = array.codes
            found.append((name, "codes", codes.__array_interface__["data"][0], codes.strides))
            pinned.append(codes.base if codes.base is not None else codes)
        elif hasattr(array, "__arrow_array__"):
            chunked = array.__arrow_array__()
            addresses = tuple(
                (chunk.offset, *(b.address if b is not None else 0 for b in chunk.buffers()))
                for chunk in getattr(chunked, "chunks", [chunked])
            )
            found.append((name, "arrow", addresses))
            pinned.append(chunked)
        else:
            data = frame[name].to_numpy()
            found.append((name, "numpy", data.__array_interface__["data"][0], data.strides))
            pinned.append(data.base if data.base is not None else data)
    return tuple(found), pinned


INDEXES = _Indexes()


def select_rows(
    card: TableCard,
    frame: pd.DataFrame,
    measure: str,
    keys: Sequence[tuple[str, str]],
    periods: Collection[str] | None = None,
) -> pd.DataFrame | None:
    """What `bot.resolve.filter_rows` returns for the measure's rows (those with a value,
    matching every key), restricted to `periods` when given, in frame order; None when
    the index cannot say (no exact match: filter the old way)."""
    index = INDEXES.of(card, frame)
    if index is None:
        return None
    others = [(n, v) for n, v in keys if n in frame.columns and n not in index.columns]
    later = bool(others) or "period" not in index.columns  # test the periods after taking
    found = index.positions(measure, keys, None if later else periods)
    if found is None or not found[0]:
        return None
    rows = index.frame.take(found[1])
    for name, value in others:  # keys on columns that are not indexed: exact matches
        rows = rows[rows[name] == value]
    if rows.empty:
        return None
    if later and periods is not None:
        rows = rows[rows["period"].isin(periods)]
    return rows[rows["value"].notna()]

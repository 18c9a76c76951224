"""From the tidy frames to series: one measure of one table, for one slice of it.

Which table, measure and slice fit a plan is decided in `bot.selection`.

A `Series` is one measure of one table restricted to one slice of its dimensions
(e.g. exports to Singapore), one or more observations per period. Everything the
figures module computes starts from a `Series`; nothing here does arithmetic.

Flows are matched loosely (``"total exports"`` in a table is ``"exports"`` in a plan,
but ``"re-exports"`` never is), partners and filters case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar, overload

import pandas as pd

from bot.lookup import INDEXES, decimals_of, select_rows
from vectorstore.periods import Period, parse, span_of
from vectorstore.records import Measure, TableCard

_TOTAL = re.compile(
    r"^(?!all (?:other|others|remaining|rest)\b)(?:world|total|all|all (?:markets|partners|"
    r"countries)|overall)\b",
    re.I,
)
_REGIONS = re.compile(
    r"\(region\)|^(?:asia|europe|africa|americas?|north america|latin america|middle east|"
    r"oceania|eu|european union|asean|rest of the world|others?)\b",
    re.I,
)
_FLOW_WORDS = ("re-exports", "domestic exports", "exports", "imports", "balance", "trade")
_ORIGIN = re.compile(r"source|publisher|origin|provenance", re.I)


class TableSource(Protocol):
    """What the engine needs from the store to compute: cards and tidy frames."""

    def cards(self) -> list[TableCard]: ...

    def frame(self, table_id: str) -> pd.DataFrame: ...


_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801 - used like functools.cached_property
    """`functools.cached_property` without its lock: Python 3.11 takes a lock on each
    first read, a cost a ranking over thousands of series pays thousands of times. Two
    threads racing compute the same value twice, which is harmless."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> _once[_T] | _T:
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Observation:
    """One published value with its provenance."""

    period: str
    value: float
    row: int
    attributes: tuple[tuple[str, str], ...] = ()
    parts: tuple[Observation, ...] = ()  # the published values summed into this one, if any

    def attribute(self, name: str) -> str | None:
        return next((v for k, v in self.attributes if k == name), None)

    def origin(self) -> str:
        """The row's own source columns (``source_kind``, ``source_file`` ...), if any."""
        parts = [f"{k}: {v}" for k, v in self.attributes if _ORIGIN.search(k) and v.strip()]
        return "; ".join(parts)


@dataclass(frozen=True)
class Series:
    """One measure of one table, for one slice of its dimensions."""

    card: TableCard
    measure: Measure
    keys: tuple[tuple[str, str], ...]
    observations: tuple[Observation, ...]
    decimals: int

    @_once
    def flow(self) -> str | None:
        for name, value in self.keys:
            dim = next((d for d in self.card.dimensions if d.name == name), None)
            if dim is not None and dim.role == "flow":
                return flow_key(value)
        if self.measure.flow:
            return flow_key(self.measure.flow)
        return title_flow(self.card)

    @_once
    def partner(self) -> str | None:
        dim = self.card.dimension("partner")
        if dim is None:
            return None
        value = dict(self.keys).get(dim.name)
        return None if value is None or is_total(value) else value

    @property
    def unit(self) -> str:
        return self.measure.unit or ""

    @_once
    def _index(self) -> dict[str, list[Observation]]:
        index: dict[str, list[Observation]] = {}
        for obs in self.observations:
            index.setdefault(obs.period, []).append(obs)
        return index

    @_once
    def _kinds(self) -> set[str]:
        return {parse(p).kind for p in self._index if _canonical_like(p)}

    def at(self, period: str) -> list[Observation]:
        """The published values for a period; for a span the table does not publish, the
        sum of its months (or quarters, years) when the measure is a level and every one
        of them is there."""
        exact = self._index.get(period)
        if exact:
            return list(exact)
        summed = self.summed(period)
        return [summed] if summed is not None else []

    def published_at(self, period: str) -> bool:
        return period in self._index

    def summed(self, period: str) -> Observation | None:
        if not summable(self.measure):
            return None
        tiles = self.tiles(period)
        if tiles is None or tiles[1] or len(tiles[0]) < 2:
            return None
        parts = [self._index[p][0] for p in tiles[0]]
        total = sum(o.value for o in parts)
        return Observation(period, total, parts[0].row, (), tuple(parts))

    def tiles(self, period: str) -> tuple[list[str], list[str]] | None:
        """The periods of the table's own frequency that make up a span: (those it has,
        those it lacks); None when its periods do not divide the span."""
        try:
            whole = parse(period)
        except ValueError:
            return None
        kinds = self._kinds
        for kind in ("month", "quarter", "half", "year"):
            if kind not in kinds:
                continue
            pieces = split_period(whole, kind)
            if pieces is None or len(pieces) < 2:
                continue
            have = [p for p in pieces if p in self._index]
            if have:
                return have, [p for p in pieces if p not in self._index]
        return None

    def first(self, period: str) -> Observation | None:
        exact = self._index.get(period)  # `at`, without copying the list
        return exact[0] if exact else self.summed(period)

    def periods(self) -> list[str]:
        seen = dict.fromkeys(o.period for o in self.observations)
        return sorted(seen, key=period_order)

    def source(self, *observations: Observation) -> str:
        """``"tables/x.csv row 16"`` (with the row's own source columns when it has them)."""
        observations = leaves(observations)
        rows = sorted({o.row for o in observations})
        word = "row" if len(rows) == 1 else "rows"
        text = f"{self.card.source} {word} {', '.join(str(r) for r in rows)}"
        if len(observations) == 1:
            origin = observations[0].origin()
            if origin:
                text += f" ({origin})"
        return text


def leaves(observations: tuple[Observation, ...]) -> tuple[Observation, ...]:
    """The published values under summed or derived observations (parts of parts too)."""
    return tuple(p for o in observations for p in (leaves(o.parts) if o.parts else (o,)))


_STEP = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def split_period(whole: Period, kind: str) -> list[str] | None:
    """The canonical periods of one kind that tile a span, or None when they cannot."""
    step = _STEP[kind]
    if whole.start % step or (whole.end + 1) % step or whole.length <= step - 1:
        return None
    return [str(span_of(m, m + step - 1)) for m in range(whole.start, whole.end + 1, step)]


def _canonical_like(text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def summable(measure: Measure) -> bool:
    """Values that add up over time: levels in a currency or count, never rates."""
    unit = (measure.unit or "").lower()
    if is_ytd(measure):
        return False
    return measure.kind in {"level", "count"} and "%" not in unit and "per cent" not in unit


def period_order(text: str) -> tuple[int, int]:
    try:
        period = parse(text)
    except ValueError:
        return (10**6, 0)
    return (period.end, period.start)


_FLOW_CODES = {
    "exp": "exports",
    "x": "exports",
    "export": "exports",
    "exports": "exports",
    "imp": "imports",
    "m": "imports",
    "import": "imports",
    "imports": "imports",
    "rx": "re-exports",
    "re-exp": "re-exports",
    "dx": "domestic exports",
    "credits": "exports",
    "credit": "exports",
    "debits": "imports",
    "debit": "imports",
}  # fmt: skip  (Eurostat's EXP/IMP, Comtrade's X/M, balance-of-payments credits/debits)


@lru_cache(maxsize=4096)
def flow_key(text: str) -> str:
    """A flow as the plans name it: ``"Total exports"`` -> ``"exports"``, ``"EXP"`` ->
    ``"exports"``."""
    low = re.sub(r"[_\s]+", " ", text.lower()).strip()
    if low in _FLOW_CODES:
        return _FLOW_CODES[low]
    low = low.replace("re exports", "re-exports").replace("reexports", "re-exports")
    for word in _FLOW_WORDS:
        stem = word.rstrip("s")
        if re.search(rf"(?<![\w-]){re.escape(stem)}s?\b", low):
            return "balance" if word == "trade" and "balance" in low else word
    return low


def title_flow(card: TableCard) -> str | None:
    key = flow_key(card.title)
    return key if key in _FLOW_WORDS[:-1] else None


@lru_cache(maxsize=16384)
def is_total(value: str) -> bool:
    return bool(_TOTAL.match(value.strip()))


@lru_cache(maxsize=16384)
def is_region(value: str) -> bool:
    return bool(_REGIONS.search(value.strip()))


def same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def is_ytd(measure: Measure) -> bool:
    text = f"{measure.name} {measure.label} {measure.basis or ''}".lower()
    return bool(re.search(r"\bytd\b|year[- ]to[- ]date|_ytd|ytd_", text))


def effective_period(measure: Measure, period: str) -> str:
    """The span a value covers: a year-to-date value for March covers January-March."""
    if not is_ytd(measure):
        return period
    try:
        parsed = parse(period)
    except ValueError:
        return period
    if parsed.kind != "month" or parsed.start_month == 1:
        return period
    from vectorstore.periods import Period, canonical

    return canonical(Period(parsed.start_year, 1, parsed.end_year, parsed.end_month))


def build_series(
    card: TableCard, frame: pd.DataFrame, measure: Measure, keys: tuple[tuple[str, str], ...]
) -> Series:
    """The observations of one measure for one slice (keys: dimension name -> value)."""
    rows = series_rows(card, frame, measure.name, keys)
    decimals = measure_precision(card, frame, measure.name)
    return Series(card, measure, keys, observations_of(card, measure, rows), decimals)


def series_rows(
    card: TableCard,
    frame: pd.DataFrame,
    measure: str,
    keys: tuple[tuple[str, str], ...],
    periods: Collection[str] | None = None,
) -> pd.DataFrame:
    """`filter_rows` of the measure's rows (then those in `periods`, when given), read
    through the frame's index (`bot.lookup`) rather than by scanning the frame."""
    found = select_rows(card, frame, measure, keys, periods)
    if found is None:
        found = filter_rows(frame[frame["measure"] == measure], keys)
        if periods is not None:
            found = found[found["period"].isin(periods)]
    return found


def measure_precision(card: TableCard, frame: pd.DataFrame, measure: str) -> int:
    """`column_precision` of a measure's rows (kept with the frame's index)."""
    index = INDEXES.of(card, frame)
    if index is None:
        return column_precision(frame[frame["measure"] == measure])
    return index.precision(measure)


def filter_rows(rows: pd.DataFrame, keys: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    for name, value in keys:
        if name in rows.columns:
            exact = rows[rows[name] == value]
            if exact.empty:
                exact = rows[rows[name].astype("string").str.casefold() == value.casefold()]
            rows = exact
    return rows[rows["value"].notna()]


def observations_of(
    card: TableCard, measure: Measure, rows: pd.DataFrame
) -> tuple[Observation, ...]:
    attrs = [c for c in card.attributes if c in rows.columns]
    columns = [rows[a].tolist() for a in attrs]
    ytd = is_ytd(measure)
    found = []
    for i, (period, value, row) in enumerate(
        zip(rows["period"].tolist(), rows["value"].tolist(), rows["row"].tolist(), strict=True)
    ):
        extra = (
            tuple(
                (a, str(col[i])) for a, col in zip(attrs, columns, strict=True) if pd.notna(col[i])
            )
            if attrs
            else ()
        )
        when = effective_period(measure, str(period)) if ytd else str(period)
        found.append(Observation(when, float(value), int(row), extra))
    return tuple(found)


def column_precision(rows: pd.DataFrame) -> int:
    """Decimals the column is published with (vectorised: tables can be large)."""
    return decimals_of(rows["value"].dropna().to_numpy(dtype="float64"))

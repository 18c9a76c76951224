"""From a query plan to the rows of a table: which table, which measure, which slice.

A `Series` is one measure of one table restricted to one slice of its dimensions
(e.g. exports to Singapore), one or more observations per period. Everything the
figures module computes starts from a `Series`; nothing here does arithmetic.

Flows are matched loosely (``"total exports"`` in a table is ``"exports"`` in a plan,
but ``"re-exports"`` never is), partners and filters case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

import numpy as np
import pandas as pd

from bot.records import QueryPlan
from vectorstore.periods import Period, parse, span_of
from vectorstore.records import Measure, TableCard

_TOTAL = re.compile(r"^(?:world|total|all|all (?:markets|partners|countries)|overall)\b", re.I)
_REGIONS = re.compile(
    r"\(region\)|^(?:asia|europe|africa|americas?|north america|latin america|middle east|"
    r"oceania|eu|european union|asean|rest of the world|others?)\b",
    re.I,
)
_FLOW_WORDS = ("re-exports", "domestic exports", "exports", "imports", "balance", "trade")
_NEUTRAL_WORDS = (
    "total value values hkd usd rmb eur nzd aud gbp jpy cny bn mn million billion pct "
    "percent yoy mom change changes level trade visible merchandise goods of to the in and "
    "by from hk us per cent rate growth exports export imports import balance amount year "
    "on month annual monthly quarterly quarter same a an earlier previous vs over as "
    "percentage share ratio y o ytd date primary fob cif customs current nominal period "
    "over same"
)
_NEUTRAL_TOKENS = frozenset(_NEUTRAL_WORDS.split(" "))
ANY_PARTNER = "*"
_REPORTER = re.compile(r"reporter|declarant", re.I)
_MAX_DECIMALS = 4
_ORIGIN = re.compile(r"source|publisher|origin|provenance", re.I)


class TableSource(Protocol):
    """What the engine needs from the store to compute: cards and tidy frames."""

    def cards(self) -> list[TableCard]: ...

    def frame(self, table_id: str) -> pd.DataFrame: ...


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

    @property
    def flow(self) -> str | None:
        for name, value in self.keys:
            dim = next((d for d in self.card.dimensions if d.name == name), None)
            if dim is not None and dim.role == "flow":
                return flow_key(value)
        if self.measure.flow:
            return flow_key(self.measure.flow)
        return title_flow(self.card)

    @property
    def partner(self) -> str | None:
        dim = self.card.dimension("partner")
        if dim is None:
            return None
        value = dict(self.keys).get(dim.name)
        return None if value is None or is_total(value) else value

    @property
    def unit(self) -> str:
        return self.measure.unit or ""

    @cached_property
    def _index(self) -> dict[str, list[Observation]]:
        index: dict[str, list[Observation]] = {}
        for obs in self.observations:
            index.setdefault(obs.period, []).append(obs)
        return index

    @cached_property
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
        found = self.at(period)
        return found[0] if found else None

    def periods(self) -> list[str]:
        seen = dict.fromkeys(o.period for o in self.observations)
        return sorted(seen, key=period_order)

    def source(self, *observations: Observation) -> str:
        """``"tables/x.csv row 16"`` (with the row's own source columns when it has them)."""
        observations = tuple(p for o in observations for p in (o.parts or (o,)))
        rows = sorted({o.row for o in observations})
        word = "row" if len(rows) == 1 else "rows"
        text = f"{self.card.source} {word} {', '.join(str(r) for r in rows)}"
        if len(observations) == 1:
            origin = observations[0].origin()
            if origin:
                text += f" ({origin})"
        return text


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


def flow_key(text: str) -> str:
    """A flow as the plans name it: ``"Total exports"`` -> ``"exports"``."""
    low = re.sub(r"[_\s]+", " ", text.lower()).strip()
    low = low.replace("re exports", "re-exports").replace("reexports", "re-exports")
    for word in _FLOW_WORDS:
        stem = word.rstrip("s")
        if re.search(rf"(?<![\w-]){re.escape(stem)}s?\b", low):
            return "balance" if word == "trade" and "balance" in low else word
    return low


def title_flow(card: TableCard) -> str | None:
    key = flow_key(card.title)
    return key if key in _FLOW_WORDS[:-1] else None


def is_total(value: str) -> bool:
    return bool(_TOTAL.match(value.strip()))


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
    rows = frame[frame["measure"] == measure.name]
    decimals = column_precision(rows)
    return Series(
        card, measure, keys, observations_of(card, measure, filter_rows(rows, keys)), decimals
    )


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
    found = []
    for i, (period, value, row) in enumerate(
        zip(rows["period"].tolist(), rows["value"].tolist(), rows["row"].tolist(), strict=True)
    ):
        extra = tuple(
            (a, str(col[i])) for a, col in zip(attrs, columns, strict=True) if pd.notna(col[i])
        )
        found.append(
            Observation(effective_period(measure, str(period)), float(value), int(row), extra)
        )
    return tuple(found)


def column_precision(rows: pd.DataFrame) -> int:
    """Decimals the column is published with (vectorised: tables can be large)."""
    values = rows["value"].dropna().to_numpy(dtype="float64")
    values = values[np.isfinite(values)]
    for decimals in range(_MAX_DECIMALS + 1):
        tolerance = 1e-9 * np.maximum(1.0, np.abs(values))
        if bool(np.all(np.abs(np.round(values, decimals) - values) < tolerance)):
            return decimals
    return _MAX_DECIMALS


@dataclass(frozen=True)
class Want:
    """What series to look for."""

    kinds: tuple[str, ...] = ("level",)
    flow: str | None = None
    partner: str | None = None  # None: the total (or a table without partners)
    filters: tuple[tuple[str, str], ...] = ()
    basis: str | None = None
    period: str | None = None
    words: str = ""  # the question, to judge qualifiers such as "Asia" or "seasonally adjusted"


def find_series(source: TableSource, plan: QueryPlan, want: Want) -> list[Series]:
    """Every series that fits, best first (tables the plan names first)."""
    scored: list[tuple[float, int, Series]] = []
    for order, card in enumerate(ordered_cards(source, plan)):
        frame: pd.DataFrame | None = None
        for measure in card.measures:
            if measure.kind not in want.kinds:
                continue
            keys = slice_keys(card, measure, want)
            if keys is None:
                continue
            if frame is None:
                frame = source.frame(card.id)
            series = build_series(card, frame, measure, keys)
            if not series.observations:
                continue
            scored.append((score(series, plan, want), order, series))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [series for _, _, series in scored]


def ordered_cards(source: TableSource, plan: QueryPlan) -> list[TableCard]:
    """The plan's tables first. When the question names another reporting economy
    ("Thailand's exports"), only the tables the planner found for it: another economy's
    table must never answer."""
    cards = source.cards()
    rank = {table_id: i for i, table_id in enumerate(plan.table_ids)}
    if getattr(plan, "reporter", None):
        cards = [c for c in cards if c.id in rank]
    return sorted(cards, key=lambda c: rank.get(c.id, len(rank)))


def slice_keys(card: TableCard, measure: Measure, want: Want) -> tuple[tuple[str, str], ...] | None:
    """Dimension values that select the wanted slice, or None when the table cannot."""
    keys: list[tuple[str, str]] = []
    flow = flow_key(want.flow) if want.flow else None
    if measure.flow and flow and flow_key(measure.flow) != flow:
        return None
    names = {d.name.casefold() for d in card.dimensions}
    columns = {a.casefold(): a for a in card.attributes}
    if any(k.casefold() not in names | set(columns) for k, _ in want.filters):
        return None
    # a filter on an attribute column (e.g. the reporter of a multi-reporter extract)
    keys.extend((columns[k.casefold()], v) for k, v in want.filters if k.casefold() in columns)
    if want.partner not in (None, ANY_PARTNER) and card.dimension("partner") is None:
        return None
    for dim in card.dimensions:
        chosen = _choose(dim.role, dim.name, dim.values, measure, want, flow)
        if chosen is False:
            return None
        if isinstance(chosen, str):
            keys.append((dim.name, chosen))
    if flow and not measure.flow and card.dimension("flow") is None:
        titled = title_flow(card)
        if titled is not None and titled != flow:
            return None
    return tuple(keys)


def _choose(
    role: str,
    name: str,
    values: Iterable[str],
    measure: Measure,
    want: Want,
    flow: str | None,
) -> str | bool | None:
    """The value to filter a dimension on; None: leave it; False: the table cannot serve."""
    values = tuple(values)
    explicit = next((v for k, v in want.filters if same(k, name)), None)
    if explicit is not None:
        return next((v for v in values if same(v, explicit)), False)
    if role == "partner":
        if want.partner == ANY_PARTNER:
            return None
        if want.partner is not None:
            return next((v for v in values if same(v, want.partner)), False)
        return next((v for v in values if is_total(v)), False)
    if role == "flow":
        if measure.flow:
            return None
        target = flow or "exports"
        return next((v for v in values if flow_key(v) == target), False)
    if len(values) <= 1:
        return None
    total = next((v for v in values if is_total(v)), None)
    if total is None and (role in {"commodity", "region"} or _REPORTER.search(name)):
        return False  # summing or picking one commodity silently would be wrong
    return total


def score(series: Series, plan: QueryPlan, want: Want) -> float:
    score = 0.0
    if series.card.id in plan.table_ids:
        score += 4.0
    if want.period is not None and series.at(want.period):
        score += 8.0 if series.published_at(want.period) else 7.0
    if want.basis is not None:
        basis = (series.measure.basis or "").lower()
        if basis == want.basis:
            score += 3.0
        elif basis and want.basis not in basis.split():
            score -= 3.0
    if want.flow and series.flow == flow_key(want.flow):
        score += 1.0
    score -= 2.0 * len(qualifiers(series.measure, want.words))
    if is_ytd(series.measure) and "ytd" not in want.words.lower():
        score -= 0.5
    return score + min(len(series.observations), 50) / 100


def qualifiers(measure: Measure, words: str) -> list[str]:
    """Words of a measure's name that narrow it and that the question did not use."""
    asked = set(re.findall(r"[a-z0-9]+", words.lower()))
    tokens = re.findall(r"[a-z0-9]+", f"{measure.name} {measure.label}".lower())
    return sorted(
        {t for t in tokens if t not in _NEUTRAL_TOKENS and t not in asked and not t.isdigit()}
    )

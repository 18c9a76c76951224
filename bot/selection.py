"""Choosing series for a plan: which tables, measures and dimension values fit.

`find_series` scores every slice of every table that can serve a `Want` (the kind of
figure, flow, partner, filters, basis and period asked) and returns them best first;
`slice_keys` says which dimension values select a slice, or that a table cannot.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from bot.records import QueryPlan
from bot.resolve import (
    Series,
    TableSource,
    build_series,
    flow_key,
    is_total,
    is_ytd,
    same,
    series_rows,
    title_flow,
)
from bot.vocabulary import canonical_flow, measure_flow
from lexicon.measures import terms_of
from vectorstore.records import Measure, TableCard

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
    adjusted = getattr(plan, "adjustment", None) == "sa"
    for order, card in enumerate(ordered_cards(source, plan)):
        frame: pd.DataFrame | None = None
        for measure in card.measures:
            if measure.kind not in want.kinds or _other_basis(measure, want):
                continue
            if seasonally_adjusted(measure) != adjusted and not adjusts_by_dimension(card):
                continue
            keys = slice_keys(card, measure, want)
            if keys is None or _one_of_parts(card, measure, want):
                continue
            if _narrowed_by_title(card, measure, want):
                continue
            if not terms_of(measure.label) <= terms_of(want.words):
                continue  # a real (volume) or price change never answers for a value one
            if frame is None:
                frame = source.frame(card.id)
            series = build_series(card, frame, measure, keys)
            if not series.observations or ambiguous(series, frame):
                continue
            scored.append((score(series, plan, want), order, series))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [series for _, _, series in scored]


_BASES = frozenset({"yoy", "mom", "qoq"})


def _other_basis(measure: Measure, want: Want) -> bool:
    """A published rate on another basis than the one asked (a year-on-year rate asked
    month on month): never the answer, whatever else fits."""
    return (
        measure.kind == "change_pct"
        and want.basis in _BASES
        and measure.basis in _BASES
        and measure.basis != want.basis
    )


_SEASONAL = re.compile(r"\bsa\b|seasonal(?:ly adjusted)?\b", re.I)


_TITLE_FLOW = re.compile(
    r"(?P<before>(?:[\w'’-]+\s+){1,4}?)(?:exports?|imports?|re-exports?)\b", re.I
)
_STOP_TITLE = frozenset(
    [
        "table",
        "exhibit",
        "annex",
        "value",
        "values",
        "of",
        "the",
        "and",
        "main",
        "principal",
        "selected",
        "major",
        "by",
        "total",
        "merchandise",
        "goods",
        "visible",
        "monthly",
        "annual",
        "quarterly",
        "yearly",
        "trade",
        "statistics",
        "fob",
        "cif",
        "domestic",
        "re",
        "top",
        "ten",
        "five",
        "twenty",
        "leading",
        "largest",
        "key",
        "biggest",
    ]
)


_FLOW_NAMING = frozenset({"national", "domestic"})  # "national exports" is a flow's name


def _narrowed_by_title(card: TableCard, measure: Measure, want: Want) -> bool:
    """A table whose title narrows its flow (``Non-oil and gas exports by destination``)
    answers only questions that use those words: never "total exports"."""
    from lexicon.places import find_places

    if card.dimension("flow") is not None:
        return False
    found = _TITLE_FLOW.search(card.title)
    if found is None:
        return False
    own = measure_flow(measure)
    if own is not None and own != canonical_flow(found.group(0)):
        return False  # "National exports, re-exports and imports": imports are not narrowed
    words = found.group("before")
    for place in find_places(words):
        words = words.replace(place.text, " ")
    tokens = {
        t
        for t in re.findall(r"[a-z]+", words.lower())
        if t not in _STOP_TITLE
        and t not in _NEUTRAL_TOKENS
        and t not in _FLOW_NAMING
        and len(t) > 2
    }
    asked = set(re.findall(r"[a-z]+", want.words.lower()))
    return bool(tokens) and not tokens <= asked  # "oil exports" is not "non-oil exports"


def _one_of_parts(card: TableCard, measure: Measure, want: Want) -> bool:
    """A level measure that is one of several of the same flow in its table (``Goods
    credits; rural goods`` beside ``...; non-rural goods``), with words the question did
    not use: one part never answers for the whole."""
    if measure.kind != "level" or not measure.flow or not qualifiers(measure, want.words):
        return False
    same = [
        m
        for m in card.measures
        if m is not measure
        and m.kind == "level"
        and m.flow == measure.flow
        and seasonally_adjusted(m) == seasonally_adjusted(measure)
    ]
    return len(same) >= 1 and all(qualifiers(m, want.words) for m in same)


def seasonally_adjusted(measure: Measure) -> bool:
    """Whether a measure's basis marks seasonal adjustment (``sa``, ``seasonally adjusted``):
    only questions asking for adjusted figures may use it, and those may use nothing else."""
    return bool(_SEASONAL.search((measure.basis or "").replace("_", " ")))


def ambiguous(series: Series, frame: pd.DataFrame) -> bool:
    """Several rows for one period that differ in a dimension the slice leaves open (no
    total among its values): taking the first would answer with an arbitrary row."""
    if len(series.observations) == len({o.period for o in series.observations}):
        return False
    chosen = {name for name, _ in series.keys}
    open_ = [
        d.name
        for d in series.card.dimensions
        if d.name not in chosen and len(d.values) > 1 and d.name in frame.columns
    ]
    if not open_:
        return False
    rows = series_rows(series.card, frame, series.measure.name, series.keys)
    return bool((rows[open_].nunique(dropna=False) > 1).any())


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
    has_flows = card.dimension("flow") is not None  # rows say the flow; the title's word does not
    if measure.flow and flow and flow_key(measure.flow) != flow and not has_flows:
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
        if any(m.flow for m in card.measures if m.kind == measure.kind):
            return None  # "Total" beside "Exports" and "Imports": total trade, not a flow
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
        return _the_total(values, want.words)
    if role == "flow":
        if measure.flow:
            return None
        target = flow or "exports"
        return next((v for v in values if flow_key(v) == target), False)
    if len(values) <= 1:
        return None
    adjusted = _adjustment_value(values, want)
    if adjusted is not None:
        return adjusted
    if role == "region" and want.partner is not None:
        return None  # a heading over the partners ("AFRICA" above "Uganda"): the partner
        # already picks the row (several rows left open are refused as ambiguous)
    total = _the_total(values, want.words)
    if total is False and (role in {"commodity", "region"} or _REPORTER.search(name)):
        return False  # summing or picking one commodity silently would be wrong
    return total or None


def _the_total(values: tuple[str, ...], words: str) -> str | bool:
    """The total row of a dimension; with several (``Total 1 (without gold)``, ``Total 2
    ("general" total)``), the one the question names by its own words, else False: picking
    one silently could answer with the wrong total."""
    totals = [v for v in values if is_total(v)]
    if len(totals) <= 1:
        return totals[0] if totals else False
    asked = set(re.findall(r"\w+", words.casefold()))
    tokens = {v: set(re.findall(r"\w+", v.casefold())) for v in totals}
    named = [
        v
        for v in totals
        if (tokens[v] - set().union(*(tokens[o] for o in totals if o != v))) & asked
    ]
    return named[0] if len(named) == 1 else False


_SA_VALUE = re.compile(r"^\s*(?:seasonally adjusted|s\.?a\.?|sa)\s*$", re.I)
_NSA_VALUE = re.compile(
    r"^\s*(?:unadjusted|not seasonally adjusted|non[- ]seasonally adjusted|n\.?s\.?a\.?|nsa|"
    r"original|raw|actual)\s*$",
    re.I,
)


def _adjustment_value(values: tuple[str, ...], want: Want) -> str | bool | None:
    """A dimension of seasonal adjustment (``Seasonally adjusted`` / ``Unadjusted``): the
    adjusted value when the question asks for it, else the unadjusted one."""
    adjusted = [v for v in values if _SA_VALUE.match(v)]
    plain = [v for v in values if _NSA_VALUE.match(v)]
    if not adjusted or not plain or len(adjusted) + len(plain) != len(values):
        return None
    wants_sa = bool(_SEASONAL.search(want.words)) and not _NSA_WORDS.search(want.words)
    return (adjusted if wants_sa else plain)[0]


@functools.lru_cache(maxsize=256)
def adjusts_by_dimension(card: TableCard) -> bool:
    """Whether a dimension says which rows are seasonally adjusted (then its value, not the
    measure, answers an adjusted question)."""
    return any(
        any(_SA_VALUE.match(v) for v in d.values) and any(_NSA_VALUE.match(v) for v in d.values)
        for d in card.dimensions
    )


_NSA_WORDS = re.compile(r"\bunadjusted\b|\bnot seasonally\b|\boriginal\b|\braw\b", re.I)


def score(series: Series, plan: QueryPlan, want: Want) -> float:
    score = 0.0
    if series.card.id in plan.table_ids:
        score += 4.0
    if want.period is not None and series.at(want.period):
        score += 8.0 if series.published_at(want.period) else 7.0
    score += measure_fit(series.measure, series.flow, want)
    return score + min(len(series.observations), 50) / 100


@functools.lru_cache(maxsize=4096)
def measure_fit(measure: Measure, flow: str | None, want: Want) -> float:
    """The part of `score` that depends on the measure only (the same for every partner
    of a ranking, so it is worked out once)."""
    score = 0.0
    if want.basis is not None:
        basis = (measure.basis or "").lower()
        if basis == want.basis:
            score += 3.0
        elif basis and want.basis not in basis.split():
            score -= 3.0
    if want.flow and flow == flow_key(want.flow):
        score += 1.0
    score -= 2.0 * len(qualifiers(measure, want.words))
    score += 0.5 * len(_asked_words(measure, want.words))  # "non-petroleum exports"
    if is_ytd(measure) and "ytd" not in want.words.lower():
        score -= 0.5
    return score


def _asked_words(measure: Measure, words: str) -> set[str]:
    """Words of a measure's label the question used (beyond the neutral ones)."""
    asked = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", words.lower())}
    tokens = re.findall(r"[a-z0-9]+", f"{measure.name} {measure.label}".lower())
    return {t for t in tokens if t not in _NEUTRAL_TOKENS and t.rstrip("s") in asked}


def qualifiers(measure: Measure, words: str) -> list[str]:
    """Words of a measure's name that narrow it and that the question did not use."""
    return list(_qualifiers(measure, words))


@functools.lru_cache(maxsize=4096)
def _qualifiers(measure: Measure, words: str) -> tuple[str, ...]:
    asked = set(re.findall(r"[a-z0-9]+", words.lower()))
    asked |= {a.rstrip("s") for a in asked}  # "semiconductor" asks for "Semiconductors"
    tokens = re.findall(r"[a-z0-9]+", f"{measure.name} {measure.label}".lower())
    return tuple(
        sorted(
            {
                t
                for t in tokens
                if t not in _NEUTRAL_TOKENS
                and t not in asked
                and t.rstrip("s") not in asked
                and not t.isdigit()
            }
        )
    )

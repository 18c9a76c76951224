"""One evaluator for the plan language: each node yields a `Value` with its own Figure.

A leaf (`Select`) is resolved once, against the best series (`Context.series`, which
also applies the trade identities); nodes combine their children's values with plain
arithmetic, refuse operands of different economies or units, and use every member of a
set or refuse, naming the members that have no value. The formula of each figure is
written from the node, and its sources are the union of its operands' rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context
from bot.marks import derived_mark
from bot.operands import combinable
from bot.plan.expressions import (
    Cagr,
    Change,
    ClaimCheck,
    Compare,
    Difference,
    Exists,
    Expr,
    Mean,
    Ratio,
    Select,
    Sum,
)
from bot.records import Figure, QueryPlan
from bot.resolve import Series, TableSource
from vectorstore.periods import label as period_label
from vectorstore.periods import parse


@dataclass(frozen=True)
class Value:
    """What a node yields: its figure (None when it could not be computed), every figure
    beneath it, and what was missing."""

    figure: Figure | None
    figures: tuple[Figure, ...] = ()
    missing: tuple[str, ...] = ()
    anchor: Series | None = None  # a series it rests on: the economy and unit to match
    verdict: str | None = None
    operands: tuple[Figure, ...] = ()  # the figures of its direct operands, in order
    names: tuple[str, ...] = ()  # what a ranking ranked, in the order of its figures
    exact: float | None = None  # the value before rounding (operands compute with it)

    @property
    def raw(self) -> float:
        """The value to compute with: exact where known, else the figure's."""
        if self.exact is not None:
            return self.exact
        return self.figure.value if self.figure is not None else math.nan

    @property
    def ok(self) -> bool:
        return self.figure is not None


def _failed(*reasons: str, figures: tuple[Figure, ...] = ()) -> Value:
    return Value(None, figures, tuple(dict.fromkeys(reasons)))


class Evaluator:
    """Evaluates expressions against the store's tables for one question."""

    def __init__(self, plan: QueryPlan, source: TableSource) -> None:
        self.plan = plan
        self.source = source
        self._leaves: dict[Select, Value] = {}

    @staticmethod
    def register(node: type, handler: Callable[[Evaluator, Any], Value]) -> None:
        """Add a node type (one function: node -> Value); nothing else changes."""
        _NODES[node] = handler

    def value(self, expr: Expr) -> Value:
        handler = _NODES.get(type(expr)) or _late(type(expr))
        if handler is None:
            return _failed(f"the operation {expr.op}")
        return handler(self, expr)

    def context(self, leaf: Select) -> Context:
        plan = replace(
            self.plan,
            flow=leaf.flow,
            partners=(leaf.partner,) if leaf.partner else (),
            filters=leaf.filters,
            measure_kind=leaf.measure,
            adjustment=leaf.adjustment,
            periods=(leaf.period,),
        )
        if leaf.reporter and leaf.reporter != self.plan.reporter:
            # a leaf of another economy (a follow-up's "that"): only that economy's tables
            plan = replace(plan, reporter=leaf.reporter, table_ids=self._tables_of(leaf.reporter))
        return Context(plan, self.source)

    def _tables_of(self, reporter: str) -> tuple[str, ...]:
        from bot.vocabulary import card_reporters
        from lexicon.places import place_key

        key = place_key(reporter)
        return tuple(c.id for c in self.source.cards() if key and key in card_reporters(c))

    def series(self, leaf: Select, *, at: bool = True) -> list[Series]:
        """The series that fit a leaf, best first (those with a value at its period, by
        identity when no table publishes one, when ``at``)."""
        ctx = self.context(leaf)
        period = leaf.period if at else None
        found = ctx.series(
            (leaf.measure,), leaf.partner, flow=leaf.flow, basis=leaf.basis, period=period
        )
        if leaf.label is None:
            return found
        return [s for s in found if s.measure.label.casefold() == leaf.label.casefold()]


def _select(ev: Evaluator, leaf: Select) -> Value:
    if leaf in ev._leaves:
        return ev._leaves[leaf]
    found = [s for s in ev.series(leaf) if s.at(leaf.period)]
    if not found and leaf.measure == "change_pct":
        found_value = _recomputed_rate(ev, leaf)
        ev._leaves[leaf] = found_value
        return found_value
    if not found:
        value = _failed(f"{_leaf_words(leaf)} in {period_label(leaf.period)}")
    else:
        series = found[0]
        obs = series.first(leaf.period)
        assert obs is not None
        fig = figs.published(series, obs)
        value = Value(fig, (fig,), anchor=series, exact=obs.value)
    ev._leaves[leaf] = value
    return value


def _recomputed_rate(ev: Evaluator, leaf: Select) -> Value:
    """A rate the table does not publish, from its levels (y-o-y unless m-o-m asked)."""
    from bot.findings import prior

    before = prior(leaf.period, leaf.basis or "yoy")
    now_leaf = leaf.model_copy(update={"measure": "level", "basis": None})
    then_leaf = now_leaf.model_copy(update={"period": before})
    return _change(ev, Change(now=now_leaf, before=then_leaf))


def _leaf_words(leaf: Select) -> str:
    what = {"change_pct": "the growth rate of ", "share_pct": "the share of "}.get(leaf.measure, "")
    joint = {"imports": "from", "balance": "with"}.get(leaf.flow, "to")
    where = f" {joint} {figs.the(leaf.partner)}" if leaf.partner else ""
    extra = f" ({', '.join(v for _, v in leaf.filters)})" if leaf.filters else ""
    return f"{what}{leaf.flow}{where}{extra}"


def _operands(ev: Evaluator, terms: Sequence[Expr]) -> tuple[list[Value], Value | None]:
    """Every term's value, or a failure naming those missing or not combinable."""
    values = [ev.value(t) for t in terms]
    missing = [m for v in values for m in v.missing]
    figures = tuple(f for v in values for f in v.figures)
    if missing:
        return values, _failed(*missing, figures=figures)
    anchors = [v.anchor for v in values if v.anchor is not None]
    if any(not combinable(anchors[0], a) for a in anchors[1:]):
        return values, _failed(
            "one figure from values of different economies or units", figures=figures
        )
    return values, None


@dataclass(frozen=True)
class _Pair:
    """Two operands that may be combined: their values and figures."""

    values: list[Value]
    first: Figure
    second: Figure


def _pair(ev: Evaluator, a: Expr, b: Expr) -> _Pair | Value:
    """The two operands of a binary node, or the failure naming what is missing."""
    values, failed = _operands(ev, (a, b))
    if failed is not None:
        return failed
    first, second = values[0].figure, values[1].figure
    assert first is not None
    assert second is not None
    return _Pair(values, first, second)


def _figure(
    label: str,
    value: float,
    unit: str,
    decimals: int,
    formula: str,
    parts: Sequence[Value],
    *,
    at: int = 0,
) -> Figure:
    """A node's figure; its period is that of operand ``at`` (the later one of a change)."""
    if unit == "%":
        decimals = max(decimals, fmt.rate_decimals(value))
    shown = _shown(value, unit, decimals)
    ops = [v.figure for v in parts if v.figure is not None]
    return Figure(
        label=label,
        value=fmt.round_half_up(value, decimals),
        unit=unit,
        formula=f"{formula} = {shown}",
        sources=tuple(dict.fromkeys(s for f in ops for s in f.sources)),
        display=shown,
        period=ops[at].period if ops else None,
        table_id=ops[0].table_id if ops else None,
        names=tuple(dict.fromkeys(n for f in ops for n in f.names)),
        mark=derived_mark(*ops),
    )


def _shown(value: float, unit: str, decimals: int) -> str:
    if unit == "%":
        return fmt.percent(value)
    if unit == "pp":
        return fmt.points(value)
    return fmt.display(value, unit, decimals)


def _decimals(values: Sequence[Value]) -> int:
    return max(fmt.decimals_of(v.figure.display) for v in values if v.figure is not None)


def _op(v: Value) -> str:
    assert v.figure is not None
    return fmt.operand(v.figure.value, fmt.decimals_of(v.figure.display))


def _unit(values: Sequence[Value]) -> str:
    assert values[0].figure is not None
    return values[0].figure.unit


def _total(ev: Evaluator, node: Sum) -> Value:
    values, failed = _operands(ev, node.terms)
    if failed is not None:
        return failed
    twice = _counted_twice(values)
    if twice:  # a total made of re-exports, plus re-exports again
        return _failed(f"a sum that would count {twice} twice")
    raw = sum(v.raw for v in values)
    label = "Sum of " + fmt.join_words([_label_of(v) for v in values])
    fig = _figure(
        label, raw, _unit(values), _decimals(values), " + ".join(_op(v) for v in values), values
    )
    return _node_value(fig, values, raw)


def _counted_twice(values: Sequence[Value]) -> str:
    """The flow a sum would count twice: a total made by a trade identity beside one of the
    parts it is made of; "" when none is."""
    from bot.evaluate.identities import DerivedSeries

    made = [v.anchor for v in values if isinstance(v.anchor, DerivedSeries)]
    flows = {v.anchor.flow for v in values if v.anchor is not None}
    for series in made:
        parts = {t.flow for t in series.identity.terms} if series.identity else set()
        twice = sorted(f for f in parts & flows if f)
        if twice:
            return twice[0]
    return ""


def _mean(ev: Evaluator, node: Mean) -> Value:
    values, failed = _operands(ev, node.terms)
    if failed is not None:
        return failed
    raw = sum(v.raw for v in values) / len(values)
    unit = _unit(values)
    decimals = fmt.PERCENT_DECIMALS if unit in ("%", "pp") else _decimals(values)
    operands = " + ".join(_op(v) for v in values)
    label = "Mean of " + fmt.join_words([_label_of(v) for v in values])
    fig = _figure(label, raw, unit, decimals, f"({operands}) / {len(values)}", values)
    return _node_value(fig, values, raw)


def _difference(ev: Evaluator, node: Difference) -> Value:
    pair = _pair(ev, node.left, node.right)
    if isinstance(pair, Value):
        return pair
    values, left = pair.values, pair.first
    label = f"{_label_of(values[0])} minus {_label_of(values[1])}"
    formula = f"{_op(values[0])} - {_op(values[1])}"
    raw = values[0].raw - values[1].raw
    unit = "pp" if left.unit == "%" else left.unit  # rates differ by percentage points
    decimals = fmt.PERCENT_DECIMALS if unit == "pp" else _decimals(values)
    fig = _figure(label, raw, unit, decimals, formula, values)
    return _node_value(fig, values, raw)


def _ratio(ev: Evaluator, node: Ratio) -> Value:
    pair = _pair(ev, node.part, node.whole)
    if isinstance(pair, Value):
        return pair
    values, part, whole = pair.values, pair.first, pair.second
    if whole.value == 0 or part.unit != whole.unit:
        return _failed("a ratio of these values (a zero or different unit)")
    if node.of_whole and abs(values[0].raw) > abs(values[1].raw) * 1.0005:
        # a share above 100%: the two values are not a total and one of its parts
        return _failed("a total that holds that part (the part is larger than the total found)")
    label = f"{_label_of(values[0])} as a percentage of {_label_of(values[1])}"
    formula = f"{_op(values[0])} / {_op(values[1])} x 100"
    raw = values[0].raw / values[1].raw * 100
    fig = _figure(label, raw, "%", 1, formula, values)
    return _node_value(fig, values, raw)


def _change(ev: Evaluator, node: Change) -> Value:
    pair = _pair(ev, node.now, node.before)
    if isinstance(pair, Value):
        return pair
    values, now, before = pair.values, pair.first, pair.second
    if before.value <= 0 or now.value < 0:
        return _failed("a percentage change of values at or below zero")
    label = f"Change of {_label_of(values[0])} over {_label_of(values[1])}"
    formula = f"({_op(values[0])} / {_op(values[1])} - 1) x 100"
    raw = (values[0].raw / values[1].raw - 1) * 100
    fig = _figure(label, raw, "%", 1, formula, values, at=0)
    return _node_value(fig, values, raw)


def _cagr(ev: Evaluator, node: Cagr) -> Value:
    pair = _pair(ev, node.first, node.last)
    if isinstance(pair, Value):
        return pair
    values, first, last = pair.values, pair.first, pair.second
    if first.value <= 0 or last.value <= 0:
        return _failed("a compound growth rate of values at or below zero")
    rate = ((values[1].raw / values[0].raw) ** (1 / node.years) - 1) * 100
    years = fmt.number(node.years, 0 if float(node.years).is_integer() else 2)
    label = f"Compound annual growth rate, {_label_of(values[0])} to {_label_of(values[1])}"
    formula = f"(({_op(values[1])} / {_op(values[0])}) ^ (1 / {years}) - 1) x 100"
    fig = _figure(label, rate, "%", 1, formula, values, at=1)
    return _node_value(fig, values, rate)


_TESTS: dict[str, Callable[[float, float], bool]] = {
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
}


def in_unit(have: Sequence[Value], unit: str | None) -> list[tuple[float, Value]] | Value:
    """Each value in the unit a threshold is written in (``HK$ 400 bn`` against a table in
    HK$ million), or a failure when they are of different units or economies."""
    from bot.claims import unit_factor

    scaled: list[tuple[float, Value]] = []
    for v in have:
        assert v.anchor is not None
        rate = unit in ("%", "pp") and v.figure is not None and v.figure.unit in ("%", "pp")
        factor = unit_factor(unit, v.anchor) if unit and not rate else 1.0
        if factor is None or not combinable(have[0].anchor, v.anchor):  # type: ignore[arg-type]
            return _failed(f"values in {unit}" if unit else "values in one unit")
        scaled.append((v.raw * factor, v))
    return scaled


def _any(ev: Evaluator, node: Exists) -> Value:
    """Whether any term passes the test; the threshold is read in the question's unit. An
    annual table asked about the months of whole years is asked about those years."""
    values = [ev.value(t) for t in node.terms]
    have = [v for v in values if v.figure is not None and v.anchor is not None]
    yearly = _as_years(node) if not have else None
    if yearly is not None:
        values = [ev.value(t) for t in yearly.terms]
        have = [v for v in values if v.figure is not None and v.anchor is not None]
    missing = [m for v in values for m in v.missing]
    if not have:
        return _failed(*(missing or ["any value in those periods"]))
    test = _TESTS[node.test]
    scaled = in_unit(have, node.unit)
    if isinstance(scaled, Value):
        return scaled
    passed = [v for x, v in scaled if test(x, node.threshold)]
    if passed:
        figures = tuple(v.figure for v in passed if v.figure is not None)
        return Value(figures[0], figures, anchor=passed[0].anchor, verdict="yes")
    if missing:  # no value passed, but some periods have no value: cannot say "never"
        return _failed(*missing)
    pick = min if node.test in ("lt", "le") else max
    closest = pick(scaled, key=lambda item: item[0])[1]
    assert closest.figure is not None
    return Value(closest.figure, (closest.figure,), anchor=closest.anchor, verdict="no")


def _as_years(node: Exists) -> Exists | None:
    """The node over years, when its terms are every month of two or more whole years."""
    leaves = [t for t in node.terms if isinstance(t, Select)]
    if len(leaves) != len(node.terms) or len(leaves) < 24 or len(leaves) % 12:
        return None
    first = parse(leaves[0].period)
    if first.kind != "month" or first.start % 12:
        return None
    years = [leaves[i].model_copy(update={"period": str(parse(leaves[i].period).start_year)})
             for i in range(0, len(leaves), 12)]  # fmt: skip
    return node.model_copy(update={"terms": tuple(years)})


def _compare(ev: Evaluator, node: Compare) -> Value:
    pair = _pair(ev, node.left, node.right)
    if isinstance(pair, Value):
        return pair
    values, left, right = pair.values, pair.first, pair.second
    verdict = "yes" if _TESTS[node.test](values[0].raw, values[1].raw) else "no"
    below = tuple(dict.fromkeys(f for v in values for f in v.figures))
    return Value(left, below, anchor=values[0].anchor, verdict=verdict, operands=(left, right))


def _claim(ev: Evaluator, node: ClaimCheck) -> Value:
    from bot.claims import claim_unit, unit_factor
    from bot.records import Claim
    from bot.tolerance import agrees

    found = ev.value(node.expr)
    if found.figure is None or found.anchor is None:
        return found
    stated = Claim(node.stated, node.unit, node.text)
    unit = claim_unit(stated)  # a bare "$ bn" in a claim that writes NZ$ is NZ$ bn
    computed_rate = unit in ("%", "pp") and found.figure.unit in ("%", "pp")
    factor = 1.0 if computed_rate or not unit else unit_factor(unit, found.anchor)
    if factor is None:
        return _failed(f"a figure in {unit} to check the claim against")
    agree = agrees(stated, found.raw * factor)
    return replace(found, verdict="supported" if agree else "contradicted")


def _label_of(value: Value) -> str:
    fig = value.figure
    if fig is None:
        return "?"
    text = fig.label
    return text[:1].lower() + text[1:] if not text[:2].isupper() else text


def _node_value(fig: Figure, values: Sequence[Value], exact: float | None = None) -> Value:
    below = tuple(dict.fromkeys(f for v in values for f in v.figures))
    operands = tuple(v.figure for v in values if v.figure is not None)
    anchor = next((v.anchor for v in values if v.anchor), None)
    return Value(fig, (*below, fig), anchor=anchor, operands=operands, exact=exact)


_NODES: dict[type, Callable[[Evaluator, Any], Value]] = {
    Select: _select,
    Sum: _total,
    Mean: _mean,
    Difference: _difference,
    Ratio: _ratio,
    Change: _change,
    Cagr: _cagr,
    Exists: _any,
    Compare: _compare,
    ClaimCheck: _claim,
}


def _late(node: type) -> Callable[[Evaluator, Any], Value] | None:
    """Nodes defined in their own modules (which import this one)."""
    from bot.evaluate.counts import count
    from bot.evaluate.ranks import rank
    from bot.plan.expressions import Count, Rank

    _NODES.setdefault(Rank, rank)
    _NODES.setdefault(Count, count)
    return _NODES.get(node)

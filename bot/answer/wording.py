"""The sentences an evaluated expression is answered with.

Each sentence names what was computed in the question's terms and states the node's
figure by its display (so the evidence check can trace every number); the formula and
source rows travel with the figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot import formatting as fmt
from bot.context import Findings
from bot.evaluate.nodes import Value
from bot.figures import the
from bot.findings import cap
from bot.plan.expressions import (
    Cagr,
    Change,
    ClaimCheck,
    Compare,
    Count,
    Difference,
    Exists,
    Expr,
    Mean,
    Rank,
    Ratio,
    Select,
    Sum,
)
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_TESTS = {
    "gt": "above", "ge": "at or above", "lt": "below", "le": "at or below", "eq": "equal to",
    "ne": "other than",
}  # fmt: skip
_JOINT = {"imports": "from", "balance": "with", "trade balance": "with"}


def findings(expr: Expr, value: Value) -> Findings:
    """The lead and figures for one evaluated part."""
    if value.figure is None:
        missing = fmt.join_words(list(value.missing)) or "what was asked"
        lead = f"I cannot compute that: the tables have no figure for {missing}."
        return Findings(lead, answered=False)
    lead = _lead(expr, value)
    return Findings(lead, value.figures, ranked=_ranked(expr, value))


def _ranked(expr: Expr, value: Value) -> tuple[str, ...]:
    if not isinstance(expr, Rank):
        return ()
    return tuple(n for n in value.names if n)


def _lead(expr: Expr, value: Value) -> str:
    fig = value.figure
    assert fig is not None
    if isinstance(expr, Sum):
        return f"Combined, {subject(expr)} came to {fig.display} in {_when(expr)}."
    if isinstance(expr, Mean):
        return f"The average {_mean_words(expr)} over {_span(expr)} was {fig.display}."
    if isinstance(expr, Change):
        verb = "rose" if fig.value > 0 else "fell" if fig.value < 0 else "did not change"
        size = fmt.unsigned(fig.display) if fig.value else ""
        return (
            f"{cap(subject(expr.now))} {verb} {size} in {_when(expr.now)} compared with "
            f"{_when(expr.before)}."
        ).replace("  ", " ")
    if isinstance(expr, Cagr):
        return (
            f"{cap(subject(expr.first))} grew at a compound annual rate of {fig.display} "
            f"from {_when(expr.first)} to {_when(expr.last)}."
        )
    if isinstance(expr, Ratio):
        part, whole = value.operands if len(value.operands) == 2 else (None, None)
        sizes = f" ({part.display} of {whole.display})" if part and whole else ""
        first, second = subject(expr.part), subject(expr.whole)
        when = [_period_of(e) for e in (expr.part, expr.whole)]
        if when[0] and when[1] and when[0] != when[1]:  # "October 2025 ... of 2025's"
            first += f" in {period_label(when[0])}"
            second += f" in {period_label(when[1])}"
        return f"{cap(first)} was {fig.display} of {second}{sizes}."
    own = _LEADS.get(type(expr))
    if own is not None:
        return own(expr, value)
    if isinstance(expr, Select):
        return f"{cap(subject(expr))} was {fig.display} in {_when(expr)}."
    return f"{fig.label}: {fig.display}."


def _leads() -> dict[type, Callable[[Any, Value], str]]:
    return {
        Difference: _difference_lead,
        Rank: _rank_lead,
        Exists: _any_lead,
        Count: _count_lead,
        ClaimCheck: _claim_lead,
        Compare: _compare_lead,
    }


def _period_of(expr: Expr) -> str | None:
    """The one period a leaf (or a sum of leaves of one period) is for."""
    if isinstance(expr, Select):
        return expr.period
    if isinstance(expr, Sum):
        periods = {_period_of(t) for t in expr.terms}
        return periods.pop() if len(periods) == 1 else None
    return None


def subject(expr: Expr) -> str:
    """What an expression is about, in words: ``exports to Korea, India and Vietnam``."""
    if isinstance(expr, Select):
        flow = "trade balance" if expr.flow == "balance" else expr.flow
        rate = {"change_pct": "the growth rate of ", "share_pct": "the share of "}
        words = rate.get(expr.measure, "") + (flow if expr.partner else f"total {flow}")
        if expr.partner:
            words += f" {_JOINT.get(flow, 'to')} {the(expr.partner)}"
        extra = [v for _, v in expr.filters if not v.casefold().startswith("total")]
        return f"{words} ({', '.join(extra)})" if extra else words
    if isinstance(expr, Sum | Mean):
        leaves = [t for t in expr.terms if isinstance(t, Select)]
        if expr.over == "partners" and leaves:
            flow = leaves[0].flow
            names = fmt.join_words([the(t.partner or "the total") for t in leaves])
            return f"{flow} {_JOINT.get(flow, 'to')} {names}"
        if expr.over == "flows" and leaves:
            return fmt.join_words([subject(t) for t in leaves])
        if expr.over == "products" and leaves:
            products = [", ".join(v for _, v in t.filters) for t in leaves]
            base = subject(leaves[0].model_copy(update={"filters": ()}))
            return f"{base} of {fmt.join_words(products)}"
        if leaves:
            return subject(leaves[0])
    if isinstance(expr, Change):
        return f"the change of {subject(expr.now)}"
    return "the result"


def _mean_words(expr: Mean) -> str:
    """``year-on-year growth rate of re-exports``; ``of exports to Japan and Korea``."""
    leaves = [t for t in expr.terms if isinstance(t, Select)]
    if expr.over == "periods" and leaves and leaves[0].measure == "change_pct":
        basis = "month-on-month" if leaves[0].basis == "mom" else "year-on-year"
        rest = subject(leaves[0].model_copy(update={"measure": "level"}))
        return f"{basis} growth rate of {rest.removeprefix('total ')}"
    return f"of {subject(expr)}"


def _when(expr: Expr) -> str:
    if isinstance(expr, Select):
        return period_label(expr.period)
    if isinstance(expr, Sum | Mean) and expr.over != "periods":
        return _when(expr.terms[0])
    if isinstance(expr, Sum | Mean):
        return _span(expr)
    return ""


def _span(expr: Sum | Mean | Exists | Count) -> str:
    periods = [t.period for t in expr.terms if isinstance(t, Select)]
    periods += [t.left.period for t in expr.terms if isinstance(t, Difference)]  # type: ignore[union-attr]
    if not periods:
        return ""
    first, last = period_label(periods[0]), period_label(periods[-1])
    return first if first == last else f"{first} to {last}"


_COMPARED = {"gt": "larger than", "ge": "at least as large as", "lt": "smaller than",
             "le": "at most as large as"}  # fmt: skip


def _compare_lead(expr: Compare, value: Value) -> str:
    left, right = value.operands
    answer = "Yes" if value.verdict == "yes" else "No"
    verb = _be(subject(expr.left))
    first, second = _when(expr.left), _when(expr.right)
    if first != second:  # one series in two periods: "in 2024 ... than in 2023"
        return (
            f"{answer}: {subject(expr.left)} in {first} ({left.display}) {verb}"
            f"{'' if value.verdict == 'yes' else ' not'} {_COMPARED[expr.test]} "
            f"in {second} ({right.display})."
        )
    return (
        f"{answer}: {subject(expr.left)} ({left.display}) {verb}"
        f"{'' if value.verdict == 'yes' else ' not'} {_COMPARED[expr.test]} "
        f"{subject(expr.right)} ({right.display}) in {first}."
    )


def _claim_lead(expr: ClaimCheck, value: Value) -> str:
    """As the built-in claim check words it: ``The table agrees with the claim: it gives
    ... for ...`` or ``The table does not support the claim: it gives ..., not ...``."""
    fig = value.figure
    assert fig is not None
    what = subject(expr.expr)
    gives = fig.display
    if isinstance(expr.expr, Select) and expr.expr.flow == "balance":
        what = what.removeprefix("total ")
        side = "a deficit of " if fig.value < 0 else "a surplus of " if fig.value > 0 else ""
        gives = f"{side}{fmt.unsigned(fig.display)}"
    when = _when(expr.expr)
    change = expr.expr
    if isinstance(change, Ratio) and isinstance(change.part, Select):
        what = f"the share of {subject(change.part)} in {subject(change.whole)}"
        when = _when(change.part)
    if _over_time(change):
        assert isinstance(change, Difference)
        what = f"the change in {subject(change.left).removeprefix('total ')}"
        when = f"{_when(change.right)} to {_when(change.left)}"
        gives = fig.display
    if value.verdict == "supported":
        return f"The table agrees with the claim: it gives {gives} for {what}, {when}."
    return f"The table does not support the claim: it gives {gives} for {what}, {when}."


def _difference_lead(expr: Difference, value: Value) -> str:
    fig = value.figure
    assert fig is not None
    left, right = value.operands
    if isinstance(expr.left, Select) and isinstance(expr.right, Select):
        same = expr.left.model_copy(update={"period": expr.right.period}) == expr.right
        if same:
            verb = "rose" if fig.value > 0 else "fell" if fig.value < 0 else "did not change"
            size = f" by {fmt.unsigned(fig.display)}" if fig.value else ""
            return (
                f"{cap(subject(expr.left))} {verb}{size} from {_when(expr.right)} "
                f"({right.display}) to {_when(expr.left)} ({left.display})."
            )
    return (
        f"{cap(subject(expr.left))} minus {subject(expr.right)} was {fig.display} "
        f"({left.display} - {right.display})."
    )


def _rank_lead(expr: Rank, value: Value) -> str:
    fig = value.figure
    assert fig is not None
    if expr.over == "periods":
        return _period_rank_lead(expr, value)
    by = expr.by
    superlative = {
        ("level", "desc"): "largest",
        ("level", "asc"): "smallest",
        ("change_pct", "desc"): "fastest-growing",
        ("change_pct", "asc"): "slowest-growing",
    }.get((by.measure, expr.order), "first")
    place = f"{_ordinal(expr.nth)} " if expr.nth else ""
    role = "source of imports" if by.flow == "imports" else f"market for {by.flow}"
    if expr.over == "products":
        role = f"{'group of products' if expr.level == 'groups' else 'product'} in {by.flow}"
    excluded = (
        f"Apart from {fmt.join_words([the(x) for x in expr.exclude])}, the"
        if expr.exclude
        else "The"
    )
    if _outside_the_eu(expr.exclude):
        excluded = "Outside the EU, the"
    if expr.among:
        from lexicon.places import display_name

        excluded = f"Among the members of the {display_name(expr.among)}, the"
    names = list(value.names) or [f.label for f in value.figures]
    if len(value.figures) == 1:
        return (
            f"{excluded} {place}{superlative} {role} in {period_label(by.period)} was "
            f"{the(names[0])}, with {fig.display}."
        )
    listed = "; ".join(f"{the(n)} ({f.display})" for n, f in zip(names, value.figures, strict=True))
    roles = role.replace("product in", "products in") if expr.over == "products" else f"{role}s"
    return f"{excluded} {superlative} {roles} in {period_label(by.period)} were {listed}."


def _period_rank_lead(expr: Rank, value: Value) -> str:
    fig = value.figure
    assert fig is not None
    by = expr.by
    word = {
        ("level", "desc"): "highest", ("level", "asc"): "lowest",
        ("change_pct", "desc"): "fastest growth in", ("change_pct", "asc"): "slowest growth in",
    }.get((by.measure, expr.order), "highest")  # fmt: skip
    place = f"{_ordinal(expr.nth)}-" if expr.nth else ""
    what = subject(by.model_copy(update={"measure": "level"}))
    grain = expr.grain or "month"
    return (
        f"The {grain} of {period_label(by.period)} with the {place}{word} {what} was "
        f"{period_label(fig.period or '')}, with {fig.display}."
    )


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth"}.get(n, "next")  # fmt: skip


def _count_lead(expr: Count, value: Value) -> str:
    """``Total exports were above NOK 140,000 million in 4 of the 12 months from January
    2025 to December 2025: ...``."""
    fig = value.figure
    assert fig is not None
    one = expr.terms[0]
    n, of = int(fig.value), len(expr.terms)
    grain = _grain(expr)
    hits = "; ".join(f"{period_label(f.period or '')} ({f.display})" for f in value.operands)
    listed = f": {hits}" if hits else ""
    if isinstance(one, Select) and expr.threshold == 0 and one.flow == "balance":
        side = "a deficit" if expr.test in ("lt", "le") else "a surplus"
        what = subject(one).removeprefix("total ")
        return f"The {what} was {side} in {n} of the {of} {grain} from {_span(expr)}{listed}."
    if isinstance(one, Select) and one.measure == "change_pct" and expr.threshold == 0:
        verb = "fell" if expr.test in ("lt", "le") else "rose"
        what = subject(one.model_copy(update={"measure": "level"}))
        basis = "month on month" if one.basis == "mom" else "year on year"
        return f"{cap(what)} {verb} {basis} in {n} of the {of} {grain} from {_span(expr)}{listed}."
    limit = _limit(expr)
    what = subject(one)
    verb = _be(what)
    return (
        f"{cap(what)} {verb} {_TESTS[expr.test]} {limit} in {n} of the {of} {grain} from "
        f"{_span(expr)}{listed}."
    )


def _over_time(expr: Expr) -> bool:
    """A difference of one series in two periods (a claimed widening of a deficit)."""
    return (
        isinstance(expr, Difference)
        and isinstance(expr.left, Select)
        and isinstance(expr.right, Select)
        and expr.left.period != expr.right.period
    )


def _be(what: str) -> str:
    """``were`` for flows (``exports to the Russian Federation``), else ``was``."""
    plural = re.match(r"(?:the )?(?:total )?(?:domestic )?(?:re-)?(?:exports|imports)\b", what)
    return "were" if plural or what.endswith("s") else "was"


def _outside_the_eu(names: tuple[str, ...]) -> bool:
    from lexicon.groupings import EU_MEMBERS
    from lexicon.places import place_key

    return len(names) == len(EU_MEMBERS) and {place_key(n) for n in names} == EU_MEMBERS


def one_pair(expr: Exists) -> tuple[Select, Select] | None:
    """The two series an existence test compares month by month (its terms differences
    of the same two series against zero), or None."""
    if expr.threshold != 0 or not expr.terms:
        return None
    pairs = {
        (t.left.model_copy(update={"period": ""}), t.right.model_copy(update={"period": ""}))
        for t in expr.terms
        if isinstance(t, Difference) and isinstance(t.left, Select) and isinstance(t.right, Select)
    }
    if len(pairs) != 1 or len(expr.terms) != sum(isinstance(t, Difference) for t in expr.terms):
        return None
    first = expr.terms[0]
    assert isinstance(first, Difference)
    return first.left, first.right  # type: ignore[return-value]


def _limit(expr: Exists | Count) -> str:
    """The threshold as the question wrote it, in its unit (``NOK 140,000 mn``, ``5.0%``)."""
    if expr.unit == "%":
        return fmt.percent(expr.threshold)
    return fmt.display(expr.threshold, expr.unit, fmt.written_decimals(expr.threshold))


def _grain(expr: Count) -> str:
    periods = [t.period for t in expr.terms if isinstance(t, Select)]
    kinds = {parse(p).kind for p in periods}
    return {"month": "months", "quarter": "quarters", "year": "years"}.get(
        kinds.pop() if len(kinds) == 1 else "", "periods"
    )


def _any_lead(expr: Exists, value: Value) -> str:
    one = expr.terms[0] if len(expr.terms) == 1 else None
    if isinstance(one, Select) and one.flow == "balance" and expr.threshold == 0:
        fig = value.figure
        assert fig is not None
        side = "deficit" if fig.value < 0 else "surplus" if fig.value > 0 else "balance"
        answer = "Yes" if value.verdict == "yes" else "No"
        what = subject(one).removeprefix("total ")
        return (
            f"{answer}: the {what} was a {side} of {fmt.unsigned(fig.display)} in {_when(one)}."
        ).replace("a balance of", "in balance at")
    if isinstance(one, Select) and one.measure == "change_pct" and expr.threshold == 0:
        fig = value.figure
        assert fig is not None
        answer = "Yes" if value.verdict == "yes" else "No"
        what = subject(one.model_copy(update={"measure": "level"}))
        verb = "rose" if fig.value > 0 else "fell" if fig.value < 0 else "did not change"
        size = f" {fmt.unsigned(fig.display)}" if fig.value else ""
        basis = "month on month" if one.basis == "mom" else "year on year"
        return f"{answer}: {what} {verb}{size} {basis} in {_when(one)}."
    pair = one_pair(expr)
    if pair is not None:  # "any month when imports were larger than exports"
        left, right = (subject(x) for x in pair)
        side = "larger" if expr.test in ("gt", "ge") else "smaller"
        if value.verdict == "yes":
            hits = "; ".join(
                f"{period_label(f.period or '')} (by {fmt.unsigned(f.display)})"
                for f in value.figures
            )
            verb = _be(left)
            return f"Yes: {left} {verb} {side} than {right} in {hits}."
        verb = _be(left)
        return f"No: {left} {verb} never {side} than {right} from {_span(expr)}."
    test = _TESTS[expr.test]
    what = subject(expr.terms[0]) if expr.terms else "the values"
    limit = _limit(expr)
    when = _span(expr)
    if value.verdict == "yes":
        hits = "; ".join(f"{period_label(f.period or '')} ({f.display})" for f in value.figures)
        return f"Yes: {what} {_be(what)} {test} {limit} in {hits}."
    fig = value.figure
    assert fig is not None
    side = "lowest" if expr.test in ("lt", "le") else "highest"
    return (
        f"No: {what} {_be(what)} never {test} {limit} from "
        f"{when}; the {side} was {fig.display} in {period_label(fig.period or '')}."
    )


_LEADS = _leads()

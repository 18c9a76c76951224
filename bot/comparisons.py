"""The compare intent: two partners, two flows or two periods side by side."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import charts
from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, no_data
from bot.findings import cap, compare_periods, sentence, what_of
from bot.operands import combinable
from bot.resolve import Observation, Series, period_order
from vectorstore.keyword import STOPWORDS


def compare(ctx: Context) -> Findings:
    kinds = ctx.kinds(("change_pct", "level") if ctx.asks_growth() else ("level", "change_pct"))
    if len(ctx.plan.partners) < 2 and len(set(ctx.plan.periods)) == 2 and not ctx.plan.flows:
        return compare_periods(ctx, kinds)
    goods = _two_goods(ctx)
    if goods is not None:
        for kind in dict.fromkeys(kinds):
            left, right = (ctx.series((kind,), None, period=ctx.period) for ctx in goods)
            found = _common(ctx, left, right)
            if found is not None:
                return _compare_found(found)
    sides: list[tuple[str | None, str | None]]
    if len(ctx.plan.partners) >= 2:
        sides = [(p, None) for p in ctx.plan.partners[:2]]
    else:
        partner = ctx.plan.partners[0] if ctx.plan.partners else None
        flows = list(getattr(ctx.plan, "flows", ())[:2]) or ["exports", "imports"]
        sides = [(partner, f) for f in (flows if len(flows) == 2 else ["exports", "imports"])]
    for kind in dict.fromkeys(kinds):
        found = _pair(ctx, kind, sides)
        if found is not None:
            return _compare_found(found)
    what = " and ".join(what_of(ctx, p) if f is None else f for p, f in sides)
    return no_data(ctx, what, ctx.period, None)


def _pair(
    ctx: Context, kind: str, sides: list[tuple[str | None, str | None]]
) -> list[tuple[Series, Observation]] | None:
    """One series per side with a value for the same period (the latest both have)."""
    left = ctx.series((kind,), sides[0][0], flow=sides[0][1], period=ctx.period)
    right = ctx.series((kind,), sides[1][0], flow=sides[1][1], period=ctx.period)
    return _common(ctx, left, right)


def _two_goods(ctx: Context) -> tuple[Context, Context] | None:
    """Two values of one dimension to compare (two kinds of goods of a table), each side
    a context filtered on one of them; None when the question is about anything else."""
    filters = ctx.plan.filters
    if ctx.plan.partners or getattr(ctx.plan, "flows", ()) or len(filters) != 2:
        return None
    if filters[0][0] != filters[1][0] or len(set(ctx.plan.periods)) > 1:
        return None
    words = [_words(value) for _, value in filters]
    own = [words[0] - words[1], words[1] - words[0]]  # what tells the two apart
    at = [_named_at(ctx.plan.question, mine or both) for mine, both in zip(own, words, strict=True)]
    ordered = [f for _, f in sorted(zip(at, filters, strict=True), key=lambda pair: pair[0])]
    one, other = (replace(ctx, plan=replace(ctx.plan, filters=(f,))) for f in ordered)
    return one, other


def _words(value: str) -> set[str]:
    """A value's words of three letters or more, stopwords ("and", "of") left out."""
    return {w for w in re.findall(r"[a-z]{3,}", value.lower()) if w not in STOPWORDS}


def _named_at(question: str, words: set[str]) -> int:
    """Where the question first uses one of a value's words: the sides of "how much
    larger was A than B" keep the question's order (words the two values share, such as
    "products", and stopwords do not count)."""
    text = question.lower()
    found = [
        match.start()
        for word in words
        if (match := re.search(rf"\b{re.escape(word)}", text)) is not None
    ]
    return min(found, default=len(text))


def _common(
    ctx: Context, left: list[Series], right: list[Series]
) -> list[tuple[Series, Observation]] | None:
    """The first pair of series (best first, one economy and unit first) with a value for
    the same period: the one asked, else the latest both have."""
    pairs = [(a, b) for a in left[:3] for b in right[:3]]
    pairs.sort(key=lambda pair: not combinable(*pair))  # one economy and unit first
    for a, b in pairs:
        common = set(a.periods()) & set(b.periods())
        if ctx.period is not None:  # a span either publishes or sums from its months
            common = {ctx.period} if a.at(ctx.period) and b.at(ctx.period) else set()
        if common:
            when = max(common, key=period_order)
            a_obs, b_obs = a.first(when), b.first(when)
            assert a_obs is not None
            assert b_obs is not None
            return [(a, a_obs), (b, b_obs)]
    return None


def _compare_found(found: list[tuple[Series, Observation]]) -> Findings:
    (a, a_obs), (b, b_obs) = found
    fa, fb = figs.published(a, a_obs), figs.published(b, b_obs)
    parts = [sentence(a, fa, a_obs.period), sentence(b, fb, b_obs.period)]
    figures = [fa, fb]
    rates = a.measure.kind == b.measure.kind != "level" and fmt.is_percent(a.unit)
    same_unit = combinable(a, b) and a_obs.period == b_obs.period
    if same_unit:
        unit = "pp" if rates else a.unit
        d = fmt.PERCENT_DECIMALS if rates else max(a.decimals, b.decimals)
        label = f"Difference, {figs.subject(a)} minus {figs.subject(b)}"
        diff = figs.difference(label, fa, fb, unit, d, a_obs.period)
        figures.append(diff)
        parts.append(f"The difference is {diff.display}.")
    labels = [cap(figs.subject(a)), cap(figs.subject(b))]
    chart = charts.bar(labels, [fa, fb], title=f"{labels[0]} and {labels[1]}")
    return Findings(" ".join(parts), tuple(figures), chart=chart)

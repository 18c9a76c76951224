"""Rankings with a cut-off: every partner (or period) past a threshold, and how many.

"How many markets had export growth above 50% in January 2026?", "Which months had
exports above HK$400 bn in 2025?": the planner sets ``threshold``, ``threshold_op`` and
``threshold_unit``. A ``%`` cut-off reads growth rates (published, else recomputed from
the levels) or shares when the question asks for shares; ``pp`` reads contributions to
growth; a currency amount reads levels, converted with the measure's scale (never
across currencies). Values are compared as displayed (rounded as published).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import replace

from bot import figures as figs
from bot import formatting as fmt
from bot import peaks, ranking
from bot.claims import unit_factor
from bot.context import Context, Findings, no_data
from bot.records import Figure
from bot.resolve import Series
from bot.spans import requested_span
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_OPS: dict[str, tuple[Callable[[float, float], bool], str, str]] = {
    "gt": (operator.gt, "above", ">"),
    "ge": (operator.ge, "at or above", ">="),
    "lt": (operator.lt, "below", "<"),
    "le": (operator.le, "at or below", "<="),
}
_IN_LEAD = 8  # names listed in the lead; every one is listed below it
_KIND_NOUNS = {"month": "month", "quarter": "quarter", "half": "half-year", "year": "year"}

Item = ranking.Item


def rank(ctx: Context) -> Findings:
    """A ranking, with its cut-off when the question states one."""
    if ctx.plan.threshold is None or ctx.plan.threshold_op not in _OPS:
        return ranking.rank(ctx)
    if ctx.plan.rank_by == "period":
        return _periods(ctx)
    return _partners(ctx)


def _unit(ctx: Context) -> str:
    return (ctx.plan.threshold_unit or "%").strip()


def cut_words(ctx: Context) -> str:
    """The cut-off as the question states it: ``above 50%``, ``at or above HK$ 400 bn``."""
    assert ctx.plan.threshold is not None
    value = ctx.plan.threshold
    unit = _unit(ctx)
    places = fmt.precision([value])
    shown = f"{fmt.number(value, places)} pp" if unit == "pp" else fmt.display(value, unit, places)
    return f"{_OPS[ctx.plan.threshold_op or 'gt'][1]} {shown}"


def _passes(ctx: Context, value: float, factor: float) -> bool:
    assert ctx.plan.threshold is not None
    test = _OPS[ctx.plan.threshold_op or "gt"][0]
    return test(value * factor, ctx.plan.threshold)


def _factor(unit: str, series: Series, fig: Figure) -> float | None:
    """The factor turning a figure into the cut-off's unit; None: not comparable."""
    if fmt.is_percent(unit) or unit == "pp":
        return 1.0 if fmt.is_percent(fig.unit) or fig.unit == "pp" else None
    return unit_factor(unit, series)


def _items(ctx: Context, period: str) -> tuple[list[Item], list[Series], str]:
    """The values to test, the partners read, and what they are in words."""
    unit = _unit(ctx)
    if unit == "pp":
        found = ranking.contribution_items(ctx, period)
        return (*found, f"a contribution to the change in {ctx.flow_words}")
    if fmt.is_percent(unit):
        if ctx.plan.measure_kind == "share_pct":
            items, pool = ranking.level_items(ctx, period, "share_pct")
            return items, pool, f"a share of {ctx.flow_words}"
        items, pool = ranking.rate_items(ctx, period)
        if len(items) < 2:  # no published rates for the markets: recomputed from levels
            recomputed = ranking.growth_items(ctx, period)
            if len(recomputed[0]) > len(items):
                items, pool = recomputed
        return items, pool, f"year-on-year growth in {ctx.flow_words}"
    items, pool = ranking.level_items(ctx, period)
    return items, pool, ctx.flow


def _partners(ctx: Context) -> Findings:
    growth = _unit(ctx) != "" and (fmt.is_percent(_unit(ctx)) or _unit(ctx) == "pp")
    period = ctx.period or ranking.busiest_period(ctx, growth)
    if period is None:
        return no_data(ctx, f"{ctx.flow_words} by partner", None, None)
    items, pool, what = _items(ctx, period)
    if not items:
        return no_data(ctx, f"{ctx.flow_words} by partner", period, None)
    factor = _factor(_unit(ctx), items[0][1], items[0][2])
    if factor is None:
        return _other_unit(ctx, items[0][1], period)
    items.sort(key=lambda item: item[2].value, reverse=ctx.plan.order != "asc")
    passing = [i for i in items if _passes(ctx, i[2].value, factor)]
    noun = ("market", "markets")
    if ranking.named(ctx):
        noun = ("of them", "of them")
    count = _count(ctx, passing, items, factor, noun[1], period)
    when = period_label(period)
    if passing:
        names = [f"{figs.prose(s.partner or '')} ({f.display})" for _, s, f in passing]
        lead = (
            f"{_counted(count, noun)} had {what} {cut_words(ctx)} in {when}"
            f"{_among(ctx)}: {_listed(names)}."
        )
    else:
        best = items[0]
        word = "highest" if ctx.plan.order != "asc" else "lowest"
        who = ranking.scope(ctx) if ranking.named(ctx) else "the markets the table lists"
        lead = (
            f"None of {who} had {what} {cut_words(ctx)} in {when}; the {word} was "
            f"{figs.prose(best[1].partner or '')} ({best[2].display})."
        )
        passing = [best]
    found = ranking.finding(lead, passing, period, what, pool)
    notes = tuple(
        n.replace(" are ranked ", " are counted ").replace("may rank higher", "may pass it too")
        for n in found.notes
    )
    found = replace(found, notes=notes)
    found = ranking.limited(ctx, found, period) if ranking.named(ctx) else found
    return _with_count(found, count)


def _among(ctx: Context) -> str:
    return f" (among {ranking.scope(ctx)})" if ranking.named(ctx) else ""


def _counted(count: Figure, noun: tuple[str, str]) -> str:
    return f"{count.display} {noun[0] if count.value == 1 else noun[1]}"


def _listed(names: list[str]) -> str:
    if len(names) <= _IN_LEAD:
        return fmt.join_words(names)
    return f"{', '.join(names[:_IN_LEAD])} and the others listed below"


def _count(
    ctx: Context,
    passing: list[Item],
    items: list[Item],
    factor: float,
    noun: str,
    period: str,
) -> Figure:
    """How many passed, as a figure whose formula shows the test."""
    assert ctx.plan.threshold is not None
    sign = _OPS[ctx.plan.threshold_op or "gt"][2]
    first = items[0][1]
    places = max(figs.decimals(first), fmt.precision([ctx.plan.threshold / factor]))
    limit = fmt.operand(ctx.plan.threshold / factor, places)
    tested = ", ".join(
        f"{s.partner or period_label(f.period or '')} {fmt.operand(f.value, places)}"
        for _, s, f in passing
    )
    converted = ""
    if abs(factor - 1.0) > 1e-12:
        converted = f" (the cut-off in the table's unit, {first.unit})"
    formula = (
        f"values {sign} {limit}{converted}: {tested or 'none'} = {len(passing)}"
        if passing
        else f"values {sign} {limit}{converted}: none = 0"
    )
    return Figure(
        label=f"Number of {noun} {cut_words(ctx)}, {period_label(period)}",
        value=float(len(passing)),
        unit="",
        formula=formula,
        sources=tuple(dict.fromkeys(src for _, s, f in items for src in f.sources)),
        display=str(len(passing)),
        period=period,
        table_id=first.card.id,
    )


def _with_count(found: Findings, count: Figure) -> Findings:
    ranked = found.ranked if count.value else ()
    return replace(found, figures=(count, *found.figures), ranked=ranked)


def _other_unit(ctx: Context, series: Series, period: str) -> Findings:
    lead = (
        f"I cannot apply the cut-off ({cut_words(ctx)}) to {figs.subject(series)} in "
        f"{period_label(period)}: the table's figures are in {series.unit or 'another unit'}, "
        "which cannot be compared with it."
    )
    return Findings(lead, answered=False)


def _periods(ctx: Context) -> Findings:
    """Which months (quarters, years) of a range had values past the cut-off."""
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    span = requested_span(ctx.plan.periods)
    unit = _unit(ctx)
    kinds = ("change_pct",) if fmt.is_percent(unit) or unit == "pp" else ("level",)
    for series in ctx.series(kinds, partner):
        observations = peaks.within(series, span)
        shown = [(o.value, series, figs.published(series, o)) for o in observations]
        factor = _factor(unit, series, shown[0][2]) if shown else None
        if factor is None:
            continue
        shown.sort(key=lambda item: item[2].value, reverse=ctx.plan.order != "asc")
        passing = [i for i in shown if _passes(ctx, i[2].value, factor)]
        kind = _KIND_NOUNS.get(parse(observations[0].period).kind, "period")
        noun = (kind, f"{kind}s")
        count = _count(ctx, passing, shown, factor, noun[1], span or observations[-1].period)
        where = f"in {period_label(span)}" if span else "in the table"
        what = figs.subject(series)
        names = [f"{period_label(f.period or '')} ({f.display})" for _, _, f in passing]
        if passing:
            lead = f"{_counted(count, noun)} {where} had {what} {cut_words(ctx)}: {_listed(names)}."
        else:
            word = "highest" if ctx.plan.order != "asc" else "lowest"
            best = shown[0][2]
            lead = (
                f"No {kind} {where} had {what} {cut_words(ctx)}; the {word} was "
                f"{period_label(best.period or '')} ({best.display})."
            )
            passing = [shown[0]]
        lines = tuple(f"{period_label(f.period or '')}: {f.display}" for _, _, f in passing)
        gaps = peaks.missing(observations, span)
        notes = (f"The table has no figure for {fmt.join_words(gaps)}.",) if gaps else ()
        figures = (count, *(f for _, _, f in passing))
        return Findings(lead, figures, lines, notes)
    what = f"{ctx.flow_words} by period"
    return no_data(ctx, what, span, partner)

"""Seasonally adjusted figures: only measures whose basis marks seasonal adjustment answer
a question asking for them (`bot.selection` keeps the others out), and they are reported
as published with the row's own words for what they compare; never an unadjusted figure
in their place."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import figures as figs
from bot import findings
from bot import formatting as fmt
from bot.context import Context, Findings, latest, merge, no_data
from bot.findings import cap, read, what_of
from bot.resolve import Series
from bot.selection import adjusts_by_dimension
from vectorstore.periods import label as period_label
from vectorstore.periods import parse


def change(ctx: Context) -> Findings:
    """The change intent: adjusted figures when the plan asks for them, else the usual."""
    if getattr(ctx.plan, "adjustment", None) == "sa":
        return merge([adjusted(ctx, p) for p in ctx.plan.partners or (None,)])
    return findings.change(ctx)


def abs_value(series: Series, value: float) -> str:
    return figs.show(series, abs(value))


def adjusted(ctx: Context, partner: str | None) -> Findings:
    """A seasonally adjusted change as published, on the basis the row states; never an
    unadjusted figure in its place (the context's series hold adjusted measures only)."""
    what = what_of(ctx, partner)
    every = ctx.series(("change_pct", "level"), partner)
    if not every:
        return Findings(
            f"The ingested tables have no seasonally adjusted figure for {what}.", answered=False
        )
    asked = ctx.period or latest(every[:1])
    found = _published(every, asked) if asked else None
    if found is None or asked is None:
        return no_data(ctx, f"the seasonally adjusted change in {what}", asked, partner)
    rate, period = found
    if rate.measure.kind != "change_pct" and adjusts_by_dimension(rate.card):
        # adjusted levels in rows ("Seasonally adjusted" beside "Unadjusted"): the change
        # is computed from them like any other
        return findings.change(replace(ctx, plan=replace(ctx.plan, adjustment=None)))
    shown, notes = read(rate, period)
    stated = _stated_basis(rate, period)
    if period != asked:  # a quarter's adjusted change, published on its last month's row
        notes = [*notes, f"Published on the row for {period_label(period)}."]
    label = f"{cap(figs.subject(rate))}, seasonally adjusted, {period_label(period)}"
    fig = replace(shown[0], label=label, names=(*shown[0].names, *([stated] if stated else [])))
    how = f"seasonally adjusted, {stated}" if stated else "seasonally adjusted"
    if rate.measure.kind == "change_pct":
        verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
        amount = "" if fig.value == 0 else f" {abs_value(rate, fig.value)}"
        lead = f"{cap(figs.subject(rate))} {verb}{amount} ({how}) in {period_label(asked)}."
    else:
        lead = f"{cap(figs.subject(rate))} ({how}): {fig.display} in {period_label(asked)}."
    return Findings(lead, (fig, *shown[1:]), notes=tuple(notes))


def _published(every: list[Series], asked: str) -> tuple[Series, str] | None:
    """The series and period holding the adjusted change asked: the period itself, or for
    a quarter or a three-month span the row of its last month when that row's basis says
    it compares that quarter or three months ("Q4 vs preceding quarter (SA)")."""
    for series in every:
        if series.at(asked):
            return series, asked
    try:
        parsed = parse(asked)
    except ValueError:
        return None
    if parsed.length != 3:
        return None
    last = parsed.months()[-1]
    quarter = rf"\bQ{(parse(last).end_month - 1) // 3 + 1}\b" if parsed.kind == "quarter" else "^$"
    pattern = re.compile(rf"{quarter}|\b(?:3|three)[- ]months?\b", re.I)
    for series in every:
        stated = _stated_basis(series, last) or ""
        if series.at(last) and pattern.search(stated):
            return series, last
    return None


def _stated_basis(series: Series, period: str) -> str | None:
    """The row's own words for what an adjusted change compares (``Q4 vs preceding quarter
    (SA)``), from an attribute column naming a basis."""
    for obs in series.at(period):
        for name, value in obs.attributes:
            if "basis" in name.lower() and value and value.strip():
                return value.strip()
    return None

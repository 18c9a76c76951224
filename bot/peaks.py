"""Rankings of periods: which months (quarters, years) had the highest or lowest values."""

from __future__ import annotations

from bot import charts
from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, no_data
from bot.resolve import Observation, Series
from bot.spans import requested_span
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_MIN_PERIODS = 2
_DEFAULT_N = 5


def rank_periods(ctx: Context) -> Findings:
    """Which months (or years) had the highest or lowest values in a range."""
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    span = requested_span(ctx.plan.periods)
    deficit = ctx.flow == "balance" and "deficit" in ctx.plan.question.lower()
    for kind in ctx.kinds(("level", "change_pct")):
        for series in ctx.series((kind,), partner):
            observations = within(series, span)
            if len(observations) < _MIN_PERIODS:
                continue
            items = [(-o.value if deficit else o.value, o) for o in observations]
            items.sort(key=lambda item: item[0], reverse=ctx.plan.order != "asc")
            chosen = [o for _, o in items[: ctx.plan.top_n or _DEFAULT_N]]
            found = [figs.published(series, o) for o in chosen]
            word = "highest" if ctx.plan.order != "asc" else "lowest"
            if deficit:
                word = "largest deficit" if ctx.plan.order != "asc" else "smallest deficit"
            where = f"in {period_label(span)}" if span else "in the table"
            lead = (
                f"Of the periods {where} with data, {figs.subject(series)} had the {word} in "
                f"{period_label(chosen[0].period)} ({found[0].display})."
            )
            lines = tuple(
                f"{period_label(o.period)}: {f.display}" for o, f in zip(chosen, found, strict=True)
            )
            chart = charts.bar([period_label(o.period) for o in chosen], found, title=lead)
            gaps = missing(observations, span)
            notes = (f"The table has no figure for {fmt.join_words(gaps)}.",) if gaps else ()
            return Findings(lead, tuple(found), lines, notes, chart)
    return no_data(ctx, f"{ctx.flow_words} by period", span, partner)


def missing(observations: list[Observation], span: str | None) -> list[str]:
    if span is None or not observations or parse(observations[0].period).kind != "month":
        return []
    have = {o.period for o in observations}
    return [period_label(m) for m in parse(span).months() if m not in have]


def within(series: Series, span: str | None) -> list[Observation]:
    """The series' observations inside the span, at its finest frequency."""
    inside = [
        o for o in series.observations if span is None or parse(span).contains(parse(o.period))
    ]
    kinds = {parse(o.period).kind for o in inside}
    finest = next((k for k in ("month", "quarter", "half", "year", "span") if k in kinds), None)
    return [o for o in inside if parse(o.period).kind == finest]

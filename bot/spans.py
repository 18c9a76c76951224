"""Answers over a range of periods: the aggregate, trend and balance intents."""

from __future__ import annotations

import re

from bot import charts
from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, no_data, subject_words
from bot.findings import cap, read, sentence, value_at, what_of
from bot.operands import combinable, relative
from bot.records import Figure
from bot.resolve import Series, split_period
from vectorstore.periods import label as period_label
from vectorstore.periods import parse, span_of

_TREND_POINTS = 12


def requested_span(periods: tuple[str, ...]) -> str | None:
    """One span covering the plan's periods (first start to last end)."""
    if not periods:
        return None
    try:
        first, last = parse(periods[0]), parse(periods[-1])
    except ValueError:
        return None
    return str(span_of(min(first.start, last.start), max(first.end, last.end)))


def aggregate(ctx: Context) -> Findings:
    """A sum or mean over a span of the table's own periods (months, quarters or years),
    only when every one is there; levels only: rates are never summed or averaged."""
    span = requested_span(ctx.plan.periods)
    if span is None:
        return no_data(ctx, f"a total of {ctx.flow} (no period range was given)", None, None)
    how = ctx.plan.aggregation or "sum"
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    complete: tuple[Series, list[str]] | None = None
    best: tuple[Series, list[str]] | None = None
    per = _per(ctx.plan.question) if how == "mean" else None
    for series in ctx.series(("level",), partner):
        tiles = series.tiles(span)
        if tiles is None or (per and parse(tiles[0][0] if tiles[0] else span).kind != per):
            continue
        have, missing = tiles
        if not missing:
            complete = (series, have)
            break
        if best is None or len(missing) < len(best[1]):
            best = (series, missing)
    published = value_at(ctx, partner, ("level",), span) if how == "sum" else None
    if published is not None and not published[1].parts:
        return _published_total(published[0], span, complete)
    if complete is not None:
        return _total(complete[0], complete[1], span, how)
    if best is None:
        return no_data(ctx, subject_words(ctx, partner), span, partner)
    series, missing = best
    lead = (
        f"I cannot give {'a total' if how == 'sum' else 'an average'} of "
        f"{figs.subject(series)} for {period_label(span)}: the table has no value for "
        f"{fmt.join_words([period_label(m) for m in missing])}."
    )
    return Findings(lead, answered=False)


def _published_total(series: Series, span: str, parts: tuple[Series, list[str]] | None) -> Findings:
    """The table's own figure for the span, beside the sum of its parts when complete."""
    shown, notes = read(series, span)
    lead = sentence(series, shown[0], span)
    figures = list(shown)
    if parts is not None and combinable(series, parts[0]):
        summed = _total(parts[0], parts[1], span, "sum").figures[0]
        figures.append(summed)
        slack = 0.5 * 10 ** -parts[0].decimals * len(parts[1])
        if abs(summed.value - shown[0].value) > slack + 1e-9:
            notes.append(
                f"The published {shown[0].display} differs from the sum of the months, "
                f"{summed.display}."
            )
    return Findings(lead, tuple(figures), notes=tuple(notes))


def _total(series: Series, periods: list[str], span: str, how: str) -> Findings:
    obs = [o for p in periods if (o := series.first(p)) is not None]
    fig = figs.total(series, obs, span, how)
    word = "totalled" if how == "sum" else "averaged"
    per = "" if how == "sum" else f" a {_UNIT_WORD.get(parse(periods[0]).kind, 'period')}"
    what = cap(figs.subject(series))
    if how == "sum" and series.flow == "balance":
        side = "deficit" if fig.value < 0 else "surplus"
        size = fmt.unsigned(fig.display)
        lead = f"The {figs.subject(series)} added up to a {side} of {size} {span_words(span)}."
    elif how == "sum" and what.lower().startswith("total "):
        lead = f"{what} came to {fig.display} in {period_label(span)}."
    else:
        lead = f"{what} {word} {fig.display}{per} {span_words(span)}."
    return Findings(lead, (fig,))


_PER = {
    "month": r"\bmonth(?:ly)?\b",
    "quarter": r"\bquarter(?:ly)?\b",
    "year": r"\bannual|\ba year\b",
}


def _per(question: str) -> str | None:
    """The period an average is per, when the question says ("average monthly value")."""
    return next((k for k, p in _PER.items() if re.search(p, question, re.I)), None)


def span_words(span: str) -> str:
    """``from 2020 to 2024`` for a span of whole years, else ``in`` and the period."""
    whole = parse(span)
    if whole.kind == "span" and whole.start_month == 1 and whole.end_month == 12:
        return f"from {whole.start_year} to {whole.end_year}"
    return f"in {period_label(span)}"


_UNIT_WORD = {"month": "month", "quarter": "quarter", "half": "half-year", "year": "year"}


def trend(ctx: Context) -> Findings:
    span = requested_span(ctx.plan.periods)
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    kinds = ctx.kinds(("level", "change_pct"))
    for kind in kinds:
        for series in ctx.series((kind,), partner):
            points = _points(series, span)
            if len(points) >= 2:
                return _trend(series, points, span)
    return no_data(ctx, what_of(ctx, partner), span, partner)


def _points(series: Series, span: str | None) -> list[str]:
    periods = series.periods()
    if span is None:
        months = [p for p in periods if parse(p).kind == "month"]
        return (months or periods)[-_TREND_POINTS:]
    whole = parse(span)
    inside = [p for p in periods if whole.contains(parse(p))]
    kinds = {parse(p).kind for p in inside}
    finest = "month" if "month" in kinds else next(iter(kinds), "month")
    return [p for p in inside if parse(p).kind == finest]


def _trend(series: Series, points: list[str], span: str | None) -> Findings:
    figures: list[Figure] = []
    for period in points:
        obs = series.first(period)
        if obs is not None:
            figures.append(figs.published(series, obs))
    first, last = figures[0], figures[-1]
    what = cap(figs.subject(series))
    a, b = series.first(points[0]), series.first(points[-1])
    assert a is not None
    assert b is not None
    if series.measure.kind == "level" and relative(series, a.value, b.value):
        moved = figs.change(series, b, a, "change")
    elif series.measure.kind == "level":
        span_words = f"{period_label(points[0])} to {period_label(points[-1])}"
        label = f"Change in {figs.subject(series)}, {span_words}"
        moved = figs.difference(label, last, first, series.unit, series.decimals, points[-1])
    else:
        span_words = f"{period_label(points[0])} to {period_label(points[-1])}"
        label = f"Change in {figs.subject(series)}, {span_words}"
        moved = figs.difference(label, last, first, "pp", fmt.PERCENT_DECIMALS, points[-1])
    lead = (
        f"{what} went from {first.display} in {period_label(points[0])} to {last.display} "
        f"in {period_label(points[-1])}"
    )
    if moved is not None:
        word = fmt.direction(moved.value, "up", "down", "unchanged")
        amount = fmt.unsigned(moved.display)
        lead += f" ({word} {amount} overall)." if moved.value else " (unchanged overall)."
    else:
        lead += "."
    every = _every(points, span, series.periods())
    gaps = [period_label(p) for p in every if p not in set(points)]
    if gaps:
        lead += f" The table has no value for {fmt.join_words(gaps)}."
    lines = tuple(f"{period_label(f.period or '')}: {f.display}" for f in figures)
    extra = (moved,) if moved is not None else ()
    chart = charts.line(figures, title=f"{what}", unit=series.unit, periods=every)
    return Findings(lead, (*figures, *extra), lines, (), chart)


def _every(points: list[str], span: str | None, published: list[str]) -> list[str]:
    """Every period of the points' frequency over the range asked, within what the table
    covers (a month before its first or after its last value is not a gap)."""
    kind = parse(points[0]).kind
    whole = parse(span) if span else span_of(parse(points[0]).start, parse(points[-1]).end)
    own = [parse(p) for p in published if parse(p).kind == kind]
    start = max(whole.start, min(p.start for p in own))
    end = min(whole.end, max(p.end for p in own))
    every = split_period(span_of(start, end), kind) if kind != "span" else None
    if not every or len(every) > 4 * len(points) + 12:
        return points
    return every

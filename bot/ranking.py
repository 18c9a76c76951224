"""The rank intent: top or bottom partners by value, by growth, or by contribution."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import figures as figs
from bot import formatting as fmt
from bot import peaks
from bot.context import Context, Findings, latest, no_data
from bot.findings import cap, prior
from bot.records import Figure
from bot.resolve import Observation, Series, is_region
from bot.selection import qualifiers
from lexicon.groupings import is_grouping
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_DROVE = re.compile(r"\b(?:drove|drive|driv\w*|contribut\w*|behind|account\w*|led|lead)\b", re.I)
_FALL = re.compile(r"\b(?:fall|fell|drop|declin\w*|decrease\w*|shrank|contract\w*)\b", re.I)
_DEFAULT_N = 5
_MIN_PARTNERS = 2
_UNLISTED = "Only the markets the table lists"
Item = tuple[float, Series, Figure]


def rank(ctx: Context) -> Findings:
    if getattr(ctx.plan, "rank_by", None) == "period":
        return peaks.rank_periods(ctx)
    return _rank_partners(ctx)


def _rank_partners(ctx: Context) -> Findings:
    growth = ctx.plan.measure_kind == "change_pct" or (
        ctx.plan.measure_kind is None and ctx.asks_growth()
    )
    period = ctx.period or busiest_period(ctx, growth)
    if period is None:
        return no_data(ctx, f"{ctx.flow_words} by partner", None, None)
    if growth and _DROVE.search(ctx.plan.question):
        found = _by_contribution(ctx, period) or _by_rate(ctx, period) or _by_growth(ctx, period)
    elif growth:
        found = _by_rate(ctx, period) or _by_growth(ctx, period) or _by_contribution(ctx, period)
    else:
        found = _by_level(ctx, period) or _by_rate(ctx, period)
    if found is None:
        found = _few(ctx, period, growth)
    if found is None and growth:
        found = _first_period(ctx, period)
    if found is None:
        return no_data(ctx, f"{ctx.flow_words} by partner", period, None)
    if named(ctx):
        found = limited(ctx, found, period)
    return _with_total(ctx, found, period) if growth else found


def limited(ctx: Context, found: Findings, period: str) -> Findings:
    """A ranking of the partners named: no note about unlisted markets; those named
    without a figure are named."""
    have = {n.casefold() for f in found.figures for n in f.names}
    missing = [p for p in ctx.plan.partners if p.casefold() not in have]
    notes = [n for n in found.notes if not n.startswith(_UNLISTED)]
    if missing:
        notes.append(
            f"The table has no figure for {fmt.join_words(missing)} in {period_label(period)}."
        )
    return replace(found, notes=tuple(notes))


def _with_total(ctx: Context, found: Findings, period: str) -> Findings:
    """The total's own published growth for the period, for context (when there is one),
    from the ranked table (another economy's total says nothing about these markets)."""
    tables = {f.table_id for f in found.figures}
    if any(f.label.startswith("Total ") for f in found.figures):
        return found  # the lead states the total's change already
    for series in ctx.series(("change_pct",), None, basis="yoy", period=period):
        obs = series.first(period)
        if obs is None or series.partner or qualifiers(series.measure, ctx.words):
            continue
        if series.card.id not in tables and not _same_source(series, found, ctx):
            continue
        if (series.measure.basis or "yoy").lower() != "yoy":
            continue
        fig = figs.published(series, obs)
        verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
        amount = f" {fmt.unsigned(fig.display)}" if fig.value else ""
        lead = (
            f"{found.lead} Over the same period, total {ctx.flow_words} {verb}{amount} "
            "year on year."
        )
        return replace(found, lead=lead, figures=(*found.figures, fig))
    return found


def _same_source(series: Series, found: Findings, ctx: Context) -> bool:
    """A total from a companion table of the same reporting economy."""
    from bot.vocabulary import card_reporters

    mine = set(card_reporters(series.card))
    cards = {c.id: c for c in ctx.source.cards()}
    ranked = {f.table_id for f in found.figures if f.table_id in cards}
    # a rates-only table that names no economy may sit beside its economy's total (the
    # total is context, never combined with the ranked values)
    return all(set(card_reporters(cards[t])) in (mine, set()) for t in ranked)


def busiest_period(ctx: Context, growth: bool) -> str | None:
    """The latest period with values for several partners."""
    kinds = ("change_pct", "level") if growth else ("level", "change_pct")
    for kind in kinds:
        series = ctx.series((kind,), None)
        for period in sorted({p for s in series for p in s.periods()}, reverse=True)[:24]:
            found = pool(ctx, ctx.partners((kind,), period, "yoy" if kind != "level" else None))
            if len(found) >= (_MIN_PARTNERS if named(ctx) else 3):
                return period
    candidates = [s for s in ctx.series(("change_pct", "level"), None)]
    return latest(candidates)


def _few(ctx: Context, period: str, growth: bool) -> Findings | None:
    """Too few markets to rank: say what the table lists for the period (regions marked)."""
    for kind in ("change_pct",) if growth else ("level",):
        found = ctx.partners((kind,), period, "yoy" if kind == "change_pct" else None)
        if named(ctx):
            found = pool(ctx, found)
        if len(_markets(found)) >= _MIN_PARTNERS:
            return None
        shown = [(s, figs.published(s, o)) for s in found if (o := s.first(period))]
        if not shown:
            continue
        shown.sort(key=lambda item: -item[1].value)
        listed = fmt.join_words(
            [f"{_name(s)}{' (region)' if _is_area(s) else ''} ({f.display})" for s, f in shown]
        )
        what = figs.rate_words(shown[0][0]) if kind == "change_pct" else "value"
        lead = (
            f"For {ctx.flow_words} in {period_label(period)} the table lists only {listed} "
            f"({what}, as published); no other market has a figure, so there is no "
            "fuller ranking."
        )
        return Findings(lead, tuple(f for _, f in shown))
    return None


def _first_period(ctx: Context, period: str) -> Findings | None:
    """Growth asked for the first period a table has: nothing a year before to compare."""
    before = prior(period, "yoy")
    found = pool(ctx, ctx.partners(("level",), period, None))
    if len(found) < _MIN_PARTNERS or any(s.first(before) for s in found):
        return None
    if any(p < period for s in found for p in s.periods() if parse(p).kind == parse(period).kind):
        return None
    lead = (
        f"I cannot rank growth in {ctx.flow_words} for {period_label(period)}: it is the first "
        f"period the table has, with no {period_label(before)} values to compare with."
    )
    return Findings(lead, answered=False)


def _is_area(series: Series) -> bool:
    name = series.partner or ""
    return is_region(name) and "(region)" not in name.lower()


def _markets(found: list[Series]) -> list[Series]:
    """Countries only: regions, blocs and residual rows (``All other countries``) are not
    markets to rank."""
    return [
        s for s in found if s.partner and not is_region(s.partner) and not is_grouping(s.partner)
    ]


def named(ctx: Context) -> set[str]:
    """The partners a ranking is limited to ("which of those ..."): two or more named."""
    return {p.casefold() for p in ctx.plan.partners} if len(ctx.plan.partners) >= 2 else set()


def pool(ctx: Context, found: list[Series]) -> list[Series]:
    """The partners to rank: those named (regions too, when named), else every market."""
    only = named(ctx)
    if only:
        return [s for s in found if s.partner and s.partner.casefold() in only]
    return _markets(found)


def scope(ctx: Context) -> str:
    """Who is ranked, in words: ``the markets`` or ``Malaysia, Taiwan and Singapore``."""
    return fmt.join_words(list(ctx.plan.partners)) if named(ctx) else "the markets"


def _top(
    items: list[tuple[float, Series, Figure]], ctx: Context
) -> list[tuple[float, Series, Figure]]:
    reverse = ctx.plan.order != "asc"
    items.sort(key=lambda item: item[0], reverse=reverse)
    return items[: ctx.plan.top_n or _DEFAULT_N]


def rate_items(ctx: Context, period: str) -> tuple[list[Item], list[Series]]:
    """Published year-on-year rates, one per partner, and the partners read."""
    found = pool(ctx, ctx.partners(("change_pct",), period, "yoy"))
    return _published(found, period), found


def _by_rate(ctx: Context, period: str) -> Findings | None:
    items, found = rate_items(ctx, period)
    if len(found) < _MIN_PARTNERS:
        return None
    chosen = _top(items, ctx)
    words = "fastest growth" if ctx.plan.order != "asc" else "weakest growth"
    if ctx.plan.order == "asc" and chosen and chosen[0][0] > 0 and _FALL.search(ctx.plan.question):
        words = "smallest increase (none of them fell)"
    lead = (
        f"Among {scope(ctx)} with a published year-on-year rate for "
        f"{ctx.flow_words} in {period_label(period)}, the {words} was in "
        f"{_names(ctx, chosen)}."
    )
    return finding(lead, chosen, period, "year-on-year change", found)


def growth_items(ctx: Context, period: str) -> tuple[list[Item], list[Series]]:
    """Growth rates recomputed from levels now and a year before, partner by partner."""
    before = prior(period, "yoy")
    items = []
    found = pool(ctx, ctx.partners(("level",), period, None))
    for series in found:
        now, then = series.first(period), series.first(before)
        if now is not None and then is not None:
            fig = figs.change(series, now, then, "year-on-year change")
            if fig is not None:
                items.append((fig.value, series, fig))
    return items, found


def _by_growth(ctx: Context, period: str) -> Findings | None:
    items, found = growth_items(ctx, period)
    if len(items) < _MIN_PARTNERS:
        return None
    chosen = _top(items, ctx)
    words = "fastest growth" if ctx.plan.order != "asc" else "weakest growth"
    lead = (
        f"Computed from the values a year apart, the {words} in {ctx.flow_words} in "
        f"{period_label(period)}{_among(ctx)} was to "
        f"{_names(ctx, chosen)}."
    )
    return finding(lead, chosen, period, "year-on-year change", found)


def level_items(ctx: Context, period: str, kind: str = "level") -> tuple[list[Item], list[Series]]:
    """Published values (or shares) for the period, one per partner."""
    found = pool(ctx, ctx.partners((kind,), period, None))
    return _published(found, period), found


def _published(found: list[Series], period: str) -> list[Item]:
    """Each series' value for the period as the table publishes it, where it has one."""
    items = []
    for series in found:
        obs = series.first(period)
        if obs is not None:
            items.append((obs.value, series, figs.published(series, obs)))
    return items


def _by_level(ctx: Context, period: str) -> Findings | None:
    items, found = level_items(ctx, period)
    if len(found) < _MIN_PARTNERS:
        return None
    chosen = _top(items, ctx)
    words = "largest" if ctx.plan.order != "asc" else "smallest"
    role = "sources of imports" if ctx.flow == "imports" else f"markets for {ctx.flow_words}"
    lead = f"The {words} {role} in {period_label(period)}{_among(ctx)} were {_names(ctx, chosen)}."
    return finding(lead, chosen, period, found[0].unit, found)


def _by_contribution(ctx: Context, period: str) -> Findings | None:
    """Which partners added most to total growth (needs levels now and a year before)."""
    found = _contribution_parts(ctx, period)
    if found is None:
        return None
    return _contributions(ctx, period, *found)


# A partner's contribution, before its figure is written: (the figure's value, the
# series, its value now, its value a year before). A ranking over thousands of partners
# writes figures only for those it shows.
Part = tuple[float, Series, Observation, Observation]


def contribution_items(ctx: Context, period: str) -> tuple[list[Item], list[Series]]:
    """Each partner's contribution to the total's change (pp), and the partners read."""
    found = _contribution_parts(ctx, period)
    if found is None:
        return [], []
    total, levels, parts, read = found
    return [_contribution_item(total, levels[1], part) for part in parts], read


def _contribution_item(total: Series, base: Observation, part: Part) -> Item:
    value, series, now, then = part
    return value, series, figs.contribution(series, now, then, base.value, total.source(base))


def _contribution_parts(
    ctx: Context, period: str
) -> tuple[Series, tuple[Observation, Observation], list[Part], list[Series]] | None:
    before = prior(period, "yoy")
    found = pool(ctx, ctx.partners(("level",), period, None))
    totals = [s for s in ctx.series(("level",), None) if s.first(before) and s.first(period)]
    for total in totals:
        base, top = total.first(before), total.first(period)
        assert base is not None
        assert top is not None
        parts: list[Part] = []
        for series in found:
            now, then = series.first(period), series.first(before)
            if series.card.id != total.card.id or now is None or then is None:
                continue
            pp = (now.value - then.value) / base.value * 100
            parts.append((fmt.round_half_up(pp, fmt.PERCENT_DECIMALS), series, now, then))
        if len(parts) >= _MIN_PARTNERS:
            return total, (top, base), parts, found
    return None


def _contributions(
    ctx: Context,
    period: str,
    total: Series,
    levels: tuple[Observation, Observation],
    parts: list[Part],
    found: list[Series],
) -> Findings:
    """The total's change, the partners that added most, and what the listed ones leave."""
    listed = figs.summed_contribution(
        f"Contribution of the markets listed, {period_label(period)}",
        [(series, now, then) for _, series, now, then in parts],
        levels[1].value,
        total.source(levels[1]),
    )
    moved = figs.change(total, levels[0], levels[1], "year-on-year change")
    reverse = ctx.plan.order != "asc"
    parts.sort(key=lambda part: part[0], reverse=reverse)
    shown = parts[: ctx.plan.top_n or _DEFAULT_N]
    chosen = [_contribution_item(total, levels[1], part) for part in shown]
    head = ""
    extra: list[Figure] = []
    if moved is not None:
        verb = fmt.direction(moved.value, "rose", "fell", "were unchanged")
        amount = f" {fmt.unsigned(moved.display)}" if moved.value else ""
        head = f"{cap(figs.subject(total))} {verb}{amount} year on year in {period_label(period)}. "
        extra.append(moved)
    adding = [c for c in chosen if c[0] > 0] if ctx.plan.order != "asc" else chosen
    if adding:
        lead = f"{head}The markets that added most to the change were {_names(ctx, adding)}."
    else:
        lead = f"{head}None of the markets the table lists added to the change."
    notes: list[str] = []
    if moved is not None and abs(listed.value - moved.value) > 0.1 + 1e-9:
        extra.append(listed)
        notes.append(
            f"The markets the table lists together account for {listed.display} of the "
            f"{moved.display} change; the rest came from markets it does not list."
        )
    found_ = finding(lead, chosen, period, "contribution to growth", found)
    return replace(found_, figures=(*found_.figures, *extra), notes=(*notes, *found_.notes))


def _among(ctx: Context) -> str:
    return f" among {scope(ctx)}" if named(ctx) else ""


def _name(series: Series) -> str:
    """A partner as prose names it (``South Korea (KR)`` for a table's code)."""
    return figs.prose(series.partner or "")


def _names(ctx: Context, chosen: list[tuple[float, Series, Figure]]) -> str:
    """All the markets asked for ("top 5"), else the first three."""
    shown = chosen if ctx.plan.top_n else chosen[:3]
    named_ = [f"{_name(s)} ({f.display})" for _, s, f in shown]
    if named(ctx) and len(named_) > 1:
        return f"{named_[0]}, followed by {fmt.join_words(named_[1:])}"
    return fmt.join_words(named_)


def finding(
    lead: str,
    chosen: list[tuple[float, Series, Figure]],
    period: str,
    what: str,
    pool: list[Series],
) -> Findings:
    lines = tuple(f"{_name(s)}: {f.display}" for _, s, f in chosen)
    chart = {
        "type": "bar",
        "title": f"{what}, {period_label(period)}",
        "unit": chosen[0][2].unit if chosen else "",
        "labels": [s.partner for _, s, _ in chosen],
        "values": [f.value for _, _, f in chosen],
    }
    note = (
        f"{_UNLISTED} for {period_label(period)} are ranked "
        f"({fmt.join_words(sorted(_name(s) for s in pool))}); "
        "markets the table does not list may rank higher."
    )
    ranked = tuple(s.partner or "" for _, s, _ in chosen)
    return Findings(lead, tuple(f for _, _, f in chosen), lines, (note,), chart, ranked=ranked)

"""Values and changes: the lookup, change, compare, share and balance intents."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import figures as figs
from bot import formatting as fmt
from bot.context import ALL_KINDS, Context, Findings, latest, merge, no_data, subject_words
from bot.operands import combinable, relative, same_economy
from bot.records import Figure
from bot.resolve import Observation, Series, is_total, period_order, summable
from lexicon.measures import terms_of
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_SHIFT = {"yoy": 12, "mom": 1}


def sentence(series: Series, fig: Figure, period: str) -> str:
    """One plain sentence stating a published value."""
    what = figs.subject(series)
    when = period_label(period)
    kind = series.measure.kind
    if kind == "change_pct":
        words = figs.rate_words(series).replace("-", " ").replace(" change", "")
        if fig.value == 0:
            return f"{cap(what)} {be_verb(what)} unchanged {words} in {when}."
        verb = fmt.direction(fig.value, "rose", "fell")
        return f"{cap(what)} {verb} {_abs(series, fig.value)} {words} in {when}."
    if series.flow == "balance" and kind == "level":
        side = "deficit" if fig.value < 0 else "surplus"
        return f"The {what} was a {side} of {_abs(series, fig.value)} in {when}."
    if kind == "level":
        return f"{cap(what)} {be_verb(what)} {fig.display} in {when}."
    return f"{cap(what)}, {series.measure.label}: {fig.display} in {when}."


def be_verb(subject: str) -> str:
    """``were`` for plural subjects (exports, imports), ``was`` otherwise."""
    head = [w.lower() for w in subject.split()[:2]]
    plural = any(w.endswith("s") and w not in {"as", "is", "its", "this", "was"} for w in head)
    return "were" if plural else "was"


def _abs(series: Series, value: float) -> str:
    return figs.show(series, abs(value))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def read(series: Series, period: str) -> tuple[list[Figure], list[str]]:
    """The published value(s) for a period: more than one row means sources disagree."""
    rows = series.at(period)
    found = [figs.published(series, obs) for obs in rows]
    notes = []
    for obs, fig in zip(rows, found, strict=True):
        unit = obs.attribute("unit")
        if unit and unit.strip() != series.unit.strip():
            notes.append(f"The table marks {fig.display} with the unit '{unit}'.")
    if len(found) > 1:
        others = fmt.join_words([f.display for f in found[1:]])
        notes.append(
            f"The table holds more than one value for {figs.subject(series)} in "
            f"{period_label(period)}: {found[0].display} and {others} (see sources)."
        )
    return found, notes


def lookup(ctx: Context) -> Findings:
    """Each partner asked (or the total), for each period asked (at most six)."""
    periods = list(dict.fromkeys(ctx.plan.periods))[:6]
    if len(periods) < 2:
        return merge([_lookup_one(ctx, p) for p in ctx.plan.partners or (None,)])
    parts = []
    for period in periods:
        one = Context(replace(ctx.plan, periods=(period,)), ctx.source)
        parts += [_lookup_one(one, p) for p in ctx.plan.partners or (None,)]
    return merge(parts)


_KIND_WORDS = {
    "level": "value",
    "change_pct": "rate of change",
    "share_pct": "share",
    "ratio_pct": "ratio",
    "count": "count",
    "other": "figure",
}


def _lookup_one(ctx: Context, partner: str | None) -> Findings:
    period = ctx.period
    wanted = ctx.plan.measure_kind or ("change_pct" if ctx.asks_growth() else "level")
    if (
        wanted == "level"
        and period is not None
        and not ctx.series(("level",), partner, period=period)
    ):
        summed = sum_months(ctx, partner, period)
        if summed is not None:
            return summed
    for kind in dict.fromkeys((wanted, *ALL_KINDS)):
        found = ctx.series((kind,), partner, period=period)
        if not found:
            continue
        best = found[0]
        when = period or latest([best]) or ""
        shown, notes = read(best, when)
        lead = sentence(best, shown[0], when)
        if kind != wanted:
            lead = (
                f"The tables have no {_KIND_WORDS.get(wanted, wanted)} for "
                f"{what_of(ctx, partner)} in {period_label(when)}, only a "
                f"{_KIND_WORDS.get(kind, kind)}: {lead}"
            )
        return Findings(lead, tuple(shown), notes=tuple(notes))
    return no_data(ctx, what_of(ctx, partner), period, partner)


def sum_months(ctx: Context, partner: str | None, period: str) -> Findings | None:
    """A span the table does not publish and cannot sum: name the months it lacks."""
    for series in ctx.series(("level",), partner):
        tiles = series.tiles(period) if summable(series.measure) else None
        if tiles is not None and tiles[1]:
            lead = (
                f"I cannot give {figs.subject(series)} for {period_label(period)}: the table "
                f"has no value for {fmt.join_words([period_label(m) for m in tiles[1]])}, "
                "so the total cannot be computed."
            )
            return Findings(lead, answered=False)
    return None


def what_of(ctx: Context, partner: str | None) -> str:
    return subject_words(ctx, partner)


def change(ctx: Context) -> Findings:
    basis = ctx.plan.basis or "yoy"
    if basis == "between" and len(ctx.plan.periods) >= 2:
        found = merge([_between(ctx, p) for p in ctx.plan.partners or (None,)])
        if found.answered or len(set(ctx.plan.periods)) != 2:
            return found
        other = compare_periods(ctx, ctx.kinds(("level", "change_pct")))
        return other if other.answered else found
    return merge([_change_one(ctx, p, basis) for p in ctx.plan.partners or (None,)])


def prior(period: str, basis: str) -> str:
    months = _SHIFT.get(basis, 12)
    parsed = parse(period)
    if basis == "mom" and parsed.kind != "month":
        months = parsed.length
    return str(parsed.shift(-months))


def _change_one(ctx: Context, partner: str | None, basis: str) -> Findings:
    rates = ctx.series(("change_pct",), partner, basis=basis, period=ctx.period)
    rates = [r for r in rates if _basis_fits(r, basis)]
    levels = [s for s in ctx.series(("level",), partner, period=ctx.period) if s.flow != "balance"]
    period = ctx.period or latest(rates[:1] + levels[:1])
    if period is None:
        return no_data(ctx, what_of(ctx, partner), None, partner)
    rate = next((r for r in rates if r.at(period)), None)
    levels = [s for s in levels if rate is None or same_economy(rate, s)]  # checks its rate
    in_terms = rate is not None and bool(terms_of(rate.measure.label))
    if in_terms:  # a real (volume) or price change is never checked against values
        levels = []
    recomputed = _recompute(levels, period, basis)
    totals: list[Figure] = []
    if recomputed is None and len(parse(period).months()) > 1 and not in_terms:
        every = ctx.series(("level",), partner)
        every = [s for s in every if rate is None or same_economy(rate, s)]
        totals = _change_of_sums(every, period, basis)
        recomputed = totals.pop() if totals else None
    if rate is None and recomputed is None:
        return no_data(ctx, f"the change in {what_of(ctx, partner)}", period, partner)
    figures: list[Figure] = []
    notes: list[str] = []
    if rate is not None:
        shown, notes = read(rate, period)
        lead_fig = shown[0]
        if recomputed is not None:
            lead_fig = figs.check_published(lead_fig, recomputed)
            notes += [lead_fig.flag] if lead_fig.flag else []
        figures = [lead_fig, *shown[1:]]
        lead = sentence(rate, lead_fig, period)
    else:
        assert recomputed is not None
        lead = _change_sentence(ctx, partner, recomputed, period, basis)
    if recomputed is not None:
        figures += [*totals, recomputed]
    return Findings(lead, tuple(figures), notes=tuple(notes))


def _change_of_sums(levels: list[Series], period: str, basis: str) -> list[Figure]:
    """Sums of the months of a span and a year before, and their change (last)."""
    before = prior(period, basis)
    for series in levels:
        if series.flow == "balance":
            continue
        now = [series.first(m) for m in parse(period).months()]
        then = [series.first(m) for m in parse(before).months()]
        if all(now) and all(then):
            a = figs.total(series, [o for o in now if o], period, "sum")
            b = figs.total(series, [o for o in then if o], before, "sum")
            if a.value > 0 and b.value > 0:
                return [a, b, figs.change_of_totals(a, b, series.decimals)]
    return []


def _basis_fits(series: Series, basis: str) -> bool:
    have = (series.measure.basis or "yoy").lower()
    return basis in have.split() or have == basis


def _recompute(levels: list[Series], period: str, basis: str) -> Figure | None:
    before = prior(period, basis)
    for series in levels:
        now, then = series.first(period), series.first(before)
        if now is not None and then is not None:
            words = "year-on-year change" if basis == "yoy" else "change on the previous period"
            return figs.change(series, now, then, words)
    return None


def published_first(found: list[Series], *periods: str) -> list[Series]:
    """Series publishing every period before those that sum their months to get one."""
    return sorted(found, key=lambda s: not all(s.published_at(p) for p in periods))


def _change_sentence(
    ctx: Context, partner: str | None, fig: Figure, period: str, basis: str
) -> str:
    previous = "month" if parse(period).kind == "month" else "period"
    words = {"yoy": "year on year", "mom": f"on the previous {previous}"}.get(basis, "")
    verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
    amount = "" if fig.value == 0 else f" {fmt.percent(abs(fig.value))}"
    what = subject_words(ctx, partner, numbered=True)
    return f"{cap(what)} {verb}{amount} {words} in {period_label(period)}."


def _between(ctx: Context, partner: str | None) -> Findings:
    first, last = sorted((ctx.plan.periods[0], ctx.plan.periods[-1]), key=period_order)
    for series in published_first(ctx.series(("level",), partner), first, last):
        now, then = series.first(last), series.first(first)
        if now is None or then is None:
            continue
        a, b = figs.published(series, then), figs.published(series, now)
        what = cap(figs.subject(series))
        label = f"Change in {figs.subject(series)}, {period_label(first)} to {period_label(last)}"
        moved = figs.difference(label, b, a, series.unit, series.decimals, last)
        if relative(series, then.value, now.value):
            fig = figs.change(series, now, then, "change")
            assert fig is not None
            verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
            amount = "" if fig.value == 0 else f" {fmt.percent(abs(fig.value))}"
            if fig.value and moved.value:  # the amount too: "how much" asks either
                amount += f" (by {fmt.unsigned(moved.display)})"
                lead = (
                    f"{what} {verb}{amount} from {period_label(first)} ({a.display}) to "
                    f"{period_label(last)} ({b.display})."
                )
                return Findings(lead, (fig, moved, a, b))
        else:  # a balance or any value that is not positive: a percentage would mislead
            fig = moved
            verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
            amount = "" if fig.value == 0 else f" by {fmt.unsigned(fig.display)}"
            if series.flow == "balance" and then.value < 0 and now.value < 0 and fig.value:
                amount += f" (the deficit {'narrowed' if fig.value > 0 else 'widened'})"
        lead = (
            f"{what}{' ' + verb if verb else ''}{amount} from {period_label(first)} "
            f"({a.display}) to {period_label(last)} ({b.display})."
        )
        return Findings(lead, (fig, a, b))
    return _between_missing(ctx, partner, first, last)


def _between_missing(ctx: Context, partner: str | None, first: str, last: str) -> Findings:
    """No value for one of the two periods: name the months the table lacks."""
    for series in ctx.series(("level",), partner):
        lacking = [
            m for p in (first, last) if not series.at(p) for m in (series.tiles(p) or ([], [p]))[1]
        ]
        if lacking and summable(series.measure):
            lead = (
                f"I cannot compare {figs.subject(series)} in {period_label(first)} and "
                f"{period_label(last)}: the table has no value for "
                f"{fmt.join_words([period_label(m) for m in lacking])}."
            )
            there = sorted(series.periods(), key=period_order)
            close = [period_label(p) for p in there if parse(p).kind == parse(lacking[0]).kind]
            lines: tuple[str, ...] = (
                (f"The table has {figs.subject(series)} for {close[0]} to {close[-1]}.",)
                if close
                else ()
            )
            rates = [
                period_label(p)
                for p in (first, last)
                if ctx.series(("change_pct",), partner, period=p)
            ]
            if rates:
                lines += (f"It publishes a rate of change for {fmt.join_words(rates)}.",)
            return Findings(lead, lines=lines, answered=False)
    return no_data(ctx, f"{what_of(ctx, partner)} in both periods", None, partner)


def value_at(
    ctx: Context,
    partner: str | None,
    kinds: tuple[str, ...],
    period: str | None,
    flow: str | None = None,
    *,
    derive: bool = True,
) -> tuple[Series, Observation] | None:
    """The best series with a value for the period (latest when none is asked)."""
    for kind in kinds:
        found = ctx.series((kind,), partner, flow=flow, period=period, derive=derive)
        if found:
            when = period or latest(found[:1])
            obs = found[0].first(when) if when else None
            if obs is not None:
                return found[0], obs
    return None


def compare_periods(ctx: Context, kinds: tuple[str, ...]) -> Findings:
    """The same series in two periods: both values and the change between them."""
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    first, second = sorted(ctx.plan.periods[:2], key=period_order)
    for kind in dict.fromkeys(kinds):
        for series in ctx.series((kind,), partner):
            a, b = series.first(first), series.first(second)
            if a is None or b is None:
                continue
            fa, fb = figs.published(series, a), figs.published(series, b)
            parts = [sentence(series, fa, first), sentence(series, fb, second)]
            extra: list[Figure] = []
            if kind == "level" and relative(series, a.value, b.value):
                moved = figs.change(series, b, a, "change")
                if moved is not None:
                    extra.append(moved)
                    parts.append(f"That is a change of {moved.display}.")
            elif kind == "level":  # a balance, or a value at or below zero: an amount
                label = f"Change in {figs.subject(series)}, {period_label(first)} to "
                diff = figs.difference(
                    label + period_label(second), fb, fa, series.unit, series.decimals, second
                )
                extra.append(diff)
                parts.append(f"That is a change of {diff.display}.")
            elif fmt.is_percent(series.unit):
                label = f"Difference, {period_label(second)} minus {period_label(first)}"
                diff = figs.difference(label, fb, fa, "pp", fmt.PERCENT_DECIMALS, second)
                extra.append(diff)
                parts.append(
                    f"The difference is {diff.display} ({period_label(second)} minus "
                    f"{period_label(first)})."
                )
            return Findings(" ".join(parts), (fa, fb, *extra))
    if ctx.asks_growth() and prior(second, "yoy") == first:
        # a year's change on the year before, when the earlier level is not in the tables
        # but the later year's published rate is
        found = _change_one(
            Context(replace(ctx.plan, periods=(second,)), ctx.source), partner, "yoy"
        )
        if found.answered:
            return found
    what = f"{what_of(ctx, partner)} in both {period_label(first)} and {period_label(second)}"
    return no_data(ctx, what, None, partner)


def share(ctx: Context) -> Findings:
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    published = value_at(ctx, partner, ("share_pct", "ratio_pct"), ctx.period)
    if published is not None:
        series, obs = published
        fig = figs.published(series, obs)
        when = period_label(obs.period)
        lead = f"{cap(figs.subject(series))} had a share of {fig.display} in {when}."
        return Findings(lead, (fig,))
    if partner is not None:
        for part in ctx.series(("level",), partner, period=ctx.period):
            found = _share_of(ctx, part)
            if found is not None:
                return found
    elif len(ctx.plan.filters) == 1:  # two named: a share of one in the other, not here
        for part in ctx.series(("level",), None, period=ctx.period):
            found = _share_of_goods(ctx, part)
            if found is not None:
                return found
    what = f"the share of {what_of(ctx, partner)} (a value and its total)"
    return no_data(ctx, what, ctx.period, partner)


def _share_of_goods(ctx: Context, part: Series) -> Findings | None:
    """The share of the one kind of goods the question names (the plan's filter) in its
    table's total: the same measure and flow with that dimension at its total row."""
    filtered = {name for name, _ in ctx.plan.filters}
    if not filtered or not filtered <= {name for name, _ in part.keys}:
        return None
    if _names_another_part(ctx, part, filtered):
        return None
    everything = replace(ctx, plan=replace(ctx.plan, filters=()))
    when = ctx.period or latest([part])
    p_obs = part.first(when) if when else None
    if p_obs is None:
        return None
    for whole in everything.series(("level",), None, period=p_obs.period, derive=False):
        keys = dict(whole.keys)
        if whole.card.id != part.card.id or whole.measure != part.measure:
            continue
        if not all(is_total(keys.get(name, "")) for name in filtered):
            continue  # the whole must be the total of what was filtered, not another part
        w_obs = whole.first(p_obs.period)
        if not combinable(part, whole) or w_obs is None or not w_obs.value:
            continue
        return _share_findings(part, p_obs, whole, w_obs)
    return None


_PLAIN = frozenset(
    {
        "products", "product", "goods", "exports", "export", "imports", "import", "total",
        "other", "others", "items", "group", "groups", "articles", "manufactures", "related",
    }
)  # fmt: skip


def _names_another_part(ctx: Context, part: Series, filtered: set[str]) -> bool:
    """Whether the question uses a word of another value of the filtered dimension ("rice"
    in "What share of rice exports was basmati?"): then the whole it means may be that
    value, not the table's total, and no share of the total is given."""
    asked = set(re.findall(r"[a-z]{4,}", ctx.plan.question.lower()))
    mine = {value for name, value in part.keys if name in filtered}
    for dim in part.card.dimensions:
        if dim.name not in filtered:
            continue
        for value in dim.values:
            if value in mine or is_total(value):
                continue
            if (set(re.findall(r"[a-z]{4,}", value.lower())) - _PLAIN) & asked:
                return True
    return False


def _share_of(ctx: Context, part: Series) -> Findings | None:
    when = ctx.period or latest([part])
    p_obs = part.first(when) if when else None
    if p_obs is None:
        return None
    for whole in ctx.series(("level",), None, period=p_obs.period):
        w_obs = whole.first(p_obs.period)
        if not combinable(part, whole) or w_obs is None or not w_obs.value:
            continue
        return _share_findings(part, p_obs, whole, w_obs)
    return None


def _share_findings(
    part: Series, p_obs: Observation, whole: Series, w_obs: Observation
) -> Findings:
    """The part's share of the whole, with both values as published."""
    fig = figs.share(part, p_obs, whole, w_obs)
    lead = (
        f"{cap(figs.subject(part))} {be_verb(figs.subject(part))} {fig.display} of "
        f"{figs.subject(whole)} in {period_label(p_obs.period)}."
    )
    return Findings(lead, (fig, figs.published(part, p_obs), figs.published(whole, w_obs)))

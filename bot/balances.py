"""The balance intent: exports minus imports, published and recomputed, and as % of imports."""

from __future__ import annotations

from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, latest, no_data
from bot.findings import read, sentence, value_at
from bot.operands import combinable, same_economy
from bot.records import Figure
from bot.resolve import Observation, Series, period_order
from bot.selection import qualifiers
from vectorstore.periods import label as period_label

Found = tuple[Series, Observation]


def balance(ctx: Context) -> Findings:
    partner = ctx.plan.partners[0] if ctx.plan.partners else None
    period = ctx.period or _latest(ctx, partner)
    if period is None:
        return no_data(ctx, "the trade balance", None, partner)
    pub = value_at(ctx, partner, ("level",), period, flow="balance", derive=False)
    ex, im = _flows(ctx, partner, period, pub[0] if pub else None)
    ours = figs.balance(*ex, *im) if ex and im and combinable(ex[0], im[0]) else None
    figures: list[Figure] = []
    notes: list[str] = []
    if pub is not None:
        figures, notes = read(pub[0], period)
        lead = sentence(pub[0], figures[0], period)
        if ours is not None and _differs(ours, figures[0], ex, im):
            notes.append(
                f"The published balance, {figures[0].display}, differs from exports minus "
                f"imports, {ours.display}, by more than rounding."
            )
    elif ours is not None:
        side = "deficit" if ours.value < 0 else "surplus"
        size = fmt.display(abs(ours.value), ours.unit, fmt.decimals_of(ours.display))
        lead = f"Exports minus imports gives a {side} of {size} in {period_label(period)}."
    else:
        return _one_side(ctx, partner, period, ex, im)
    if ours is not None and ex and im:
        figures += [ours, figs.published(*ex), figs.published(*im)]
    anchor = pub[0] if pub else (ex[0] if ex else None)
    ratios, ratio_notes = _ratios(ctx, partner, period, figures[0], im, anchor)
    if ratios:
        lead += f" That is {ratios[0].display} of imports."
    return Findings(lead, (*figures, *ratios), notes=(*notes, *ratio_notes))


def _flows(
    ctx: Context, partner: str | None, period: str, anchor: Series | None
) -> tuple[Found | None, Found | None]:
    """Exports and imports for the period from one economy in one unit: the published
    balance's (when there is one), and the same for both flows (never another
    economy's imports in another currency)."""
    exports = _levels(ctx, partner, period, "exports", anchor)
    imports = _levels(ctx, partner, period, "imports", anchor)
    pair = next(((e, i) for e in exports for i in imports if combinable(e[0], i[0])), None)
    if pair is not None:
        return pair
    return (exports[0] if exports else None), (imports[0] if imports else None)


def _levels(
    ctx: Context, partner: str | None, period: str, flow: str, anchor: Series | None
) -> list[Found]:
    found = []
    for series in ctx.series(("level",), partner, flow=flow, period=period):
        obs = series.first(period)
        if obs is not None and (anchor is None or combinable(anchor, series)):
            found.append((series, obs))
    return found


def _one_side(
    ctx: Context, partner: str | None, period: str, ex: Found | None, im: Found | None
) -> Findings:
    """No balance: say which flow the tables lack when they hold the other."""
    if (ex is None) == (im is None):
        return no_data(ctx, "the trade balance", period, partner)
    have, lack = ("exports", "imports") if ex is not None else ("imports", "exports")
    lead = (
        f"I cannot give the trade balance for {period_label(period)}: the tables have "
        f"{have} for it but no {lack}, and no published balance."
    )
    return Findings(lead, answered=False)


def _differs(ours: Figure, published: Figure, ex: Found | None, im: Found | None) -> bool:
    """Beyond the rounding of two published operands (one unit of their last decimal)."""
    decimals = max((f[0].decimals for f in (ex, im) if f is not None), default=1)
    return bool(abs(ours.value - published.value) > 10.0**-decimals + 1e-9)


def _ratios(
    ctx: Context,
    partner: str | None,
    period: str,
    bal: Figure,
    im: Found | None,
    anchor: Series | None,
) -> tuple[list[Figure], list[str]]:
    """The balance as % of imports: as published, and recomputed when imports are there."""
    found: list[Figure] = []
    for series in ctx.series(("ratio_pct", "share_pct"), partner, flow="balance", period=period):
        obs = series.first(period)
        if anchor is not None and not same_economy(anchor, series):
            continue  # another economy's published ratio
        if obs is not None and not qualifiers(series.measure, ctx.words):
            found.append(figs.published(series, obs))
            break
    if im is not None and im[1].value:
        label = f"Trade balance as % of imports, {period_label(period)}"
        found.append(figs.ratio(label, bal, figs.published(*im), period))
    notes = []
    if len(found) == 2 and abs(found[0].value - found[1].value) > 0.1 + 1e-9:
        notes.append(
            f"The published {found[0].display} of imports differs from the recomputed "
            f"{found[1].display}."
        )
    return found, notes


def _latest(ctx: Context, partner: str | None) -> str | None:
    found = ctx.series(("level",), partner, flow="balance")
    if found:
        return latest(found[:1])
    ex = ctx.series(("level",), partner, flow="exports")
    im = ctx.series(("level",), partner, flow="imports")
    if not ex or not im:
        return None
    both = sorted(set(ex[0].periods()) & set(im[0].periods()), key=period_order)
    return both[-1] if both else None

"""The arithmetic of answers: every computed number becomes a `Figure`.

Each function takes published observations (from `bot.resolve`) and returns a
`Figure` whose ``formula`` shows the operands as they appear in the table and whose
``sources`` name the table and rows. Percentages are rounded to one decimal, levels
to the table's own precision. No function here reads free text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import formatting as fmt
from bot.evaluate.identities import DerivedSeries
from bot.marks import computed_mark, derived_mark, read_mark
from bot.records import Figure
from bot.resolve import Observation, Series, flow_key, same
from bot.selection import qualifiers
from lexicon.measures import terms_of
from lexicon.places import (
    code_key,
    display_name,
    gazetteer,
    normalise_name,
    without_of_which,
)
from vectorstore.periods import label as period_label
from vectorstore.periods import parse as _parse

_ROUNDING_PP = 0.1
_AVERAGE = {"month": "monthly average", "quarter": "quarterly average", "year": "annual average"}
_REPORTER = re.compile(r"reporter|declarant", re.I)  # the lead names the reporter already


def subject(series: Series) -> str:
    """What a series is about, in words: ``exports to Singapore``, ``imports``."""
    base = _flow_words(series.flow, series.partner)
    if isinstance(series, DerivedSeries) and series.identity is not None:
        base = f"{base} ({series.words or series.identity.words()})"
    label = series.measure.label
    derived = isinstance(series, DerivedSeries)
    extra = (
        [label]
        if not derived and qualifiers(series.measure, "") and flow_key(label) != series.flow
        else []
    )
    sa = series.measure.kind == "level" and re.search(r"\bsa\b", series.measure.basis or "")
    if sa and not any("adjusted" in e.casefold() for e in extra):
        extra.append("seasonally adjusted")
    terms = {"volume": "in real terms", "price": "prices"}
    extra += [terms[t] for t in sorted(terms_of(series.measure.label)) if not extra]
    extra += [
        value
        for name, value in series.keys
        if _role(series, name) not in {None, "partner", "flow"}
        and not _REPORTER.search(name)
        and (not value.casefold().startswith("total") or _several_totals(series, name))
    ]
    return f"{base} ({', '.join(extra)})" if extra else base


def _several_totals(series: Series, name: str) -> bool:
    """Whether a dimension has more than one total row (``Total 1``, ``Total 2``): then
    the answer says which."""
    dim = next((d for d in series.card.dimensions if d.name == name), None)
    return dim is not None and sum(v.casefold().startswith("total") for v in dim.values) > 1


def _flow_words(flow: str | None, partner: str | None) -> str:
    noun = flow or "value"
    if noun == "balance":
        noun = "trade balance"
    if partner is None:
        return f"total {noun}" if noun in {"exports", "imports", "re-exports"} else noun
    joint = {"imports": "from", "balance": "with"}.get(flow or "", "to")
    return f"{noun} {joint} {the(partner)}"


_THE = re.compile(
    r"^(?:united\b|netherlands\b|philippines\b|czech republic\b|republic of\b|"
    r"russian federation\b|dominican republic\b|bahamas\b|gambia\b|maldives\b|"
    r"eu\b|european union\b|uk\b|usa\b|us\b|uae\b|middle east\b|rest of\b)",
    re.I,
)


def the(name: str) -> str:
    """A country name as it reads in a sentence: ``the United States``, ``Japan``,
    ``South Korea (KR)`` for a table's ISO code."""
    shown = prose(name)
    return f"the {shown}" if _THE.match(shown.strip()) else shown


_ISO_CODE = re.compile(r"[A-Z]{2,3}")


def prose(name: str) -> str:
    """A partner value as prose names it: an ISO code a table writes (``KR``) reads as
    ``South Korea (KR)``; any other value is kept as written."""
    text = without_of_which(name)  # "of which China" reads as "China"
    if not _ISO_CODE.fullmatch(text) or normalise_name(text) in gazetteer():
        return text  # not a code, or a code people write as a name ("USA", "UK")
    key = code_key(text)
    if key is None:
        return name
    shown = display_name(key)
    return name if shown in (key, text) else f"{shown} ({text})"


def _role(series: Series, name: str) -> str | None:
    exact = next((d.role for d in series.card.dimensions if d.name == name), None)
    if exact is not None:
        return exact
    return next((d.role for d in series.card.dimensions if same(d.name, name)), None)


def rate_words(series: Series) -> str:
    """How a published rate is described: ``year-on-year change``."""
    basis = (series.measure.basis or "").lower()
    if series.measure.kind == "change_pct":
        if "mom" in basis.split() or "month" in basis:
            return "month-on-month change"
        if "sa" in basis.replace("_", " ").split() or "seasonal" in basis:
            return "seasonally adjusted change"
        if "yoy" in basis or not basis:
            return "year-on-year change"
        return f"change ({series.measure.basis})"
    if series.measure.kind == "share_pct":
        return "share"
    return series.measure.label


def decimals(series: Series) -> int:
    return fmt.PERCENT_DECIMALS if fmt.is_percent(series.unit) else series.decimals


def value_decimals(series: Series, value: float) -> int:
    """Decimals to show one published value: its own, at least one when the column has
    decimals (``36.0`` next to ``23.74``), never more than the column."""
    if fmt.is_percent(series.unit):
        return fmt.PERCENT_DECIMALS
    own = fmt.precision([value])
    floor = 1 if series.decimals >= 1 else 0
    return min(series.decimals, max(own, floor))


def show(series: Series, value: float) -> str:
    return fmt.display(value, series.unit, value_decimals(series, value))


def published(series: Series, obs: Observation) -> Figure:
    """A value read from the table as published (or the sum of its parts for a span, or
    the identity's sum of its components)."""
    if isinstance(series, DerivedSeries) and series.identity is not None:
        return derived(series, obs)
    if obs.parts:
        return total(series, obs.parts, obs.period, "sum")
    what = subject(series)
    if series.measure.kind in {"change_pct", "share_pct"} and not qualifiers(series.measure, ""):
        what = f"{what}, {rate_words(series)}"
    elif series.measure.kind not in {"level", "change_pct", "share_pct"}:
        what = series.measure.label
    shown = show(series, obs.value)
    return Figure(
        label=f"{_capital(what)}, {period_label(obs.period)}",
        value=fmt.round_half_up(obs.value, value_decimals(series, obs.value)),
        unit=series.unit,
        formula=f"as published: {shown}",
        sources=(series.source(obs),),
        display=shown,
        period=obs.period,
        table_id=series.card.id,
        names=names(series),
        mark=read_mark(obs),
    )


def derived(series: DerivedSeries, obs: Observation) -> Figure:
    """A value made by a trade identity from its components in one table:
    ``total exports = domestic exports + re-exports: 12.5 + 301.2 = 313.7``."""
    assert series.identity is not None
    d = series.decimals
    shown = show(series, obs.value)
    text = ""
    for i, (term, part) in enumerate(zip(series.identity.terms, obs.parts, strict=False)):
        sign = "" if i == 0 else (" + " if term.sign > 0 else " - ")
        text += f"{sign}{fmt.operand(part.value, d)}"
    if len(obs.parts) != len(series.identity.terms):  # a span: its months' sums
        text = " + ".join(fmt.operand(p.value, d) for p in obs.parts)
    return Figure(
        label=f"{_capital(subject(series))}, {period_label(obs.period)}",
        value=fmt.round_half_up(obs.value, d),
        unit=series.unit,
        formula=f"{series.identity.name} = {series.words or series.identity.words()}: "
        f"{text} = {shown}",
        sources=(series.source(obs),),
        display=shown,
        period=obs.period,
        table_id=series.card.id,
        names=names(series),
        mark=computed_mark(obs.parts),
    )


def change(series: Series, now: Observation, before: Observation, basis: str) -> Figure | None:
    """Percentage change between two published levels; None when the base is zero."""
    if before.value == 0:
        return None
    pct = (now.value / before.value - 1) * 100
    shown = fmt.percent(pct)
    d = series.decimals
    return Figure(
        label=f"{_capital(subject(series))}, {basis}, {period_label(now.period)}"
        f" vs {period_label(before.period)}",
        value=fmt.round_half_up(pct, fmt.rate_decimals(pct)),
        unit="%",
        formula=f"({fmt.operand(now.value, d)} / {fmt.operand(before.value, d)} - 1) x 100"
        f" = {shown}",
        sources=(series.source(now, before),),
        display=shown,
        period=now.period,
        table_id=series.card.id,
        names=names(series),
        mark=computed_mark((now, before)),
    )


def change_of_totals(now: Figure, before: Figure, decimals_: int) -> Figure:
    """Percentage change between two computed totals (e.g. a quarter and a year before)."""
    pct = (now.value / before.value - 1) * 100
    shown = fmt.percent(pct)
    when = f"{period_label(now.period or '')} vs {period_label(before.period or '')}"
    return Figure(
        label=f"{now.label.split(',')[0]}, change, {when}",
        value=fmt.round_half_up(pct, fmt.rate_decimals(pct)),
        unit="%",
        formula=f"({fmt.operand(now.value, decimals_)} / {fmt.operand(before.value, decimals_)}"
        f" - 1) x 100 = {shown}",
        sources=now.sources + before.sources,
        display=shown,
        period=now.period,
        table_id=now.table_id,
        names=now.names,
        mark=derived_mark(now, before),
    )


def check_published(published_rate: Figure, recomputed: Figure) -> Figure:
    """The published rate, flagged when the levels give another rate beyond rounding."""
    ours = fmt.round_half_up(recomputed.value, fmt.PERCENT_DECIMALS)
    if abs(ours - published_rate.value) <= _ROUNDING_PP + 1e-9:
        return published_rate
    flag = (
        f"published {published_rate.display} differs from {recomputed.display} "
        f"recomputed from the levels"
    )
    return _replace(published_rate, published=published_rate.value, flag=flag)


def difference(
    label: str, a: Figure, b: Figure, unit: str, decimals_: int, period: str | None
) -> Figure:
    """``a - b`` (in percentage points when both are rates)."""
    value = a.value - b.value
    shown = fmt.points(value) if unit == "pp" else fmt.display(value, unit, decimals_)
    return Figure(
        label=label,
        value=fmt.round_half_up(value, decimals_),
        unit=unit,
        formula=f"{fmt.operand(a.value, decimals_)} - {fmt.operand(b.value, decimals_)} = {shown}",
        sources=a.sources + tuple(s for s in b.sources if s not in a.sources),
        display=shown,
        period=period,
        table_id=a.table_id,
        names=tuple(dict.fromkeys(a.names + b.names)),
        mark=derived_mark(a, b),
    )


def share(part: Series, part_obs: Observation, total: Series, total_obs: Observation) -> Figure:
    """Part / total x 100."""
    pct = part_obs.value / total_obs.value * 100
    shown = fmt.percent(pct)
    d = max(part.decimals, total.decimals)
    sources: tuple[str, ...] = (part.source(part_obs),)
    if total.source(total_obs) not in sources:
        sources += (total.source(total_obs),)
    return Figure(
        label=f"Share of {subject(part)} in {subject(total)}, {period_label(part_obs.period)}",
        value=fmt.round_half_up(pct, fmt.rate_decimals(pct)),
        unit="%",
        formula=f"{fmt.operand(part_obs.value, d)} / {fmt.operand(total_obs.value, d)} x 100"
        f" = {shown}",
        sources=sources,
        display=shown,
        period=part_obs.period,
        table_id=part.card.id,
        names=tuple(dict.fromkeys(names(part) + names(total))),
        mark=computed_mark((part_obs, total_obs)),
    )


def total(series: Series, observations: Sequence[Observation], span: str, how: str) -> Figure:
    """Sum or mean of monthly values over a span (the caller checks every month is there)."""
    values = [o.value for o in observations]
    d = decimals(series)
    raw = sum(values) if how == "sum" else sum(values) / len(values)
    out_d = d
    shown = fmt.display(raw, series.unit, out_d)
    operands = " + ".join(fmt.operand(v, d) for v in values)
    formula = f"{operands} = {shown}" if how == "sum" else f"({operands}) / {len(values)} = {shown}"
    kind = _parse(observations[0].period).kind if observations else "month"
    word = "total" if how == "sum" else f"{_AVERAGE.get(kind, 'average')}"
    return Figure(
        label=f"{_capital(subject(series))}, {word}, {period_label(span)}",
        value=fmt.round_half_up(raw, out_d),
        unit=series.unit,
        formula=formula,
        sources=(series.source(*observations),),
        display=shown,
        period=span,
        table_id=series.card.id,
        names=names(series),
        mark=computed_mark(observations),
    )


def balance(exports: Series, ex: Observation, imports: Series, im: Observation) -> Figure:
    """Exports minus imports."""
    d = max(exports.decimals, imports.decimals)
    value = ex.value - im.value
    shown = fmt.display(value, exports.unit, d)
    sources: tuple[str, ...] = (exports.source(ex),)
    if imports.source(im) not in sources:
        sources += (imports.source(im),)
    return Figure(
        label=f"Trade balance (exports minus imports), {period_label(ex.period)}",
        value=fmt.round_half_up(value, d),
        unit=exports.unit,
        formula=f"{fmt.operand(ex.value, d)} - {fmt.operand(im.value, d)} = {shown}",
        sources=sources,
        display=shown,
        period=ex.period,
        table_id=exports.card.id,
        names=names(exports),
        mark=computed_mark((ex, im)),
    )


def ratio(label: str, part: Figure, whole: Figure, period: str | None) -> Figure:
    """|part| / whole x 100 (e.g. a deficit as a share of imports)."""
    pct = abs(part.value) / whole.value * 100
    shown = fmt.percent(pct)
    d = max(fmt.decimals_of(part.display), fmt.decimals_of(whole.display))
    return Figure(
        label=label,
        value=fmt.round_half_up(pct, fmt.rate_decimals(pct)),
        unit="%",
        formula=f"{fmt.operand(abs(part.value), d)} / {fmt.operand(whole.value, d)} x 100"
        f" = {shown}",
        sources=part.sources + tuple(s for s in whole.sources if s not in part.sources),
        display=shown,
        period=period,
        table_id=part.table_id,
        names=tuple(dict.fromkeys(part.names + whole.names)),
        mark=derived_mark(part, whole),
    )


def contribution(
    series: Series, now: Observation, before: Observation, base_total: float, total_src: str
) -> Figure:
    """Percentage points a partner added to total growth: (now - before) / total before x 100."""
    d = series.decimals
    pp = (now.value - before.value) / base_total * 100
    shown = fmt.points(pp)
    return Figure(
        label=f"Contribution of {subject(series)} to growth, {period_label(now.period)}",
        value=fmt.round_half_up(pp, fmt.PERCENT_DECIMALS),
        unit="pp",
        formula=f"({fmt.operand(now.value, d)} - {fmt.operand(before.value, d)})"
        f" / {fmt.operand(base_total, d)} x 100 = {shown}",
        sources=(series.source(now, before), total_src),
        display=shown,
        period=now.period,
        table_id=series.card.id,
        names=names(series),
        mark=computed_mark((now, before)),
    )


def summed_contribution(
    label: str,
    parts: Sequence[tuple[Series, Observation, Observation]],
    base_total: float,
    total_src: str,
) -> Figure:
    """What several partners together added to total growth, in percentage points:
    (their sum now - their sum before) / total before x 100, the sum of their
    contributions written with two operands however many partners there are. The
    partners come from one table, so one source names all their rows."""
    first = parts[0][0]
    now = sum(n.value for _, n, _ in parts)
    before = sum(b.value for _, _, b in parts)
    rows = [o for _, n, b in parts for o in (n, b)]
    pp = (now - before) / base_total * 100
    shown = fmt.points(pp)
    d = max(s.decimals for s, _, _ in parts)
    return Figure(
        label=label,
        value=fmt.round_half_up(pp, fmt.PERCENT_DECIMALS),
        unit="pp",
        formula=f"({fmt.operand(now, d)} - {fmt.operand(before, d)})"
        f" / {fmt.operand(base_total, d)} x 100 = {shown}",
        sources=(first.source(*rows), total_src),
        display=shown,
        period=parts[0][1].period,
        table_id=first.card.id,
        names=tuple(dict.fromkeys(n for s, _, _ in parts for n in names(s))),
        mark=computed_mark(rows),
    )


def sum_of(label: str, parts: Sequence[Figure], unit: str) -> Figure:
    """The sum of computed figures (e.g. the contributions of the partners listed)."""
    value = sum(f.value for f in parts)
    shown = fmt.points(value) if unit == "pp" else fmt.display(value, unit, fmt.PERCENT_DECIMALS)
    operands = " + ".join(fmt.operand(f.value, fmt.PERCENT_DECIMALS) for f in parts)
    return Figure(
        label=label,
        value=fmt.round_half_up(value, fmt.PERCENT_DECIMALS),
        unit=unit,
        formula=f"{operands} = {shown}",
        sources=tuple(dict.fromkeys(s for f in parts for s in f.sources)),
        display=shown,
        period=parts[0].period if parts else None,
        table_id=parts[0].table_id if parts else None,
        names=tuple(dict.fromkeys(n for f in parts for n in f.names)),
        mark=derived_mark(*parts),
    )


def names(series: Series) -> tuple[str, ...]:
    """The dimension values a series is about (partner, flow, commodity ...)."""
    return tuple(value for _, value in series.keys)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _replace(figure: Figure, **changes: object) -> Figure:
    from dataclasses import replace

    return replace(figure, **changes)  # type: ignore[arg-type]

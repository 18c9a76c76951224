"""The claim intent: is a number someone stated what the tables say?

A claim agrees when the table's value, rounded to the claim's own precision, equals
it (``"32%"`` agrees with 32.0 and 31.96); "over 60%" agrees with anything above 60.
When the table's row comes from a source that is not an official release, the answer
says the table does not independently confirm the claim.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, no_data
from bot.findings import prior, what_of
from bot.partners import matching_values
from bot.records import Citation, Claim, Figure
from bot.resolve import Observation, Series, period_order
from bot.tolerance import agrees
from vectorstore.periods import label as period_label

_FLOW_WORD = re.compile(r"\b(?:re-?)?exports?|\bimports?|\btrade balance|\bsurplus|\bdeficit", re.I)
_NOT_INDEPENDENT = re.compile(r"not (?:verified|official)|unofficial|commentary|citing", re.I)


def claim(ctx: Context) -> Findings:
    stated = ctx.plan.claim
    if stated is None:
        return no_data(ctx, "a stated figure to check", ctx.period, None)
    kinds: tuple[str, ...] = (
        ("change_pct", "share_pct", "ratio_pct") if fmt.is_percent(stated.unit) else ("level",)
    )
    if ctx.plan.measure_kind in kinds and len(kinds) > 1:
        # "exports grew 8.1%": a growth rate, never a share that happens to be published
        kinds = (ctx.plan.measure_kind,)
    candidates = [c for c in _candidates(ctx, kinds) if in_claim_unit(stated, c[0]) is not None]
    matches = [(s, o) for s, o in candidates if agrees(stated, _scaled(stated, s, o.value))]
    if matches:
        return _verdict(stated, *matches[0], agree=True)
    specific = bool(ctx.period) and bool(candidates)
    if specific:
        return _verdict(stated, *candidates[0], agree=False)
    if ctx.period and fmt.is_percent(stated.unit):
        derived = _recomputed(ctx, stated)
        if derived is not None:
            return derived
    if not ctx.plan.partners and not ctx.period:
        # With nothing to pin the claim to, only an exact match counts.
        if ctx.plan.measure_kind:
            kinds = tuple(k for k in kinds if k == ctx.plan.measure_kind) or kinds
        scanned = matching_values(ctx.source, ctx.plan, kinds, stated.value, 1e-9)
        scanned = [
            (s, o)
            for s, o in scanned
            if agrees(stated, o.value) and (not ctx.plan.flow or s.flow == ctx.plan.flow)
        ]
        scanned.sort(key=lambda item: abs(item[1].value - stated.value))
        if scanned:
            return _verdict(stated, *scanned[0], agree=True)
    if not ctx.period and (ctx.plan.partners or _FLOW_WORD.search(ctx.plan.question)):
        latest = _latest(ctx, stated, kinds)
        if latest is not None:
            return latest
    return _unchecked(ctx, stated, candidates)


def _latest(ctx: Context, stated: Claim, kinds: tuple[str, ...]) -> Findings | None:
    """A claim that names no period, checked against the latest period with a figure:
    the published one, else (for a rate) the rate recomputed from the levels."""
    published = [
        (series, obs)
        for partner in ctx.plan.partners or (None,)
        for series in ctx.series(kinds, partner)
        if in_claim_unit(stated, series) is not None
        for obs in series.observations
    ]
    if published:
        series, obs = max(published, key=lambda item: period_order(item[1].period))
        agree = agrees(stated, _scaled(stated, series, obs.value))
        found = _verdict(stated, series, obs, agree=agree)
        return replace(found, lead=found.lead + _latest_words(obs.period))
    if not fmt.is_percent(stated.unit):
        return None
    derived = _recomputed(ctx, stated, latest=True)
    if derived is None or not derived.figures or derived.figures[0].period is None:
        return derived
    return replace(derived, lead=derived.lead + _latest_words(derived.figures[0].period))


def _latest_words(period: str) -> str:
    return (
        f" The claim names no period, so it is checked against the latest period "
        f"the table has a figure for: {period_label(period)}."
    )


def _candidates(ctx: Context, kinds: tuple[str, ...]) -> list[tuple[Series, Observation]]:
    if not ctx.plan.partners and not ctx.period:
        return []
    found: list[tuple[Series, Observation]] = []
    for partner in ctx.plan.partners or (None,):
        for series in ctx.series(kinds, partner, period=ctx.period):
            observations = series.at(ctx.period) if ctx.period else series.observations
            found.extend((series, o) for o in observations)
    return found


_SCALE_WORDS = (
    (re.compile(r"\b(?:tn|trillions?)\b", re.I), 1e12),
    (re.compile(r"\b(?:bn|billions?|b)\b", re.I), 1e9),
    (re.compile(r"\b(?:mn|millions?|m|mln)\b", re.I), 1e6),
    (re.compile(r"\b(?:thousands?|k)\b|'000", re.I), 1e3),
)
_CURRENCY = re.compile(r"[A-Z]{0,3}\$|[A-Z]{3}\b|KSh\b|\bQR\b|\bJD\b|€|£|¥|₦")


_CODES = {"USD": "US$", "HKD": "HK$", "SGD": "S$", "NZD": "NZ$", "AUD": "A$", "CAD": "C$",
          "TWD": "NT$", "QAR": "QR", "MYR": "RM", "CNY": "RMB"}  # fmt: skip


def _same_currency(a: str, b: str) -> bool:
    """One currency, however written; a bare ``$`` (a table that says only "dollars") is
    any dollar a question names."""
    if "$" in (a, b):
        return all(_code(c).endswith("$") for c in (a, b))
    return _code(a) == _code(b)


def _code(currency: str) -> str:
    """One spelling a currency: ``USD`` and ``US$`` are the same dollar."""
    upper = currency.upper()
    return _CODES.get(upper, upper)


def scale_of(unit: str) -> float:
    """The multiplier a unit's words imply (``US$ bn`` -> 1e9); 1 when it names none."""
    return next((factor for pattern, factor in _SCALE_WORDS if pattern.search(unit)), 1.0)


def in_claim_unit(stated: Claim, series: Series) -> float | None:
    """The factor turning the table's values into the claim's unit (million -> bn: 1e-3);
    None when the two cannot be compared (another currency, a rate against a level)."""
    return unit_factor(claim_unit(stated), series)


_WRITTEN_CURRENCY = re.compile(r"(?<![A-Za-z])([A-Z]{1,3}\$)\s?\d")


def claim_unit(stated: Claim) -> str:
    """The claim's unit with the currency as the claim writes it: a bare ``$ bn`` of a
    claim that says ``NZ$9.3 billion`` is ``NZ$ bn``."""
    unit = stated.unit.strip()
    match = _WRITTEN_CURRENCY.search(stated.text)
    if match and unit.startswith("$"):
        return match.group(1) + unit[1:]
    return unit


def unit_factor(unit: str, series: Series) -> float | None:
    """The factor turning the table's values into a unit as a question writes it
    (``HK$ bn``, ``%``); None when the two cannot be compared."""
    if fmt.is_percent(unit) or unit == "pp":
        return 1.0 if fmt.is_percent(series.unit) or series.measure.kind != "level" else None
    if fmt.is_percent(series.unit):
        return None
    mine, theirs = _CURRENCY.search(unit), _CURRENCY.search(series.unit)
    if mine and theirs and not _same_currency(mine.group(0), theirs.group(0)):
        return None
    table = series.measure.scale or scale_of(series.unit)
    return table / scale_of(unit)


def _scaled(stated: Claim, series: Series, value: float) -> float:
    factor = in_claim_unit(stated, series)
    return value * factor if factor is not None else value


def _converted(stated: Claim, series: Series, fig: Figure) -> Figure | None:
    """The table's figure written in the claim's unit, when the units differ in scale."""
    factor = in_claim_unit(stated, series)
    if factor is None or abs(factor - 1.0) < 1e-12 or fmt.is_percent(stated.unit):
        return None
    decimals = max(fmt.written_decimals(stated.value), 1)  # as the claim writes its number
    value = fmt.round_half_up(fig.value * factor, decimals)
    shown = fmt.display(value, claim_unit(stated), decimals)
    how = f"x {factor:g}" if factor >= 1 else f"/ {1 / factor:g}"
    return replace(
        fig,
        label=f"{fig.label}, in the claim's unit",
        value=value,
        unit=claim_unit(stated),
        formula=f"{fmt.operand(fig.value, figs.decimals(series))} {how} = {shown}",
        display=shown,
    )


def _recomputed(ctx: Context, stated: Claim, *, latest: bool = False) -> Findings | None:
    """A claimed rate with no published one: the rate recomputed from the levels (at the
    asked period, or with ``latest`` at the latest one where the value and its base exist)."""
    basis = ctx.plan.basis if ctx.plan.basis in ("yoy", "mom") else "yoy"
    for series, now, then in _level_pairs(ctx, basis, latest=latest):
        fig = figs.change(series, now, then, "year-on-year change")
        if fig is None:
            continue
        agree = agrees(stated, fig.value)
        words = "year on year" if basis == "yoy" else "on the previous period"
        verb = fmt.direction(fig.value, "rose", "fell", "were unchanged")
        amount = f" {fmt.unsigned(fig.display)}" if fig.value else ""
        what = f"{figs.subject(series)} {verb}{amount} {words} in {period_label(now.period)}"
        verdict = "agrees with" if agree else "does not support"
        lead = (
            f"The table {verdict} the claim: computed from its levels, {what}"
            f"{'' if agree else f', not {_claimed(stated)}'}."
        )
        levels = (figs.published(series, now), figs.published(series, then))
        return Findings(lead, (fig, *levels), provenance=now.attributes, verdict=_word(agree=agree))
    return None


def _level_pairs(
    ctx: Context, basis: str, *, latest: bool
) -> list[tuple[Series, Observation, Observation]]:
    """Levels and their bases: at the asked period, or with ``latest`` at each series'
    latest period where both exist (the latest first)."""
    pairs: list[tuple[Series, Observation, Observation]] = []
    for partner in ctx.plan.partners or (None,):
        for series in ctx.series(("level",), partner, period=None if latest else ctx.period):
            if series.flow == "balance":
                continue
            periods = series.periods()[::-1] if latest else [ctx.period or ""]
            for period in periods:
                now, then = series.first(period), series.first(prior(period, basis))
                if now is not None and then is not None:
                    pairs.append((series, now, then))
                    break
    if latest:
        pairs.sort(key=lambda pair: period_order(pair[1].period), reverse=True)
    return pairs


def _verdict(stated: Claim, series: Series, obs: Observation, *, agree: bool) -> Findings:
    fig = figs.published(series, obs)
    what = f"{figs.subject(series)}, {_rate(series)}{period_label(obs.period)}"
    converted = _converted(stated, series, fig)
    gives = f"{converted.display} ({fig.display})" if converted else fig.display
    if agree:
        lead = f"The table agrees with the claim: it gives {gives} for {what}."
    else:
        lead = (
            f"The table does not support the claim: it gives {gives} for {what}, "
            f"not {_claimed(stated)}."
        )
    kind = obs.attribute("source_kind") or obs.attribute("source") or ""
    if kind and (_NOT_INDEPENDENT.search(kind) or "official" not in kind.lower()):
        lead += (
            f" But the table's source for this row is {kind}, not an official release, so "
            "the table does not independently confirm the figure."
        )
    shown = (fig, converted) if converted else (fig,)
    return Findings(lead, shown, provenance=obs.attributes, verdict=_word(agree=agree))


def _word(*, agree: bool) -> str:
    return "supported" if agree else "contradicted"


def _rate(series: Series) -> str:
    return f"{figs.rate_words(series)}, " if series.measure.kind != "level" else ""


def _claimed(stated: Claim) -> str:
    """The claimed number as the claim writes it (never another number in its sentence,
    such as the 1 of "Total 1")."""
    for match in re.finditer(
        r"(?:[A-Z]{0,3}\$\s?)?\d[\d.,]*(?:\s*(?:%|per cent|bn\b|billion|mn\b|million|thousand))?",
        stated.text,
    ):
        digits = re.search(r"\d[\d,]*(?:\.\d+)?", match.group(0))
        if digits and abs(float(digits.group(0).replace(",", "")) - abs(stated.value)) < 1e-9:
            return match.group(0).strip()
    return fmt.display(stated.value, claim_unit(stated), 1)


def _unchecked(
    ctx: Context, stated: Claim, candidates: list[tuple[Series, Observation]]
) -> Findings:
    lead = f"I found no table figure to check {_claimed(stated)} against."
    figures: list[Figure] = []
    lines: list[str] = []
    if candidates:
        series, obs = max(candidates, key=lambda c: c[1].period)
        fig = figs.published(series, obs)
        figures.append(fig)
        lead = (
            f"No figure in the tables for {figs.subject(series)} matches {_claimed(stated)}; "
            f"the latest is {fig.display} ({period_label(obs.period)})."
        )
    if not figures:
        partner = ctx.plan.partners[0] if ctx.plan.partners else None
        lines = list(no_data(ctx, what_of(ctx, partner), ctx.period, partner).lines)
    return Findings(lead, tuple(figures), tuple(lines), answered=bool(figures))


_GENERIC = frozenset(
    [
        "hk",
        "hong",
        "kong",
        "trade",
        "news",
        "exports",
        "imports",
        "export",
        "import",
        "value",
        "table",
        "tables",
        "csv",
        "txt",
        "md",
        "official",
        "release",
        "press",
        "copy",
        "via",
        "the",
        "and",
        "of",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "derived",
    ]
)


def same_article(
    provenance: tuple[tuple[str, str], ...], citations: tuple[Citation, ...]
) -> str | None:
    """A note when the table row's source looks like the very article quoted."""
    origin = " ".join(v for k, v in provenance if "source" in k.lower())
    mine = _name_tokens(origin)
    if not mine:
        return None
    for cite in citations:
        theirs = _name_tokens(f"{cite.source} {cite.url or ''}")
        if len(mine & theirs) >= 2:
            return (
                f"The table row appears to come from the same article as quote [{cite.id}], "
                "so it is not independent confirmation."
            )
    return None


def _name_tokens(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w for w in words if len(w) > 2 and w not in _GENERIC}


_PCT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|per ?cent)")
_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])


def contradicted(figures: tuple[Figure, ...], citations: tuple[Citation, ...]) -> list[str]:
    """Notes for quotes that state, for the same partner and period, a rate the tables
    contradict ("The article's 12.4% differs from the table's 2.4% [1].")."""
    notes: list[str] = []
    rates = [f for f in figures if f.unit == "%" and f.period and f.names]
    for fig in rates[:1]:
        names = [n for n in fig.names if not n.lower().startswith("total")]
        words = _period_words(fig.period or "")
        for cite in citations:
            for sentence in re.split(r"(?<=[.!?])\s+", cite.quote):
                low = sentence.lower()
                if not names or not all(n.lower() in low for n in names):
                    continue
                if words and not all(w in low for w in words):
                    continue
                stated = [m.group(0) for m in _PCT.finditer(sentence)]
                values = [float(m.group(1)) for m in _PCT.finditer(sentence)]
                if not values or any(abs(abs(fig.value) - v) <= 0.1 + 1e-9 for v in values):
                    continue
                notes.append(
                    f"The article's {stated[0]} differs from the table's {fig.display} [{cite.id}]."
                )
    return list(dict.fromkeys(notes))


def _period_words(period: str) -> list[str]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if match:
        return [_MONTHS[int(match.group(2)) - 1], match.group(1)]
    year = re.match(r"\d{4}", period)
    return [year.group(0)] if year else []

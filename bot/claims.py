"""The claim intent: is a number someone stated what the tables say?

A claim agrees when the table's value, rounded to the claim's own precision, equals
it (``"32%"`` agrees with 32.0 and 31.96); "over 60%" agrees with anything above 60.
When the table's row comes from a source that is not an official release, the answer
says the table does not independently confirm the claim.
"""

from __future__ import annotations

import re

from bot import figures as figs
from bot import formatting as fmt
from bot.context import Context, Findings, no_data
from bot.findings import what_of
from bot.partners import matching_values
from bot.records import Citation, Claim, Figure
from bot.resolve import Observation, Series
from vectorstore.periods import label as period_label

_ABOVE = re.compile(r"\b(?:over|more than|above|at least|exceed\w*|upwards of)\b", re.I)
_BELOW = re.compile(r"\b(?:under|less than|below|at most|up to)\b", re.I)
_NOT_INDEPENDENT = re.compile(r"not (?:verified|official)|unofficial|commentary|citing", re.I)


def agrees(claim: Claim, value: float) -> bool:
    if _ABOVE.search(claim.text):
        return value >= claim.value
    if _BELOW.search(claim.text):
        return value <= claim.value
    decimals = fmt.decimals_of(claim.text) if re.search(r"\d", claim.text) else 1
    return abs(fmt.round_half_up(value, decimals) - claim.value) < 1e-9


def claim(ctx: Context) -> Findings:
    stated = ctx.plan.claim
    if stated is None:
        return no_data(ctx, "a stated figure to check", ctx.period, None)
    kinds: tuple[str, ...] = (
        ("change_pct", "share_pct", "ratio_pct") if fmt.is_percent(stated.unit) else ("level",)
    )
    candidates = _candidates(ctx, kinds)
    matches = [(s, o) for s, o in candidates if agrees(stated, o.value)]
    if matches:
        return _verdict(stated, *matches[0], agree=True)
    specific = bool(ctx.period) and bool(candidates)
    if specific:
        return _verdict(stated, *candidates[0], agree=False)
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
    return _unchecked(ctx, stated, candidates)


def _candidates(ctx: Context, kinds: tuple[str, ...]) -> list[tuple[Series, Observation]]:
    if not ctx.plan.partners and not ctx.period:
        return []
    found: list[tuple[Series, Observation]] = []
    for partner in ctx.plan.partners or (None,):
        for series in ctx.series(kinds, partner, period=ctx.period):
            observations = series.at(ctx.period) if ctx.period else series.observations
            found.extend((series, o) for o in observations)
    return found


def _verdict(stated: Claim, series: Series, obs: Observation, *, agree: bool) -> Findings:
    fig = figs.published(series, obs)
    what = f"{figs.subject(series)}, {_rate(series)}{period_label(obs.period)}"
    if agree:
        lead = f"The table agrees with the claim: it gives {fig.display} for {what}."
    else:
        lead = (
            f"The table does not support the claim: it gives {fig.display} for {what}, "
            f"not {_claimed(stated)}."
        )
    kind = obs.attribute("source_kind") or obs.attribute("source") or ""
    if kind and (_NOT_INDEPENDENT.search(kind) or "official" not in kind.lower()):
        lead += (
            f" But the table's source for this row is {kind}, not an official release, so "
            "the table does not independently confirm the figure."
        )
    return Findings(lead, (fig,), provenance=obs.attributes)


def _rate(series: Series) -> str:
    return f"{figs.rate_words(series)}, " if series.measure.kind != "level" else ""


def _claimed(stated: Claim) -> str:
    match = re.search(r"[\d.,]+\s*%?", stated.text)
    return match.group(0).strip() if match else fmt.display(stated.value, stated.unit, 1)


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

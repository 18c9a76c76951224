"""What every intent handler needs: the plan, the tables, and the result it builds.

`Findings` is what computing a plan yields before retrieval: the direct answer
sentence, the figures it rests on, extra lines for the answer, caveats, a chart spec.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from bot import formatting as fmt
from bot.evaluate.identities import derive as derive_series
from bot.evaluate.identities import derive_total
from bot.figures import prose, the
from bot.marks import annotated, stamped
from bot.partners import partners_at
from bot.records import Figure, QueryPlan
from bot.resolve import Series, TableSource, is_region, is_total, period_order
from bot.selection import Want, find_series
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_DIGIT = re.compile(r"\d")  # names listed without a figure must not look like numbers
_REPORTER = re.compile(r"reporter|declarant", re.I)  # the lead names the reporter already
ALL_KINDS = ("level", "change_pct", "share_pct", "ratio_pct", "count", "other")
_GROWTH = re.compile(
    r"\b(?:grow|grew|growth|rise|rose|risen|increase|surge|jump|fall|fell|fallen|decline|"
    r"drop|fastest|slowest|drove|driven|change|up|down|boom|contract)\w*",
    re.I,
)


@dataclass(frozen=True)
class Findings:
    """The computed part of an answer."""

    lead: str
    figures: tuple[Figure, ...] = ()
    lines: tuple[str, ...] = ()  # extra bullet lines under the lead (each uses figure displays)
    notes: tuple[str, ...] = ()  # caveats: flags, missing months, unmatched names
    chart: dict[str, Any] | None = None
    answered: bool = True  # False: no data for what was asked
    provenance: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # claim row attributes
    ranked: tuple[str, ...] = ()  # the partners a ranking names, best first
    verdict: str | None = None  # "yes"/"no", "supported"/"contradicted"


@dataclass(frozen=True)
class Context:
    """The plan and the tables, with the look-ups every handler uses."""

    plan: QueryPlan
    source: TableSource

    @property
    def words(self) -> str:
        return " ".join((self.plan.question, *self.plan.keywords))

    @property
    def flow(self) -> str:
        return self.plan.flow or "exports"

    @property
    def period(self) -> str | None:
        return self.plan.periods[-1] if self.plan.periods else None

    @property
    def flow_words(self) -> str:
        """The flow with the plan's other filters: ``exports (XI Textiles)``."""
        return subject_words(self, None)

    def asks_growth(self) -> bool:
        return bool(_GROWTH.search(self.plan.question))

    def kinds(self, default: tuple[str, ...] = ALL_KINDS) -> tuple[str, ...]:
        if self.plan.measure_kind:
            first = (self.plan.measure_kind,)
            return first + tuple(k for k in default if k != self.plan.measure_kind)
        return default

    def series(
        self,
        kinds: tuple[str, ...],
        partner: str | None = None,
        *,
        flow: str | None = None,
        basis: str | None = None,
        period: str | None = None,
        derive: bool = True,
    ) -> list[Series]:
        """The series that fit, best first. A flow no table publishes (total exports
        where a table has only domestic exports and re-exports) is made by a trade
        identity (`bot.evaluate.identities`) when ``derive``; never answered by one of
        its parts."""

        def find(each: str, who: str | None = partner) -> list[Series]:
            want = Want(kinds, each, who, self.plan.filters, basis, period, self.words)
            found = find_series(self.source, self.plan, want)
            return [s for s in found if s.at(period)] if period is not None else found

        def find_or_derive(each: str) -> list[Series]:
            # one level down: the balance's exports may themselves be made by an identity
            return find(each) or derive_series(each, find)

        wanted = flow or self.flow
        found = find(wanted)
        if found or not derive or "level" not in kinds:
            return found
        made = derive_series(wanted, find_or_derive)
        if not made and partner is None:  # no world row: intra-EU + extra-EU
            made = derive_total(
                lambda key: [s for v in self._partners_keyed(key) for s in find(wanted, v)]
            )
        return [s for s in made if s.at(period)] if period is not None else made

    def _partners_keyed(self, key: str) -> list[str]:
        """Partner values of the plan's tables whose place key is ``key`` (``EU27_2020``)."""
        from lexicon.places import code_key, place_key

        names = set(self.plan.table_ids)
        values = []
        for card in self.source.cards():
            dim = card.dimension("partner")
            if dim is None or (names and card.id not in names):
                continue
            values += [v for v in dim.values if (place_key(v) or code_key(v)) == key]
        return list(dict.fromkeys(values))

    def partners(self, kinds: tuple[str, ...], period: str, basis: str | None) -> list[Series]:
        want = Want(kinds, self.flow, None, self.plan.filters, basis, period, self.words)
        found = partners_at(self.source, self.plan, want, period)
        return [s for s in found if s.partner and not is_total(s.partner)]


def latest(series: list[Series]) -> str | None:
    periods = {p for s in series for p in s.periods()}
    return max(periods, key=period_order) if periods else None


def nearest(periods: list[str], target: str, n: int = 3) -> list[str]:
    """The periods closest in time to the target (same kind first)."""
    try:
        goal = parse(target)
    except ValueError:
        return periods[-n:]
    scored = []
    for text in periods:
        try:
            p = parse(text)
        except ValueError:
            continue
        scored.append(((p.kind != goal.kind, abs(p.end - goal.end)), text))
    return sorted(text for _, text in sorted(scored)[:n])


_STEPS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def coverage(periods: list[str], target: str) -> str:
    """The span a series covers, in the kind of period asked: ``2019 to 2024``,
    ``January 2024 to June 2025``, naming the periods missing inside it."""
    parsed = []
    for text in periods:
        try:
            parsed.append(parse(text))
        except ValueError:
            continue
    if not parsed:
        return ""
    kinds = [p.kind for p in parsed]
    try:
        kind = parse(target).kind
    except ValueError:
        kind = max(set(kinds), key=kinds.count)
    if kind not in kinds:
        kind = max(set(kinds), key=kinds.count)
    same = sorted({p.start: p for p in parsed if p.kind == kind}.values(), key=lambda p: p.start)
    first, last = same[0], same[-1]
    if first == last:
        return period_label(first)
    text = f"{period_label(first)} to {period_label(last)}"
    step = _STEPS.get(kind)
    if step is None:
        return text
    have = {p.start for p in same}
    gaps = [  # the period asked is left out: the answer already says it has no figure
        period_label(first.shift(m - first.start))
        for m in range(first.start, last.start + 1, step)
        if m not in have and str(first.shift(m - first.start)) != target
    ]
    if gaps:
        more = ", ..." if len(gaps) > 6 else ""
        text += f", none for {fmt.join_words(gaps[:6])}{more}"
    return text


def subject_words(ctx: Context, partner: str | None, *, numbered: bool = False) -> str:
    """The flow, partner and other filters asked about, in words: ``imports from
    Vietnam``, ``exports to China (XVII Vehicles, aircraft, vessels)``. A filter value
    holding digits (``HS 87``) is named only when ``numbered`` (the answer's figures
    name it, so the evidence check accepts it)."""
    flow = "trade balance" if ctx.flow == "balance" else ctx.flow
    words = flow
    if partner is not None:
        joint = {"imports": "from", "trade balance": "with"}.get(flow, "to")
        words = f"{flow} {joint} {the(partner)}"
    extra = [
        value
        for name, value in ctx.plan.filters
        if not _REPORTER.search(name)
        and not value.casefold().startswith("total")
        and (numbered or not _DIGIT.search(value))
    ]
    return f"{words} ({', '.join(extra)})" if extra else words


def no_data(
    ctx: Context,
    what: str,
    period: str | None,
    partner: str | None,
    kinds: tuple[str, ...] | None = None,
) -> Findings:
    """Say plainly that there is no figure, and what there is instead (no numbers): the
    nearest periods with the same kind of figure, never the period asked."""
    when = f" for {period_label(period)}" if period else ""
    lead = f"I have no figure for {what}{when} in the ingested tables."
    lines: list[str] = []
    same_kind = kinds or _asked_kinds(ctx)
    around = ctx.series(same_kind, partner)
    if period and around:
        have = sorted({p for s in around for p in s.periods()} - {period}, key=period_order)
        covered = coverage(have, period)
        if covered:
            close = fmt.join_words([period_label(p) for p in nearest(have, period, 2)])
            lines.append(
                f"Figures on {subject_words(ctx, partner)} in the tables: {covered} "
                f"(nearest: {close})."
            )
    if period:
        other = [
            k for k in ALL_KINDS if k not in same_kind and ctx.series((k,), partner, period=period)
        ]
        if other:
            words = fmt.join_words([_KIND_NAMES.get(k, k) for k in other])
            lines.insert(0, f"For {period_label(period)} the tables have only {words}.")
    if period and partner is not None:
        others = sorted({s.partner or "" for s in ctx.partners(ALL_KINDS, period, None)})
        others = [o for o in others if o and not is_region(o) and not _DIGIT.search(o)]
        if others:
            lines.append(
                f"Partners with {ctx.flow} data for {period_label(period)}: "
                f"{fmt.join_words([prose(o) for o in others[:12]])}."
            )
    from bot.breakdowns import choices

    lines.extend(choices(ctx, partner))
    return Findings(lead=lead, lines=tuple(lines), answered=False)


_KIND_NAMES = {
    "level": "a value",
    "change_pct": "a rate of change",
    "share_pct": "a share",
    "ratio_pct": "a ratio",
    "count": "a count",
    "other": "another kind of figure",
}


def _asked_kinds(ctx: Context) -> tuple[str, ...]:
    """The kind of figure a question asks for: a rate when it asks about growth."""
    if ctx.plan.measure_kind:
        return (ctx.plan.measure_kind,)
    if ctx.plan.intent in {"change", "rank"} and ctx.asks_growth():
        return ("change_pct", "level")  # a rate is published or recomputed from levels
    if ctx.plan.intent == "share":
        return ("share_pct", "ratio_pct", "level")
    if ctx.plan.intent in {"lookup", "aggregate", "balance", "compare", "trend"}:
        return ("level",) if not ctx.asks_growth() else ("change_pct", "level")
    return ALL_KINDS


_KIND = re.compile(r"source_kind: (.*?)(?:; source_\w+:|\)$|$)")
_UNOFFICIAL = re.compile(r"news|commentary|aggregat|not verified|blog|media|press report", re.I)


def origin_notes(figures: tuple[Figure, ...]) -> tuple[str, ...]:
    """One caveat naming the figures read from rows whose source is not an official
    release (a news report, a commentary, an aggregator)."""
    which: list[str] = []
    kinds: list[str] = []
    for fig in figures:
        found = [_balanced(m) for src in fig.sources for m in _KIND.findall(src)]
        odd = [k for k in found if _UNOFFICIAL.search(k)]
        if odd:
            which.append(period_label(fig.period) if fig.period else fig.label)
            kinds.extend(k for k in odd if not _DIGIT.search(k))
    if not which:
        return ()
    named = list(dict.fromkeys(kinds))
    said = f" ({'; '.join(named[:3])}{'; ...' if len(named) > 3 else ''})" if named else ""
    if len(figures) == 1:
        return (
            f"This figure comes from a table row whose source is not an official "
            f"release{said}; treat it with caution.",
        )
    return (
        f"The figures for {fmt.join_words(list(dict.fromkeys(which)))} come from table rows "
        f"whose source is not an official release{said}; treat them with caution.",
    )


def _balanced(text: str) -> str:
    text = text.strip()
    while text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1]
    return text + ")" * (text.count("(") - text.count(")"))


_THOUSAND = re.compile(r"\bthousands?\b|'000", re.I)
_SCALES = ((1e6, "bn"), (1e3, "million"))


def readable(found: Findings) -> Findings:
    """Levels in thousands shown in billions or millions (``US$ 36.42 bn``), one scale per
    answer; the formula keeps the table's own figure and shows the conversion."""
    ours = [f for f in found.figures if _THOUSAND.search(f.unit) and not fmt.is_percent(f.unit)]
    if not ours:
        return found
    biggest = max(abs(f.value) for f in ours)
    factor, word = next(((f, w) for f, w in _SCALES if biggest >= f), (1.0, ""))
    if not word:
        return found
    figures = list(found.figures)
    texts = [found.lead, *found.lines, *found.notes]
    scaled = biggest / factor  # four significant digits: a reader may reuse the figure
    places = 3 if scaled < 10 else 2 if scaled < 100 else 1
    for i, fig in enumerate(figures):
        if fig not in ours:
            continue
        # a figure far below the answer's scale (a change of EUR 1.2 million beside levels
        # in billions) takes the next scale down; every figure keeps four significant digits
        own_factor, own_word = factor, word
        if abs(fig.value) < factor / 100 and factor > 1e3:
            own_factor, own_word = 1e3, "million"
        if abs(fig.value) < own_factor:
            continue  # under a million: the table's own thousands read well
        unit = " ".join(_THOUSAND.sub(f" {own_word} ", fig.unit).split())
        own = _places(fig.value / own_factor, places)
        value = fmt.round_half_up(fig.value / own_factor, own)
        shown = fmt.display(value, unit, own)
        formula = f"{fig.formula} = {shown} ({fmt.operand(fig.value, 0)} / {own_factor:.0f})"
        texts = [t.replace(fig.display, shown) for t in texts]
        texts = [t.replace(fmt.unsigned(fig.display), fmt.unsigned(shown)) for t in texts]
        figures[i] = replace(fig, value=value, unit=unit, display=shown, formula=formula)
    n = len(found.lines)
    chart = found.chart
    if chart and _THOUSAND.search(str(chart.get("unit", ""))):
        values = [
            None if v is None else fmt.round_half_up(v / factor, places) for v in chart["values"]
        ]
        unit = " ".join(_THOUSAND.sub(f" {word} ", str(chart["unit"])).split())
        chart = {**chart, "values": values, "unit": unit}
    return replace(
        found,
        figures=tuple(figures),
        lead=texts[0],
        lines=tuple(texts[1 : 1 + n]),
        notes=tuple(texts[1 + n :]),
        chart=chart,
    )


def _places(value: float, places: int) -> int:
    """The answer's decimals, or more for a smaller figure (a change of US$ 0.589 bn, or
    US$ 4.084 bn, beside levels of US$ 15.08 bn): four significant digits, at most three
    decimals."""
    if value == 0:
        return places
    return max(places, min(3, 3 - math.floor(math.log10(abs(value)))))


def marked(found: Findings) -> Findings:
    """Figures from rows the source marks (provisional, revised, estimated) say so in
    their formula and beside their value in the lead and the lines."""
    if not any(f.mark for f in found.figures):
        return found
    figures = tuple(stamped(f) for f in found.figures)
    return replace(
        found,
        figures=figures,
        lead=annotated(found.lead, figures),
        lines=tuple(annotated(line, figures) for line in found.lines),
    )


def merge(parts: list[Findings]) -> Findings:
    """Several partners' findings in one answer."""
    if len(parts) == 1:
        return parts[0]
    return Findings(
        lead=" ".join(p.lead for p in parts),
        figures=tuple(f for p in parts for f in p.figures),
        lines=tuple(line for p in parts for line in p.lines),
        notes=tuple(n for p in parts for n in p.notes),
        chart=next((p.chart for p in parts if p.chart), None),
        answered=any(p.answered for p in parts),
        provenance=tuple(x for p in parts for x in p.provenance),
        ranked=tuple(dict.fromkeys(x for p in parts for x in p.ranked)),
    )


def unknown_names(ctx: Context) -> Findings:
    """The question names something no table holds: say so, and what the tables cover."""
    names = fmt.join_words(list(ctx.plan.unmatched))
    lead = f"No ingested table has data on {names}, so I cannot give a figure for it."
    partners = sorted(
        {p for card in ctx.source.cards() if (d := card.dimension("partner")) for p in d.values}
    )
    markets = [p for p in partners if not (is_total(p) or is_region(p) or _DIGIT.search(p))]
    lines = []
    if markets:
        lines.append(f"Partners the tables cover: {fmt.join_words(markets[:20])}.")
    return Findings(lead=lead, lines=tuple(lines), answered=False)

"""Which tables can answer a plan, best first.

A table scores for holding the plan's partners and filters, its flow (as a flow
dimension value or a measure's flow), a measure of the kind asked, and the
periods asked (exactly, or every month inside them); words of the question that
appear in its title or measure labels break ties.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot.records import QueryPlan
from bot.vocabulary import Vocabulary, canonical_flow, measure_flow
from lexicon.places import code_key, find_places, place_key
from vectorstore.periods import Period, parse
from vectorstore.records import TableCard

_WORD = re.compile(r"[a-z][a-z-]{3,}")
_TOTAL = re.compile(r"^(?:total|all|overall|world)\b", re.I)


def rank_tables(plan: QueryPlan, vocab: Vocabulary) -> tuple[str, ...]:
    """Ids of the tables that fit the plan, best first (none fit: empty)."""
    words = set(_WORD.findall(plan.question.lower()))
    places = {m.key for m in find_places(plan.question)}
    scored: list[tuple[float, int, str]] = []
    for card in vocab.cards:
        score = _score(card, plan, words, places)
        if score > 0:
            scored.append((score, -card.rows, card.id))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    return tuple(table_id for _, _, table_id in scored)


def reporter_tables(
    own: QueryPlan, vocab: Vocabulary, tables: tuple[str, ...]
) -> tuple[QueryPlan, tuple[str, ...]]:
    """Only the tables of the reporting economy named, best first (with the value that
    selects it in a table of several reporters); none: the reporter is unmatched."""
    key = place_key(own.reporter or "")
    if key is None:
        return own, tables
    ranked = (*tables, *(c.id for c in vocab.cards if c.id not in tables))
    mine = tuple(t for t in ranked if key in vocab.reporters_of(t))
    if not mine:
        unmatched = tuple(dict.fromkeys((*own.unmatched, own.reporter or "")))
        return replace(own, unmatched=unmatched), ()
    if own.intent == "text":
        return own, tables
    chosen = vocab.reporter_filter(mine[0], key)
    if chosen is not None and chosen not in own.filters:
        own = replace(own, filters=(*own.filters, chosen))
    return own, mine


def _key(value: str) -> str | None:
    return place_key(value) or code_key(value)


def _place_keys(card: TableCard) -> frozenset[str]:
    """Place keys of the values of a table's partner and region dimensions."""
    return frozenset(_spellings(card)[1])


@functools.lru_cache(maxsize=256)
def _spellings(card: TableCard) -> tuple[frozenset[str], dict[str, str]]:
    """A table's partner and region values, and the first of them for each place key
    (worked out once per card: a table may list thousands of partners)."""
    values = [v for d in card.dimensions if d.role in ("partner", "region") for v in d.values]
    first: dict[str, str] = {}
    for value in values:
        key = _key(value)
        if key is not None:
            first.setdefault(key, value)
    return frozenset(values), first


@functools.lru_cache(maxsize=256)
def _folded_values(card: TableCard) -> frozenset[str]:
    return frozenset(v.casefold() for d in card.dimensions for v in d.values)


def respell(partners: tuple[str, ...], card: TableCard | None) -> tuple[str, ...]:
    """Partners as the given table spells them (``Hong Kong`` -> ``Hong Kong, China``)."""
    if card is None:
        return partners
    values, first = _spellings(card)
    out: list[str] = []
    for partner in partners:
        key = _key(partner)
        other = first.get(key) if key is not None else None
        out.append(partner if partner in values or other is None else other)
    return tuple(dict.fromkeys(out))


def _label_places(card: TableCard) -> set[str]:
    text = " ".join(f"{m.label} {m.name.replace('_', ' ')}" for m in card.measures)
    return {m.key for m in find_places(text)}


def _score(card: TableCard, plan: QueryPlan, words: set[str], question_places: set[str]) -> float:
    score = 0.5
    values = _folded_values(card)
    if plan.partners:
        keys = _place_keys(card)
        held = sum(p.casefold() in values or _key(p) in keys for p in plan.partners)
        labels = " ".join(m.label.lower() for m in card.measures)
        named = sum(p.lower() in labels for p in plan.partners)
        score += 3.0 * held + 1.5 * named - (2.0 if held + named == 0 else 0.0)
    elif plan.intent == "rank" and (plan.rank_by or "partner") == "partner":
        score += 2.0 if card.dimension("partner") is not None else -3.0
    else:  # totals: a table without partners, else one with a total row
        dim = card.dimension("partner")
        if dim is None:
            score += 1.0
        else:
            score += 0.25 if any(_is_total(v) for v in dim.values) else -0.5
    for name, value in plan.filters:
        dim = next((d for d in card.dimensions if d.name == name), None)
        score += 2.0 if dim is not None and value in dim.values else -1.0
    score += 3.0 * len(_label_places(card) & question_places)
    score += _flow_score(card, plan)
    score += _kind_score(card, plan)
    score += _period_score(card, plan.periods)
    text = f"{card.title} {' '.join(m.label for m in card.measures)}".lower()
    score += min(1.0, 0.2 * sum(w in text for w in words))
    return score


def _flow_score(card: TableCard, plan: QueryPlan) -> float:
    flows = set(plan.flows) | ({plan.flow} if plan.flow else set())
    if not flows:
        return 0.0
    held = {measure_flow(m) for m in card.measures}
    dim = card.dimension("flow")
    if dim is not None:
        held |= {canonical_flow(v) for v in dim.values}
    held.discard(None)
    if not held:  # "Imports by country": the flow is in the title
        titled = canonical_flow(card.title)
        held = {titled} if titled else set()
    if not held:
        return 0.0
    return 2.0 * len(flows & held) - (1.5 if not flows & held else 0.0)


def _kind_score(card: TableCard, plan: QueryPlan) -> float:
    if not plan.measure_kind:
        return 0.0
    kinds = [m for m in card.measures if m.kind == plan.measure_kind]
    if not kinds:
        # a change can be computed from levels, a share from a part and a total
        derivable = plan.measure_kind in ("change_pct", "share_pct", "ratio_pct")
        return 0.0 if derivable and any(m.kind == "level" for m in card.measures) else -1.0
    bonus = 0.5 if plan.basis and any(plan.basis in (m.basis or "") for m in kinds) else 0.0
    return 2.0 + bonus


def _period_score(card: TableCard, periods: tuple[str, ...]) -> float:
    if not periods or not card.periods:
        return 0.0
    held = set(card.periods)
    months = {p for p in card.periods if len(p) == 7}
    parsed = [_parsed(p) for p in card.periods]
    score = 0.0
    for text in periods:
        period = _parsed(text)
        if text in held:
            score += 2.0
        elif period is not None and set(period.months()) <= months:
            score += 1.5
        elif period is not None and any(p is not None and _overlaps(p, period) for p in parsed):
            score += 0.5
        else:
            score -= 1.0
    return score / len(periods)


def _overlaps(a: Period, b: Period) -> bool:
    return a.contains(b) or b.contains(a)


def _is_total(value: str) -> bool:
    return place_key(value) == "WORLD" or bool(_TOTAL.match(value.strip()))


def _parsed(text: str) -> Period | None:
    try:
        return parse(text)
    except ValueError:
        return None

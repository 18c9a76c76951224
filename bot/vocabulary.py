"""What the ingested tables can talk about: their dimension values, flows, measures, periods.

`Vocabulary.from_cards(cards)` is built from the table cards alone, so the planner
understands whatever tables were ingested, not a list written in code.
`canonical_flow` folds the many ways tables and people name a trade flow
(``"Total exports"``, ``"exported"``, ``"shipments"``, ``"Re-exports"``,
``"Trade deficit"``) onto ``exports``, ``imports``, ``re-exports``,
``domestic exports``, ``trade`` or ``balance``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.places import code_key, find_places, place_key
from vectorstore.periods import Period, parse
from vectorstore.records import Measure, TableCard

FLOW_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "domestic exports",
        re.compile(r"\bdomestic(?:ally)?[- ](?:produced )?export|\bn?odx\b", re.I),
    ),
    ("re-exports", re.compile(r"\bre-?\s?export", re.I)),
    (
        "balance",
        re.compile(r"\b(?:balance|deficits?|surplus(?:es)?|net exports|trade gap)\b", re.I),
    ),
    (
        "trade",
        re.compile(r"\b(?:total|two-way|overall) trade\b|\btrade (?:with|between)\b", re.I),
    ),
    (
        "exports",
        re.compile(
            r"\b(?:export(?:s|ed|ing|ers?)?\b|shipments?\b(?! from)|shipped\b(?! from)|"
            r"sales? (?:to|abroad)|outbound)",
            re.I,
        ),
    ),
    (
        "imports",
        re.compile(
            r"\b(?:import(?:s|ed|ing|ers?)?\b|purchases? from|inbound|bought from|"
            r"shipments? from|shipped from)",
            re.I,
        ),
    ),
)


def canonical_flow(text: str) -> str | None:
    """The trade flow a label or a question names, or None.

    ``"Total exports (HK$ bn)"`` -> ``exports``; ``"visible trade balance"`` ->
    ``balance``; ``"Re-exports"`` -> ``re-exports``.
    """
    for flow, pattern in FLOW_PATTERNS:
        if pattern.search(text):
            return flow
    return None


def measure_flow(measure: Measure) -> str | None:
    """The flow of a measure: its declared flow, else what its name or label says."""
    if measure.flow:
        return canonical_flow(measure.flow) or measure.flow
    return canonical_flow(f"{measure.label} {measure.name.replace('_', ' ')}")


@dataclass(frozen=True)
class Term:
    """A dimension value held by at least one table."""

    value: str
    dimension: str
    role: str
    table_ids: tuple[str, ...]
    place: str | None = None  # place key when the value names a country or region


@dataclass(frozen=True, eq=False)  # holds dicts: compared and hashed by identity
class Vocabulary:
    """Dimension values, measures and periods of the ingested tables."""

    cards: tuple[TableCard, ...] = ()
    terms: tuple[Term, ...] = ()
    periods: tuple[str, ...] = ()
    _by_place: dict[str, tuple[Term, ...]] = field(default_factory=dict, repr=False)
    _labelled: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict, repr=False)
    reporters: frozenset[str] = frozenset()  # place keys the tables' titles name

    @classmethod
    def from_cards(cls, cards: Iterable[TableCard]) -> Vocabulary:
        cards = tuple(cards)
        holders: dict[tuple[str, str], list[str]] = {}
        roles: dict[tuple[str, str], str] = {}
        for card in cards:
            for dim in card.dimensions:
                for value in dim.values:
                    key = (dim.name, value)
                    holders.setdefault(key, []).append(card.id)
                    roles[key] = dim.role
        terms = tuple(
            Term(
                value,
                name,
                roles[(name, value)],
                tuple(ids),
                _place_of(value, roles[(name, value)]),
            )
            for (name, value), ids in holders.items()
        )
        by_place: dict[str, list[Term]] = {}
        for term in terms:
            if term.place:
                by_place.setdefault(term.place, []).append(term)
        periods = sorted({p for card in cards for p in card.periods if _valid(p)}, key=_order)
        return cls(
            cards,
            terms,
            tuple(periods),
            {k: tuple(v) for k, v in by_place.items()},
            _labelled_places(cards),
            _title_places(cards),
        )

    def measures_naming(self, key: str) -> tuple[tuple[str, str, str], ...]:
        """Measures whose label names a place (``Exports to Asia``): table id, measure
        name, and the place as the label writes it."""
        return self._labelled.get(key, ())

    def card(self, table_id: str) -> TableCard | None:
        return next((c for c in self.cards if c.id == table_id), None)

    def terms_for_place(self, key: str) -> tuple[Term, ...]:
        """Dimension values naming a place key, partner dimensions first."""
        terms = self._by_place.get(key, ())
        return tuple(sorted(terms, key=lambda t: (t.role != "partner", t.role != "region")))

    def place_terms(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.role in ("partner", "region") or t.place)

    def other_terms(self) -> tuple[Term, ...]:
        """Values of commodity/other dimensions (matched literally in questions)."""
        return tuple(t for t in self.terms if t.role not in ("partner", "region", "flow"))

    def flows(self) -> set[str]:
        """The canonical flows the tables hold (flow dimensions and measures)."""
        found = {canonical_flow(t.value) for t in self.terms if t.role == "flow"}
        found |= {measure_flow(m) for c in self.cards for m in c.measures}
        found |= {canonical_flow(c.title) for c in self.cards}
        return {f for f in found if f}

    def latest(self) -> Period | None:
        """The latest month any table reaches (the default "today")."""
        if not self.periods:
            return None
        last = max(parse(p).end for p in self.periods)
        return Period(last // 12, last % 12 + 1, last // 12, last % 12 + 1)

    def months_of(self, month: int) -> list[int]:
        """Years in which some table has data for a calendar month, oldest first."""
        years = set()
        for text in self.periods:
            period = parse(text)
            if period.length == 1 and period.start_month == month:
                years.add(period.start_year)
        return sorted(years)


def _labelled_places(cards: tuple[TableCard, ...]) -> dict[str, tuple[tuple[str, str, str], ...]]:
    found: dict[str, list[tuple[str, str, str]]] = {}
    for card in cards:
        for measure in card.measures:
            text = f"{measure.label} {measure.name.replace('_', ' ')}"
            for mention in find_places(text):
                entry = (card.id, measure.name, mention.text)
                if entry not in found.setdefault(mention.key, []):
                    found[mention.key].append(entry)
    return {k: tuple(v) for k, v in found.items()}


def _title_places(cards: tuple[TableCard, ...]) -> frozenset[str]:
    """Places the tables' titles and sources name (``HK monthly trade``): the reporter."""
    described = " ".join(f"{c.title} {c.source.replace('_', ' ')}" for c in cards)
    return frozenset(m.key for m in find_places(described))


def _place_of(value: str, role: str) -> str | None:
    if role in ("flow", "commodity"):
        return None
    if role in ("partner", "region"):
        return place_key(value) or code_key(value)  # "US", "CHN" in a code column
    return place_key(value)


def _valid(text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def _order(text: str) -> tuple[int, int]:
    period = parse(text)
    return (period.end, period.start)

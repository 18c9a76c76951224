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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath

from lexicon.currencies import issuer
from lexicon.places import (
    code_key,
    find_agencies,
    find_agency_demonyms,
    find_places,
    normalise_name,
    place_key,
)
from vectorstore.periods import Period, parse
from vectorstore.records import Measure, TableCard

FLOW_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "domestic exports",
        re.compile(
            r"\bdomestic(?:ally)?[- ](?:produced )?export|\bn?odx\b|\bnational exports?\b|"
            r"\bgoods of \w+ origin\b|\b\w+[- ]origin (?:goods|exports?)\b|"
            r"\bexports? of \w+ origin\b|"
            r"\bexports? of domestic (?:products?|produce|goods|origin)\b|"
            r"\bdomestic (?:products?|produce|goods)\b|"
            r"\b(?:domestic|national|non-oil)(?= (?:plus|and|\+) re-?\s?export)",
            re.I,
        ),
    ),
    ("re-exports", re.compile(r"\bre-?\s?export", re.I)),
    (
        "balance",
        re.compile(r"\b(?:balance|deficits?|surplus(?:es)?|net exports|trade gap)\b", re.I),
    ),
    (
        "trade",
        re.compile(
            r"\b(?:total|two-way|overall) trade\b|\btrade (?:with|between)\b|"
            r"\b(?:trade )?turnover\b",
            re.I,
        ),
    ),
    (
        "exports",
        re.compile(
            r"\b(?:export(?:s|ed|ing|ers?)?\b|shipments?\b(?! from)|shipped\b(?! from)|"
            r"sales? (?:to|abroad)|outbound|(?:goods )?credits?\b|"
            r"(?:sell|sells|selling|sold) (?:\w+ )?to\b|customers?\b|buyers?\b)",
            re.I,
        ),
    ),
    (
        "imports",
        re.compile(
            r"\b(?:import(?:s|ed|ing|ers?)?\b|purchase[sd]? from|inbound|"
            r"(?:buy|buys|buying|bought) (?:\w+ )?from|suppl(?:ier|iers|ied|ying)\b|"
            r"sourced? from|"
            r"shipments? from|shipped from|(?:goods )?debits?\b)",
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
    reporters: frozenset[str] = frozenset()  # place keys of the economies the tables report
    # table id -> {place key: (reporter dimension, value)} or {place key: None}
    _reporting: dict[str, dict[str, tuple[str, str] | None]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def from_cards(
        cls, cards: Iterable[TableCard], reporters: Mapping[str, Iterable[str]] | None = None
    ) -> Vocabulary:
        """The vocabulary of these tables.

        ``reporters`` (optional): table id -> the reporting economies as the table's
        attribute columns name them (`reporter_columns`); without it the reporter is
        read from the card (a reporter dimension, the title, the notes, the file name).
        """
        cards = tuple(cards)
        holders: dict[tuple[str, str], list[str]] = {}
        roles: dict[tuple[str, str], str] = {}
        for card in cards:
            for dim in card.dimensions:
                if is_reporter_name(dim.name) and dim.role != "partner":
                    continue  # the reporting economy, not a partner or a filter
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
        given = reporters or {}
        reporting = {c.id: card_reporters(c, tuple(given.get(c.id, ()))) for c in cards}
        return cls(
            cards,
            terms,
            tuple(periods),
            {k: tuple(v) for k, v in by_place.items()},
            _labelled_places(cards),
            frozenset(k for keys in reporting.values() for k in keys),
            reporting,
        )

    def reporters_of(self, table_id: str) -> frozenset[str]:
        """Place keys of the economies a table reports (empty: unknown)."""
        return frozenset(self._reporting.get(table_id, {}))

    def reporter_filter(self, table_id: str, key: str) -> tuple[str, str] | None:
        """(reporter dimension, value) selecting one reporter in a table of several."""
        return self._reporting.get(table_id, {}).get(key)

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
        return self._place_terms

    @cached_property
    def _place_terms(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.role in ("partner", "region") or t.place)

    @cached_property
    def literal_places(self) -> tuple[tuple[Term, str, str], ...]:
        """Place terms without a place key (``Other Asian countries``), each with its name
        as questions are matched against it (`normalise_name`, 3 characters or more) and
        that name case-folded (to skip, in one test, the names a question does not hold)."""
        found = []
        for term in self.place_terms():
            if term.place:
                continue
            name = normalise_name(term.value)
            if len(name) >= 3:
                found.append((term, name, name.casefold()))
        return tuple(found)

    @cached_property
    def places_by_name(self) -> dict[str, Term]:
        """Place terms (not flows) by their normalised name; the last of a name wins."""
        return {normalise_name(t.value): t for t in self.place_terms() if t.role != "flow"}

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


_REPORTER_NAME = re.compile(r"reporter|declarant|reporting|\bcountry_?of_?report", re.I)
_AGENCY = re.compile(
    r"statistic|office|ministry|department|bureau|customs|census|authority|agency|"
    r"government|institute|source|trade in goods|international trade|external trade|"
    r"merchandise trade|^\s*(?:reporting (?:country|economy)|reporter|declarant|"
    r"geography|country)\s*:",
    re.I,
)
_TOWARDS = re.compile(
    r"\b(?:to|from|with|and|into|by|vs\.?|versus|excluding|except)\s+(?:the\s+)?$", re.I
)
_NOT_CODES = frozenset(  # two-letter words that are also ISO codes
    ("in", "to", "by", "my", "no", "is", "it", "at", "am", "be", "do", "go", "me", "so", "as",
     "or", "on", "pe", "ma")
)  # fmt: skip


def is_reporter_name(name: str) -> bool:
    """Whether a column name says it holds the reporting economy (``reporter``,
    ``reporterDesc``, ``declarant``)."""
    return bool(_REPORTER_NAME.search(name))


def reporter_columns(card: TableCard) -> tuple[str, ...]:
    """The card's attribute columns that name the reporting economy; their values
    (read from the frame) can be passed to `Vocabulary.from_cards` as ``reporters``."""
    return tuple(a for a in card.attributes if is_reporter_name(a))


def card_reporters(
    card: TableCard, named: tuple[str, ...] = ()
) -> dict[str, tuple[str, str] | None]:
    """The economies a table reports, by place key: from a reporter dimension (with
    the value selecting it), else the names given, the title, agency notes
    (``General Statistics Office of Viet Nam``), the file name (``au_trade.csv``), or
    the one national currency its values are in (``NZ$ million``)."""
    for dim in card.dimensions:
        if is_reporter_name(dim.name) and dim.role != "partner":
            found = {key: (dim.name, v) for v in dim.values if (key := _any_key(v)) is not None}
            if found:
                return dict(found)
    given = {key for n in named if (key := _any_key(n)) is not None}
    notes = {k for note in card.notes if _AGENCY.search(note) for k in _agency_places(note)}
    for keys in (given, _leading_places(card.title), notes, _file_places(card.source)):
        if keys:
            return dict.fromkeys(keys)
    issuers = {key for m in card.measures if m.unit and (key := issuer(m.unit))}
    return dict.fromkeys(issuers) if len(issuers) == 1 else {}


def _any_key(value: str) -> str | None:
    return place_key(value) or code_key(value)


def _leading_places(text: str) -> set[str]:
    """Places a title or note names, except as a partner (``exports to China``)."""
    return {m.key for m in find_places(text) if not _TOWARDS.search(text[: m.start])}


def _agency_places(note: str) -> set[str]:
    """Places an agency note names: ``Statistics Office of Georgia``, ``Hungarian Central
    Statistical Office``."""
    found = _leading_places(note) | {m.key for m in find_agency_demonyms(note)}
    return found or {m.key for m in find_agencies(note)}


def _file_places(source: str) -> set[str]:
    """``vn_exports.csv``, ``HK-trade.xlsx``: a leading ISO code or a place in the name."""
    stem = PurePath(source.replace("\\", "/")).stem
    words = re.split(r"[_\W\d]+", stem)
    first = words[0] if words else ""
    if len(first) == 2 and first.lower() not in _NOT_CODES:
        key = code_key(first.upper())
        if key is not None:
            return {key}
    return _leading_places(" ".join(words))


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

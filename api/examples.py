"""Example questions for the chat page's empty state, made from what the store holds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vectorstore import periods
from vectorstore.records import TableCard

_AGGREGATE = re.compile(r"\b(total|world|all|overall|others?|rest of)\b", re.IGNORECASE)


def _latest(card: TableCard, kind: str = "month") -> str | None:
    parsed = []
    for text in card.periods:
        try:
            period = periods.parse(text)
        except ValueError:
            continue
        if period.kind == kind:
            parsed.append(period)
    return periods.label(max(parsed, key=lambda p: p.end)) if parsed else None


def _flow_word(card: TableCard) -> str:
    words = [m.flow or m.label for m in card.measures]
    flow = card.dimension("flow")
    words += list(flow.values) if flow else []
    return "exports" if any("export" in w.lower() for w in words) else "trade"


def _partner_questions(card: TableCard) -> list[str]:
    partners = card.dimension("partner")
    latest = _latest(card)
    if partners is None or latest is None:
        return []
    named = [p for p in partners.values if not _AGGREGATE.search(p)]
    flow = _flow_word(card)
    questions = [f"Which markets drove the change in {flow} in {latest}?"]
    if named:
        preposition = "to" if flow == "exports" else "with"
        questions.insert(0, f"How much did {flow} {preposition} {named[0]} grow in {latest}?")
    return questions


def _level_questions(card: TableCard) -> list[str]:
    level = next((m for m in card.measures if m.kind == "level"), None)
    latest = _latest(card)
    if level is None or latest is None:
        return []
    name = level.label[:1].lower() + level.label[1:]
    return [
        f"Show the trend of {name} over the last 12 months",
        f"What was the value of {name} in {latest}?",
    ]


def example_questions(cards: Iterable[TableCard], limit: int = 4) -> list[str]:
    """Up to ``limit`` questions the ingested tables can answer, most promising first."""
    found: list[str] = []
    for card in sorted(cards, key=lambda c: c.rows, reverse=True):
        for question in (*_partner_questions(card), *_level_questions(card)):
            if question not in found:
                found.append(question)
    partner_first = [q for q in found if " to " in q or "markets" in q]
    ordered = partner_first[:2] + [q for q in found if q not in partner_first[:2]]
    return ordered[:limit]

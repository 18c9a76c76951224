"""Example questions for the chat page's empty state, made from what the store holds.

The questions name a partner and a period that the tables really hold a value for, so a
first click gets a real answer. Nothing here is shown as a figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

import pandas as pd

from vectorstore import periods
from vectorstore.records import TableCard

FrameOf = Callable[[str], pd.DataFrame]

_AGGREGATE = re.compile(
    r"\b(?:total|world|all|overall|others?|rest of|region|asia|europe|africa|america|oceania)\b"
    r"|[()]",
    re.IGNORECASE,
)


def _month_end(text: str) -> int | None:
    try:
        period = periods.parse(text)
    except ValueError:
        return None
    return period.end if period.kind == "month" else None


def _latest_month(values: Iterable[str]) -> str | None:
    months = [(end, p) for p in values if (end := _month_end(str(p))) is not None]
    return max(months)[1] if months else None


def _flow_word(card: TableCard) -> str:
    words = [m.flow or m.label for m in card.measures]
    flow = card.dimension("flow")
    words += list(flow.values) if flow else []
    return "exports" if any("export" in w.lower() for w in words) else "trade"


def _named(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows with a value for a named partner (not a total, region or world)."""
    names = frame[column].astype(str)
    return frame[frame["value"].notna() & ~names.str.contains(_AGGREGATE)]


def _largest(rows: pd.DataFrame, column: str) -> str:
    pairs = zip(rows[column].astype(str), rows["value"].astype(float), strict=True)
    return max(pairs, key=lambda pair: abs(pair[1]) if not math.isnan(pair[1]) else -1.0)[0]


def _ranked_month(known: pd.DataFrame, column: str, partners: int = 3) -> str | None:
    """The latest month in which at least ``partners`` named partners have a value."""
    counts = known.groupby(known["period"].astype(str))[column].nunique()
    return _latest_month(str(p) for p, n in counts.items() if n >= partners)


def _partner_questions(card: TableCard, frame_of: FrameOf) -> list[str]:
    dimension = card.dimension("partner")
    if dimension is None:
        return []
    known = _named(frame_of(card.id), dimension.name)
    flow = _flow_word(card)
    preposition = "to" if flow == "exports" else "with"
    questions = []
    latest = _latest_month(known["period"].astype(str).unique())
    if latest is not None:
        partner = _largest(known[known["period"] == latest], dimension.name)
        questions.append(
            f"How much did {flow} {preposition} {partner} grow in {periods.label(latest)}?"
        )
    ranked = _ranked_month(known, dimension.name)
    if ranked is not None:
        questions.append(f"Which markets drove the growth of {flow} in {periods.label(ranked)}?")
    return questions


def _level_questions(card: TableCard) -> list[str]:
    level = next((m for m in card.measures if m.kind == "level"), None)
    latest = _latest_month(card.periods)
    if level is None or latest is None:
        return []
    name = level.label[:1].lower() + level.label[1:]
    return [
        f"Show the trend of {name} over the last 12 months",
        f"What was the value of {name} in {periods.label(latest)}?",
    ]


def example_questions(cards: Iterable[TableCard], frame_of: FrameOf, limit: int = 4) -> list[str]:
    """Up to ``limit`` questions the ingested tables can answer, a partner question first."""
    partner: list[str] = []
    level: list[str] = []
    for card in sorted(cards, key=lambda c: c.rows, reverse=True):
        partner += [q for q in _partner_questions(card, frame_of) if q not in partner]
        level += [q for q in _level_questions(card) if q not in level]
    ordered = partner[:2] + level[:2] + partner[2:] + level[2:]
    return ordered[:limit]

"""Measure words shared by ingest and bot: labels that name a rate of change.

A row or column labelled ``% change over a year earlier``, ``Annual change (%)`` or
``Growth rate`` holds a rate, not a partner, a product or a level.
"""

from __future__ import annotations

import re

from lexicon.places import place_key

_RATE_LABEL = re.compile(
    r"^\W*(?:%|per ?cent(?:age)?|percent)?\s*(?:change|growth|increase|decrease|variation)\b|"
    r"\b(?:growth rate|rate of (?:growth|change)|% change|per ?cent change|percentage change|"
    r"y-?o-?y|year[- ]on[- ]year|over (?:a|the) (?:year|month) (?:earlier|before)|"
    r"(?:annual|yearly|monthly|quarterly) (?:change|growth|variation)|change \(%\))\b|"
    r"^\W*%\W*$|^\W*rates?\W*$",
    re.IGNORECASE,
)
_MONTHLY = re.compile(r"\bmonth|\bm-?o-?m\b", re.IGNORECASE)


def is_rate_label(value: str) -> bool:
    """Whether a label names a rate of change rather than a partner, product or level."""
    text = str(value).strip()
    return bool(text) and bool(_RATE_LABEL.search(text)) and place_key(text) is None


def rate_basis(label: str) -> str:
    """``mom`` for a month-on-month rate label, else ``yoy``."""
    return "mom" if _MONTHLY.search(label) else "yoy"


# What a measure is in, when not plain current values: volumes (real terms, quantities)
# or prices. Such a measure answers only a question that asks for it in these words.
_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "volume",
        re.compile(
            r"\b(?:real(?:\s+terms)?|volumes?|quantit(?:y|ies)|constant prices|"
            r"(?:price[- ])?deflated|chained|tonnes?|tons|kilograms?)\b",
            re.IGNORECASE,
        ),
    ),
    ("price", re.compile(r"\b(?:prices?|price index|unit values?|deflators?)\b", re.IGNORECASE)),
)


def terms_of(text: str) -> frozenset[str]:
    """The terms a label or question names other than current values: ``volume`` for
    ``Change in % real`` or ``in real terms``, ``price`` for ``Unit value index``."""
    return frozenset(name for name, pattern in _TERMS if pattern.search(text))

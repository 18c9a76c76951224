"""Measure words shared by ingest and bot: labels that name a rate of change.

A row or column labelled ``% change over a year earlier``, ``Annual change (%)`` or
``Growth rate`` holds a rate, not a partner, a product or a level.
"""

from __future__ import annotations

import functools
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
_YEARLY = re.compile(
    r"\b(?:previous|preceding|last|a|one) year\b|\byear[- ](?:on|over)[- ]year\b|\by-?o-?y\b|"
    r"\by/y\b|\bsame (?:month|period|quarter)\b|\bcorresponding (?:month|period)\b|"
    r"\b(?:a|one) year (?:earlier|ago|before)\b",
    re.IGNORECASE,
)
_MONTHLY = re.compile(r"\bmonth|\bm-?o-?m\b|\bm/m\b", re.IGNORECASE)


def is_rate_label(value: str) -> bool:
    """Whether a label names a rate of change rather than a partner, product or level; a
    bilingual label is judged by each of its parts (``muutos edellisestä vuodesta, % /
    change from previous year, %``)."""
    text = str(value).strip()
    if not text or place_key(text) is not None:
        return False
    return any(_RATE_LABEL.search(part.strip()) for part in (text, *text.split(" / ")))


def rate_basis(label: str) -> str:
    """``mom`` for a month-on-month rate label, else ``yoy``: "change compared to the same
    month of the previous year" is year on year although it names a month."""
    if _YEARLY.search(label):
        return "yoy"
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


@functools.lru_cache(maxsize=4096)
def terms_of(text: str) -> frozenset[str]:
    """The terms a label or question names other than current values: ``volume`` for
    ``Change in % real`` or ``in real terms``, ``price`` for ``Unit value index``."""
    return frozenset(name for name, pattern in _TERMS if pattern.search(text))


_SHARE_ROW = re.compile(
    r"^\W*(?:%|per ?cent(?:age)?|share)\s*(?:of|in)\s+(?:the\s+)?(?:total|all)\b|"
    r"\bshare (?:of|in) (?:the )?(?:world |overall |grand )?total\b|^\W*%\s*share\b|"
    r"^\W*share\s*\(%\)\s*$",
    re.IGNORECASE,
)
_INDEX_ROW = re.compile(r"=\s*100\b|^\W*index\b", re.IGNORECASE)


def derived_kind(label: str) -> str | None:
    """What a row printed under a series holds instead of a level: ``change_pct`` (``%
    change``), ``share_pct`` (``% of total imports``) or ``index`` (``corresponding period of
    previous year = 100``); None for a row of its own (a partner, a product)."""
    text = str(label).strip()
    if not text or place_key(text) is not None:
        return None
    if _SHARE_ROW.search(text):
        return "share_pct"
    if _INDEX_ROW.search(text):
        return "index"
    return "change_pct" if is_rate_label(text) else None

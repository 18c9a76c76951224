"""Seasonal adjustment stated once for a whole table.

A release that prints one table of adjusted figures and one of unadjusted figures often
says so only in a line above the table ("Seasonally adjusted, Census basis"). The
measures of such a table are marked with the basis ``sa``, so that only questions asking
for adjusted figures use them, and unadjusted questions never do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables.frame import TidyTable

_ADJUSTED = re.compile(r"(?<!not )(?<!non-)(?<!un)\bseasonally[- ]adjusted\b", re.I)
_UNADJUSTED = re.compile(
    r"\bnot seasonally adjusted\b|\bnon-seasonally adjusted\b|\bunadjusted\b|\boriginal\b", re.I
)


def mark_adjusted(table: TidyTable, context: str) -> TidyTable:
    """The table with its level and change measures based ``sa`` when the lines above it
    say the whole table is seasonally adjusted (and never that it is not)."""
    if not _ADJUSTED.search(context) or _UNADJUSTED.search(context):
        return table
    measures = tuple(
        replace(m, basis=" ".join(p for p in ("sa", m.basis) if p)) if not _sa(m.basis) else m
        for m in table.measures
    )
    return replace(table, measures=measures)


def _sa(basis: str | None) -> bool:
    return bool(basis) and bool(re.search(r"\bsa\b|seasonal", basis or "", re.I))

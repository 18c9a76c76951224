"""Chart specs for answers: plain dicts a web page or a renderer can draw.

A spec is ``{"type": "line" | "bar", "title", "unit", "labels", "values"}``; every
value is a figure of the answer, so a chart never shows a number the answer cannot trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.records import Figure
from vectorstore.periods import label as period_label


def line(
    figures: Sequence[Figure], *, title: str, unit: str, periods: Sequence[str] = ()
) -> dict[str, Any]:
    """Values over time, one point per figure, labelled by period. With ``periods``
    (every period of the range), a period without a figure is a gap: its value is None,
    so a drawn line breaks there instead of joining its neighbours."""
    if periods:
        by_period = {f.period: f.value for f in figures}
        return {
            "type": "line",
            "title": title,
            "unit": unit,
            "labels": [period_label(p) for p in periods],
            "values": [by_period.get(p) for p in periods],
        }
    return {
        "type": "line",
        "title": title,
        "unit": unit,
        "labels": [period_label(f.period) if f.period else f.label for f in figures],
        "values": [f.value for f in figures],
    }


def bar(labels: Sequence[str], figures: Sequence[Figure], *, title: str) -> dict[str, Any]:
    """One bar per figure (partners side by side)."""
    return {
        "type": "bar",
        "title": title,
        "unit": figures[0].unit if figures else "",
        "labels": list(labels),
        "values": [f.value for f in figures],
    }

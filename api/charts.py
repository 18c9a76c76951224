"""Server-side SVG charts of an answer's chart spec, drawn with matplotlib (Agg, no pyplot).

The spec comes from the engine (`Answer.chart`):
``{"type": "line" | "bar", "title": str, "unit": str, "labels": [str], "values": [float]}``.
Drawing is serialised by a lock: matplotlib is not thread-safe. Labels and titles come
from ingested files, so they are only ever written by matplotlib,
which renders text as paths and escapes what it writes; comments are removed and the
result is checked to hold no script or event handler before it is returned.
"""

from __future__ import annotations

import functools
import io
import math
import re
import threading
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure as MplFigure

MAX_POINTS = 60
_RENDERING = threading.Lock()  # matplotlib (rcParams, font cache) is not thread-safe
_ACCENT = "#2563eb"
_NEGATIVE = "#dc2626"
_INK = "#1f2937"
_GRID = "#e5e7eb"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_UNSAFE = re.compile(r"<script|javascript:|\son[a-z]+\s*=|<foreignObject", re.IGNORECASE)


class ChartError(ValueError):
    """A chart spec that cannot be drawn."""


def _plain(value: Any, limit: int) -> str:
    """Text as matplotlib must show it: no mathtext (a ``$`` is a dollar sign)."""
    return str(value)[:limit].replace("$", r"\$")


def _clean_spec(spec: dict[str, Any]) -> tuple[str, str, str, list[str], list[float]]:
    kind = spec.get("type")
    if kind not in ("line", "bar"):
        raise ChartError(f"unknown chart type {kind!r}")
    labels = [_plain(label, 40) for label in spec.get("labels") or []]
    raw_values = spec.get("values") or []
    if not labels or len(labels) != len(raw_values):
        raise ChartError("a chart needs as many labels as values, at least one")
    values = [float(v) if v is not None else math.nan for v in raw_values]
    if all(math.isnan(v) for v in values):
        raise ChartError("a chart needs at least one number")
    title = _plain(spec.get("title") or "", 120)
    unit = _plain(spec.get("unit") or "", 30)
    return kind, title, unit, labels[-MAX_POINTS:], values[-MAX_POINTS:]


def _draw(kind: str, labels: list[str], values: list[float], figure: MplFigure) -> None:
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(labels)))
    if kind == "line":
        axes.plot(positions, values, color=_ACCENT, linewidth=2, marker="o", markersize=3.5)
        axes.set_xticks(positions, labels, rotation=45 if len(labels) > 8 else 0, ha="right")
        step = max(1, len(labels) // 12)
        for index, tick in enumerate(axes.get_xticklabels()):
            tick.set_visible(index % step == 0 or index == len(labels) - 1)
        axes.grid(axis="y", color=_GRID)
    else:
        order = list(reversed(positions))
        colours = [_NEGATIVE if v < 0 else _ACCENT for v in values]
        axes.barh(order, values, color=colours, height=0.65)
        axes.set_yticks(order, labels)
        axes.axvline(0, color=_INK, linewidth=0.8)
        axes.grid(axis="x", color=_GRID)
        for y, value in zip(order, values, strict=True):
            if not math.isnan(value):
                axes.annotate(
                    f"{value:,.1f}",
                    (value, y),
                    xytext=(4 if value >= 0 else -4, 0),
                    textcoords="offset points",
                    ha="left" if value >= 0 else "right",
                    va="center",
                    fontsize=8,
                    color=_INK,
                )
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8, colors=_INK)


def render_chart(spec: dict[str, Any]) -> str:
    """The chart as an SVG document (a str); `ChartError` for a spec that cannot be drawn.

    Drawn charts are remembered (the same spec comes back when a conversation is shown
    again or a question is asked twice).
    """
    kind, title, unit, labels, values = _clean_spec(spec)
    return _cached(kind, title, unit, tuple(labels), tuple(values))


@functools.lru_cache(maxsize=128)
def _cached(
    kind: str, title: str, unit: str, labels: tuple[str, ...], values: tuple[float, ...]
) -> str:
    with _RENDERING:
        return _render(kind, title, unit, list(labels), list(values))


def _render(kind: str, title: str, unit: str, labels: list[str], values: list[float]) -> str:
    height = 3.2 if kind == "line" else max(2.4, 0.32 * len(labels) + 1.0)
    figure = MplFigure(figsize=(7.0, height), dpi=100, layout="constrained")
    FigureCanvasSVG(figure)
    _draw(kind, labels, values, figure)
    if title:
        figure.suptitle(title, fontsize=10, color=_INK, x=0.02, ha="left")
    if unit:
        axis = figure.axes[0]
        (axis.set_ylabel if kind == "line" else axis.set_xlabel)(unit, fontsize=8, color=_INK)
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "tradebot"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = _COMMENT.sub("", buffer.getvalue())
    if _UNSAFE.search(svg):
        raise ChartError("the chart could not be drawn safely")
    return svg

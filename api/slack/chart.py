"""A chart spec (`Answer.chart`) drawn as a PNG for Slack.

Uses `api.charts.render_png` when the API package provides it, so the web page and Slack
draw the same picture; otherwise draws it here with matplotlib's Agg canvas (no pyplot,
so it is safe to call from worker threads).
"""

from __future__ import annotations

import importlib
import io
import logging
from collections.abc import Callable, Mapping
from typing import Any, cast

logger = logging.getLogger(__name__)


def chart_title(spec: Mapping[str, Any]) -> str:
    """The chart's title, or a generic one."""
    title = spec.get("title")
    return str(title) if title else "Chart"


def render_png(spec: Mapping[str, Any]) -> bytes | None:
    """The chart as PNG bytes, or None when the spec holds nothing drawable."""
    labels = [str(label) for label in spec.get("labels") or []]
    values = spec.get("values") or []
    if not labels or len(labels) != len(values):
        return None
    shared = _shared_renderer()
    if shared is not None:
        return shared(dict(spec))
    return _draw(spec, [_literal(label) for label in labels], [_number(v) for v in values])


def _shared_renderer() -> Callable[[dict[str, Any]], bytes] | None:
    try:
        module = importlib.import_module("api.charts")
    except ImportError:
        return None
    renderer = getattr(module, "render_png", None)
    return cast("Callable[[dict[str, Any]], bytes]", renderer) if callable(renderer) else None


def _literal(text: str) -> str:
    """Text shown as written: matplotlib reads ``$...$`` as maths (HK$ is money here)."""
    return text.replace("$", r"\$")


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _draw(spec: Mapping[str, Any], labels: list[str], values: list[float]) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if spec.get("type") == "bar":
        axes.bar(labels, values, color="#1f77b4")
    else:
        axes.plot(labels, values, marker="o", color="#1f77b4")
    axes.set_title(_literal(chart_title(spec))[:120])
    if spec.get("unit"):
        axes.set_ylabel(_literal(str(spec["unit"]))[:30])
    axes.grid(axis="y", alpha=0.3)
    if len(labels) > 6:
        axes.tick_params(axis="x", labelrotation=45)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()

"""Server-side SVG charts: drawn from a spec, nothing from the data left unescaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from api.charts import ChartError, render_chart

LINE = {
    "type": "line",
    "title": "Total exports",
    "unit": "HK$ bn",
    "labels": [f"2025-{m:02d}" for m in range(1, 13)],
    "values": [380.0 + m for m in range(12)],
}
BAR = {
    "type": "bar",
    "title": "Exports by market, y-o-y",
    "unit": "%",
    "labels": ["Singapore", "Malaysia", "Thailand", "USA"],
    "values": [125.0, 61.2, 60.4, -12.5],
}


@pytest.mark.parametrize("spec", [LINE, BAR])
def test_a_chart_is_a_well_formed_svg_document(spec: dict[str, object]) -> None:
    svg = render_chart(spec)

    root = ET.fromstring(svg.encode())
    assert root.tag.endswith("svg")
    assert "<script" not in svg.lower()


def test_hostile_labels_cannot_inject_markup() -> None:
    hostile = {
        **BAR,
        "title": "</svg><script>alert(1)</script> --> <!-- $x$",
        "labels": ['<img src=x onerror="alert(1)">', "--><script>", "$\\frac{1}{0}$", "ok"],
    }

    svg = render_chart(hostile)

    assert "<script" not in svg.lower()
    assert "onerror" not in svg.lower()
    assert "<!--" not in svg
    ET.fromstring(svg.encode())


def test_missing_values_are_gaps_not_errors() -> None:
    svg = render_chart({**LINE, "values": [1.0, None, 3.0] + [4.0] * 9})
    assert svg.startswith("<?xml")


@pytest.mark.parametrize(
    "spec",
    [
        {**LINE, "type": "pie"},
        {**LINE, "labels": ["a"], "values": [1.0, 2.0]},
        {**LINE, "labels": [], "values": []},
        {**LINE, "labels": ["a"], "values": [None]},
    ],
)
def test_specs_that_cannot_be_drawn_raise_chart_error(spec: dict[str, object]) -> None:
    with pytest.raises(ChartError):
        render_chart(spec)


def test_the_same_spec_draws_the_same_svg() -> None:
    first, second = render_chart(BAR), render_chart(BAR)
    assert re.sub(r"\s+", " ", first) == re.sub(r"\s+", " ", second)


def test_charts_drawn_from_many_threads_are_the_same() -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = {"line": render_chart(LINE), "bar": render_chart(BAR)}
    specs = [LINE, BAR] * 8

    with ThreadPoolExecutor(max_workers=8) as pool:
        drawn = list(pool.map(render_chart, specs))

    assert drawn == [expected[str(spec["type"])] for spec in specs]

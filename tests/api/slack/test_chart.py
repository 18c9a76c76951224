"""Charts for Slack are PNG images drawn from the answer's chart spec."""

from __future__ import annotations

from api.slack.chart import chart_title, render_png

PNG = b"\x89PNG\r\n\x1a\n"


def test_line_and_bar_charts_are_png_and_dollar_signs_are_literal() -> None:
    for kind in ("line", "bar"):
        spec = {
            "type": kind,
            "title": "Exports, HK$ bn ($ not maths)",
            "unit": "HK$ bn",
            "labels": ["2026-01", "2026-02", "$x$"],
            "values": [455.5, None, 384.5],
        }
        png = render_png(spec)
        assert png is not None
        assert png.startswith(PNG)


def test_specs_without_matching_points_draw_nothing() -> None:
    assert render_png({"type": "line", "labels": ["a", "b"], "values": [1.0]}) is None
    assert render_png({"type": "bar", "labels": [], "values": []}) is None
    assert chart_title({}) == "Chart"

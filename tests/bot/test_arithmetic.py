"""Properties of the arithmetic: shares sum to 100, equal values change by 0, rounding."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import figures as figs
from bot import formatting as fmt
from bot.records import Figure
from bot.resolve import Observation, Series
from vectorstore import Dimension, Measure, TableCard

_CARD = TableCard(
    id="t",
    title="Exports by partner",
    source="t.csv",
    measures=(Measure("exports", "Exports", "HK$ bn", "level", 1e9, "exports"),),
    dimensions=(Dimension("partner", "partner", ("World", "A", "B")),),
    periods=("2025-01", "2026-01"),
    frequency="monthly",
    rows=3,
)
_MEASURE = _CARD.measures[0]
values = st.floats(min_value=0.1, max_value=1e6, allow_nan=False, allow_infinity=False)


def _series(partner: str, *obs: Observation, decimals: int = 1) -> Series:
    return Series(_CARD, _MEASURE, (("partner", partner),), obs, decimals)


@given(st.lists(values, min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_shares_of_the_parts_sum_to_100(parts: list[float]) -> None:
    total_value = math.fsum(parts)
    total = _series("World", Observation("2026-01", total_value, 2))
    shares = []
    for i, value in enumerate(parts):
        obs = Observation("2026-01", value, i + 3)
        shares.append(figs.share(_series(f"P{i}", obs), obs, total, total.observations[0]))
    assert math.isclose(math.fsum(s.value for s in shares), 100.0, abs_tol=0.05 * len(parts) + 1e-9)


@given(values)
@settings(max_examples=60, deadline=None)
def test_a_change_between_equal_values_is_zero(value: float) -> None:
    series = _series("A")
    fig = figs.change(
        series, Observation("2026-01", value, 3), Observation("2025-01", value, 2), "yoy"
    )
    assert fig is not None
    assert fig.value == 0.0
    assert fig.display == "0.0%"


@given(values, values)
@settings(max_examples=60, deadline=None)
def test_change_formula_shows_its_operands_and_result(now: float, before: float) -> None:
    series = _series("A", decimals=1)
    fig = figs.change(
        series, Observation("2026-01", now, 3), Observation("2025-01", before, 2), "yoy"
    )
    assert fig is not None
    assert fig.formula.endswith(f"= {fig.display}")
    assert fig.formula.startswith(f"({fmt.operand(now, 1)} / {fmt.operand(before, 1)} - 1) x 100")


def test_a_zero_base_gives_no_change() -> None:
    series = _series("A")
    assert (
        figs.change(series, Observation("2026-01", 5.0, 3), Observation("2025-01", 0.0, 2), "yoy")
        is None
    )


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(0, 3))
@settings(max_examples=80, deadline=None)
def test_rounding_is_half_up_and_never_negative_zero(value: float, decimals: int) -> None:
    shown = fmt.number(value, decimals)
    assert not shown.startswith("-0") or float(shown.replace(",", "")) != 0
    assert abs(float(shown.replace(",", "")) - value) <= 0.5 * 10**-decimals + 1e-6


def test_rounding_examples() -> None:
    assert fmt.round_half_up(2.25, 1) == 2.3
    assert fmt.round_half_up(-2.25, 1) == -2.3
    assert fmt.number(-0.04, 1) == "0.0"
    assert fmt.display(5240.3, "HK$ bn", 1) == "HK$ 5,240.3 bn"
    assert fmt.display(650, "NZ$ million", 0) == "NZ$ 650 million"
    assert fmt.display(18.46, "%", 1) == "18.5%"
    assert fmt.display(12.5, "tonnes", 1) == "12.5 tonnes"
    assert fmt.precision([388.7, 23.74, 36.0]) == 2
    assert fmt.unsigned("HK$ -38.1 bn") == "HK$ 38.1 bn"


def test_published_rate_is_flagged_only_beyond_rounding() -> None:
    rate = figs.published(
        Series(_CARD, Measure("g", "Growth", "%", "change_pct", basis="yoy"), (), (), 1),
        Observation("2026-01", 18.5, 5),
    )
    close = Figure("r", 18.58, "%", "f", (), "18.6%")
    far = Figure("r", 18.72, "%", "f", (), "18.7%")
    assert figs.check_published(rate, close).flag is None
    flagged = figs.check_published(rate, far)
    assert flagged.flag == "published 18.5% differs from 18.7% recomputed from the levels"
    assert flagged.published == 18.5


def test_a_quote_stating_another_rate_for_the_same_partner_and_month_is_flagged() -> None:
    from bot.claims import contradicted
    from bot.records import Citation, Figure

    fig = Figure(
        "Exports to China, year-on-year change, May 2025",
        2.4,
        "%",
        "(5333.6 / 5209.4 - 1) x 100 = 2.4%",
        ("t.csv row 8",),
        "2.4%",
        period="2025-05",
        names=("China",),
    )
    wrong = Citation(1, "a.md", "Exports to China rose 12.4% year on year in May 2025, it said.")
    right = Citation(2, "b.md", "Exports to China rose 2.4% in May 2025.")
    other = Citation(3, "c.md", "Exports to Japan rose 12.4% in May 2025.")
    assert contradicted((fig,), (wrong, right, other)) == [
        "The article's 12.4% differs from the table's 2.4% [1]."
    ]

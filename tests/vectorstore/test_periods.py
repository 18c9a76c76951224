"""Canonical periods: parsing, folding spans, labels, shifting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vectorstore import periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-Q1", "2024-Q1"),
        ("2024-H2", "2024-H2"),
        ("2024-01..2024-03", "2024-Q1"),
        ("2024-01..2024-12", "2024"),
        ("2024-07..2024-12", "2024-H2"),
        ("2024-03..2024-03", "2024-03"),
        ("2026-01..2026-05", "2026-01..2026-05"),
        ("2025-11..2026-02", "2025-11..2026-02"),
    ],
)
def test_normalise_folds_spans_to_shortest_form(text: str, expected: str) -> None:
    assert periods.normalise(text) == expected


@pytest.mark.parametrize("text", ["", "2024-13", "Q1 2024", "2024-Q5", "2024-05..2024-01", "abc"])
def test_parse_refuses_non_canonical_text(text: str) -> None:
    with pytest.raises(ValueError):
        periods.parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03", "March 2026"),
        ("2026-Q1", "Q1 2026"),
        ("2025", "2025"),
        ("2026-01..2026-05", "January-May 2026"),
        ("2025-11..2026-02", "November 2025 - February 2026"),
    ],
)
def test_label_reads_like_people_write(text: str, expected: str) -> None:
    assert periods.label(text) == expected


def test_shift_by_a_year_and_months_listing() -> None:
    q1 = periods.parse("2026-Q1")
    assert str(q1.shift(-12)) == "2025-Q1"
    assert q1.months() == ["2026-01", "2026-02", "2026-03"]
    assert periods.parse("2026").contains(periods.parse("2026-05"))


def test_frequency_takes_the_most_common_kind() -> None:
    assert periods.frequency(["2024-01", "2024-02", "2024"]) == "monthly"
    assert periods.frequency(["2024", "2025"]) == "annual"
    assert periods.frequency([]) == "unknown"


@given(st.integers(min_value=1990 * 12, max_value=2100 * 12), st.integers(0, 40))
def test_canonical_round_trips(first: int, length: int) -> None:
    period = periods.span_of(first, first + length)
    text = periods.canonical(period)
    assert periods.parse(text) == period
    assert len(period.months()) == length + 1

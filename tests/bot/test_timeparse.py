"""Periods written in natural language, resolved against a reference month."""

from __future__ import annotations

import pytest

from bot.timeparse import read_time
from vectorstore.periods import Period, canonical

TODAY = Period(2026, 5, 2026, 5)

CASES: list[tuple[str, tuple[str, ...]]] = [
    ("in March 2026", ("2026-03",)),
    ("in Mar 2026", ("2026-03",)),
    ("Mar-26", ("2026-03",)),
    ("March, 2025", ("2025-03",)),
    ("2026-03", ("2026-03",)),
    ("2026/3", ("2026-03",)),
    ("03/2024", ("2024-03",)),
    ("Q1 2026", ("2026-Q1",)),
    ("1Q26", ("2026-Q1",)),
    ("2025 Q4", ("2025-Q4",)),
    ("2025-Q2", ("2025-Q2",)),
    ("the first quarter of 2026", ("2026-Q1",)),
    ("third quarter 2025", ("2025-Q3",)),
    ("H1 2025", ("2025-H1",)),
    ("1H25", ("2025-H1",)),
    ("second half of 2024", ("2024-H2",)),
    ("2025", ("2025",)),
    ("2025 full year", ("2025",)),
    ("full-year 2024", ("2024",)),
    ("FY2024", ("2024",)),
    ("July-June 2024-25", ("2024-07..2025-06",)),
    ("in the last quarter of 2024", ("2024-Q4",)),
    ("July-January of FY 2025-26", ("2025-07..2026-01",)),
    ("FY 2024-25", ("2024-04..2025-03",)),
    ("2024/25", ("2024-04..2025-03",)),
    ("first five months of 2026", ("2026-01..2026-05",)),
    ("first 3 months of 2025", ("2025-Q1",)),
    ("Jan-May 2026", ("2026-01..2026-05",)),
    ("January to March 2026", ("2026-Q1",)),
    ("2024-01..2024-05", ("2024-01..2024-05",)),
    ("between January and March 2026", ("2026-01", "2026-03")),
    ("from Q1 2025 to Q1 2026", ("2025-Q1", "2026-Q1")),
    ("March 2024 and March 2025", ("2024-03", "2025-03")),
    ("since 2024", ("2024-01..2026-05",)),
    ("since March 2025", ("2025-03..2026-05",)),
    ("in the last 6 months", ("2025-12..2026-05",)),
    ("over the past two years", ("2024-06..2026-05",)),
    ("year to date", ("2026-01..2026-05",)),
    ("YTD in March 2025", ("2025-Q1",)),
    ("so far in 2025", ("2025",)),
    ("this year", ("2026",)),
    ("last year", ("2025",)),
    ("last month", ("2026-05",)),
    ("the latest figures", ("2026-05",)),
    ("in February", ("2026-02",)),
    ("in December", ("2025-12",)),
    ("in Q3", ("2025-Q3",)),
    ("three months to March 2026", ("2026-Q1",)),
    ("in the 12 months ending December 2025", ("2025",)),
    ("over the past year", ("2025-06..2026-05",)),
    ("March 5, 2026", ("2026-03",)),
    ("on 5 March 2026", ("2026-03",)),
    ("Q1 2026 and the same period last year", ("2026-Q1", "2025-Q1")),
    ("Jan.-Mar. 2026", ("2026-Q1",)),
    ("Q4 of last year", ("2025-Q4",)),
    ("March, last year", ("2025-03",)),
    ("the first half of this year", ("2026-H1",)),
    ("in the year to March 2026", ("2025-04..2026-03",)),
    ("Q1-Q3 2025", ("2025-01..2025-09",)),
    ("between November and February 2026", ("2025-11", "2026-02")),
    ("Nov-Feb 2026", ("2025-11..2026-02",)),
    ("exports reached 2025.5 billion", ()),
    ("HK$2,025 million", ()),
    ("a 2024% rise", ()),
    ("last quarter", ("2026-Q1",)),
    ("the latest quarter", ("2026-Q1",)),
    ("this quarter", ("2026-Q2",)),
    ("the last quarter of 2025", ("2025-Q4",)),
    ("exports may rise", ()),
    ("how much is the 125% figure", ()),
    ("top 5 markets", ()),
    ("HK$611.2 billion", ()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_periods(text: str, expected: tuple[str, ...]) -> None:
    assert tuple(canonical(p) for p in read_time(text, TODAY).periods) == expected


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("y-o-y", "yoy"), ("yoy", "yoy"), ("year-on-year", "yoy"), ("year over year", "yoy"),
        ("from a year earlier", "yoy"), ("compared with the same month last year", "yoy"),
        ("m-o-m", "mom"), ("month-on-month", "mom"), ("from the previous month", "mom"),
        ("in March 2026", None),
    ],
)  # fmt: skip
def test_basis(text: str, basis: str | None) -> None:
    assert read_time(text, TODAY).basis == basis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quarter-on-quarter in Q2 2025", ("2025-Q1", "2025-Q2")),
        ("q-o-q in Q1 2025", ("2024-Q4", "2025-Q1")),
        ("qoq", ("2025-Q4", "2026-Q1")),  # the latest complete quarter before May 2026
        ("on the previous quarter in 2025-Q3", ("2025-Q2", "2025-Q3")),
        ("compared with the previous quarter in March 2025", ("2024-Q4", "2025-Q1")),
    ],
)
def test_quarter_on_quarter_gives_both_quarters(text: str, expected: tuple[str, ...]) -> None:
    spec = read_time(text, TODAY)
    assert tuple(canonical(p) for p in spec.periods) == expected
    assert spec.endpoints
    assert spec.basis is None  # planned as a change between the two quarters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q2 2025 and the same quarter of 2024", ("2025-Q2", "2024-Q2")),
        ("H1 2025 against the same period in 2023", ("2025-H1", "2023-H1")),
        ("year to date through April 2025 and the same period of 2024",
         ("2025-01..2025-04", "2024-01..2024-04")),
    ],
)  # fmt: skip
def test_the_same_period_of_a_year(text: str, expected: tuple[str, ...]) -> None:
    assert tuple(canonical(p) for p in read_time(text, TODAY).periods) == expected


def test_basis_words_are_not_periods() -> None:
    spec = read_time("exports rose 10% compared with the same month last year in April", TODAY)
    assert [canonical(p) for p in spec.periods] == ["2026-04"]
    assert spec.basis == "yoy"


def test_endpoints_only_for_from_and_between() -> None:
    assert read_time("from Q1 2025 to Q1 2026", TODAY).endpoints
    assert read_time("between May 2024 and May 2025", TODAY).endpoints
    assert not read_time("Jan-May 2026", TODAY).endpoints
    assert not read_time("March 2024 and March 2025", TODAY).endpoints


def test_flags() -> None:
    assert read_time("year-to-date", TODAY).ytd
    assert read_time("since 2024", TODAY).since
    assert read_time("in the last 6 months", TODAY).rolling
    assert read_time("the year before", TODAY).shift == -12
    assert read_time("the previous month", TODAY).shift == -1
    assert read_time("And in February?", TODAY).partial
    assert not read_time("in February 2025", TODAY).partial


def test_year_hint_places_a_bare_month() -> None:
    spec = read_time("And in July?", TODAY, year_hint=2024)
    assert [canonical(p) for p in spec.periods] == ["2024-07"]


def test_covering_span() -> None:
    spec = read_time("from Q1 2025 to Q1 2026", TODAY)
    covering = spec.covering()
    assert covering is not None
    assert canonical(covering) == "2025-01..2026-03"
    assert read_time("nothing here", TODAY).covering() is None


def test_impossible_dates_are_ignored() -> None:
    assert [canonical(p) for p in read_time("2024-13", TODAY).periods] == ["2024"]  # no month 13
    assert read_time("2024-05..2024-02", TODAY).periods == ()
    assert read_time("in 1850", TODAY).periods == ()

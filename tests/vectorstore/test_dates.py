"""Dates and periods as day numbers for filters."""

from __future__ import annotations

import pytest

from vectorstore.dates import bound, card_range, day_range
from vectorstore.errors import StoreError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026", (20260101, 20261231)),
        ("2026-02", (20260201, 20260228)),
        ("2024-02", (20240201, 20240229)),
        ("2026-02-27", (20260227, 20260227)),
        ("2026-02-27T10:00:00+08:00", (20260227, 20260227)),
        ("2026-Q1", (20260101, 20260331)),
        ("2026-H2", (20260701, 20261231)),
        ("2026-01..2026-05", (20260101, 20260531)),
        ("2026-13", None),
        ("2026-02-30", None),
        ("February", None),
        ("", None),
        (None, None),
    ],
)
def test_day_range(text: str | None, expected: tuple[int, int] | None) -> None:
    assert day_range(text) == expected


def test_bounds_take_first_or_last_day() -> None:
    assert bound("2026-02", end=False) == 20260201
    assert bound("2026-02", end=True) == 20260228
    assert bound(None, end=True) is None
    with pytest.raises(StoreError, match="Not a date"):
        bound("soon", end=False)


def test_card_range_spans_all_periods() -> None:
    assert card_range(("2025-12", "2026-Q1", "nonsense")) == (20251201, 20260331)
    assert card_range(()) is None

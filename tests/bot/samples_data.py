"""The bundled sample tables read with the csv module: what the engine tests expect.

Nothing here uses the engine or ingest; values come straight from the CSV text.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TABLES = SAMPLES / "tables"
ARTICLE = SAMPLES / "articles" / "hk-exports-q1-2026-peoples-daily.txt"


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with (TABLES / name).open(newline="", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


def headline(period: str, column: str) -> float | None:
    """A cell of the monthly headline table (None when empty)."""
    for row in _rows("hk_monthly_trade_headlines_2023-12_to_2026-05.csv"):
        if row["period"] == period:
            return float(row[column]) if row[column].strip() else None
    raise KeyError(period)


def headline_months(column: str, year: str) -> dict[str, float]:
    return {
        row["period"]: float(row[column])
        for row in _rows("hk_monthly_trade_headlines_2023-12_to_2026-05.csv")
        if row["period"].startswith(year) and row[column].strip()
    }


def rates(period: str, flow: str) -> dict[str, list[float]]:
    """Published year-on-year rates by partner for a period and flow."""
    found: dict[str, list[float]] = {}
    for row in _rows("hk_exports_imports_by_partner_yoy_long.csv"):
        if row["period"] == period and row["flow"] == flow:
            found.setdefault(row["partner"], []).append(float(row["yoy_pct"]))
    return found


def stated(period: str, partner: str) -> float:
    for row in _rows("hk_partner_values_stated.csv"):
        if row["period"] == period and row["partner"] == partner:
            return float(row["value"])
    raise KeyError((period, partner))


def pct_change(now: float, before: float) -> float:
    return round_half_up((now / before - 1) * 100, 1)


def round_half_up(value: float, decimals: int) -> float:
    """Rounding as published, written independently of the engine's formatting module."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")

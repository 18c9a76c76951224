"""Rate rows: a ``% change over a year earlier`` row printed under a series becomes that
series' change measure (``ingest/tables/rates.py``), in yearbook layouts written here."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from tests.ingest.tables_support import load_text
from vectorstore.records import Measure, TableCard

UNDER_TOTAL = """Singapore: total exports by market, annual (S$ million)
Market,2022,2023,2024
Total,"710,000.0","650,000.0","676,000.0"
% change over a year earlier,15.6,-8.5,4.0
Japan,"31,400.0","29,600.0","28,700.0"
Malaysia,"66,100.0","60,800.0","62,300.0"
Indonesia,"42,800.0","39,900.0","41,200.0"
United States,"58,300.0","55,100.0","61,400.0"
"""
MONTHLY = """Singapore: exports by market, monthly (S$ million)
Market,Jan 2025,Feb 2025,Mar 2025
Total,"50,000.0","45,000.0","52,000.0"
% change over a month earlier,-3.1,-10.0,15.6
Japan,"2,500.0","2,300.0","2,600.0"
Malaysia,"4,500.0","4,300.0","4,600.0"
Indonesia,"3,500.0","3,300.0","3,600.0"
"""
UNDER_EACH = """Singapore: total exports by market, annual (S$ million)
Market,2023,2024
Total,"650,000.0","676,000.0"
% change over a year earlier,-8.5,4.0
Japan,"29,600.0","28,700.0"
Growth rate (%),2.4,-3.0
Malaysia,"60,800.0","62,300.0"
Indonesia,"39,900.0","41,200.0"
United States,"55,100.0","61,400.0"
Thailand,"21,000.0","22,500.0"
"""
BOTH_RATES = """Singapore: exports by market, monthly (S$ million)
Market,Jan 2025,Feb 2025,Mar 2025
Total,"50,000.0","45,000.0","52,000.0"
% change over a month earlier,-3.1,-10.0,15.6
% change over a year earlier,4.2,1.1,6.0
Japan,"2,500.0","2,300.0","2,600.0"
Malaysia,"4,500.0","4,300.0","4,600.0"
Indonesia,"3,500.0","3,300.0","3,600.0"
United States,"5,500.0","5,300.0","5,600.0"
Thailand,"1,500.0","1,300.0","1,600.0"
Viet Nam,"1,100.0","1,200.0","1,300.0"
India,"2,100.0","2,200.0","2,300.0"
"""
FLOWS = """Singapore: merchandise trade, annual (S$ million)
Item,2022,2023,2024
Total exports,"710,000.0","650,000.0","676,000.0"
% change over a year earlier,15.6,-8.5,4.0
Imports,"650,000.0","590,000.0","612,000.0"
% change over a year earlier,18.2,-9.2,3.7
"""


def _cells(text: str, label: str, occurrence: int = 0) -> list[float]:
    rows = [r for r in csv.reader(io.StringIO(text)) if r and r[0] == label]
    return [float(c.replace(",", "")) for c in rows[occurrence][1:]]


def _row_number(text: str, label: str) -> int:
    rows = list(csv.reader(io.StringIO(text)))
    return next(n for n, r in enumerate(rows, 1) if r and r[0] == label)


def _rate(card: TableCard) -> Measure:
    (rate,) = [m for m in card.measures if m.kind == "change_pct"]
    return rate


def _series(frame: pd.DataFrame, measure: str, **keys: str) -> list[float]:
    rows = frame[frame["measure"] == measure]
    for column, value in keys.items():
        rows = rows[rows[column] == value]
    return [float(v) for v in rows.sort_values("period")["value"]]


def test_a_rate_row_under_the_total_is_the_totals_change(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", UNDER_TOTAL)
    rate = _rate(card)
    assert (rate.unit, rate.flow, rate.basis) == ("%", "exports", "yoy")
    assert _series(frame, rate.name, market="Total") == _cells(
        UNDER_TOTAL, "% change over a year earlier"
    )
    assert set(frame.loc[frame["measure"] == rate.name, "row"]) == {
        _row_number(UNDER_TOTAL, "% change over a year earlier")
    }
    partner = card.dimension("partner")
    assert partner is not None
    assert "% change over a year earlier" not in partner.values
    assert any("% change over a year earlier" in note and "'Total'" in note for note in card.notes)


def test_the_levels_beside_a_rate_row_are_unchanged(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", UNDER_TOTAL)
    level = next(m for m in card.measures if m.kind == "level")
    for market in ("Total", "Japan", "Indonesia"):
        assert _series(frame, level.name, market=market) == _cells(UNDER_TOTAL, market)


def test_a_month_earlier_rate_is_month_on_month(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", MONTHLY)
    rate = _rate(card)
    assert rate.basis == "mom"
    assert _series(frame, rate.name, market="Total") == _cells(
        MONTHLY, "% change over a month earlier"
    )


def test_each_rate_row_belongs_to_the_row_above_it(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", UNDER_EACH)
    rate = _rate(card)
    assert _series(frame, rate.name, market="Total") == _cells(
        UNDER_EACH, "% change over a year earlier"
    )
    assert _series(frame, rate.name, market="Japan") == _cells(UNDER_EACH, "Growth rate (%)")
    assert _series(frame, rate.name, market="Malaysia") == []


def test_month_and_year_rates_under_one_total_are_both_its_changes(tmp_path: Path) -> None:
    card, _ = load_text(tmp_path, "sg.csv", BOTH_RATES)
    partner = card.dimension("partner")
    assert partner is not None
    assert not any("change" in value for value in partner.values)
    rates = {m.basis: m for m in card.measures if m.kind == "change_pct"}
    assert set(rates) == {"mom", "yoy"}


def test_a_rate_row_under_a_flow_row_is_that_flows_change(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", FLOWS)
    row = _row_number(FLOWS, "Imports") + 1
    names = set(frame.loc[frame["row"] == row, "measure"])
    (measure,) = [m for m in card.measures if m.name in names]
    assert (measure.kind, measure.flow) == ("change_pct", "imports")
    assert [float(v) for v in frame.loc[frame["row"] == row, "value"]] == _cells(
        FLOWS, "% change over a year earlier", occurrence=1
    )

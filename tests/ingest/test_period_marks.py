"""Provisional marks on period headers (``2024p``, ``Jan-Dec 2025p``) and the period a
change or share column beside period columns belongs to (``_period_beside``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from ingest.tables.periods import read_period
from tests.ingest.tables_support import load_text, pick
from vectorstore.periods import canonical

DESCENDING = """Singapore: exports by market (S$ million)
Market,Jan-Dec 2025p,Jan-Dec 2024,% change
Total,"700,000.0","676,000.0",3.6
Japan,"30,000.0","28,700.0",4.5
Malaysia,"60,000.0","62,300.0",-3.7
"""
ASCENDING = """Singapore: exports by market (S$ million)
Market,2024,2025p,% change
Total,"676,000.0","700,000.0",3.6
Japan,"28,700.0","30,000.0",4.5
Malaysia,"62,300.0","60,000.0",-3.7
"""
SHARES = """Singapore: exports by market (S$ million)
Market,2025,% share,2024,% share
Total,"700,000.0",100.0,"676,000.0",100.0
Japan,"30,000.0",4.3,"28,700.0",4.2
Malaysia,"60,000.0",8.6,"62,300.0",9.2
"""
UNITS_IN_HEADERS = """Singapore: exports by market
Market,Jan-Dec 2024 (S$ mn),Jan-Dec 2025p (S$ mn),% change
Total,"676,000.0","700,000.0",3.6
Japan,"28,700.0","30,000.0",4.5
Malaysia,"62,300.0","60,000.0",-3.7
"""


def _column(text: str, header: str, market: str) -> float:
    rows = list(csv.reader(io.StringIO(text)))
    column = rows[1].index(header)
    row = next(r for r in rows[2:] if r[0] == market)
    return float(row[column].replace(",", ""))


def _measure(frame: pd.DataFrame, kind_prefix: str) -> str:
    return next(m for m in frame["measure"].unique() if str(m).startswith(kind_prefix))


MARKED = {
    "Jan-Dec 2025p": "2025",
    "2025P": "2025",
    "Q1 2025p": "2025-Q1",
    "Mar 2025p": "2025-03",
    "Jan-Mar 2026p": "2026-Q1",
    "2024 (p)": "2024",
    "2024r": "2024",
}


def test_marked_period_headers_read_as_their_period() -> None:
    read = {text: read_period(text) for text in MARKED}
    assert {text: canonical(p) if p else None for text, p in read.items()} == MARKED


def test_only_the_marked_column_is_flagged_provisional(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", DESCENDING)
    exports = _measure(frame, "exports")
    levels = frame[frame["measure"] == exports]
    assert set(levels.loc[levels["period"] == "2025", "flag"]) == {"p"}
    assert set(levels.loc[levels["period"] == "2024", "flag"]) == {""}
    assert any("p = provisional" in note for note in card.notes)
    japan = pick(frame, period="2025", measure=exports, market="Japan")
    assert japan["value"] == _column(DESCENDING, "Jan-Dec 2025p", "Japan")


@pytest.mark.parametrize("text", [DESCENDING, ASCENDING], ids=["2025 | 2024", "2024 | 2025"])
def test_a_change_after_two_years_belongs_to_the_later_one(tmp_path: Path, text: str) -> None:
    card, frame = load_text(tmp_path, "sg.csv", text)
    rate = next(m for m in card.measures if m.kind == "change_pct")
    assert rate.basis == "yoy"
    changes = frame[frame["measure"] == rate.name]
    assert set(changes["period"]) == {"2025"}
    japan = pick(frame, measure=rate.name, market="Japan")
    assert japan["value"] == _column(text, "% change", "Japan")


def test_a_share_column_belongs_to_the_period_just_before_it(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", SHARES)
    share = next(m for m in card.measures if m.kind == "share_pct")
    rows = list(csv.reader(io.StringIO(SHARES)))
    japan = next(r for r in rows if r[0] == "Japan")
    assert pick(frame, measure=share.name, market="Japan", period="2025")["value"] == float(
        japan[2]
    )
    assert pick(frame, measure=share.name, market="Japan", period="2024")["value"] == float(
        japan[4]
    )


def test_a_marked_header_with_a_unit_keeps_its_period(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sg.csv", UNITS_IN_HEADERS)
    assert set(frame["period"]) == {"2024", "2025"}
    rate = next(m for m in card.measures if m.kind == "change_pct")
    assert set(frame.loc[frame["measure"] == rate.name, "period"]) == {"2025"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("July-June 2024-25 (P)", "2024-07..2025-06"),  # Pakistan's fiscal year, both years
        ("July-June 2023-24", "2023-07..2024-06"),
        ("Jul-Jan 2025-26", "2025-07..2026-01"),
        ("FY 2024-25", "2024-04..2025-03"),
        ("2024-25", "2024-04..2025-03"),
    ],
)
def test_a_month_span_across_a_split_year_starts_in_the_first_year(
    header: str, expected: str
) -> None:
    period = read_period(header)
    assert period is not None
    assert canonical(period) == expected

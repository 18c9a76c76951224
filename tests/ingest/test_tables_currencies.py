"""Partner codes in a Eurostat ``geo\\time`` column, and currencies kept in units as written
(``NZ$ bn``, ``RM million``), on small tables written by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.tables import load_tables
from ingest.tables.currency import find_currency
from ingest.tables.roles import place_kind

EUROSTAT_CODES = """EU27 imports of goods by partner (EUR million)
geo\\time,2022,2023,2024
CN,238730.4,402910.9,153187.9 p
US,302699.6,286433.8,351203.7 p
KR,88051.9,86369.8,148550.9 p
IN,190750.8,209360.6,368546.5 p
EXT_EU27_2020,2000000.0,2100000.0,2200000.0
Flags: p provisional, e estimated, : not available
Source: Eurostat
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_geo_time_column_of_iso_codes_is_the_partner_dimension(tmp_path: Path) -> None:
    ((card, frame),) = load_tables(_write(tmp_path, "eu.csv", EUROSTAT_CODES))
    (dimension,) = card.dimensions
    assert dimension.name == "geo"
    assert dimension.role == "partner"
    assert set(dimension.values) == {"CN", "US", "KR", "IN", "EXT_EU27_2020"}  # as written
    assert card.periods == ("2022", "2023", "2024")
    korea = frame[(frame["geo"] == "KR") & (frame["period"] == "2023")]
    assert korea["value"].tolist() == [86369.8]
    assert korea["row"].tolist() == [5]


def test_geo_time_column_of_names_is_the_partner_dimension(tmp_path: Path) -> None:
    text = EUROSTAT_CODES.replace("CN,", "China,").replace("US,", "United States,")
    text = text.replace("KR,", "South Korea,").replace("IN,", "India,")
    ((card, frame),) = load_tables(_write(tmp_path, "eu_names.csv", text))
    (dimension,) = card.dimensions
    assert dimension.role == "partner"
    assert "South Korea" in dimension.values
    india = frame[(frame["geo"] == "India") & (frame["period"] == "2024")]
    assert india["value"].tolist() == [368546.5]


@pytest.mark.parametrize("code", ["EU27_2020", "EXT_EU27_2020", "INT_EU27_2020", "EA20", "EU28"])
def test_eurostat_aggregate_codes_are_regions(code: str) -> None:
    assert place_kind(code) == "region"


@pytest.mark.parametrize(("code", "kind"), [("KR", "country"), ("CHN", "country"), ("EUR", None)])
def test_iso_codes_are_countries(code: str, kind: str | None) -> None:
    assert place_kind(code) == kind


NZ = """New Zealand: quarterly goods trade (NZ$ billion)
Quarter,Exports,Imports,Balance
2024 Q1,94.5,115.2,-20.7
2024 Q2,109.2,114.7,-5.5
2024 Q3,116.4,100.3,16.1
Source: Stats NZ
"""


def test_prefixed_dollar_keeps_its_prefix(tmp_path: Path) -> None:
    ((card, frame),) = load_tables(_write(tmp_path, "nz.csv", NZ))
    assert {(m.unit, m.scale) for m in card.measures} == {("NZ$ bn", 1e9)}
    balance = frame[(frame["measure"] == "balance") & (frame["period"] == "2024-Q1")]
    assert balance["value"].tolist() == [-20.7]


def test_bilingual_unit_line_in_a_workbook_keeps_the_ringgit(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Malaysia: Exports by main destination / Eksport mengikut destinasi utama"])
    sheet.append(["(RM million / RM juta)"])
    sheet.append([])
    sheet.append(["Destination / Destinasi", 2025, None])
    sheet.append([None, "Jan", "Feb"])
    sheet.append(["Singapore", 11553.7, 10663.7])
    sheet.append(["Japan", 9000.5, 9100.0])
    path = tmp_path / "my.xlsx"
    book.save(path)
    ((card, frame),) = load_tables(path)
    assert {(m.unit, m.scale) for m in card.measures} == {("RM million", 1e6)}
    singapore = frame[
        (frame["period"] == "2025-02") & (frame[card.dimensions[0].name] == "Singapore")
    ]
    assert singapore["value"].tolist() == [10663.7]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("(RM million / RM juta)", "RM"),
        ("NZ$ billion", "NZ$"),
        ("S$ million", "S$"),
        ("A$ bn", "A$"),
        ("C$ million", "C$"),
        ("R$ mil", "R$"),
        ("US$ '000", "US$"),
        ("(HK$ bn)", "HK$"),
        ("€ million", "EUR"),
        ("EUR million", "EUR"),
        ("£ bn", "GBP"),
        ("¥ 100 million", "JPY"),
        ("CNY 100 million", "RMB"),
        ("₹ crore", "INR"),
        ("MYR million", "MYR"),
        ("in thousands of NZD", "NZD"),
        ("Value ($ million)", "$"),
        ("ALL COUNTRIES", None),
        ("Total exports", None),
    ],
)
def test_currencies_as_written(text: str, currency: str | None) -> None:
    assert find_currency(text) == currency


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("(S$ million)", "S$ million"),
        ("(MYR million)", "MYR million"),
        ("(C$ thousand)", "C$ thousand"),
        ("(NZ$ million / NZ$ juta)", "NZ$ million"),
    ],
)
def test_unit_lines_above_a_wide_table(tmp_path: Path, line: str, unit: str) -> None:
    text = f"Exports by market\n{line}\nMarket,2024,2025\nJapan,1.5,2.5\nChina,3.0,4.0\n"
    ((card, _frame),) = load_tables(_write(tmp_path, "t.csv", text))
    assert {m.unit for m in card.measures} == {unit}

"""Unit lines naming several units, total rows naming the flow, and provisional marks, in
small copies of statistics offices' layouts written by the tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from ingest.tables import load_tables
from ingest.tables.flags import mark_of, read_legend
from tests.ingest.tables_support import load_text, pick

HEADLINE = """"Thailand: Merchandise trade, monthly"
(US$ million; y-o-y in per cent)
Month,Exports,Exports y-o-y (%),Imports,Imports growth,Trade balance
Jan-25,"24,337.9",8.6,"24,015.9",10.8,322.0
Feb-25,"20,824.3",6.6,"20,576.4",7.5,247.9
Mar-25,"25,419.2",9.2,"25,636.3",12.6,-217.1

Note: Data for the latest month are preliminary.
"""


def test_a_unit_line_with_two_units_gives_each_column_its_own(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "th.csv", HEADLINE)
    units = {m.label: (m.unit, m.kind, m.scale, m.flow) for m in card.measures}
    assert units == {
        "Exports": ("US$ million", "level", 1e6, "exports"),
        "Exports y-o-y change": ("%", "change_pct", None, "exports"),
        "Imports": ("US$ million", "level", 1e6, "imports"),
        "Imports growth": ("%", "change_pct", None, "imports"),
        "Trade balance": ("US$ million", "level", 1e6, "balance"),
    }
    balance = next(m for m in card.measures if m.label == "Trade balance")
    got = pick(frame, period="2025-03", measure=balance.name)
    assert (got["value"], got["row"]) == (-217.1, 6)
    assert "flag" not in frame.columns


def test_unit_line_parts_split_at_commas_and_matched_by_keywords(tmp_path: Path) -> None:
    text = (
        "Hong Kong trade\n(HK$ bn, share in %, change in per cent)\n"
        "Year,Exports,Imports (US$ mn),Share of exports to Asia,Export growth\n"
        "2024,12.0,1.5,60.5,3.2\n2025,13.0,1.6,61.0,8.3\n"
    )
    card, frame = load_text(tmp_path, "units.csv", text)
    units = {m.label: (m.unit, m.kind, m.scale) for m in card.measures}
    assert units == {
        "Exports": ("HK$ bn", "level", 1e9),
        "Imports": ("US$ million", "level", 1e6),  # the column's own unit wins
        "Share of exports to Asia": ("%", "share_pct", None),
        "Export growth": ("%", "change_pct", None),
    }
    assert pick(frame, period="2025", measure="export_growth")["value"] == 8.3


@pytest.mark.parametrize(
    "unit_line",
    [
        "Trade by month, in US$ million and year-on-year change in per cent",
        "Unit: Million US dollars / %",
        "(Value in US$ mn; growth rate, %)",
    ],
)
def test_a_unit_line_joined_by_and_or_slash_splits_too(tmp_path: Path, unit_line: str) -> None:
    text = f"{unit_line}\nMonth,Exports,Exports yoy\nJan 2025,100.0,5.0\nFeb 2025,110.0,6.0\n"
    card, _ = load_text(tmp_path, "and.csv", text)
    units = {m.name: (m.unit, m.kind) for m in card.measures}
    assert units == {"exports": ("US$ million", "level"), "exports_yoy": ("%", "change_pct")}


def _destination_workbook(path: Path, total: str) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "T3.2"
    sheet.append(["Table 3.2  Re-exports by Destination, Annual (S$ Million)"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Destination", 2022, 2023, "2024 p"])
    sheet.append([total, 329915.4, 343922.4, 356163.3])
    sheet.append(["China", 53569, 55944.5, 58041.5])
    sheet.append(["Malaysia", 29633.2, 31555.2, 35297.5])
    sheet.append(["Viet Nam", "-", 8289.6, 8220.9])
    sheet.append([])
    sheet.append(["Note: 2024 figures are preliminary. '-' denotes not available."])
    notes = book.create_sheet("Notes")
    notes.append(["Re-exports are goods imported and exported without transformation."])
    book.save(path)


def test_a_total_row_with_figures_is_a_partner_not_a_section(tmp_path: Path) -> None:
    path = tmp_path / "sg.xlsx"
    _destination_workbook(path, "Total Re-exports")
    ((card, frame),) = load_tables(path)
    assert card.dimension("flow") is None
    partner = card.dimension("partner")
    assert partner is not None
    assert partner.values == ("China", "Malaysia", "Total Re-exports", "Viet Nam")
    (measure,) = card.measures
    assert (measure.flow, measure.unit, measure.scale) == ("re-exports", "S$ million", 1e6)
    total = pick(frame, period="2023", destination="Total Re-exports")
    assert (total["value"], total["row"]) == (343922.4, 4)
    china = pick(frame, period="2023", destination="China")
    assert (china["value"], china["row"]) == (55944.5, 5)
    assert pd.isna(pick(frame, period="2022", destination="Viet Nam")["value"])


def test_a_bare_flow_total_row_is_the_total_and_names_the_measure_flow(tmp_path: Path) -> None:
    text = (
        "Merchandise trade by destination (US$ million)\n"
        "Destination,2023,2024\nRe-exports,100.0,110.0\nChina,60.0,70.0\nJapan,40.0,40.0\n"
    )
    card, frame = load_text(tmp_path, "bare.csv", text)
    assert card.dimension("flow") is None
    (measure,) = card.measures
    assert measure.flow == "re-exports"
    assert pick(frame, period="2024", destination="Total")["value"] == 110.0


def test_provisional_period_headers_are_flagged(tmp_path: Path) -> None:
    path = tmp_path / "sg.xlsx"
    _destination_workbook(path, "Total Re-exports")
    ((card, frame),) = load_tables(path)
    assert "flag" in card.attributes
    assert set(frame.loc[frame["period"] == "2024", "flag"]) == {"p"}
    assert set(frame.loc[frame["period"] != "2024", "flag"]) == {""}
    assert any("p = provisional" in note for note in card.notes)


WIDE = """"General Statistics Office"
"Table 7.2: Exports of goods by main country and territory, monthly"
"Unit: US$ million"

"Country/territory","Apr 2025","May 2025","Jun 2025"
"Total","32,061.2","33,777.3","33,970.9p"
"United States","9,951.8","10,914.6","11,357.1p"
"Korea, Rep.¹","2,543.0","2,611.3r",".."

"Note: ¹ Republic of Korea. p = provisional. r = revised. .. = not available."
"""


def test_provisional_and_revised_values_are_flagged_with_the_legend(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "vn.csv", WIDE)
    assert card.attributes == ("flag",)
    june = pick(frame, period="2025-06", country_territory="United States")
    assert (june["value"], june["row"], june["flag"]) == (11357.1, 7, "p")
    may = pick(frame, period="2025-05", country_territory="Korea, Rep.")
    assert (may["value"], may["flag"]) == (2611.3, "r")
    assert pick(frame, period="2025-04", country_territory="Total")["flag"] == ""
    note = next(note for note in card.notes if "flag" in note)
    assert "legend" in note
    assert "p = provisional" in note
    assert "r = revised" in note


def test_marks_on_period_cells_and_stars_explained_by_a_legend(tmp_path: Path) -> None:
    text = (
        "Month,Exports (US$ mn),Imports (US$ mn)\n"
        "Jan-25,100.0,90.0\nFeb-25,110.0*,95.0\nMar-25 (p),120.0,99.0\n"
        "* Provisional figures.\n"
    )
    card, frame = load_text(tmp_path, "long.csv", text)
    flags = {
        (p, m): f for p, m, f in zip(frame["period"], frame["measure"], frame["flag"], strict=True)
    }
    exports, imports = (m.name for m in card.measures)
    assert flags[("2025-01", exports)] == ""
    assert flags[("2025-02", exports)] == "p"
    assert flags[("2025-02", imports)] == ""
    assert flags[("2025-03", imports)] == "p"
    assert pick(frame, period="2025-03", measure=exports)["value"] == 120.0


def test_a_star_without_a_legend_is_a_footnote_not_a_flag(tmp_path: Path) -> None:
    text = "Month,Exports (US$ mn)\nJan-25,100.0\nFeb-25,110.0*\n"
    card, frame = load_text(tmp_path, "star.csv", text)
    assert card.attributes == ()
    assert "flag" not in frame.columns
    assert list(frame["value"]) == [100.0, 110.0]


def test_marks_are_read_only_after_a_figure_or_period() -> None:
    assert [mark_of(t) for t in ("7.1r", "123.4 (p)", "12.0e", "5.0ᵖ", "12.3 (revised)")] == [
        "r",
        "p",
        "e",
        "p",
        "r",
    ]
    assert [mark_of(t) for t in ("2024 Apr", "2025 June", "12.3(a)", "Korea", "..")] == [""] * 5
    assert mark_of("455.5*") == ""
    assert mark_of("455.5*", "p") == "p"
    assert read_legend(["Notes: * denotes revised figures"]).star == "r"
    assert read_legend(["Data for the latest month are preliminary."]).lines == ()

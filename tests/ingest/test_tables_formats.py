"""Excel workbooks, Parquet and TSV files, and the errors for files that are not tables."""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from ingest.errors import IngestError, TableLayoutError
from ingest.tables import load_tables


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Exports"
    sheet.append(["Table 1: Exports by market"])
    sheet.append(["(HK$ million)"])
    sheet.append([])
    sheet.append(["Market", 2024, 2025])
    sheet.append(["Japan", 1234.5, 1300])
    sheet.append(["USA", 2000, None])
    sheet.append(["Source: C&SD"])
    growth = book.create_sheet("Growth")
    growth.append(["Month", "Exports y-o-y growth"])
    growth.append([dt.datetime(2024, 1, 1), 0.125])
    growth.append([dt.datetime(2024, 2, 1), -0.05])
    growth["B2"].number_format = "0.0%"
    growth["B3"].number_format = "0.0%"
    book.create_sheet("Empty")
    book.create_sheet("About").append(["These notes explain the workbook."])
    book.save(path)
    return path


def test_workbook_gives_one_table_per_sheet_with_a_table(tmp_path: Path) -> None:
    tables = load_tables(_workbook(tmp_path / "book.xlsx"))
    assert [card.sheet for card, _ in tables] == ["Exports", "Growth"]
    (exports_card, exports), (growth_card, growth) = tables
    assert exports_card.title == "Table 1: Exports by market"
    assert exports_card.measures[0].unit == "HK$ million"
    assert exports_card.notes[-1] == "Source: C&SD"
    japan = exports[(exports["market"] == "Japan") & (exports["period"] == "2024")]
    assert japan["value"].tolist() == [1234.5]
    assert japan["row"].tolist() == [5]
    usa_2025 = exports[(exports["market"] == "USA") & (exports["period"] == "2025")]
    assert math.isnan(usa_2025["value"].iloc[0])
    assert growth_card.title == "Book (Growth)"
    assert growth["period"].tolist() == ["2024-01", "2024-02"]
    assert growth["value"].tolist() == [12.5, -5.0]
    measure = growth_card.measures[0]
    assert (measure.kind, measure.unit, measure.basis, measure.flow) == (
        "change_pct",
        "%",
        "yoy",
        "exports",
    )
    assert exports_card.id != growth_card.id


def test_card_ids_are_stable_for_a_path_and_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx")
    first = [card.id for card, _ in load_tables(path)]
    assert first == [card.id for card, _ in load_tables(path)]
    assert all(card_id.startswith("book-") for card_id in first)


def test_corrupt_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip file")
    with pytest.raises(IngestError, match="not a readable Excel workbook"):
        load_tables(path)


def test_workbook_without_any_table(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Just a heading"])
    sheet.append(["and a sentence, with words"])
    path = tmp_path / "notes.xlsx"
    book.save(path)
    with pytest.raises(TableLayoutError):
        load_tables(path)


def test_parquet_table(tmp_path: Path) -> None:
    path = tmp_path / "partners.parquet"
    pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-31", "2024-02-29", "2024-02-29"]),
            "partner": ["Japan", "Japan", "Korea"],
            "exports_usd_mn": [1.5, float("nan"), 2.25],
            "year": [2024, 2024, 2024],
        }
    ).to_parquet(path)
    card, frame = load_tables(path)[0]
    assert card.periods == ("2024-01", "2024-02")
    assert card.measures[0].unit == "US$ million"
    assert "year" in card.attributes
    assert frame["row"].tolist() == [1, 2, 3]
    assert frame["value"].iloc[2] == 2.25
    assert math.isnan(frame["value"].iloc[1])


def test_tsv_table(tmp_path: Path) -> None:
    path = tmp_path / "quarters.tsv"
    path.write_text("Quarter\tPartner\tValue (HK$ m)\n1Q24\tJapan\t1,012\n2Q24\tJapan\t13\n")
    card, frame = load_tables(path)[0]
    assert frame["period"].tolist() == ["2024-Q1", "2024-Q2"]
    assert frame["value"].tolist() == [1012.0, 13.0]
    assert card.frequency == "quarterly"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(IngestError, match="file is empty"):
        load_tables(path)


def test_blank_lines_only(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n\n  \n")
    with pytest.raises(IngestError, match="empty"):
        load_tables(path)


def test_binary_bytes_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\x00\x01\x02period,value\n")
    with pytest.raises(IngestError, match="binary"):
        load_tables(path)


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"period,value\n2024,\x81\x8d\x8f\n")
    with pytest.raises(IngestError, match="could not be recognised with confidence"):
        load_tables(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "table.ods"
    path.write_bytes(b"whatever")
    with pytest.raises(IngestError, match="unsupported"):
        load_tables(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not found"):
        load_tables(tmp_path / "nowhere.csv")


def test_workbook_with_merged_year_cells_over_quarters_and_a_unit_column(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Table 4: Re-exports by origin"])
    sheet.append(["Origin", 2024, None, 2025, None])
    sheet.append([None, "Q1", "Q2", "Q1", "Q2"])
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("D2:E2")
    sheet.merge_cells("A2:A3")
    sheet.append(["Chinese Mainland", "1,234.5", 1300.25, 1400, None])
    sheet.append(["Japan", 10, 11, 12, "-"])
    indicators = book.create_sheet("Indicators")
    indicators.append(["Indicator", "Unit", "2023", "2024"])
    indicators.append(["Exports", "HK$ bn", 4500, 4800])
    indicators.append(["Exports growth", "%", -7.8, 8.7])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    (card, frame), (card2, frame2) = load_tables(path)
    assert card.periods == ("2024-Q1", "2024-Q2", "2025-Q1", "2025-Q2")
    assert card.measures[0].flow == "re-exports"
    mainland = frame[frame["origin"] == "Chinese Mainland"]
    assert mainland["value"].tolist()[:3] == [1234.5, 1300.25, 1400.0]
    assert set(mainland["row"]) == {4}
    units = {m.name: (m.unit, m.kind) for m in card2.measures}
    assert units == {"exports": ("HK$ bn", "level"), "exports_growth": ("%", "change_pct")}
    growth = frame2[(frame2["measure"] == "exports_growth") & (frame2["period"] == "2023")]
    assert growth["value"].tolist() == [-7.8]


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    with pytest.raises(IngestError, match="not a readable Excel workbook"):
        load_tables(path)


def test_parquet_that_is_not_parquet(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    with pytest.raises(IngestError, match="not a readable Parquet file"):
        load_tables(path)


def test_workbook_with_a_wrong_used_range_is_read_whole(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["C3"] = "period"
    sheet["D3"] = "exports"
    sheet["C4"] = "2024-01"
    sheet["D4"] = 5
    written = tmp_path / "written.xlsx"
    book.save(written)
    path = tmp_path / "wrong_range.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            target.writestr(item, data)
    ((_, frame),) = load_tables(path)
    assert frame["value"].tolist() == [5.0]
    assert frame["row"].tolist() == [4]


def test_public_names() -> None:
    import ingest

    assert {"load_tables", "TABLE_SUFFIXES"} <= set(ingest.__all__)
    assert ingest.load_tables is load_tables
    assert {".csv", ".tsv", ".xlsx", ".parquet"} <= ingest.TABLE_SUFFIXES


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "unicode_text.csv"
    path.write_bytes("Month\tExports (HK$ m)\n2024-01\t1\n2024-02\t2\n".encode("utf-16"))
    ((card, frame),) = load_tables(path)
    assert frame["value"].tolist() == [1.0, 2.0]
    assert card.measures[0].unit == "HK$ million"


def test_old_mac_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"period,exports\r2024-01,1\r2024-02,2\r")
    ((_, frame),) = load_tables(path)
    assert frame["row"].tolist() == [2, 3]

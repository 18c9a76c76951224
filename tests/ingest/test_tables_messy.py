"""Messy tables that once gave a wrong figure: each is now read right, noted, or refused."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ingest.errors import IngestError, TableLayoutError
from tests.ingest.tables_support import load_text, one_table, pick

_CHINESE_TABLE = (
    "香港按主要目的地劃分的出口, 2025\n"
    "(港元百萬元 HK$ million)\n"
    "目的地 Destination,2024,2025\n"
    "美國 United States,170,180\n"
    "日本 Japan,30,33\n"
)


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs", "gb18030"])
def test_legacy_chinese_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"exports-{encoding}.csv"
    path.write_bytes(_CHINESE_TABLE.encode(encoding))
    card, frame = one_table(path)
    assert card.title == "香港按主要目的地劃分的出口, 2025"
    assert [m.unit for m in card.measures] == ["HK$ million"]
    dimension = card.dimensions[0].name
    assert pick(frame, period="2025", **{dimension: "United States"})["value"] == 180.0


def test_windows_1252_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.csv"
    text = "Exports (EUR million)\nPartner,2024,2025\nCôte d'Ivoire,1,2\nCuraçao,3,4\n"
    path.write_bytes(text.encode("cp1252"))
    _, frame = one_table(path)
    assert pick(frame, period="2025", partner="Curaçao")["value"] == 4.0


def test_undetectable_encoding_is_refused_naming_the_encodings_tried(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(b"period,value\n2024,\x81\x8d\x8f\x90\x9d\x81\x8d\n")
    with pytest.raises(IngestError, match=r"tried UTF-8, UTF-16, Windows-1252, Big5"):
        one_table(path)


def test_a_lone_currency_symbol_never_outranks_the_title(tmp_path: Path) -> None:
    card, _ = load_text(tmp_path, "t.csv", "Exports (HK$ million)\nMonth,¥ Japan\n2025-01,10\n")
    assert [m.unit for m in card.measures] == ["HK$ million"]


def test_unquoted_comma_in_a_label_is_repaired(tmp_path: Path) -> None:
    text = (
        "Exports by partner (HK$ million)\nPartner,2024,2025\nJapan,30,33\n"
        "Korea, Republic of,100,120\nUnited States,170,180\n"
    )
    _, frame = load_text(tmp_path, "t.csv", text)
    assert pick(frame, period="2025", partner="Korea, Republic of")["value"] == 120.0
    assert pick(frame, period="2024", partner="Korea, Republic of")["value"] == 100.0


def test_an_overlong_row_that_cannot_be_repaired_is_refused_with_its_line(
    tmp_path: Path,
) -> None:
    text = "Exports (HK$ million)\nPartner,2024,2025\nJapan,30,33\nKorea,100,120,130\n"
    with pytest.raises(TableLayoutError, match="line 4 has 4 cells but the header has 3"):
        load_text(tmp_path, "t.csv", text)


def test_title_with_a_year_above_a_unit_line_keeps_the_header(tmp_path: Path) -> None:
    text = (
        "Exports by partner, 2025\n(US$ thousand)\nPartner,2024,2025\n"
        "Japan,30000,33000\nUnited States,170000,180000\n"
    )
    card, frame = load_text(tmp_path, "t.csv", text)
    assert card.title == "Exports by partner, 2025"
    assert [(m.unit, m.scale) for m in card.measures] == [("US$ thousand", 1000.0)]
    assert pick(frame, period="2025", partner="Japan")["value"] == 33000.0
    assert set(frame["period"]) == {"2024", "2025"}


def test_conflicting_duplicate_rows_are_withheld_and_named(tmp_path: Path) -> None:
    text = (
        "Exports (HK$ million)\nPeriod,Partner,Exports\n2025,Japan,100\n2025,Japan,900\n"
        "2025,Korea,50\n2024,Japan,80\n"
    )
    card, frame = load_text(tmp_path, "t.csv", text)
    japan = frame[(frame["partner"] == "Japan") & (frame["period"] == "2025")]
    assert japan["value"].isna().all()
    assert pick(frame, period="2025", partner="Korea")["value"] == 50.0
    assert any("Rows 3 and 4" in note and "100 and 900" in note for note in card.notes)


def test_identical_duplicate_rows_are_kept(tmp_path: Path) -> None:
    text = "Exports (HK$ million)\nPeriod,Partner,Exports\n2025,Japan,100\n2025,Japan,100\n"
    card, frame = load_text(tmp_path, "t.csv", text)
    assert frame["value"].tolist() == [100.0, 100.0]
    assert not any("different values" in note for note in card.notes)


def test_conflicting_units_in_title_and_unit_line_are_refused(tmp_path: Path) -> None:
    text = "Exports by partner (HK$ million)\n(US$ thousand)\nPartner,2024,2025\nJapan,30,33\n"
    with pytest.raises(TableLayoutError, match=r"HK\$ million .* US\$ thousand"):
        load_text(tmp_path, "t.csv", text)


def test_agreeing_units_in_title_and_unit_line_are_fine(tmp_path: Path) -> None:
    text = "Exports by partner (HK$ million)\n(HK$ mn)\nPartner,2024,2025\nJapan,30,33\n"
    card, _ = load_text(tmp_path, "t.csv", text)
    assert [m.unit for m in card.measures] == ["HK$ million"]


def test_a_percentage_in_a_level_column_is_left_out_with_a_note(tmp_path: Path) -> None:
    text = "Exports (HK$ million)\nMonth,Exports\n2025-01,100\n2025-02,12.5%\n2025-03,120\n"
    card, frame = load_text(tmp_path, "t.csv", text)
    assert math.isnan(pick(frame, period="2025-02")["value"])
    assert any(note.startswith("Line 4: a percentage") for note in card.notes)


def test_impossible_dates_are_left_out_with_a_note(tmp_path: Path) -> None:
    text = (
        "Exports (HK$ million)\nDate,Exports\n2025-01-31,100\n2025-02-30,110\n"
        "2025-13,130\n2025-03-31,120\n"
    )
    card, frame = load_text(tmp_path, "t.csv", text)
    assert frame["period"].tolist() == ["2025-01", "2025-03"]
    assert any("'2025-02-30' is not a valid date" in note for note in card.notes)
    assert any("'2025-13' is not a valid date" in note for note in card.notes)

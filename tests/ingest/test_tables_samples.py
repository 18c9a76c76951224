"""The three sample CSVs, checked against an independent reading with the csv module."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest

from ingest.tables import load_tables
from tests.ingest.tables_support import one_table
from vectorstore.periods import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "tables"
HEADLINES = SAMPLES / "hk_monthly_trade_headlines_2023-12_to_2026-05.csv"
PARTNERS = SAMPLES / "hk_exports_imports_by_partner_yoy_long.csv"
STATED = SAMPLES / "hk_partner_values_stated.csv"


def _csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(1-based line, record) for each data line, read independently of the loader."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = []
        for record in reader:
            rows.append((reader.line_num, record))
        return rows


def _value(frame: pd.DataFrame, **where: str) -> float:
    mask = pd.Series(True, index=frame.index)
    for column, wanted in where.items():
        mask &= frame[column] == wanted
    picked = frame.loc[mask, "value"]
    assert len(picked) == 1, where
    return float(picked.iloc[0])


def test_headlines_every_cell_matches_the_csv() -> None:
    card, frame = one_table(HEADLINES)
    measures = {m.name for m in card.measures}
    checked = 0
    for line, record in _csv_rows(HEADLINES):
        at_line = frame[frame["row"] == line]
        for name in measures:
            if name.startswith("ytd_"):
                continue
            text = record[name]
            value = _value(at_line, measure=name)
            if text:
                assert value == float(text)
                checked += 1
            else:
                assert math.isnan(value)
        assert set(at_line["period"]) >= {normalise(record["period"])}
    assert checked > 150


def test_headlines_measures_have_units_kinds_and_flows() -> None:
    card, _ = one_table(HEADLINES)
    exports = card.measure("total_exports_hkd_bn")
    assert (exports.unit, exports.scale, exports.kind, exports.flow) == (
        "HK$ bn",
        1e9,
        "level",
        "exports",
    )
    growth = card.measure("imports_yoy_pct")
    assert (growth.unit, growth.kind, growth.flow, growth.basis) == (
        "%",
        "change_pct",
        "imports",
        "yoy",
    )
    assert growth.label == "Imports y-o-y change"
    ratio = card.measure("balance_pct_of_imports")
    assert (ratio.kind, ratio.flow) == ("ratio_pct", "balance")
    assert card.measure("ytd_exports_yoy_pct").basis == "ytd yoy"
    assert card.frequency == "monthly"
    assert card.dimensions == ()
    assert "source_file" in card.attributes


def test_headlines_year_to_date_columns_sit_on_their_span() -> None:
    _, frame = one_table(HEADLINES)
    by_line = dict(_csv_rows(HEADLINES))
    ytd = frame[frame["measure"] == "ytd_exports_yoy_pct"].dropna(subset=["value"])
    for _, row in ytd.iterrows():
        record = by_line[int(row["row"])]
        month = normalise(record["period"])
        year, last = month.split("-")
        assert row["period"] == normalise(f"{year}-01..{year}-{last}")
        assert row["value"] == float(record["ytd_exports_yoy_pct"])
    may_2026 = frame[
        (frame["measure"] == "ytd_exports_yoy_pct") & (frame["period"] == "2026-01..2026-05")
    ]
    assert may_2026["value"].tolist() == [36.2]
    assert _value(frame, measure="ytd_exports_yoy_pct", period="2023") == -7.8


def test_partner_table_is_long_with_partner_and_flow_dimensions() -> None:
    card, frame = one_table(PARTNERS)
    assert [m.name for m in card.measures] == ["yoy_pct"]
    partner = card.dimension("partner")
    flow = card.dimension("flow")
    assert partner is not None
    assert flow is not None
    assert {"Chinese Mainland", "Singapore", "USA", "Asia (region)"} <= set(partner.values)
    assert set(flow.values) == {"total exports", "imports"}
    rows = _csv_rows(PARTNERS)
    assert len(frame) == len(rows)
    for line, record in rows:
        got = frame[frame["row"] == line].iloc[0]
        assert got["value"] == float(record["yoy_pct"])
        assert got["partner"] == record["partner"]
        assert got["period"] == normalise(record["period"])
        assert got["source_file"] == record["source_file"]
    assert _value(frame, period="2026-03", partner="Singapore", flow="total exports") == 125.0


def test_partner_table_periods_are_sorted_canonical() -> None:
    card, _ = one_table(PARTNERS)
    periods = list(card.periods)
    assert "2025-11..2026-01" in periods
    assert all(normalise(p) == p for p in periods)
    assert periods.index("2025-10") < periods.index("2025-11..2026-01") < periods.index("2026-03")


def test_stated_values_take_their_unit_from_the_unit_column() -> None:
    card, frame = one_table(STATED)
    (measure,) = card.measures
    assert (measure.unit, measure.scale, measure.kind) == ("HK$ bn", 1e9, "level")
    assert "unit" in card.attributes
    assert _value(frame, period="2025", partner="World (total)") == 5240.3
    assert _value(frame, period="2026-01..2026-05") == 2776.6
    assert frame.loc[frame["period"] == "2025", "row"].tolist() == [4]


@pytest.mark.parametrize("path", [HEADLINES, PARTNERS, STATED], ids=lambda p: p.stem)
def test_sample_frames_follow_the_contract(path: Path) -> None:
    card, frame = one_table(path)
    dims = [d.name for d in card.dimensions]
    assert list(frame.columns) == ["period", "measure", "value", *dims, "row", *card.attributes]
    assert frame["value"].dtype == "float64"
    assert frame["row"].dtype == "int64"
    assert all(isinstance(v, str) for v in frame["period"])
    assert set(frame["measure"]) <= {m.name for m in card.measures}
    assert card.rows == len(frame)
    assert card.id == load_tables(path)[0][0].id
    assert card.source == str(path)

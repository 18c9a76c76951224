"""Cells, periods, units and roles as tables write them; property tests for the reshaping."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError
from ingest.tables import load_tables
from ingest.tables.measures import describe, find_unit
from ingest.tables.numbers import parse_cell, parse_number, uses_decimal_comma
from ingest.tables.periods import find_period, read_period
from ingest.tables.roles import dimension_role, flow_of, place_kind
from vectorstore.periods import canonical, parse


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("1 234", 1234.0),
        ("1\u202f234.5", 1234.5),
        ("(12.3)", -12.3),
        ("(+10.3)", 10.3),
        ("(-11.0)", -11.0),
        ("(−5.4)", -5.4),
        ("−5.2", -5.2),
        ("+3.1", 3.1),
        ("455.5*", 455.5),
        ("12.3(a)", 12.3),
        ("7.1r", 7.1),
        ("123.4 p", 123.4),
        ("455.5²", 455.5),
        ("HK$1,234", 1234.0),
        ("1.234,5", 1234.5),
        ("12.3 (p)", 12.3),
        ("12.3 (revised)", 12.3),
        ("1,234 HKD", 1234.0),
        ("+1.2pp", 1.2),
        ("0", 0.0),
    ],
)
def test_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["-", "–", "—", "..", "...", "N.A.", "n.a.", "NA", "x", "*", ""])
def test_missing_markers_are_nan(text: str) -> None:
    value = parse_number(text)
    assert value is not None
    assert math.isnan(value)


@pytest.mark.parametrize("text", ["Japan", "total exports", "Asia (region)", "see note"])
def test_text_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_percent_signs_are_flagged() -> None:
    assert parse_cell("12.5%") == parse_cell("12.5 %")
    assert parse_cell("(5.2%)").value == -5.2
    assert parse_cell("(5.2%)").percent


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_formatted_numbers_round_trip(number: float) -> None:
    written = f"{number:,.1f}"
    assert parse_number(written) == float(written.replace(",", ""))
    negative = f"({abs(number):,.1f})"
    assert parse_number(negative) == -float(f"{abs(number):.1f}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025 Jan", "2025-01"),
        ("Jan 2025 (p)", "2025-01"),
        ("Dec 2025-Feb 2026", "2025-12..2026-02"),
        ("January to May 2026", "2026-01..2026-05"),
        ("Q1 2024", "2024-Q1"),
        ("first quarter of 2024", "2024-Q1"),
        ("H1 2024", "2024-H1"),
        ("Mar-24", "2024-03"),
        ("03/2024", "2024-03"),
        ("2024p", "2024"),
        ("2025-11..2026-01", "2025-11..2026-01"),
        ("FY2024", "2023-04..2024-03"),
        ("YTD May 2026", "2026-01..2026-05"),
        ("2024年1月", "2024-01"),
        ("2024年1-3月", "2024-Q1"),
        ("2024.1-5", "2024-01..2024-05"),
        ("2024¹", "2024"),
        ("2025(1)", "2025"),
    ],
)
def test_periods(text: str, expected: str) -> None:
    period = read_period(text)
    assert period is not None
    assert canonical(period) == expected


@pytest.mark.parametrize(
    "text", ["Jan-Dec", "Japan", "2024.5", "same month a year earlier", "", "YTD 2026"]
)
def test_not_periods(text: str) -> None:
    assert read_period(text) is None


def test_period_inside_a_header() -> None:
    found = find_period("Exports 2024 (HK$ bn)")
    assert found is not None
    assert (canonical(found[0]), found[1]) == ("2024", "Exports (HK$ bn)")


@pytest.mark.parametrize(
    ("text", "unit", "scale"),
    [
        ("(HK$ million)", "HK$ million", 1e6),
        ("HK$ bn", "HK$ bn", 1e9),
        ("HK$ billion", "HK$ bn", 1e9),
        ("US$ '000", "US$ thousand", 1e3),
        ("in thousands of US dollars", "US$ thousand", 1e3),
        ("total_exports_hkd_bn", "HK$ bn", 1e9),
        ("imports_yoy_pct", "%", None),
        ("Share (%)", "%", None),
        ("(In USD 10 thousand)", "US$ 10 thousand", 1e4),
        ("(亿元)", "RMB 100 million", 1e8),
        ("千港元", "HK$ thousand", 1e3),
        ("QUANTITY_IN_100KG", "100 kg", 100.0),
        ("Quantity ('000 tonnes)", "thousand tonnes", 1e3),
    ],
)
def test_units(text: str, unit: str, scale: float | None) -> None:
    found = find_unit(text)
    assert (found.text, found.scale) == (unit, scale)


def test_measures_from_column_names() -> None:
    balance = describe("b", "visible_trade_balance_hkd_bn", "")
    assert (balance.flow, balance.kind, balance.unit) == ("balance", "level", "HK$ bn")
    share = describe("s", "Share of total exports (%)", "")
    assert (share.kind, share.flow) == ("share_pct", "exports")
    sa = describe("sa", "sa_exports_change_pct", "")
    assert (sa.kind, sa.basis, sa.label) == (
        "change_pct",
        "sa",
        "Seasonally adjusted exports change",
    )
    mom = describe("m", "Re-exports m-o-m (%)", "")
    assert (mom.flow, mom.basis, mom.kind) == ("re-exports", "mom", "change_pct")
    domestic = describe("d", "Domestic exports", "(HK$ million)")
    assert (domestic.flow, domestic.unit) == ("domestic exports", "HK$ million")


def test_places_and_roles() -> None:
    for name in ("Chinese Mainland", "USA", "Korea", "Taiwan", "Viet Nam", "Korea, Republic of"):
        assert place_kind(name) == "country", name
    assert place_kind("Asia (region)") == "region"
    assert place_kind("World") == "region"
    assert dimension_role("", ["Japan", "USA", "World"]) == "partner"
    assert dimension_role("", ["Asia", "Europe", "Africa"]) == "region"
    assert dimension_role("type", ["Exports", "Re-exports", "Imports"]) == "flow"
    assert dimension_role("", ["8542 Integrated circuits", "8517 Telephones"]) == "commodity"
    assert dimension_role("", ["Goods", "Services"]) == "commodity"
    assert dimension_role("status", ["final", "provisional"]) == "other"
    assert flow_of("balance_pct_of_imports") == "balance"


_names = st.lists(
    st.text(alphabet="QWXZJKV", min_size=3, max_size=8).map("Place {}".format),
    min_size=1,
    max_size=5,
    unique=True,
)
_years = st.lists(st.integers(min_value=1990, max_value=2030), min_size=2, max_size=5, unique=True)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=_names, years=_years, data=st.data())
def test_melting_a_wide_table_and_pivoting_back_loses_nothing(
    tmp_path: Path, names: list[str], years: list[int], data: st.DataObject
) -> None:
    cells = {
        (name, year): data.draw(
            st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
        )
        for name in names
        for year in years
    }
    assume(any(value is not None for value in cells.values()))
    lines = ["Place," + ",".join(str(y) for y in years)]
    for name in names:
        shown = ["-" if cells[name, y] is None else repr(cells[name, y]) for y in years]
        lines.append(",".join([name, *shown]))
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(lines) + "\n")
    _, frame = load_tables(path)[0]
    assert len(frame) == len(names) * len(years)
    dimension = next(c for c in frame.columns if c not in {"period", "measure", "value", "row"})
    back = frame.pivot(index=dimension, columns="period", values="value")
    for (name, year), value in cells.items():
        got = back.loc[name, str(year)]
        assert math.isnan(got) if value is None else got == value
    rows = frame.drop_duplicates(dimension).set_index(dimension)["row"]
    assert [rows[name] for name in names] == list(range(2, 2 + len(names)))


_TOKENS = [
    "2024", "2025-03", "Mar 2024", "Q1 2024", "Jan-Mar 2026", "Japan", "USA", "Exports",
    "(HK$ bn)", "1,234.5", "(12.3)", "-", "..", "N.A.", "12.5%", "", "x", "Note: a", "Total",
    "1Q24", "yoy %", "Share (%)", "007", "FY2024", "Jan", "period", "value", "unit", "row",
    "measure", "%", "2025 Jan", "Source: b",
]  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.sampled_from(_TOKENS), max_size=6), max_size=8))
def test_any_grid_gives_contract_frames_or_a_clear_error(
    tmp_path: Path, grid: list[list[str]]
) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in row) for row in grid))
    try:
        tables = load_tables(path)
    except IngestError as error:
        reason = error.reason
        tables = []
    else:
        reason = "loaded"
    assert reason
    for card, frame in tables:
        dims = [d.name for d in card.dimensions]
        assert list(frame.columns) == ["period", "measure", "value", *dims, "row", *card.attributes]
        assert frame["value"].dtype == "float64"
        assert set(frame["measure"]) <= {m.name for m in card.measures}
        assert all(canonical(parse(p)) == p for p in card.periods)


def test_decimal_comma_needs_more_evidence_than_a_stray_cell() -> None:
    assert not uses_decimal_comma(["1,2", "1,234", "12.5", "3.4"])
    assert uses_decimal_comma(["12,5", "1.234,5", "7,1"])
    assert not uses_decimal_comma(["1,234.5", "12,5"])
    assert parse_number("1.234", decimal_comma=True) == 1234.0
    assert parse_number("1.234") == 1.234
    assert parse_number("1.234.567") == 1234567.0


def test_counts_do_not_borrow_a_currency_unit() -> None:
    ships = describe("ships", "Number of ships", "(HK$ million)")
    assert (ships.kind, ships.unit) == ("count", None)

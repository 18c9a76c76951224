"""Layouts of real downloads: title and unit lines, notes, wide and long, two header rows."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ingest.errors import TableLayoutError
from ingest.tables import load_tables
from tests.ingest.tables_support import one_table, pick


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


WIDE_WITH_NOTES = """Table 3: Hong Kong re-exports by main destination
(HK$ million)

Destination,2023,2024,2025 (p)
Chinese Mainland,"2,345,678.9","2,456,789.0",2 567 890.1
United States,(12.3),455.5*,12.3(a)
Japan,-,..,N.A.
Viet Nam,7.1r,123.4 p,x

Note: Figures may not add up due to rounding.
Source: C&SD
* provisional
(a) revised
"""


def test_wide_table_with_title_unit_line_and_footnotes(tmp_path: Path) -> None:
    card, frame = one_table(_write(tmp_path, "reexports.csv", WIDE_WITH_NOTES))
    assert card.title == "Table 3: Hong Kong re-exports by main destination"
    (measure,) = card.measures
    assert (measure.unit, measure.scale, measure.flow, measure.kind) == (
        "HK$ million",
        1e6,
        "re-exports",
        "level",
    )
    assert card.periods == ("2023", "2024", "2025")
    assert card.frequency == "annual"
    partner = card.dimension("partner")
    assert partner is not None
    assert partner.values == ("Chinese Mainland", "Japan", "United States", "Viet Nam")
    assert "Source: C&SD" in card.notes
    assert "(a) revised" in card.notes
    assert len(frame) == 12
    china = pick(frame, destination="Chinese Mainland", period="2025")
    assert (china["value"], china["row"]) == (2567890.1, 5)
    assert pick(frame, destination="United States", period="2023")["value"] == -12.3
    assert pick(frame, destination="United States", period="2024")["value"] == 455.5
    assert pick(frame, destination="Viet Nam", period="2024")["value"] == 123.4
    japan = frame[frame["destination"] == "Japan"]
    assert japan["value"].isna().all()
    assert list(japan["row"].unique()) == [7]


def test_wide_table_with_year_row_over_month_row(tmp_path: Path) -> None:
    text = (
        "Exports by market (US$ '000),,,,\n"
        ",2024,,2025,\n"
        "Market,Jan,Feb,Jan,Feb\n"
        "Singapore,1,2,3,4\n"
        "Japan,5,6,7,8\n"
    )
    card, frame = one_table(_write(tmp_path, "two_rows.csv", text))
    assert card.periods == ("2024-01", "2024-02", "2025-01", "2025-02")
    assert card.measures[0].unit == "US$ thousand"
    assert card.measures[0].scale == 1e3
    assert pick(frame, market="Japan", period="2025-01")["value"] == 7.0
    assert card.title == "Exports by market (US$ '000)"


def test_wide_table_with_unit_row_and_change_column(tmp_path: Path) -> None:
    text = (
        "Hong Kong's total exports to main markets\n"
        ",Jan-Mar 2025,Jan-Mar 2026,% change\n"
        ",HK$ bn,HK$ bn,\n"
        'All markets,"1,100.0","1,452.1",32.0\n'
        "Singapore,20.0,45.0,125.0\n"
    )
    card, frame = one_table(_write(tmp_path, "q1.csv", text))
    level = next(m for m in card.measures if m.kind == "level")
    change = next(m for m in card.measures if m.kind == "change_pct")
    assert (level.unit, level.flow) == ("HK$ bn", "exports")
    assert change.unit == "%"
    assert card.periods == ("2025-Q1", "2026-Q1")
    got = pick(frame, partner="Singapore", measure=change.name)
    assert (got["period"], got["value"]) == ("2026-Q1", 125.0)
    assert (
        pick(frame, partner="All markets", measure=level.name, period="2026-Q1")["value"] == 1452.1
    )


def test_wide_table_with_measures_as_row_labels(tmp_path: Path) -> None:
    text = (
        "Item,Jan 2025,Feb 2025 (p)\n"
        "Total exports (HK$ bn),400.1,380.2\n"
        "Imports (HK$ bn),420.0,390.5\n"
        "Total exports y-o-y change (%),10.2,-3.1\n"
    )
    card, frame = one_table(_write(tmp_path, "headline_wide.csv", text))
    assert card.dimensions == ()
    by_label = {m.label: m for m in card.measures}
    assert by_label["Total exports"].unit == "HK$ bn"
    assert by_label["Imports"].flow == "imports"
    growth = by_label["Total exports y-o-y change"]
    assert (growth.kind, growth.basis, growth.unit) == ("change_pct", "yoy", "%")
    assert pick(frame, measure=growth.name, period="2025-02")["value"] == -3.1


def test_wide_table_with_section_rows(tmp_path: Path) -> None:
    text = (
        "Hong Kong trade by country\n"
        ",2026 Q1,2025 Q1\n"
        "Exports,,\n"
        "Singapore,10.5,4.7\n"
        "Japan,3.3,3.0\n"
        "Imports,,\n"
        "Singapore,8.1,7.9\n"
    )
    card, frame = one_table(_write(tmp_path, "sections.csv", text))
    flow = card.dimension("flow")
    assert flow is not None
    assert flow.values == ("Exports", "Imports")
    got = pick(frame, flow="Imports", partner="Singapore", period="2025-Q1")
    assert (got["value"], got["row"]) == (7.9, 7)


def test_wide_table_of_years_with_month_row_labels(tmp_path: Path) -> None:
    card, frame = one_table(
        _write(tmp_path, "seasonal.csv", "Month,2024,2025\nJan,10,11\nFeb,12,13\n")
    )
    assert card.periods == ("2024-01", "2024-02", "2025-01", "2025-02")
    assert pick(frame, period="2025-02")["value"] == 13.0


def test_long_table_with_text_periods_and_several_measures(tmp_path: Path) -> None:
    text = (
        "Month,Partner,Exports (US$ million),Exports growth (%),Notes\n"
        'Mar 2024,USA,"1,234.5",12.3,first release\n'
        'April 2024,USA,"1,300.0",-1.5%,\n'
        "2024M05,USA,–,..,not published\n"
    )
    card, frame = one_table(_write(tmp_path, "long.csv", text))
    assert card.periods == ("2024-03", "2024-04", "2024-05")
    assert card.attributes == ("notes",)
    names = {m.name: m for m in card.measures}
    level = names["exports_us_million"]
    assert (level.unit, level.scale, level.flow) == ("US$ million", 1e6, "exports")
    growth = names["exports_growth"]
    assert (growth.kind, growth.unit) == ("change_pct", "%")
    assert pick(frame, period="2024-04", measure="exports_growth")["value"] == -1.5
    may = frame[frame["period"] == "2024-05"]
    assert may["value"].isna().all()
    assert set(may["row"]) == {4}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("2024-03", "2024-03"),
        ("Mar 2024", "2024-03"),
        ("March 2024", "2024-03"),
        ("2024M03", "2024-03"),
        ("202403", "2024-03"),
        ("2024Q1", "2024-Q1"),
        ("2024 Q1", "2024-Q1"),
        ("1Q24", "2024-Q1"),
        ("Jan-Mar 2026", "2026-Q1"),
        ("Jan-May 2026", "2026-01..2026-05"),
        ("2024-03-01", "2024-03"),
        ("2024", "2024"),
        ("2024H1", "2024-H1"),
    ],
)
def test_long_period_column_formats(tmp_path: Path, written: str, canonical: str) -> None:
    text = f"period,exports_hkd_bn\n{written},1.5\n"
    _, frame = one_table(_write(tmp_path, "one.csv", text))
    assert frame["period"].tolist() == [canonical]


def test_year_and_month_columns_make_months(tmp_path: Path) -> None:
    text = "Year,Month,Country,Imports (US$ million)\n2024,Jan,Canada,5\n2024,2,Canada,(n/a)\n"
    card, frame = one_table(_write(tmp_path, "ym.csv", text))
    assert card.periods == ("2024-01", "2024-02")
    assert math.isnan(pick(frame, period="2024-02")["value"])


def test_indicator_column_names_the_measures(tmp_path: Path) -> None:
    text = (
        "REF_AREA,COUNTERPART_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
        "HK,SG,Exports,2024-01,100.5,USD million\n"
        "HK,SG,Imports,2024-01,90.5,USD million\n"
    )
    card, frame = one_table(_write(tmp_path, "sdmx.csv", text))
    assert {m.name: m.flow for m in card.measures} == {"exports": "exports", "imports": "imports"}
    assert {m.unit for m in card.measures} == {"US$ million"}
    assert card.dimension("partner") is not None
    assert pick(frame, measure="imports")["value"] == 90.5


def test_other_text_columns_become_dimensions_only_when_rows_need_them(tmp_path: Path) -> None:
    text = (
        "period,category,source,value\n"
        "2024,Goods,C&SD,1\n2024,Services,C&SD,2\n2025,Goods,C&SD,3\n2025,Services,C&SD,4\n"
    )
    card, frame = one_table(_write(tmp_path, "cats.csv", text))
    assert [d.name for d in card.dimensions] == ["category"]
    assert card.attributes == ("source",)
    assert pick(frame, period="2025", category="Services")["value"] == 4.0


def test_semicolon_delimiter_and_decimal_comma(tmp_path: Path) -> None:
    text = "Period;Partner;Exports (EUR mn);Growth (%)\n2024Q1;Germany;1.234,5;12,5\n"
    card, frame = one_table(_write(tmp_path, "semi.csv", text))
    assert pick(frame, measure="exports_eur_mn")["value"] == 1234.5
    assert pick(frame, measure="exports_growth")["value"] == 12.5
    assert card.measure("exports_eur_mn") is not None


def test_cp1252_text_with_thousands_and_parentheses(tmp_path: Path) -> None:
    text = 'Month,Country,Exports (€ m)\nMar 2024,Côte d’Ivoire,"(1,234.5)"\n'
    card, frame = one_table(_write(tmp_path, "cp.csv", text, encoding="cp1252"))
    assert frame["country"].tolist() == ["Côte d’Ivoire"]
    assert frame["value"].tolist() == [-1234.5]
    assert card.measures[0].unit == "EUR million"


def test_utf8_bom_and_latin1(tmp_path: Path) -> None:
    bom = _write(tmp_path, "bom.csv", "\ufeffperiod,exports\n2024,1\n")
    assert one_table(bom)[1]["period"].tolist() == ["2024"]
    latin = _write(tmp_path, "latin.csv", "period,país,exports\n2024,España,1\n", "latin-1")
    assert one_table(latin)[1]["país"].tolist() == ["España"]


def test_prose_saved_as_csv_is_refused_with_a_reason(tmp_path: Path) -> None:
    text = (
        "Hong Kong exports\n"
        "This file is about trade, and it has prose, not numbers.\n"
        "Exports rose in March 2024, said officials, in a statement.\n"
    )
    with pytest.raises(TableLayoutError, match="no header row with a period column"):
        load_tables(_write(tmp_path, "prose.csv", text))


def test_a_table_without_periods_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TableLayoutError, match="period"):
        load_tables(_write(tmp_path, "nope.csv", "name,score\nann,1\nbob,2\n"))


def test_a_header_without_rows_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TableLayoutError):
        load_tables(_write(tmp_path, "header.csv", "period,exports\n"))


STACKED = """Table 1: Exports by market (HK$ mn)
Market,2024,2025
Japan,1,2
USA,3,4
Source: C&SD

Table 2: Imports by market (HK$ mn)
Market,Jan 2025,Feb 2025,Mar 2025
Japan,5,6,7
USA,8,9,10
Note: provisional
"""


def test_tables_stacked_in_one_file_become_separate_tables(tmp_path: Path) -> None:
    path = _write(tmp_path, "stacked.csv", STACKED)
    (first, exports), (second, imports) = load_tables(path)
    assert first.title == "Table 1: Exports by market (HK$ mn)"
    assert second.title == "Table 2: Imports by market (HK$ mn)"
    assert first.periods == ("2024", "2025")
    assert second.periods == ("2025-01", "2025-02", "2025-03")
    assert first.notes == ("Source: C&SD",)
    assert second.notes == ("Note: provisional",)
    assert first.id != second.id
    assert (first.measures[0].flow, second.measures[0].flow) == ("exports", "imports")
    got = pick(imports, market="USA", period="2025-03")
    assert (got["value"], got["row"]) == (10.0, 10)
    assert set(exports["row"]) == {3, 4}


def test_repeated_header_rows_are_not_data(tmp_path: Path) -> None:
    text = "period,exports\n2024-01,1\n2024-02,2\nperiod,exports\n2024-03,3\n"
    card, frame = one_table(_write(tmp_path, "repeat.csv", text))
    assert frame["value"].tolist() == [1.0, 2.0, 3.0]
    assert card.periods == ("2024-01", "2024-02", "2024-03")


def test_long_commodity_descriptions_stay_a_dimension(tmp_path: Path) -> None:
    machinery = "Electrical machinery and equipment and parts thereof; sound recorders"
    reactors = "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof"
    text = "year,description,exports_usd_mn\n"
    text += (
        f'2024,"{machinery}",1\n2024,"{reactors}",2\n2025,"{machinery}",3\n2025,"{reactors}",4\n'
    )
    card, frame = one_table(_write(tmp_path, "hs.csv", text))
    commodity = card.dimension("commodity")
    assert commodity is not None
    assert commodity.values == (machinery, reactors)
    assert pick(frame, period="2025", description=reactors)["value"] == 4.0


def test_long_table_with_flow_row_over_unit_row(tmp_path: Path) -> None:
    text = (
        "Table 9\nMonthly trade\n"
        ",Exports,,Imports,\n"
        "Period,HK$ bn,yoy %,HK$ bn,yoy %\n"
        "2024-01,1,2,3,4\n2024-02,5,6,7,8\n"
    )
    card, frame = one_table(_write(tmp_path, "twolong.csv", text))
    assert card.title == "Table 9: Monthly trade"
    described = {(m.flow, m.kind): (m.label, m.unit) for m in card.measures}
    assert described == {
        ("exports", "level"): ("Exports", "HK$ bn"),
        ("exports", "change_pct"): ("Exports y-o-y change", "%"),
        ("imports", "level"): ("Imports", "HK$ bn"),
        ("imports", "change_pct"): ("Imports y-o-y change", "%"),
    }
    imports_growth = next(m.name for m in card.measures if m.label == "Imports y-o-y change")
    got = pick(frame, period="2024-02", measure=imports_growth)
    assert (got["value"], got["row"]) == (8.0, 6)


@pytest.mark.parametrize(
    ("dates", "periods"),
    [
        (["2024-01-01", "2024-04-01", "2024-07-01"], ["2024-Q1", "2024-Q2", "2024-Q3"]),
        (["2024-03-31", "2024-06-30"], ["2024-Q1", "2024-Q2"]),
        (["2022-01-01", "2023-01-01"], ["2022", "2023"]),
        (["2024-01-31", "2024-02-29"], ["2024-01", "2024-02"]),
        (["2024-03-01", "2025-03-01"], ["2024-03", "2025-03"]),
    ],
)
def test_dated_rows_stand_for_their_period(
    tmp_path: Path, dates: list[str], periods: list[str]
) -> None:
    text = "date,exports\n" + "".join(f"{d},{i}\n" for i, d in enumerate(dates))
    _, frame = one_table(_write(tmp_path, "dated.csv", text))
    assert frame["period"].tolist() == periods


def test_dated_period_headers_of_a_wide_table(tmp_path: Path) -> None:
    text = "Market,2024-01-01,2024-04-01,2024-07-01\nJapan,1,2,3\n"
    card, _ = one_table(_write(tmp_path, "wide_dates.csv", text))
    assert card.periods == ("2024-Q1", "2024-Q2", "2024-Q3")
    assert card.frequency == "quarterly"


def test_a_table_without_a_header_row_keeps_its_first_row(tmp_path: Path) -> None:
    card, frame = one_table(_write(tmp_path, "bare.csv", "Japan,2024-01,1.5\nUSA,2024-01,2.5\n"))
    assert frame["value"].tolist() == [1.5, 2.5]
    assert frame["row"].tolist() == [1, 2]
    assert card.dimension("partner") is not None


def test_excel_separator_hint_line(tmp_path: Path) -> None:
    text = "sep=;\nperiod;exports\n2024-01;1,5\n2024-02;2,5\n"
    _, frame = one_table(_write(tmp_path, "sep.csv", text))
    assert frame["value"].tolist() == [1.5, 2.5]
    assert frame["row"].tolist() == [3, 4]


def test_partners_as_column_headers_become_a_dimension(tmp_path: Path) -> None:
    text = (
        "Exports to main markets (US$ million)\n"
        "Month,Japan,USA,Singapore,World\n"
        "2024-01,1,2,3,10\n2024-02,4,5,6,20\n"
    )
    card, frame = one_table(_write(tmp_path, "cols.csv", text))
    (measure,) = card.measures
    assert (measure.flow, measure.unit) == ("exports", "US$ million")
    partner = card.dimension("partner")
    assert partner is not None
    assert partner.values == ("Japan", "Singapore", "USA", "World")
    got = pick(frame, period="2024-02", partner="Singapore")
    assert (got["value"], got["row"]) == (6.0, 4)


def test_wide_table_with_year_row_over_partner_row(tmp_path: Path) -> None:
    text = "Exports (HK$ m)\n,2024,,2025,\nMonth,Japan,USA,Japan,USA\nJan,1,2,3,4\nFeb,5,6,7,8\n"
    card, frame = one_table(_write(tmp_path, "year_partner.csv", text))
    assert card.title == "Exports (HK$ m)"
    (measure,) = card.measures
    assert (measure.flow, measure.unit) == ("exports", "HK$ million")
    assert card.periods == ("2024-01", "2024-02", "2025-01", "2025-02")
    got = pick(frame, partner="USA", period="2025-02")
    assert (got["value"], got["row"]) == (8.0, 5)


def test_a_named_attribute_that_tells_rows_apart_is_a_dimension(tmp_path: Path) -> None:
    text = "period,basis,source,exports\n2024,nominal,C&SD,10\n2024,real,C&SD,9\n"
    text += "2025,nominal,C&SD,11\n2025,real,C&SD,9.5\n"
    card, frame = one_table(_write(tmp_path, "basis.csv", text))
    assert [(d.name, d.values) for d in card.dimensions] == [("basis", ("nominal", "real"))]
    assert card.attributes == ("source",)
    assert pick(frame, period="2025", basis="real")["value"] == 9.5


def test_commodities_as_column_headers_become_a_dimension(tmp_path: Path) -> None:
    text = (
        "Domestic exports by product (HK$ mn)\n"
        "Month,Electrical machinery,Textiles,Jewellery,Total\n"
        "2025-01,10,20,30,60\n2025-02,11,21,31,63\n"
    )
    card, frame = one_table(_write(tmp_path, "products.csv", text))
    (measure,) = card.measures
    assert (measure.flow, measure.unit) == ("domestic exports", "HK$ million")
    commodity = card.dimension("commodity")
    assert commodity is not None
    assert commodity.values == ("Electrical machinery", "Jewellery", "Textiles", "Total")
    assert pick(frame, period="2025-02", commodity="Total")["value"] == 63.0


def test_flows_as_column_headers_stay_measures_with_their_flow(tmp_path: Path) -> None:
    text = "Month,Domestic exports,Re-exports,Imports\n2025-01,1,2,3\n"
    card, _ = one_table(_write(tmp_path, "flows.csv", text))
    assert [m.flow for m in card.measures] == ["domestic exports", "re-exports", "imports"]
    assert card.dimensions == ()


def test_one_period_named_in_the_title(tmp_path: Path) -> None:
    text = (
        "Top export markets, 2025\n"
        "Market,Value (HK$ mn),Share (%),Change (%)\n"
        'Chinese Mainland,"3,000,000",57.2,10.1\n'
        'USA,"300,000",5.7,-3.2\n'
    )
    card, frame = one_table(_write(tmp_path, "top.csv", text))
    assert card.title == "Top export markets, 2025"
    assert card.periods == ("2025",)
    kinds = {m.kind: m for m in card.measures}
    assert (kinds["level"].unit, kinds["level"].flow) == ("HK$ million", "exports")
    assert kinds["share_pct"].unit == "%"
    got = pick(frame, market="USA", measure=kinds["change_pct"].name)
    assert (got["period"], got["value"], got["row"]) == ("2025", -3.2, 4)


def test_one_period_column_beside_share_and_change(tmp_path: Path) -> None:
    text = (
        "Market,Jan-Mar 2026 (HK$ mn),Share (%),Change (%)\n"
        'Chinese Mainland,"800,000",57.2,38.0\n'
        'USA,"80,000",5.7,-3.2\n'
    )
    card, frame = one_table(_write(tmp_path, "q1.csv", text))
    assert card.periods == ("2026-Q1",)
    assert {m.kind for m in card.measures} == {"level", "share_pct", "change_pct"}
    level = next(m for m in card.measures if m.kind == "level")
    assert pick(frame, market="Chinese Mainland", measure=level.name)["value"] == 800000.0


def test_fiscal_year_in_a_title_is_not_taken_as_the_period(tmp_path: Path) -> None:
    text = "Trade 2024-2025\nMarket,Value\nJapan,1\nUSA,2\n"
    with pytest.raises(TableLayoutError):
        load_tables(_write(tmp_path, "fiscal_title.csv", text))


def test_a_label_written_once_for_its_group_is_carried_down(tmp_path: Path) -> None:
    text = "Flow,Partner,2024,2025\nExports,Japan,1,2\n,USA,3,4\n,Singapore,5,6\n"
    text += "Imports,Japan,7,8\n,USA,9,10\n"
    card, frame = one_table(_write(tmp_path, "grouped.csv", text))
    flow = card.dimension("flow")
    assert flow is not None
    assert flow.values == ("Exports", "Imports")
    assert pick(frame, flow="Imports", partner="USA", period="2025")["value"] == 10.0
    assert pick(frame, flow="Exports", partner="Singapore", period="2024")["row"] == 4


def test_a_period_written_once_for_its_partners(tmp_path: Path) -> None:
    text = "Month,Partner,Exports\n2025-01,Japan,1\n,USA,2\n2025-02,Japan,3\n,USA,4\n"
    _, frame = one_table(_write(tmp_path, "merged_months.csv", text))
    got = pick(frame, partner="USA", period="2025-02")
    assert (got["value"], got["row"]) == (4.0, 5)


def test_a_grand_total_without_a_period_is_not_givenone_table(tmp_path: Path) -> None:
    text = "Month,Partner,Exports\n2025-01,Japan,1\n2025-02,Japan,2\n2025-03,Japan,2\n,Total,5\n"
    card, frame = one_table(_write(tmp_path, "grand_total.csv", text))
    assert 5.0 not in set(frame["value"])
    assert card.periods == ("2025-01", "2025-02", "2025-03")


def test_weekly_dates_are_refused_rather_than_folded_into_months(tmp_path: Path) -> None:
    text = "date,exports\n2024-01-05,1\n2024-01-12,2\n2024-01-19,3\n"
    with pytest.raises(TableLayoutError, match="by day or week"):
        load_tables(_write(tmp_path, "weekly.csv", text))


def test_partner_header_row_over_unit_row(tmp_path: Path) -> None:
    text = ",Japan,USA\nMonth,HK$ mn,HK$ mn\n2025-01,1,2\n2025-02,3,4\n"
    card, frame = one_table(_write(tmp_path, "partner_units.csv", text))
    (measure,) = card.measures
    assert (measure.unit, measure.scale) == ("HK$ million", 1e6)
    assert pick(frame, partner="USA", period="2025-02")["value"] == 4.0

"""Layouts as statistics offices and databases publish them (C&SD, World Bank, UN Comtrade,
Eurostat), written small by the tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ingest.tables import load_tables
from tests.ingest.tables_support import load_text, pick

CSD = """Table 2: Hong Kong's total exports by main destination
Destination,Mar 2026,% change over same month of 2025,Jan-Mar 2026,% change over same period of 2025
,(HK$ Mn.),,(HK$ Mn.),
All destinations,"520,600",35.8,"1,452,100",32.0
Chinese Mainland,"300,100",40.1,"820,000",38.0
Singapore,"20,000",125.0,"50,000",90.5
"""


def test_change_columns_belong_to_the_period_before_them_not_their_base(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "csd.csv", CSD)
    assert card.periods == ("2026-Q1", "2026-03")
    level = next(m for m in card.measures if m.kind == "level")
    assert (level.unit, level.scale, level.flow) == ("HK$ million", 1e6, "exports")
    changes = [m for m in card.measures if m.kind == "change_pct"]
    assert changes
    assert {m.basis for m in changes} == {"yoy"}
    names = {m.name for m in changes}
    singapore = frame[(frame["destination"] == "Singapore") & frame["measure"].isin(names)]
    assert dict(zip(singapore["period"], singapore["value"], strict=True)) == {
        "2026-03": 125.0,
        "2026-Q1": 90.5,
    }
    assert "2025" not in set(frame["period"])


WDI = """Country Name,Country Code,Series Name,Series Code,2022 [YR2022],2023 [YR2023],2024 [YR2024]
Hong Kong SAR China,HKG,Exports of goods and services (current US$),NE.EXP.GNFS.CD,100,110,..
Singapore,SGP,Exports of goods and services (current US$),NE.EXP.GNFS.CD,200,210,220
Singapore,SGP,Imports of goods and services (current US$),NE.IMP.GNFS.CD,180,190,200
"""


def test_world_bank_series_become_measures(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "wdi.csv", WDI)
    assert card.periods == ("2022", "2023", "2024")
    assert {m.flow for m in card.measures} == {"exports", "imports"}
    assert {m.unit for m in card.measures} == {"US$"}
    assert [d.name for d in card.dimensions] == ["country_name"]
    assert set(card.attributes) == {"country_code", "series_code"}
    exports = next(m for m in card.measures if m.flow == "exports")
    got = pick(frame, country_name="Singapore", measure=exports.name, period="2024")
    assert (got["value"], got["row"]) == (220.0, 3)


COMTRADE = (
    "typeCode,freqCode,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
    "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,cmdCode,cmdDesc,isLeaf,"
    "netWgt,primaryValue\n"
    'C,M,2024,1,202401,344,HKG,"China, Hong Kong SAR",X,Export,702,SGP,Singapore,TOTAL,'
    "All Commodities,False,0,1234567.5\n"
    'C,M,2024,1,202401,344,HKG,"China, Hong Kong SAR",M,Import,702,SGP,Singapore,TOTAL,'
    "All Commodities,False,0,2345678.25\n"
    'C,M,2024,2,202402,344,HKG,"China, Hong Kong SAR",X,Export,392,JPN,Japan,TOTAL,'
    "All Commodities,False,0,345678\n"
)


def test_un_comtrade_codes_are_attributes_and_names_are_dimensions(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "comtrade.csv", COMTRADE)
    assert {m.name for m in card.measures} == {"net_wgt", "primary_value"}
    roles = {d.role: d.name for d in card.dimensions}
    assert roles == {"flow": "flow_desc", "partner": "partner_desc", "commodity": "cmd_desc"}
    assert {"partner_code", "reporter_desc", "cmd_code", "ref_year"} <= set(card.attributes)
    got = pick(frame, measure="primary_value", partner_desc="Singapore", flow_desc="Import")
    assert (got["period"], got["value"], got["row"]) == ("2024-01", 2345678.25, 3)


def test_eurostat_numeric_flow_codes_stay_a_dimension(tmp_path: Path) -> None:
    text = (
        "DECLARANT_ISO,PARTNER_ISO,PRODUCT_NC,FLOW,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG\n"
        "DE,HK,85423100,1,202401,1000,10\n"
        "DE,HK,85423100,2,202401,2000,20\n"
    )
    card, frame = load_text(tmp_path, "comext.csv", text)
    assert {d.role for d in card.dimensions} == {"flow", "partner", "commodity"}
    assert "declarant_iso" in card.attributes
    values = {m.name: m.unit for m in card.measures}
    assert values == {"value": "EUR", "quantity_in_kg": "kg"}
    assert pick(frame, flow="2", measure="value")["value"] == 2000.0


def test_month_columns_take_the_year_of_the_title(tmp_path: Path) -> None:
    text = (
        "Hong Kong exports by market, 2025 (HK$ million)\n"
        "Market,Jan,Feb,Mar\n"
        "Japan,1,2,3\n"
        "USA,4,5,6\n"
    )
    card, frame = load_text(tmp_path, "months.csv", text)
    assert card.periods == ("2025-01", "2025-02", "2025-03")
    assert card.measures[0].unit == "HK$ million"
    assert pick(frame, market="USA", period="2025-02")["value"] == 5.0


def test_pandas_index_column_is_dropped(tmp_path: Path) -> None:
    text = ",period,exports_hkd_bn\n0,2024-01,1.5\n1,2024-02,2.5\n"
    card, frame = load_text(tmp_path, "indexed.csv", text)
    assert [m.name for m in card.measures] == ["exports_hkd_bn"]
    assert frame["value"].tolist() == [1.5, 2.5]


def test_change_after_two_periods_a_year_apart_is_year_on_year(tmp_path: Path) -> None:
    text = (
        "Census and Statistics Department\n"
        "Table 5: Exports to main markets\n"
        ",Jan-Mar 2025,Jan-Mar 2026,% change\n"
        ",HK$ bn,HK$ bn,\n"
        "Singapore,20.0,45.0,125.0\n"
    )
    card, frame = load_text(tmp_path, "q1.csv", text)
    assert card.title == "Table 5: Exports to main markets"
    assert "Census and Statistics Department" in card.notes
    change = next(m for m in card.measures if m.kind == "change_pct")
    assert (change.basis, change.flow) == ("yoy", "exports")
    assert pick(frame, measure=change.name)["period"] == "2026-Q1"


def test_rows_that_are_measures_beside_rows_that_are_flows(tmp_path: Path) -> None:
    text = "Item,2023,2024\nExports,100,110\nImports,90,95\nExports growth (%),5.0,10.0\n"
    card, frame = load_text(tmp_path, "mixed.csv", text)
    kinds = {m.label: (m.kind, m.flow, m.unit) for m in card.measures}
    assert kinds == {
        "Exports": ("level", "exports", None),
        "Imports": ("level", "imports", None),
        "Exports growth": ("change_pct", "exports", "%"),
    }
    assert card.dimensions == ()
    assert pick(frame, measure="exports_growth", period="2024")["value"] == 10.0


def test_chinese_period_headers(tmp_path: Path) -> None:
    card, _ = load_text(tmp_path, "zh.csv", "市場,2025年1月,2025年2月\n新加坡,1.5,2.5\n")
    assert card.periods == ("2025-01", "2025-02")


CSD_MONTHLY = """Table 1: Hong Kong's external merchandise trade
(HK$ million)
Period,Total exports,% change,Imports,% change,Trade balance
2025 Jan,"400,000.0",0.1,"420,000.0",0.5,"-20,000.0"
Feb,"380,000.0",15.4,"400,000.0",11.8,"-20,000.0"
Jan-Feb,"780,000.0",7.2,"820,000.0",5.9,"-40,000.0"
"""


def test_months_without_their_year_and_repeated_change_headers(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "csd_monthly.csv", CSD_MONTHLY)
    assert card.periods == ("2025-01", "2025-01..2025-02", "2025-02")
    by_name = {m.name: m for m in card.measures}
    assert (by_name["imports_change"].flow, by_name["imports_change"].kind) == (
        "imports",
        "change_pct",
    )
    assert by_name["total_exports"].unit == "HK$ million"
    got = pick(frame, measure="imports_change", period="2025-02")
    assert (got["value"], got["row"]) == (11.8, 5)
    assert pick(frame, measure="total_exports_change", period="2025-01..2025-02")["value"] == 7.2
    assert not frame.duplicated(["period", "measure", "row"]).any()


def test_total_column_of_a_wide_table_covers_its_periods(tmp_path: Path) -> None:
    text = "Exports by market (HK$ mn)\nMarket,Jan 2026,Feb 2026,Mar 2026,Total,Notes\n"
    text += "Japan,1,2,3,6,\nUSA,4,5,6,15,revised\n"
    card, frame = load_text(tmp_path, "total.csv", text)
    assert [m.name for m in card.measures] == ["exports"]
    assert pick(frame, market="USA", period="2026-Q1")["value"] == 15.0
    assert card.attributes == ("notes",)


def test_a_level_column_without_a_period_is_left_out_with_a_note(tmp_path: Path) -> None:
    text = "Market,2024,2025,Population\nJapan,1,2,125\nUSA,4,5,335\n"
    card, frame = load_text(tmp_path, "pop.csv", text)
    assert set(frame["period"]) == {"2024", "2025"}
    assert 335.0 not in set(frame["value"])
    assert any("Population" in note for note in card.notes)


def test_hs_codes_beside_descriptions_and_a_unit_stated_in_a_note(tmp_path: Path) -> None:
    text = (
        ",Description,2024,2025,Share (%)\n"
        "8542,Integrated circuits,100,120,68.6\n"
        "8517,Telephones,50,55,31.4\n"
        "Note: Values are in US$ million.\n"
    )
    card, frame = load_text(tmp_path, "hs.csv", text)
    commodity = card.dimension("commodity")
    assert commodity is not None
    assert commodity.values == ("Integrated circuits", "Telephones")
    assert card.attributes == ("code",)
    level = next(m for m in card.measures if m.kind == "level")
    share = next(m for m in card.measures if m.kind == "share_pct")
    assert (level.unit, level.scale) == ("US$ million", 1e6)
    assert share.unit == "%"
    got = pick(frame, description="Telephones", measure=share.name)
    assert (got["period"], got["value"], got["code"]) == ("2025", 31.4, "8517")


DOTS = (
    '"Country Name","Country Code","Counterpart Country Name","Counterpart Country Code",'
    '"Indicator Name","Indicator Code","Attribute","2021","2022","2023",\n'
    '"Hong Kong SAR, China","532","Singapore","576","Goods, Value of Exports, Free on board '
    '(FOB), US Dollars","TXG_FOB_USD","Value","15000.5","16000.25","17000",\n'
    '"Hong Kong SAR, China","532","Singapore","576","Goods, Value of Exports, Free on board '
    '(FOB), US Dollars","TXG_FOB_USD","Status","","","E",\n'
    '"Hong Kong SAR, China","532","Japan","158","Goods, Value of Exports, Free on board '
    '(FOB), US Dollars","TXG_FOB_USD","Value","9000","9100","9200",\n'
)


def test_imf_dots_status_rows_are_not_values(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "dots.csv", DOTS)
    (measure,) = card.measures
    assert (measure.flow, measure.unit) == ("exports", "US$")
    assert "FOB" in measure.label
    assert [(d.name, d.role) for d in card.dimensions] == [("counterpart_country_name", "partner")]
    assert {"country_name", "indicator_code", "attribute"} <= set(card.attributes)
    assert len(frame) == 6
    got = pick(frame, counterpart_country_name="Singapore", period="2022")
    assert (got["value"], got["row"]) == (16000.25, 2)


def test_bilingual_csd_table_keeps_the_english(tmp_path: Path) -> None:
    text = (
        "表 3 按主要目的地統計的轉口貨值 Table 3: Re-exports by main destination\n"
        "(百萬港元) (HK$ million)\n"
        "目的地 Destination,2025年1月 Jan 2025,2025年2月 Feb 2025\n"
        '中國內地 Chinese Mainland,"100,000",90000\n'
        '美國 USA,"20,000",18000\n'
    )
    card, frame = load_text(tmp_path, "bilingual.csv", text)
    assert card.periods == ("2025-01", "2025-02")
    assert (card.measures[0].flow, card.measures[0].unit) == ("re-exports", "HK$ million")
    partner = card.dimension("partner")
    assert partner is not None
    assert (partner.name, partner.values) == ("destination", ("Chinese Mainland", "USA"))
    got = pick(frame, destination="Chinese Mainland", period="2025-01")
    assert (got["value"], got["row"]) == (100000.0, 4)


def test_three_header_rows_chinese_english_and_units(tmp_path: Path) -> None:
    text = (
        "Table 3: Re-exports by main destination\n"
        ",2025年1月,2025年2月\n"
        "Destination,Jan 2025,Feb 2025\n"
        ",(HK$ million),(HK$ million)\n"
        'Chinese Mainland,"100,000",90000\n'
        'USA,"20,000",18000\n'
    )
    card, frame = load_text(tmp_path, "three.csv", text)
    assert card.periods == ("2025-01", "2025-02")
    (measure,) = card.measures
    assert (measure.unit, measure.scale, measure.flow) == ("HK$ million", 1e6, "re-exports")
    got = pick(frame, destination="USA", period="2025-02")
    assert (got["value"], got["row"]) == (18000.0, 6)


YEARBOOK = """Table 13
(a) Merchandise Trade by Main Country/Territory
HK$ Billion
Type of trade/Main country/territory,2000,2004,2005
Imports,"1,658.0","2,111.1","2,329.5"
,(+19.0),(+16.9),(+10.3)
  The mainland of China,715.0,918.3,"1,049.3"
  Japan,199.0,256.1,256.5
Re-exports,"1,391.7","1,893.1","2,114.1"
,(+18.1),(-16.8),(11.7)
  The mainland of China,488.8,850.6,967.9
  European Union(1),212.6,260.4,304.6
Notes:
Figures in brackets refer to percentage changes over the same period of the preceding year.
(1) On 1 May 2004, 10 new members joined the European Union (EU).
Source: Trade Statistics Dissemination Section, Census and Statistics Department.
"""


def test_yearbook_flow_rows_head_their_partners_and_brackets_are_changes(
    tmp_path: Path,
) -> None:
    card, frame = load_text(tmp_path, "yearbook.csv", YEARBOOK)
    assert card.title == "Table 13: (a) Merchandise Trade by Main Country/Territory"
    level = next(m for m in card.measures if m.kind == "level")
    change = next(m for m in card.measures if m.kind == "change_pct")
    assert (level.unit, level.scale) == ("HK$ bn", 1e9)
    assert (change.unit, change.basis) == ("%", "yoy")
    flow = card.dimension("flow")
    partner = card.dimension("partner")
    assert flow is not None
    assert partner is not None
    assert flow.values == ("Imports", "Re-exports")
    assert set(partner.values) == {"Total", "The mainland of China", "Japan", "European Union"}
    name = partner.name
    reexports = {"flow": "Re-exports", name: "The mainland of China", "measure": level.name}
    got = pick(frame, period="2005", **reexports)
    assert (got["value"], got["row"]) == (967.9, 11)
    total = pick(frame, period="2005", flow="Imports", measure=level.name, **{name: "Total"})
    assert (total["value"], total["row"]) == (2329.5, 5)
    growth = frame[(frame["measure"] == change.name) & (frame["flow"] == "Re-exports")]
    assert dict(zip(growth["period"], growth["value"], strict=True)) == {
        "2000": 18.1,
        "2004": -16.8,
        "2005": -11.7,
    }
    assert set(growth[name]) == {"Total"}
    assert set(growth["row"]) == {10}


SEASONAL = """Year,Month,Change of the latest 3-month period over the preceding 3-month period (%)
,,Total exports,Imports
2019,Nov,+0.8,-1.6
,Dec,+1.2,-0.8
2020,Jan,-4.4,-2.2
,Feb,-7.8,-5.8
Notes : Seasonally adjusted series may be revised as more data become available.
Source : Trade Analysis Section (2),
Census and Statistics Department
"""


def test_csd_seasonally_adjusted_table_with_years_written_once(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "sa.csv", SEASONAL)
    assert card.periods == ("2019-11", "2019-12", "2020-01", "2020-02")
    by_flow = {m.flow: m for m in card.measures}
    assert set(by_flow) == {"exports", "imports"}
    assert {m.kind for m in card.measures} == {"change_pct"}
    assert {m.basis for m in card.measures} == {"3m"}
    got = pick(frame, period="2019-12", measure=by_flow["imports"].name)
    assert (got["value"], got["row"]) == (-0.8, 4)
    assert any(note.startswith("Source") for note in card.notes)


SINGSTAT = """Theme: Trade & Investment
Subject: Merchandise Trade
Table Title: Merchandise Exports By Region/Market, Monthly
Data last updated: 17/03/2025
Source: Enterprise Singapore

Data Series,2025 Feb,2025 Jan,2024 Dec
Total All Markets,"55,123,456","58,000,111","60,123,000"
  America,"7,000,000","7,100,000","7,200,000"
    United States,"5,000,000","5,100,000","5,200,000"

Footnotes:
Unit: Thousand Dollars
"""


def test_singstat_metadata_lines_title_and_footer_unit(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "singstat.csv", SINGSTAT)
    assert card.title == "Merchandise Exports By Region/Market, Monthly"
    assert "Source: Enterprise Singapore" in card.notes
    (measure,) = card.measures
    assert (measure.flow, measure.scale) == ("exports", 1e3)
    assert card.periods == ("2024-12", "2025-01", "2025-02")
    assert card.dimension("partner") is not None
    got = pick(frame, data_series="United States", period="2025-01")
    assert (got["value"], got["row"]) == (5100000.0, 10)


CENSUS = """U.S. International Trade in Goods and Services
(In millions of dollars. Details may not equal totals due to rounding.)
,Balance,,,Exports,,,Imports,,
Period,Total,Goods,Services,Total,Goods,Services,Total,Goods,Services
2024,,,,,,,,,
Jan. ,"-67,435","-90,123","22,688","257,000","170,000","87,000","324,435","260,123","64,312"
Feb. ,"-68,900","-91,000","22,100","258,000","171,000","87,000","326,900","262,000","64,900"
2025,,,,,,,,,
Jan. ,"-131,400","-153,300","21,900","269,800","180,000","89,800","401,200","333,300","67,900"
"""


def test_census_exhibit_with_years_on_rows_of_their_own(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "exhibit1.csv", CENSUS)
    assert card.periods == ("2024-01", "2024-02", "2025-01")
    by_name = {m.name: m for m in card.measures}
    assert len(by_name) == 9
    goods = by_name["exports_goods"]
    assert (goods.flow, goods.unit, goods.scale) == ("exports", "$ million", 1e6)
    assert by_name["balance_total"].flow == "balance"
    got = pick(frame, period="2025-01", measure="imports_services")
    assert (got["value"], got["row"]) == (67900.0, 9)
    assert "2024" not in set(frame["period"])


def test_eurostat_bulk_tsv_with_packed_key_column(tmp_path: Path) -> None:
    text = (
        "freq,partner,flow,unit\\TIME_PERIOD\t2022 \t2023 \t2024 \n"
        "A,HK,1,MIO_EUR\t123.4 \t130.1 p\t: \n"
        "A,HK,2,MIO_EUR\t99.0 \t101.5 \t105.0 e\n"
    )
    path = tmp_path / "estat.tsv"
    path.write_text(text, encoding="utf-8")
    ((card, frame),) = load_tables(path)
    assert card.periods == ("2022", "2023", "2024")
    assert {d.role: d.name for d in card.dimensions} == {"partner": "partner", "flow": "flow"}
    (measure,) = card.measures
    assert (measure.unit, measure.scale) == ("EUR million", 1e6)
    got = pick(frame, flow="1", period="2023")
    assert (got["value"], got["row"]) == (130.1, 2)
    assert pd.isna(pick(frame, flow="1", period="2024")["value"])


def test_sdmx_csv_indicators_and_dataflow_column(tmp_path: Path) -> None:
    text = (
        "DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,"
        "OBS_VALUE,OBS_FLAG\n"
        "ESTAT:DS-045409(1.0),15/03/25 11:00:00,M,DE,HK,8542,1,VALUE_IN_EUROS,2024-01,1000,\n"
        "ESTAT:DS-045409(1.0),15/03/25 11:00:00,M,DE,HK,8542,2,VALUE_IN_EUROS,2024-01,2000,\n"
        "ESTAT:DS-045409(1.0),15/03/25 11:00:00,M,DE,HK,8542,1,VALUE_IN_EUROS,2024-02,1100,p\n"
    )
    card, frame = load_text(tmp_path, "sdmx.csv", text)
    assert {d.role: d.name for d in card.dimensions} == {
        "partner": "partner",
        "commodity": "product",
        "flow": "flow",
    }
    assert {"dataflow", "reporter", "obs_flag"} <= set(card.attributes)
    (measure,) = card.measures
    assert measure.unit == "EUR"
    got = pick(frame, flow="1", period="2024-02")
    assert (got["value"], got["obs_flag"], got["row"]) == (1100.0, "p", 4)


_ICELAND_ROWS = {
    "Exports fob, total": 75809.8,
    "  Marine products": 28076.2,
    "  Agricultural products": 3705.5,
    "  Industrial products": 39594.0,
    "    of which aluminium and aluminium products": 25518.2,
    "  Other products": 4434.1,
    "Imports fob, total": 108700.0,
    "Trade balance (fob/fob)": -32890.2,
}
# Statistics Iceland's PX-Web export: a year of months as columns, kinds of goods indented
# under the exports total in the one label column.
ICELAND = (
    "\n".join(
        [
            '"External trade in goods by months 2024"',
            '"ISK million, current prices"',
            "",
            ",".join(['"Flow"', *(f'"2024M{m:02d}"' for m in range(1, 13))]),
            *(
                ",".join([f'"{label}"', *(f"{value + m:.1f}" for m in range(12))])
                for label, value in _ICELAND_ROWS.items()
            ),
        ]
    )
    + "\n"
)


def test_kinds_of_goods_under_a_flow_take_its_flow_and_a_goods_dimension(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "iceland.csv", ICELAND)
    flows = card.dimension("flow")
    goods = card.dimension("commodity")
    assert flows is not None
    assert goods is not None
    assert set(flows.values) == {
        "Exports fob, total",
        "Imports fob, total",
        "Trade balance (fob/fob)",
    }
    assert set(goods.values) == {
        "Total",
        "Marine products",
        "Agricultural products",
        "Industrial products",
        "of which aluminium and aluminium products",
        "Other products",
    }
    marine = pick(frame, period="2024-02", goods="Marine products")
    assert (marine["flow"], marine["value"]) == ("Exports fob, total", 28077.2)
    imports = pick(frame, period="2024-01", flow="Imports fob, total")
    assert (imports["goods"], imports["value"]) == ("Total", 108700.0)


def test_a_column_of_flows_only_keeps_one_flow_dimension(tmp_path: Path) -> None:
    text = "\n".join(line for line in ICELAND.splitlines() if not line.startswith('"  '))
    card, frame = load_text(tmp_path, "flows.csv", text + "\n")
    assert card.dimension("commodity") is None
    assert "goods" not in frame.columns


# Sri Lanka Customs: numbered product groups, indented items, a group named with the
# flow's word ("3. Mineral Exports") and the total at the bottom.
SRI_LANKA = """Table 3: Merchandise Exports by Major Product Category, December 2025
Value in LKR Million

Product Category,Dec-2024,Nov-2025,Dec-2025
1. Agricultural Products,94420.8,99529.4,99991.5
   Tea,43290.0,44908.9,46027.7
   Rubber,1546.7,1482.1,1725.5
   Spices and Allied Products,9307.8,9049.1,10155.8
   Seafood,8324.3,8001.3,7530.5
2. Industrial Products,251964.3,263840.7,263808.6
   Textiles and Apparel,128807.5,139229.4,138553.1
   Rubber Products,27195.6,28592.7,29952.2
3. Mineral Exports,1204.7,1291.7,1189.3
4. Unclassified,1326.3,762.6,1377.2
Total Merchandise Exports,348916.1,365424.4,366366.6
"""


def test_a_group_named_with_the_flow_is_a_kind_of_goods_of_the_total(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "slc.csv", SRI_LANKA)
    flows = card.dimension("flow")
    assert flows is None or flows.values == ("Total Merchandise Exports",)
    goods = card.dimension("commodity")
    assert goods is not None
    assert {"3. Mineral Exports", "4. Unclassified", "Seafood", "Total"} <= set(goods.values)
    mineral = pick(frame, period="2025-12", **{goods.name: "3. Mineral Exports"})
    assert mineral["value"] == 1189.3
    unclassified = pick(frame, period="2025-12", **{goods.name: "4. Unclassified"})
    assert unclassified["value"] == 1377.2
    total = pick(frame, period="2025-12", **{goods.name: "Total"})
    assert total["value"] == 366366.6

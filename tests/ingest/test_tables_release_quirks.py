"""Quirks of national releases read right: a share column dated above two period rows
(DANE), a footnote number after a header's period (Statistics Austria), codes beside their
descriptions (Geostat), riyals and "exports of domestic products" (Qatar PSA), starred month
labels under a year row (KSH)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.tables_support import load_text, pick

DANE = """Cuadro 3
Colombia. Exports by main country of destination
Value FOB in thousand US dollars

Country of destination,January - December,,Variation (%),Contribution to the variation (pp),Share 2025 (%)
,2024,2025p,,,
Total,49547000,50316583.3,1.6,1.6,100
United States,14487212.9,15076058.1,4.1,1.2,30
Panama,3437434.6,3281571.1,-4.5,-0.3,6.5

Source: DANE - DIAN.
p: provisional.
"""  # noqa: E501


def test_a_share_column_dated_above_two_period_rows_keeps_the_levels(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "dane.csv", DANE)
    level = next(m for m in card.measures if m.kind == "level")
    assert (level.unit, level.flow) == ("US$ thousand", "exports")
    assert {m.kind for m in card.measures} >= {"level", "change_pct", "share_pct"}
    panama = frame[(frame["measure"] == level.name) & (frame.iloc[:, 3] == "Panama")]
    assert dict(zip(panama["period"], panama["value"], strict=True)) == {
        "2024": 3437434.6,
        "2025": 3281571.1,
    }


AUSTRIA = """Table 5.3 Foreign trade by selected partner countries, 2023 to 2025
Values in EUR million

Partner country,2023,2024,2025 1)
EXPORTS,,,
Total,196852,191018,192446
Change on previous year in %,1.7,-3.0,0.7
Germany,55619,56559,55902
Italy,12489,12246,12655

1) Provisional data.
"""


def test_a_footnote_number_after_a_period_is_no_measure(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "austria.csv", AUSTRIA)
    levels = [m for m in card.measures if m.kind == "level"]
    assert len(levels) == 1
    italy = frame[(frame["measure"] == levels[0].name) & (frame["partner_country"] == "Italy")]
    assert dict(zip(italy["period"], italy["value"], strict=True)) == {
        "2023": 12489.0,
        "2024": 12246.0,
        "2025": 12655.0,
    }


GEOSTAT = """External Merchandise Trade of Georgia by HS Sections, 2024-2025
(thousand USD)
HS section,Description,Exports 2024,Exports 2025*,Imports 2024,Imports 2025*
,Total,6141543.6,6132865.1,16073665.0,15993682.1
I,Live animals; animal products,161120.8,186039.0,322463.9,350156.0
V,Mineral products,1416093.5,1447373.3,2837843.4,2785389.6
XVII,"Vehicles, aircraft, vessels and associated transport equipment",1379025.9,1300000.0,3005000.0,2900000.0
* Preliminary data.
"""  # noqa: E501


def test_descriptions_beside_codes_are_the_goods(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "geostat.csv", GEOSTAT)
    goods = card.dimension("commodity")
    assert goods is not None
    assert goods.name == "description"
    assert "Mineral products" in goods.values
    row = pick(frame, description="Mineral products", period="2025", measure="exports")
    assert row["value"] == 1447373.3
    assert row["hs_section"] == "V"


QATAR = """Table (1): Qatar Merchandise Trade by Month, 2025
(Value in QR Million)
Month,Exports of Domestic Products,Re-Exports,Imports (CIF)
January 2025,20986.3,1302.4,9754.4
February 2025,19849.5,1470.8,10050.3
"""


def test_riyals_and_exports_of_domestic_products(tmp_path: Path) -> None:
    card, _ = load_text(tmp_path, "qatar.csv", QATAR)
    flows = {m.flow: m.unit for m in card.measures}
    assert flows == {
        "domestic exports": "QR million",
        "re-exports": "QR million",
        "imports": "QR million",
    }


KSH = """3.1.1. Value of external trade in goods (EUR million), monthly
Period,Exports,Imports,Balance
2025,144401,138743,5658
January,11649,11726,-77
February,11972,11303,669
March*,12815,12491,324
* Preliminary data.
"""


def test_a_starred_month_under_a_year_row_keeps_its_month(tmp_path: Path) -> None:
    card, frame = load_text(tmp_path, "ksh.csv", KSH)
    exports = next(m.name for m in card.measures if m.flow == "exports")
    assert pick(frame, period="2025-03", measure=exports)["value"] == 12815.0
    assert set(frame["period"]) == {"2025", "2025-01", "2025-02", "2025-03"}


ROMANIA = """EXPORTS (FOB) AND IMPORTS (CIF) BY MAIN PARTNER COUNTRIES
million euro
Partner,2023,2024
EXPORTS (FOB) - TOTAL,95190,93870
European Union (EU-27),69393.5,68806.7
   of which: Euro area (20 countries),53116,52285.6
      Germany,19528.7,19211.9
      Italy,9653.6,9255.0
IMPORTS (CIF) - TOTAL,128000,126420
European Union (EU-27),95000.1,94000.2
   of which: Euro area (20 countries),70000.5,70100.1
      Germany,25000.1,25202.1
      Italy,12000.0,11900.0
"""


def test_a_title_naming_two_flows_gives_the_measure_neither(tmp_path: Path) -> None:
    card, _frame = load_text(tmp_path, "romania.csv", ROMANIA)
    assert {m.flow for m in card.measures} == {None}
    partners = card.dimension("partner")
    assert partners is not None
    assert "Euro area (20 countries)" in partners.values  # "of which:" dropped
    assert not any(v.startswith("of which") for v in partners.values)


MOROCCO = """Sectors / Product groups,End Dec. 2024,End Dec. 2025*
EXPORTS (FOB),"455 538","477 209"
Automotive,"157 616","154 651"
"""


def test_columns_to_the_end_of_december_are_the_years(tmp_path: Path) -> None:
    _card, frame = load_text(tmp_path, "morocco.csv", MOROCCO)
    assert set(frame["period"]) == {"2024", "2025"}
    assert pick(frame, period="2025", sectors_product_groups="Automotive")["value"] == 154651


INDEC = """Period,Total exports,Primary products (PP),Manufactures of industrial origin (MOI),\
Imports
2025,300,100,200,250
January,30,10,20,25
February,33,11,22,24
"""


def test_kinds_of_goods_after_their_total_become_goods_with_their_initials(
    tmp_path: Path,
) -> None:
    card, frame = load_text(tmp_path, "indec.csv", INDEC)
    goods = card.dimension("commodity")
    assert goods is not None
    assert set(goods.values) == {
        "Total",
        "Primary products (PP)",
        "Manufactures of industrial origin (MOI)",
    }
    assert "percentage points" not in {m.unit for m in card.measures}
    row = pick(frame, period="2025-02", goods="Manufactures of industrial origin (MOI)")
    assert row["value"] == 22


SURS = """Exports and imports of goods by SITC sections, Slovenia, 2025
EUR 1000
SITC;Section;Exports 2024;Exports 2025;Imports 2024;Imports 2025
0-9;Total;46117806;47789058;44074319;43704691
0;"Food and live animals";1475421;1361945;1955823;2041544
5;"Chemicals and related products, n.e.s.";14728662;16079127;11966241;11513581
7;"Machinery and transport equipment";14194848;14253104;13262249;13192693
"""


def test_names_beside_section_codes_are_the_goods_and_eur_1000_is_thousands(
    tmp_path: Path,
) -> None:
    card, frame = load_text(tmp_path, "surs.csv", SURS)
    goods = card.dimension("commodity")
    assert goods is not None
    assert "Machinery and transport equipment" in goods.values
    assert {(m.unit, m.scale) for m in card.measures} == {("EUR thousand", 1000.0)}
    row = pick(frame, period="2025", measure="exports", section="Food and live animals")
    assert row["value"] == 1361945

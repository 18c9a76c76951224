"""Yearbook rows that annotate the row above (a share of the total, an index on the year
before), "in which:" members, marked period headers ("2025*"), region headings over
partners, and a currency written KSh; with the rankings and follow-ups people ask of
them. Tables written by the test; expectations read from the same text with the csv
module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from bot import Engine, check_evidence
from bot.conversation import Conversation
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

POLAND = """TABLE 7. IMPORTS BY MAIN COUNTRIES IN 2025
in PLN million

Specification;I;II;III;IV;I-IV
Imports, total;113815,5;113055,3;126578,5;116835,6;470284,9
  corresponding period of previous year = 100;100,6;98,4;103,9;101,2;101,1
of which:;;;;;
Euro area (20 countries);53562,5;53328,0;59792,7;55428,4;222111,6
  % of total imports;47,1;47,2;47,2;47,4;47,2
  in which: Germany;24462,6;24046,9;26772,8;24131,7;99414,0
China (excl. Hong Kong);17661,3;17715,8;18598,9;17427,1;71403,1
United States;6093,2;6088,5;6864,7;6422,0;25468,4
"""
KENYA = """Table 8.7: Value of Domestic Exports and Imports by Selected Partner Countries
,,,,KSh Million
Country,Domestic Exports,,Imports,
,2024,2025*,2024,2025*
AFRICA,,,,
Uganda,118450,125136,47820,49854
Tanzania,56210,60183,41260,46062
Democratic Republic of Congo,24980,27412,1860,1943
ASIA,,,,
Pakistan,60120,61544,10240,11210
India,13420,14280,280450,283018
* Provisional
"""


# Statistics Denmark's layout: the flow written once beside its total, partners below, a
# rate row under the total, months as columns; another table has months as row labels
DENMARK = """Imports and exports of goods by imports and exports, country, unit and time
Unit: DKK million
,,2025M05,2025M06
Exports,Total exports,"74,100.0","76,204.2"
,Change compared to same month previous year (pct.),1.1,2.4
,"EU (27 countries, from 2020)","37,000.0","38,100.5"
,Germany,"11,020.5","10,950.1"
,Netherlands,"3,900.1","4,010.2"
,Sweden,"7,900.0","8,010.4"
,Norway,"5,100.2","5,230.9"
,United Kingdom,"4,800.0","4,700.7"
,United States,"10,300.2","10,756.3"
,China,"2,900.4","3,010.8"
,Other countries,"20,000.0","21,000.0"
Imports,Total imports,"70,100.0","69,800.5"
,Change compared to same month previous year (pct.),0.5,-0.3
,"EU (27 countries, from 2020)","40,100.0","40,300.2"
,Germany,"15,020.0","14,800.0"
,Netherlands,"5,200.0","5,150.3"
,Sweden,"9,100.0","9,200.0"
,Norway,"3,000.1","3,120.4"
,United Kingdom,"2,500.0","2,450.9"
,United States,"3,100.0","3,050.0"
,China,"6,100.5","6,230.1"
,Other countries,"15,000.0","15,200.0"
"""
PORTUGAL_MONTHS = """Comercio internacional de Portugal, 2025 (EUR million)
Mes,Exportacoes,Importacoes
Jan,"6,100.0","7,900.0"
Jun,"6,300.0","8,100.0"
"""


def _rows(text: str, delimiter: str = ",") -> dict[str, list[str]]:
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    return {r[0].strip(): r[1:] for r in rows if r and r[0].strip()}


def _pl(label: str, column: int) -> float:
    return float(_rows(POLAND, ";")[label][column].replace(",", "."))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("yearbook")
    files = root / "files"
    files.mkdir()
    (files / "pl_imports_2025.csv").write_text(POLAND, encoding="utf-8")
    (files / "ke_trade_by_partner.csv").write_text(KENYA, encoding="utf-8")
    (files / "dk_trade_by_country.csv").write_text(DENMARK, encoding="utf-8")
    (files / "pt_trade_months.csv").write_text(PORTUGAL_MONTHS, encoding="utf-8")
    store: Store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([files], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


def test_a_share_row_is_the_share_of_the_row_above(engine: Engine) -> None:
    answer = engine.answer(
        "What percentage of Poland's total imports came from the euro area in March 2025?"
    )
    assert check_evidence(answer) == []
    assert answer.figures[0].value == _pl("% of total imports", 2)


def test_an_index_row_is_never_a_partner_or_a_level(engine: Engine) -> None:
    card = next(c for c in engine.store.cards() if "pl_imports" in c.source)
    partners = next(d for d in card.dimensions if d.role == "partner").values
    assert not any("= 100" in p or "% of total" in p for p in partners)
    kinds = {m.name: m.kind for m in card.measures}
    assert kinds["imports_index"] == "other"


def test_a_member_written_in_which_is_that_place(engine: Engine) -> None:
    answer = engine.answer("How much did Poland import from Germany in February 2025?")
    assert answer.figures[0].value == _pl("in which: Germany", 1)


def test_and_the_lowest_flips_a_ranking_of_months(engine: Engine) -> None:
    months = [_pl("in which: Germany", i) for i in range(4)]
    conversation = Conversation()
    engine.answer("Which month of 2025 had the highest Polish imports from Germany?", conversation)
    answer = engine.answer("And the lowest?", conversation)
    lowest = ["January", "February", "March", "April"][months.index(min(months))]
    assert lowest in answer.text.split("\n\n")[0]


def test_marked_periods_region_headings_and_ksh(engine: Engine) -> None:
    card = next(c for c in engine.store.cards() if "ke_trade" in c.source)
    assert [m.name for m in card.measures if m.kind == "level"] == ["domestic_exports", "imports"]
    assert {m.unit for m in card.measures} == {"KSh million"}
    answer = engine.answer("What were Kenya's imports from the DR Congo in 2025?")
    assert answer.figures[0].value == float(_rows(KENYA)["Democratic Republic of Congo"][3])


def test_a_ranking_over_partners_under_region_headings(engine: Engine) -> None:
    exports = {k: float(v[1]) for k, v in _rows(KENYA).items() if len(v) > 1 and v[1]}
    exports = {k: v for k, v in exports.items() if k[0].isupper() and not k.isupper()}
    top = max(exports, key=lambda k: exports[k])
    answer = engine.answer("What was Kenya's top destination for domestic exports in 2025?")
    assert top in answer.text.split("\n\n")[0]
    least = engine.answer("Which partner supplied the least imports to Kenya in 2025?")
    imports = {k: float(v[3]) for k, v in _rows(KENYA).items() if k in exports}
    assert min(imports, key=lambda k: imports[k]) in least.text.split("\n\n")[0]


def test_add_up_combines_partners(engine: Engine) -> None:
    rows = _rows(KENYA)
    expected = sum(float(rows[p][1]) for p in ("Uganda", "Tanzania", "Pakistan"))
    answer = engine.answer(
        "Add up Kenya's domestic exports to Uganda, Tanzania and Pakistan in 2025."
    )
    assert answer.figures[-1].value == pytest.approx(expected)


def test_a_flow_written_once_above_its_block_carries_down(engine: Engine) -> None:
    rows = list(csv.reader(io.StringIO(DENMARK)))
    united_states = [r for r in rows if len(r) > 1 and r[1] == "United States"]
    answer = engine.answer("What were Denmark's imports from the United States in June 2025?")
    assert check_evidence(answer) == []
    assert answer.figures[0].value == float(united_states[1][3].replace(",", ""))


def test_a_rate_row_on_the_same_month_a_year_before_is_year_on_year(engine: Engine) -> None:
    card = next(c for c in engine.store.cards() if "dk_trade" in c.source)
    assert {m.basis for m in card.measures if m.kind == "change_pct"} == {"yoy"}

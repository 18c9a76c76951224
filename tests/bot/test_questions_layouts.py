"""Questions over tables in publishers' layouts, ingested with the real pipeline.

The layouts (a C&SD release table with change columns, a UN Comtrade extract, a wide
table of months by market) are written by the test; expectations come from the same
text read with the csv module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from bot import Answer, Engine, check_evidence
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

CSD = """Table 2: Hong Kong's total exports by main destination
Destination,Mar 2026,% change over same month of 2025,Jan-Mar 2026,% change over same period of 2025
,(HK$ Mn.),,(HK$ Mn.),
All destinations,"520,600",35.8,"1,452,100",32.0
Chinese Mainland,"300,100",40.1,"820,000",38.0
Singapore,"20,000",125.0,"50,000",90.5
"""
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
MONTHS = (
    "Hong Kong exports by market, 2025 (HK$ million)\nMarket,Jan,Feb,Mar\nJapan,1,2,3\nUSA,4,5,6\n"
)


def _cells(text: str, skip: int = 0) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))[skip:]


def _csd(partner: str, column: int) -> float:
    row = next(r for r in _cells(CSD, 3) if r[0] == partner)
    return float(row[column].replace(",", ""))


def _comtrade(flow: str, partner: str) -> float:
    rows = list(csv.DictReader(io.StringIO(COMTRADE)))
    row = next(r for r in rows if r["flowDesc"] == flow and r["partnerDesc"] == partner)
    return float(row["primaryValue"])


def _months(market: str) -> list[float]:
    row = next(r for r in _cells(MONTHS, 2) if r[0] == market)
    return [float(v) for v in row[1:]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("layouts")
    files = root / "files"
    files.mkdir()
    (files / "csd_exports_by_destination.csv").write_text(CSD, encoding="utf-8")
    (files / "comtrade_hk.csv").write_text(COMTRADE, encoding="utf-8")
    (files / "hk_exports_by_market_2025.csv").write_text(MONTHS, encoding="utf-8")
    store: Store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([files], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


CASES = [
    ("How much did exports to Singapore grow in March 2026?", _csd("Singapore", 2), "125.0%"),
    (
        "What were exports to the Chinese Mainland in March 2026?",
        _csd("Chinese Mainland", 1),
        "HK$ 300,100 million",
    ),
    (
        "What share of exports went to Singapore in March 2026?",
        round(_csd("Singapore", 1) / _csd("All destinations", 1) * 100, 1),
        "3.8%",
    ),
    ("What were exports to Singapore in Q1 2026?", _csd("Singapore", 3), "HK$ 50,000 million"),
    (
        "How much did exports to Singapore grow in the first quarter of 2026?",
        _csd("Singapore", 4),
        "90.5%",
    ),
    (
        "What were imports from Singapore in January 2024?",
        _comtrade("Import", "Singapore"),
        "2,345,678.25",
    ),
    ("What were exports to the USA in February 2025?", _months("USA")[1], "HK$ 5 million"),
    ("What were total exports to Japan in Q1 2025?", sum(_months("Japan")), "HK$ 6 million"),
    ("What were total exports in March 2026?", _csd("All destinations", 1), "HK$ 520,600 million"),
]


@pytest.mark.parametrize(("question", "expected", "shown"), CASES, ids=[c[0] for c in CASES])
def test_value(engine: Engine, question: str, expected: float, shown: str) -> None:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    assert answer.figures[0].value == pytest.approx(expected)
    assert shown in answer.text.split("\n\n")[0]


def _values(answer: Answer) -> list[float]:
    return [f.value for f in answer.figures]


def test_rank_growth_leaves_out_the_total(engine: Engine) -> None:
    answer = engine.answer("Which markets grew fastest in March 2026?")
    markets = sorted([_csd("Singapore", 2), _csd("Chinese Mainland", 2)], reverse=True)
    assert answer.chart is not None
    assert answer.chart["values"] == markets
    assert _values(answer) == [*markets, _csd("All destinations", 2)]  # the total, for context
    assert "total exports rose 35.8% year on year" in answer.text.split("\n\n")[0]


def test_rank_levels_in_a_wide_month_table(engine: Engine) -> None:
    answer = engine.answer("Which were the largest export markets in March 2025?")
    assert _values(answer) == sorted([_months("USA")[2], _months("Japan")[2]], reverse=True)


def test_trend_in_a_wide_month_table(engine: Engine) -> None:
    answer = engine.answer("How did exports to the USA trend in 2025?")
    assert answer.chart is not None
    assert answer.chart["values"] == _months("USA")
    first, last = _months("USA")[0], _months("USA")[-1]
    assert f"{round((last / first - 1) * 100, 1)}%" in answer.text.split("\n\n")[0]


SEVERAL = "period,reporterDesc,partnerDesc,flowDesc,primaryValue\n" + "".join(
    f"{year},{reporter},{partner},Export,{value + (year - 2023) * 50}\n"
    for year in (2023, 2024)
    for reporter, scale in (("Malaysia", 1), ("Indonesia", 2))
    for partner, value in (("World", 5000 * scale), ("Japan", 400 * scale), ("China", 900 * scale))
)


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("several")
    (root / "files").mkdir()
    (root / "files" / "comtrade_asean_annual.csv").write_text(SEVERAL, encoding="utf-8")
    store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([root / "files"], store, IngestSettings()).failed
    yield store
    store.close()


def _several(reporter: str, partner: str, year: str) -> float:
    rows = csv.DictReader(io.StringIO(SEVERAL))
    return next(
        float(r["primaryValue"])
        for r in rows
        if (r["reporterDesc"], r["partnerDesc"], r["period"]) == (reporter, partner, year)
    )


def test_a_table_of_several_reporters_answers_for_the_one_asked(several: Store) -> None:
    from bot.records import QueryPlan
    from tests.bot.conftest import fixed_planner

    card = several.cards()[0]
    column = next(d.name for d in card.dimensions if "reporter" in d.name)
    plan = QueryPlan(
        "lookup",
        "Malaysia's exports to Japan in 2024?",
        flow="exports",
        partners=("Japan",),
        periods=("2024",),
        filters=((column, "Malaysia"),),
        table_ids=(card.id,),
    )
    answer = Engine(several, planner=fixed_planner(plan), strict=True).answer(plan.question)
    assert [f.value for f in answer.figures] == [_several("Malaysia", "Japan", "2024")]
    assert "Malaysia" not in answer.text.split("\n\n")[0]  # the planner's reporter names it
    unpinned = QueryPlan(
        "lookup",
        "Exports to Japan in 2024?",
        flow="exports",
        partners=("Japan",),
        periods=("2024",),
    )
    answer = Engine(several, planner=fixed_planner(unpinned), strict=True).answer("q")
    assert answer.figures == ()  # two reporters' rows are never mixed or picked silently

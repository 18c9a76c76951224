"""Counts over a span, gaps between two series, and measures that are not plain values
(seasonally adjusted levels, real changes, several totals), over tables written by the
test in release and yearbook layouts. Expectations come from the same text read with the
csv module, never from the engine.
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

RELEASE = (
    (
        "Statistics Norway - External trade in goods. Main figures\n(NOK million)\n"
        'Month,"Exports, unadjusted","Exports, seasonally adjusted",'
        '"Exports (s.a.), change from previous month (%)","Imports, unadjusted"\n'
    )
    + """2025M01,145827,139800,2.3,76235
2025M02,137351,142996,2.3,75283
2025M03,146274,143473,0.3,78755
2025M04,138063,141413,-1.4,78446
2025M05,144807,148680,5.1,78989
2025M06,138723,145803,-1.9,79262
"""
)
PRODUCTS = """Swiss foreign trade by nature of goods
in CHF million
Nature of goods,Exports,,,,Imports,,,
,2024,2025,Change in % nominal,Change in % real,2024,2025,Change in % nominal,Change in % real
"Total 1 (""business cycle"" total)",277000.0,283853.8,2.5,1.1,220000.0,223582.9,1.6,0.9
"Total 2 (""general"" total)",380000.0,402121.7,5.8,2.0,327640.0,345546.7,5.5,1.2
Metals,14620.0,14835.1,1.5,-0.7,12000.0,12100.0,0.8,0.1
Vehicles,6100.0,5900.0,-3.3,-4.0,9000.0,9100.0,1.1,0.5
Chemical and pharmaceutical products,141250.0,149799.7,6.1,4.9,62840.0,64732.9,3.0,2.2
"Textiles, clothing, shoes",3200.0,3150.0,-1.6,-2.0,9800.0,9900.0,1.0,0.4
Energy source,1900.0,1800.0,-5.3,-1.0,11000.0,10200.0,-7.3,-2.0
"""
ROMAN = """TABLE 7. IMPORTS BY MAIN COUNTRIES IN 2025
in PLN million
Specification;I;II;III;I-III
Total;113815,5;113055,3;126578,5;353449,3
Germany;24462,6;24046,9;26772,8;75282,3
"""
PARTNERS = """Exports by destination, US$ million
Destination,2022,2023,2024
Japan,1200.0,1250.5,1302.0
Brazil,1203.3,1250.0,1309.7
Total,9000.0,9100.0,9300.0
"""


def _rows(text: str, skip: int, delimiter: str = ",") -> dict[str, list[str]]:
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))[skip:]
    return {r[0]: r[1:] for r in rows if r}


def _number(cell: str) -> float:
    return float(cell.replace(",", "."))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("counts")
    files = root / "files"
    files.mkdir()
    (files / "no_release.csv").write_text(RELEASE, encoding="utf-8")
    (files / "ch_products.csv").write_text(PRODUCTS, encoding="utf-8")
    (files / "pl_imports.csv").write_text(ROMAN, encoding="utf-8")
    (files / "il_exports.csv").write_text(PARTNERS, encoding="utf-8")
    store: Store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([files], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


def _lead(text: str) -> str:
    return text.split("\n\n")[0]


def test_count_of_months_above_a_threshold_in_another_currency(engine: Engine) -> None:
    months = _rows(RELEASE, 3)
    expected = sum(1 for m, r in months.items() if m.startswith("2025") and float(r[0]) > 140000)
    answer = engine.answer(
        "In how many months of the first half of 2025 did Norway's unadjusted exports exceed "
        "NOK 140,000 million?"
    )
    assert check_evidence(answer) == []
    assert answer.figures[-1].unit == "count"
    assert answer.figures[-1].value == expected


def test_count_of_falls_uses_the_published_adjusted_rate(engine: Engine) -> None:
    expected = sum(1 for r in _rows(RELEASE, 3).values() if float(r[2]) < 0)
    answer = engine.answer(
        "From January to June 2025, in how many months did Norway's seasonally adjusted "
        "exports fall from the previous month?"
    )
    assert answer.figures[-1].value == expected


def test_an_adjusted_level_says_so(engine: Engine) -> None:
    answer = engine.answer("What were Norway's seasonally adjusted exports in March 2025?")
    assert answer.figures[0].value == float(_rows(RELEASE, 3)["2025M03"][1])
    assert "seasonally adjusted" in _lead(answer.text)
    plain = engine.answer("What were Norway's exports in March 2025?")
    assert plain.figures[0].value == float(_rows(RELEASE, 3)["2025M03"][0])


def test_a_real_change_never_answers_for_a_value_change(engine: Engine) -> None:
    metals = _rows(PRODUCTS, 4)["Metals"]
    answer = engine.answer("How did Swiss exports of metals change in 2025?")
    assert answer.figures[0].value == pytest.approx(
        round((float(metals[1]) / float(metals[0]) - 1) * 100, 1)
    )
    real = engine.answer("What was the real change in Swiss exports of metals in 2025?")
    assert real.figures[0].value == float(metals[3])
    assert "real terms" in _lead(real.text)


def test_one_of_several_totals_only_when_named(engine: Engine) -> None:
    totals = _rows(PRODUCTS, 4)
    answer = engine.answer("What were Switzerland's Total 2 exports in 2025?")
    assert answer.figures[0].value == float(totals['Total 2 ("general" total)'][1])
    assert "Total 2" in _lead(answer.text)
    unnamed = engine.answer("What were Switzerland's exports in 2025?")
    assert unnamed.figures == ()


def test_months_in_roman_numerals(engine: Engine) -> None:
    germany = _rows(ROMAN, 3, ";")["Germany"]
    answer = engine.answer("What were Poland's imports from Germany in March 2025?")
    assert answer.figures[0].value == _number(germany[2])
    quarter = engine.answer("What were Poland's imports from Germany in Q1 2025?")
    assert quarter.figures[0].value == pytest.approx(_number(germany[3]))


def test_by_how_much_one_exceeds_another_is_their_difference(engine: Engine) -> None:
    rows = _rows(PARTNERS, 2)
    answer = engine.answer("By how much did exports to Brazil exceed exports to Japan in 2024?")
    assert check_evidence(answer) == []
    assert answer.figures[-1].value == pytest.approx(
        float(rows["Brazil"][2]) - float(rows["Japan"][2])
    )


def test_a_currency_sign_is_not_a_place_and_trillions_scale(engine: Engine) -> None:
    japan = float(_rows(PARTNERS, 2)["Japan"][2])
    answer = engine.answer("Did exports to Japan exceed US$ 1.3 billion in 2024?")
    assert {n for f in answer.figures for n in f.names} & {"Japan"}
    assert answer.verdict in ("supported", "yes") if japan > 1300 else ("contradicted", "no")
    never = engine.answer("Did exports to Japan exceed US$ 1 trillion in 2024?")
    assert never.verdict in ("contradicted", "no")


def test_from_that_year_to_a_later_one(engine: Engine) -> None:
    brazil = _rows(PARTNERS, 2)["Brazil"]
    conversation = Conversation()
    engine.answer("What were exports to Brazil in 2022?", conversation)
    answer = engine.answer(
        "How much did they grow from that year to 2024, in percent?", conversation
    )
    expected = (float(brazil[2]) / float(brazil[0]) - 1) * 100
    rate = next(f for f in answer.figures if f.unit == "%")
    assert rate.value == pytest.approx(expected, abs=0.05)


def test_goods_no_table_holds_are_refused(engine: Engine) -> None:
    answer = engine.answer("What were Norway's crude oil exports in March 2025?")
    assert answer.figures == ()

"""The vocabulary built from table cards, and flow names."""

from __future__ import annotations

import pytest

from bot.mentions import read_flows, without_definitions
from bot.vocabulary import Vocabulary, canonical_flow, measure_flow, reporter_columns
from tests.bot.test_planner import build_cards
from vectorstore.periods import canonical
from vectorstore.records import Dimension, Measure, TableCard


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Total exports", "exports"), ("total_exports_hkd_bn", None), ("exported", "exports"),
        ("shipments to Japan", "exports"), ("Imports", "imports"), ("imported from", "imports"),
        ("Re-exports", "re-exports"), ("re exports", "re-exports"), ("reexports", "re-exports"),
        ("Domestic exports", "domestic exports"), ("Visible trade balance", "balance"),
        ("trade deficit", "balance"), ("surplus", "balance"), ("total trade", "trade"),
        ("Singapore", None), ("", None), ("NODX", "domestic exports"),
        ("Non-oil domestic exports", "domestic exports"), ("trade with Japan", "trade"),
        ("Exports (f.o.b.)", "exports"), ("Imports (c.i.f.)", "imports"),
        ("How important is Japan?", None), ("exporters", "exports"),
        ("shipments from China", "imports"), ("shipments to China", "exports"),
        ("imports_yoy_pct", None), ("total exports hkd bn", "exports"),
        ("Exports of Domestic Products", "domestic exports"),
        ("How much did Austria buy from Turkey?", "imports"),
        ("Austria's top three supplier countries", "imports"),
        ("goods sold to Japan", "exports"), ("Colombia's largest customers", "exports"),
    ],
)  # fmt: skip
def test_canonical_flow(text: str, flow: str | None) -> None:
    assert canonical_flow(text) == flow


def test_measure_flow_reads_declared_then_name() -> None:
    assert measure_flow(Measure("x", "x", "%", flow="Total exports")) == "exports"
    assert measure_flow(Measure("imports_yoy_pct", "Imports y-o-y", "%")) == "imports"
    assert measure_flow(Measure("value", "Value", "HK$ bn")) is None


def test_from_cards_collects_terms_places_and_periods() -> None:
    vocab = Vocabulary.from_cards(build_cards())
    mainland = vocab.terms_for_place("CHN")
    assert {t.value for t in mainland} == {"Chinese Mainland"}
    assert set(mainland[0].table_ids) == {"partners", "reexport_shares"}
    assert vocab.terms_for_place("DEU") == ()
    assert {t.value for t in vocab.other_terms()} == {"Electrical machinery", "Textiles"}
    assert {"exports", "imports", "re-exports", "domestic exports", "balance"} <= vocab.flows()
    latest = vocab.latest()
    assert latest is not None
    assert canonical(latest) == "2026-05"
    assert vocab.months_of(5) == [2024, 2025, 2026]
    assert vocab.card("partners") is not None
    assert vocab.card("nope") is None


def test_bad_periods_on_a_card_are_skipped() -> None:
    card = TableCard(
        id="t", title="t", source="t.csv", measures=(Measure("v", "v", None),),
        dimensions=(Dimension("partner", "partner", ("Japan",)),),
        periods=("2024-03", "garbage", "2024-13"), frequency="monthly", rows=1,
    )  # fmt: skip
    vocab = Vocabulary.from_cards([card])
    assert vocab.periods == ("2024-03",)


def test_empty_vocabulary() -> None:
    vocab = Vocabulary.from_cards([])
    assert vocab.latest() is None
    assert vocab.flows() == set()
    assert vocab.terms == ()


def _card(table_id: str, **fields: object) -> TableCard:
    base: dict[str, object] = {
        "id": table_id, "title": "Exports by partner", "source": "tables/exports.csv",
        "measures": (Measure("exports", "Exports", "US$ mn"),), "dimensions": (),
        "periods": ("2025",), "frequency": "annual", "rows": 3,
    }  # fmt: skip
    return TableCard(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "keys"),
    [
        ({"title": "Thailand: merchandise trade, monthly"}, {"THA"}),
        ({"title": "Exports to China by commodity"}, set()),
        ({"title": "Exports to the Mainland by commodity"}, set()),
        ({"notes": ("Source: General Statistics Office of Viet Nam",)}, {"VNM"}),
        ({"notes": ("Note: 1 Republic of Korea.",)}, set()),
        ({"source": "data/au_quarterly_trade.csv"}, {"AUS"}),
        ({"source": "data/in_force_tariffs.csv"}, set()),  # an English word, not India
        ({"source": "data/singapore-nodx.xlsx"}, {"SGP"}),
        ({"title": "HK monthly trade"}, {"HKG"}),
        ({"dimensions": (Dimension("reporter", "other", ("Malaysia", "Indonesia")),)},
         {"MYS", "IDN"}),
    ],
)  # fmt: skip
def test_card_reporters(fields: dict[str, object], keys: set[str]) -> None:
    vocab = Vocabulary.from_cards([_card("t", **fields)])
    assert vocab.reporters_of("t") == keys
    assert vocab.reporters == keys


def test_reporters_given_for_attribute_columns_win() -> None:
    card = _card("t", title="Thailand trade", attributes=("reporterDesc", "notes"))
    assert reporter_columns(card) == ("reporterDesc",)
    vocab = Vocabulary.from_cards([card], reporters={"t": ["Australia"]})
    assert vocab.reporters_of("t") == {"AUS"}


def test_a_reporter_dimension_is_not_a_partner() -> None:
    card = _card("t", dimensions=(Dimension("reporter", "other", ("Malaysia", "Japan")),))
    vocab = Vocabulary.from_cards([card])
    assert not vocab.terms_for_place("JPN")
    assert vocab.reporter_filter("t", "JPN") == ("reporter", "Japan")


@pytest.mark.parametrize(
    ("question", "flows"),
    [
        ("What were total exports (domestic plus re-exports) in 2024?", ("exports",)),
        ("What were total exports - domestic plus re-exports - in 2024?", ("exports",)),
        (
            "What share of total exports (domestic plus re-exports) was domestic products?",
            ("exports", "domestic exports"),
        ),
        (
            "What were domestic exports plus re-exports in 2024?",
            ("domestic exports", "re-exports"),
        ),
        ("Exports and imports in 2024?", ("exports", "imports")),
    ],
)
def test_a_total_defined_by_its_parts_names_one_flow(question: str, flows: tuple[str]) -> None:
    assert read_flows(question) == flows


def test_the_definition_is_blanked_for_the_coverage_guard() -> None:
    text = "What were total exports (domestic plus re-exports) in 2024?"
    assert "plus" not in without_definitions(text)
    assert len(without_definitions(text)) == len(text)

"""The planner over tables laid out and named unlike the samples (other reporters, units,
spellings), to keep it general."""

from __future__ import annotations

from typing import Any

import pytest

from bot.planner import plan
from bot.vocabulary import Vocabulary
from vectorstore.records import Dimension, Measure, TableCard

YEARS = tuple(str(y) for y in range(2015, 2025))
MONTHS = tuple(f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13))


def build_cards() -> list[TableCard]:
    nodx = TableCard(
        id="nodx",
        title="Non-oil domestic exports by market",
        source="sg/nodx.xlsx",
        measures=(Measure("yoy", "NODX growth, % y-o-y", "%", "change_pct", None, None, "yoy"),),
        dimensions=(
            Dimension(
                "market",
                "partner",
                ("China", "EU 27", "Hong Kong", "Indonesia", "Japan", "Korea, Rep", "Malaysia",
                 "Taiwan", "Thailand", "United States"),
            ),
        ),
        periods=MONTHS,
        frequency="monthly",
        rows=240,
    )  # fmt: skip
    customs = TableCard(
        id="customs",
        title="China customs: trade by partner, US$ bn",
        source="cn/customs.csv",
        measures=(
            Measure("exports_usd_bn", "Exports", "US$ bn", "level", 1e9, "exports"),
            Measure("imports_usd_bn", "Imports", "US$ bn", "level", 1e9, "imports"),
        ),
        dimensions=(
            Dimension(
                "partner",
                "partner",
                ("United States", "Hong Kong, China", "Japan", "Republic of Korea", "Viet Nam",
                 "Germany", "ASEAN", "European Union", "World"),
            ),
        ),
        periods=YEARS,
        frequency="annual",
        rows=180,
    )  # fmt: skip
    goods = TableCard(
        id="goods",
        title="Exports by commodity section (SITC)",
        source="cn/sitc.csv",
        measures=(Measure("value", "Value", "US$ mn", "level", 1e6, "exports"),),
        dimensions=(
            Dimension(
                "section",
                "commodity",
                ("Machinery and transport equipment", "Chemicals and related products",
                 "Mineral fuels, lubricants and related materials"),
            ),
        ),
        periods=YEARS,
        frequency="annual",
        rows=30,
    )  # fmt: skip
    return [nodx, customs, goods]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_cards(build_cards())


CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "How did NODX to the US change in March 2025?",
        {
            "intent": "change",
            "flow": "domestic exports",
            "partners": ("United States",),
            "periods": ("2025-03",),
            "table_ids": ("nodx",),
        },
    ),
    (
        "What were China's exports to ASEAN in 2024?",
        {"intent": "lookup", "partners": ("ASEAN",), "unmatched": (), "table_ids": ("customs",)},
    ),
    ("exports to HK in 2023", {"partners": ("Hong Kong, China",)}),
    ("NODX to Hong Kong in Jan 2025", {"partners": ("Hong Kong",), "table_ids": ("nodx",)}),
    (
        "Which markets led NODX growth in December 2024?",
        {"intent": "rank", "table_ids": ("nodx",), "periods": ("2024-12",)},
    ),
    (
        "How much did shipments to the EU grow in 2024?",
        {"intent": "change", "partners": ("European Union",), "periods": ("2024",)},
    ),
    (
        "Exports to South Korea and Vietnam in 2020",
        {"partners": ("Republic of Korea", "Viet Nam"), "periods": ("2020",)},
    ),
    (
        "Trend of imports from Japan since 2018",
        {
            "intent": "trend",
            "partners": ("Japan",),
            "periods": ("2018-01..2025-12",),
            "flow": "imports",
        },
    ),
    (
        "What were machinery exports in 2022?",
        {"filters": (("section", "Machinery and transport equipment"),), "table_ids": ("goods",)},
    ),
    (
        "What share of exports were mineral fuels in 2021?",
        {
            "intent": "share",
            "filters": (("section", "Mineral fuels, lubricants and related materials"),),
        },
    ),
    ("Exports to Canada in 2024", {"unmatched": ("Canada",), "partners": ()}),
    (
        "What was China's trade surplus with the United States in 2024?",
        {"intent": "balance", "partners": ("United States",)},
    ),
    (
        "Total exports to the world over 2015-2024",
        {"partners": ("World",), "periods": ("2015-01..2024-12",)},
    ),
    (
        "Average annual exports to Germany between 2019 and 2023",
        {
            "intent": "aggregate",
            "aggregation": "mean",
            "partners": ("Germany",),
            "periods": ("2019-01..2023-12",),
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q[:50] for q, _ in CASES])
def test_other_layouts(vocab: Vocabulary, question: str, expected: dict[str, Any]) -> None:
    result = plan(question, vocab)
    for name, value in expected.items():
        got = getattr(result, name)
        if name == "table_ids":
            assert got[: len(value)] == value, f"{name}: {got!r}"
        else:
            assert got == value, f"{name}: {got!r}"


def test_last_year_follows_this_data(vocab: Vocabulary) -> None:
    assert plan("exports to Japan last year", vocab).periods == ("2024",)
    assert plan("NODX to Japan last month", vocab).periods == ("2025-12",)


def test_country_column_of_another_role_gives_a_filter() -> None:
    card = TableCard(
        id="t",
        title="Trade by country",
        source="t.csv",
        measures=(Measure("exports", "Exports", "EUR mn", "level", 1e6, "exports"),),
        dimensions=(Dimension("Country/territory", "other", ("Japan", "United States")),),
        periods=("2024",),
        frequency="annual",
        rows=2,
    )
    result = plan("exports to the US in 2024", Vocabulary.from_cards([card]))
    assert result.partners == ()
    assert result.filters == (("Country/territory", "United States"),)
    assert result.unmatched == ()


def test_partner_codes() -> None:
    card = TableCard(
        id="codes",
        title="Exports by partner code",
        source="codes.csv",
        measures=(Measure("exports", "Exports", "US$ mn", "level", 1e6, "exports"),),
        dimensions=(Dimension("partner_code", "partner", ("US", "CN", "DEU", "ZZ")),),
        periods=("2024",),
        frequency="annual",
        rows=4,
    )
    vocab = Vocabulary.from_cards([card])
    assert plan("exports to the United States in 2024", vocab).partners == ("US",)
    assert plan("exports to China and Germany in 2024", vocab).partners == ("CN", "DEU")


def test_goods_named_in_measure_labels_are_no_unmatched() -> None:
    card = TableCard(
        id="wide_goods",
        title="Exports by product",
        source="p.csv",
        measures=(
            Measure(
                "electronics_exports", "Electronics exports", "US$ mn", "level", 1e6, "exports"
            ),
            Measure("total_exports", "Total exports", "US$ mn", "level", 1e6, "exports"),
        ),
        dimensions=(),
        periods=("2024", "2025"),
        frequency="annual",
        rows=2,
    )
    vocab = Vocabulary.from_cards([card])
    assert plan("electronics exports in 2025", vocab).unmatched == ()
    assert plan("exports of electronics in 2025", vocab).unmatched == ()
    assert plan("exports of toys in 2025", vocab).unmatched == ("toys",)


def _products_card() -> TableCard:
    return TableCard(
        id="slc",
        title="Merchandise exports by major product category",
        source="slc.xlsx",
        measures=(Measure("value", "Value", "LKR million", "level", 1e6, "exports"),),
        dimensions=(
            Dimension(
                "product_category",
                "other",
                ("Tea", "Rubber", "Spices and Allied Products", "Seafood", "Rubber Products"),
            ),
        ),
        periods=("2025-12",),
        frequency="monthly",
        rows=5,
    )


def test_two_goods_of_one_dimension_are_both_read_when_one_is_named_in_part() -> None:
    vocab = Vocabulary.from_cards([_products_card()])
    result = plan("combined exports of spices and seafood in December 2025", vocab)
    assert set(result.filters) == {
        ("product_category", "Seafood"),
        ("product_category", "Spices and Allied Products"),
    }


def test_goods_named_in_full_add_no_other_value() -> None:
    vocab = Vocabulary.from_cards([_products_card()])
    assert plan("exports of seafood in December 2025", vocab).filters == (
        ("product_category", "Seafood"),
    )
    assert set(plan("exports of tea and seafood in December 2025", vocab).filters) == {
        ("product_category", "Tea"),
        ("product_category", "Seafood"),
    }

"""Partners written as ISO codes (in the question or in the table), places nobody knows,
follow-ups that leave a balance for a flow, and claims that name no period; over cards
modelled on a Eurostat ``geo\\time`` table, a quarterly balance table and a monthly
destination table."""

from __future__ import annotations

import pytest

from bot.planner import plan
from bot.records import QueryPlan
from bot.vocabulary import Vocabulary
from lexicon.places import code_key, find_places, place_key
from vectorstore.records import Dimension, Measure, TableCard

YEARS = ("2019", "2020", "2021", "2022", "2023", "2024")
QUARTERS = (*tuple(f"{y}-Q{q}" for y in ("2023", "2024") for q in (1, 2, 3, 4)), "2025-Q1")
MONTHS = tuple(f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 7))


def _eu(values: tuple[str, ...]) -> TableCard:
    return TableCard(
        id="eu-imports",
        title="EU27 imports of goods by partner (EUR million)",
        source="eu_imports_partner_annual_eurostat.csv",
        measures=(Measure("imports", "Imports", "EUR million", "level", 1e6, "imports"),),
        dimensions=(Dimension("geo", "partner", values),),
        periods=YEARS,
        frequency="annual",
        rows=36,
    )


NZ = TableCard(
    id="nz-trade",
    title="New Zealand: quarterly goods trade (NZ$ billion)",
    source="nz_quarterly_balance_of_trade.csv",
    measures=(
        Measure("exports", "Exports", "NZ$ bn", "level", 1e9, "exports"),
        Measure("imports", "Imports", "NZ$ bn", "level", 1e9, "imports"),
        Measure("balance", "Balance", "NZ$ bn", "level", 1e9, "balance"),
    ),
    dimensions=(),
    periods=QUARTERS,
    frequency="quarterly",
    rows=27,
)
MY = TableCard(
    id="my-exports",
    title="Malaysia: Exports by main destination",
    source="my_exports_destination_monthly.xlsx",
    measures=(Measure("exports", "Exports", "RM million", "level", 1e6, "exports"),),
    dimensions=(Dimension("destination", "partner", ("Japan", "Singapore", "Total")),),
    periods=MONTHS,
    frequency="monthly",
    rows=36,
)
CODES = ("CN", "IN", "JP", "KR", "TR", "US", "EU27_2020", "EXT_EU27_2020")
NAMES = ("China", "India", "Japan", "South Korea", "Turkey", "United States")


@pytest.fixture(scope="module")
def coded() -> Vocabulary:
    return Vocabulary.from_cards([_eu(CODES), NZ, MY])


@pytest.fixture(scope="module")
def named() -> Vocabulary:
    return Vocabulary.from_cards([_eu(NAMES), NZ, MY])


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("What were EU imports from KR in 2023?", "KR"),
        ("What were EU imports from Korea in 2023?", "KR"),
        ("What were EU imports from South Korea in 2023?", "KR"),
        ("Imports from the Republic of Korea in 2023", "KR"),
        ("What were imports from India in 2024?", "IN"),
        ("Imports from IND in 2024", "IN"),
        ("Imports from Türkiye in 2022", "TR"),
        ("How much did imports from the US grow in 2024?", "US"),
    ],
)
def test_partner_named_any_way_meets_a_table_of_codes(
    coded: Vocabulary, question: str, partner: str
) -> None:
    result = plan(question, coded)
    assert result.partners == (partner,)
    assert result.unmatched == ()
    assert result.table_ids[0] == "eu-imports"


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("What were EU imports from KR in 2023?", "South Korea"),
        ("Imports from KOR in 2023", "South Korea"),
        ("Imports from IN in 2024", "India"),
        ("Imports from CN and US in 2024", "China"),
    ],
)
def test_codes_in_the_question_meet_a_table_of_names(
    named: Vocabulary, question: str, partner: str
) -> None:
    result = plan(question, named)
    assert result.partners[0] == partner
    assert result.unmatched == ()


def test_two_codes_joined_by_and(named: Vocabulary) -> None:
    assert plan("Compare imports from CN and US in 2024", named).partners == (
        "China",
        "United States",
    )


def test_codes_only_count_in_partner_position() -> None:
    assert find_places("IN 2024 AI exports rose") == []
    assert [m.key for m in find_places("exports to DE and FR")] == ["DEU", "FRA"]


@pytest.mark.parametrize(
    ("code", "key"),
    [("EU27_2020", "EU"), ("EXT_EU27_2020", "EXTRA_EU"), ("EA20", "EURO_AREA"), ("KR", "KOR")],
)
def test_eurostat_aggregate_codes(code: str, key: str) -> None:
    assert code_key(code) == key


def test_aggregates_named_in_words_meet_their_codes(coded: Vocabulary) -> None:
    assert place_key("extra-EU") == "EXTRA_EU"
    assert plan("EU imports from extra-EU countries in 2024", coded).partners == ("EXT_EU27_2020",)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What were exports to Narnia in 2025?", ("Narnia",)),
        ("What about Narnia exports in 2025?", ("Narnia",)),
        ("Imports from Atlantis in 2024", ("Atlantis",)),
        ("How much did exports to Middle Earth grow in 2025?", ("Middle Earth",)),
        ("Exports to Narnia and Atlantis in March 2025", ("Narnia", "Atlantis")),
        ("Compare exports to Japan and Narnia in March 2025", ("Narnia",)),
    ],
)
def test_unknown_places_are_unmatched(
    coded: Vocabulary, question: str, unknown: tuple[str, ...]
) -> None:
    result = plan(question, coded)
    assert result.unmatched == unknown
    assert "Total" not in result.partners


@pytest.mark.parametrize(
    "question",
    [
        "What were exports from January to March 2025?",
        "How did exports to Japan change in Q1 2025?",
        "Exports to Singapore in March 2025",
        "What were Thai exports to Japan in 2025?",
        "Trade with Asian economies in 2024",
        "What were Total exports in 2025?",
        "How much did exports grow in the Year to March 2025?",
    ],
)
def test_known_words_after_a_flow_are_not_unknown_places(coded: Vocabulary, question: str) -> None:
    assert plan(question, coded).unmatched == ()


def test_fuzzy_near_miss_is_not_also_unknown(coded: Vocabulary) -> None:
    assert plan("Exports to Singapur in March 2025", coded).partners == ("Singapore",)
    assert plan("Exports to Brazl in March 2025", coded).unmatched == ("Brazil",)


@pytest.fixture(scope="module")
def balance(coded: Vocabulary) -> QueryPlan:
    return plan("What was New Zealand's trade balance in 2024?", coded)


def test_and_exports_after_a_balance_asks_for_exports(
    coded: Vocabulary, balance: QueryPlan
) -> None:
    assert (balance.intent, balance.flow) == ("balance", "balance")
    result = plan("And exports?", coded, previous=balance)
    assert (result.intent, result.flow, result.measure_kind) == ("lookup", "exports", "level")
    assert result.periods == ("2024",)
    assert result.reporter == "New Zealand"


def test_what_about_imports_in_a_quarter_after_a_balance(
    coded: Vocabulary, balance: QueryPlan
) -> None:
    result = plan("What about imports in Q1 2025?", coded, previous=balance)
    assert (result.intent, result.flow, result.periods) == ("lookup", "imports", ("2025-Q1",))
    back = plan("And the balance?", coded, previous=result)
    assert (back.intent, back.flow, back.periods) == ("balance", "balance", ("2025-Q1",))


def test_balance_as_share_of_imports_then_exports(coded: Vocabulary) -> None:
    ratio = plan("What was the trade balance as % of imports in Q1 2025?", coded)
    result = plan("What about exports?", coded, previous=ratio)
    assert (result.intent, result.flow) == ("lookup", "exports")
    assert result.measure_kind != "ratio_pct"


def test_year_on_year_after_a_single_month(coded: Vocabulary) -> None:
    first = plan("What were exports to Japan in March 2025?", coded)
    result = plan("How did it change year on year?", coded, previous=first)
    assert (result.intent, result.basis, result.periods) == ("change", "yoy", ("2025-03",))
    assert result.partners == ("Japan",)


def test_year_on_year_after_a_year_earlier_is_the_change_between_them(
    coded: Vocabulary,
) -> None:
    first = plan("What were exports to Japan in March 2025?", coded)
    earlier = plan("What about a year earlier?", coded, previous=first)
    assert earlier.periods == ("2024-03",)
    result = plan("How did it change year on year?", coded, previous=earlier)
    assert (result.intent, result.basis, result.periods) == ("change", "yoy", ("2025-03",))


def test_claim_without_a_period_and_no_conversation(coded: Vocabulary) -> None:
    result = plan("Is the 52.3% figure for imports from India right?", coded)
    assert result.intent == "claim"
    assert result.claim is not None
    assert result.claim.value == 52.3
    assert (result.partners, result.flow, result.periods) == (("IN",), "imports", ())
    assert result.table_ids[0] == "eu-imports"


def test_claim_without_a_period_takes_the_conversations(named: Vocabulary) -> None:
    first = plan("What were EU imports from India in 2024?", named)
    result = plan("Is the 52.3% figure for imports from India right?", named, previous=first)
    assert (result.intent, result.partners, result.periods) == ("claim", ("India",), ("2024",))


def test_claim_with_its_own_period_keeps_it(named: Vocabulary) -> None:
    first = plan("What were EU imports from India in 2024?", named)
    result = plan("Is it true that imports from India rose 52.3% in 2023?", named, previous=first)
    assert result.periods == ("2023",)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Is the 62.0% drop in EU imports from China in 2024 right?", -62.0),
        ("Is the 62% fall in imports from CN right?", -62.0),
        ("Exports were 12.5% lower in 2024, right?", -12.5),
        ("Is the 3.2% increase in exports right?", 3.2),
    ],
)
def test_a_falling_noun_after_the_number_makes_the_claim_negative(
    coded: Vocabulary, question: str, value: float
) -> None:
    result = plan(question, coded)
    assert result.claim is not None
    assert result.claim.value == value

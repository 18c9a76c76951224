"""The coverage guard: an answer uses every operation, measure, flow and place the
question names, or says which part it could not answer and states no figure.

In strict mode a miss raises `CoverageError`; otherwise the answer is a plain refusal.
The misses are provoked with fixed plans (a planner that drops an operation) against
the test-made store, and with the real planner against release tables ingested here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot import Answer, Engine, Figure, QueryPlan
from bot.answer import coverage
from bot.answer.coverage import CoverageError
from bot.context import Findings
from bot.plan.expressions import Cagr, Expr, Intent, Plan, Rank, Select
from tests.bot import release_tables as rt
from tests.bot.conftest import fixed_planner
from vectorstore import Store

MISSES = [
    (
        QueryPlan(
            intent="change",
            question="What was the compound annual growth rate of exports from March 2024 "
            "to March 2025?",
            flow="exports",
            measure_kind="change_pct",
            periods=("2025-03",),
            basis="yoy",
        ),
        "a compound annual growth rate",
    ),
    (
        QueryPlan(
            intent="lookup",
            question="What was the price of exports in March 2025?",
            flow="exports",
            periods=("2025-03",),
        ),
        "price (the tables give values only)",
    ),
    (
        QueryPlan(
            intent="lookup",
            question="What were re-exports in March 2025?",
            flow="exports",
            periods=("2025-03",),
        ),
        "re-exports (the tables give other flows)",
    ),
    (
        QueryPlan(intent="lookup", question="Were exports ever below HK$ 300 bn?", flow="exports"),
        "whether any period passed the level asked",
    ),
]


@pytest.mark.parametrize(("plan", "missed"), MISSES, ids=["cagr", "price", "flow", "ever"])
def test_a_dropped_part_raises_when_strict_and_is_refused_otherwise(
    made_store: Store, plan: QueryPlan, missed: str
) -> None:
    strict = Engine(made_store, planner=fixed_planner(plan), strict=True)
    with pytest.raises(CoverageError) as raised:
        strict.answer(plan.question)
    assert raised.value.missed == [missed]
    assert missed in str(raised.value)

    answer = Engine(made_store, planner=fixed_planner(plan)).answer(plan.question)
    assert answer.figures == ()
    assert answer.text.startswith("I cannot answer that as asked")
    assert missed in answer.text


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = rt.build_store(
        tmp_path_factory.mktemp("coverage"),
        {
            rt.SG_MONTHLY_FILE: rt.SG_MONTHLY,
            rt.SG_MARKETS_FILE: rt.SG_MARKETS,
            rt.MY_MONTHLY_FILE: rt.MY_MONTHLY,
        },
    )
    yield store
    store.close()


def _plain(store: Store, question: str) -> Answer:
    return Engine(store).answer(question)


def test_a_price_question_over_tables_of_values_states_no_figure(releases: Store) -> None:
    answer = _plain(releases, "What was the price of exports to Japan in 2023?")
    assert answer.figures == ()
    assert "price" in answer.text.split("\n\n")[0]
    assert f"{rt.sg_market('Japan', 2023):,.0f}" not in answer.text


def test_two_economies_combined_states_no_figure_and_names_the_other(releases: Store) -> None:
    answer = _plain(
        releases, "What were Singapore's and Malaysia's imports combined in March 2025?"
    )
    lead = answer.text.split("\n\n")[0]
    assert answer.figures == ()
    assert "Malaysia" in lead
    assert f"{rt.sg_month('2025-03')['imports']:,.1f}" not in answer.text


# --- the guard as a function --------------------------------------------------------------

FIGURE = Figure(
    label="Total exports, March 2025",
    value=455.5,
    unit="HK$ bn",
    formula="as published: HK$ 455.5 bn",
    sources=("headline row 15",),
    display="HK$ 455.5 bn",
    period="2025-03",
)
CAGR_QUESTION = "What was the compound annual growth rate of exports from 2021 to 2024?"


def _query(question: str, *parts: Expr, **fields: Any) -> QueryPlan:
    plan = Plan(parts=parts)
    return QueryPlan(intent="lookup", question=question, expression=plan.to_dict(), **fields)


def test_an_answer_using_the_operation_is_covered() -> None:
    cagr = Cagr(first=Select(period="2021"), last=Select(period="2024"), years=3)
    found = Findings("Total exports grew at a compound annual rate of HK$ 455.5 bn.", (FIGURE,))
    assert coverage.missed(CAGR_QUESTION, _query(CAGR_QUESTION, cagr), found) == []


def test_a_refusal_is_never_a_coverage_miss() -> None:
    query = _query(CAGR_QUESTION, Intent(intent="change"))
    assert coverage.missed(CAGR_QUESTION, query, Findings("No figure.", answered=False)) == []
    assert coverage.missed(CAGR_QUESTION, query, Findings("No figure.")) == []


def test_an_ordinal_needs_a_rank_with_its_place() -> None:
    question = "Which was the third largest export market in 2024?"
    found = Findings("Japan, with HK$ 455.5 bn.", (FIGURE,))
    top = Rank(by=Select(period="2024"), top=1)
    third = Rank(by=Select(period="2024"), nth=3)
    assert coverage.missed(question, _query(question, top), found) == [
        "the place in the ranking asked"
    ]
    assert coverage.missed(question, _query(question, third), found) == []


def test_combined_partners_need_a_sum() -> None:
    question = "What were combined exports to Japan and Korea in March 2025?"
    found = Findings("Exports to Japan were HK$ 455.5 bn in March 2025.", (FIGURE,))
    query = _query(question, Intent(intent="lookup"), partners=("Japan", "Korea"))
    assert "the combined value of the partners named" in coverage.missed(question, query, found)


def test_the_refusal_names_every_gap_and_states_no_figure() -> None:
    gaps = ["a compound annual growth rate", "price (the tables give values only)"]
    refused = coverage.refusal(gaps)
    assert refused.answered is False
    assert refused.figures == ()
    assert all(gap in refused.lead for gap in gaps)


def test_a_partner_the_plan_names_but_no_figure_uses_is_a_miss() -> None:
    question = "What share of exports to non-EU countries went to the United States in 2025?"
    query = QueryPlan(
        intent="share",
        question=question,
        flow="exports",
        partners=("Third countries (non-EU)", "United States"),
        periods=("2025",),
    )
    share = Figure(
        label="Share of exports to Third countries (non-EU) in total exports, 2025",
        value=35.6,
        unit="%",
        formula="68489 / 192446 x 100 = 35.6%",
        sources=("row 21",),
        display="35.6%",
        period="2025",
        names=("Third countries (non-EU)",),
    )
    lead = "Exports to Third countries (non-EU) were 35.6% of total exports in 2025."
    missed = coverage.missed(question, query, Findings(lead, (share,)))
    assert missed == ["United States (the answer's tables are about other places)"]

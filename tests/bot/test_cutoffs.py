"""Rankings with a cut-off, and "which of those": the real planner over test-made tables.

Expectations come from the raw data in `tests.bot.tables`, never from the bot's output.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bot import Answer, Conversation, Engine, check_evidence
from bot.records import QueryPlan
from tests.bot import tables
from tests.bot.conftest import fixed_planner
from tests.bot.samples_data import round_half_up
from vectorstore import Store
from vectorstore.periods import label as period_label

Ask = Callable[..., Answer]


@pytest.fixture(scope="module")
def engine(made_store: Store) -> Engine:
    return Engine(made_store, strict=True)


def answer_to(engine: Engine, question: str, conversation: Conversation | None = None) -> Answer:
    answer = engine.answer(question, conversation)
    assert check_evidence(answer) == []
    return answer


def lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def export_rates(period: str) -> dict[str, float]:
    """Published export growth by market (regions left out), read from the raw rows."""
    return {
        who: v
        for p, flow, who, v, _ in tables.RATES
        if p == period and flow == "total exports" and "(region)" not in who
    }


def count_of(answer: Answer) -> float:
    counts = [f for f in answer.figures if f.label.startswith("Number of")]
    assert len(counts) == 1, answer.text
    return counts[0].value


def test_how_many_markets_grew_faster_than_a_cut_off(engine: Engine) -> None:
    answer = answer_to(engine, "How many markets had export growth above 50% in January 2026?")
    expected = {who for who, v in export_rates("2026-01").items() if v > 50}
    assert count_of(answer) == len(expected)
    assert lead(answer).startswith(f"{len(expected)} markets")
    assert "above 50%" in lead(answer)
    assert {n for f in answer.figures[1:] for n in f.names} - {"total exports"} == expected
    for who in expected:
        assert f"{who} ({export_rates('2026-01')[who]}%)" in lead(answer)
    # the ranked names become the conversation's partners ("which of those ...")
    assert answer.plan is not None
    assert set(answer.plan.context_partners) == expected


def test_months_past_a_currency_cut_off_are_all_listed(engine: Engine) -> None:
    answer = answer_to(engine, "Which months had exports above HK$380 bn in 2024?")
    expected = {
        p
        for p, row in tables.HEADLINE.items()
        if p.startswith("2024") and row["exports"] is not None and row["exports"] > 380
    }
    assert count_of(answer) == len(expected)
    assert "above HK$ 380 bn" in lead(answer)
    shown = {f.period for f in answer.figures if not f.label.startswith("Number of")}
    assert shown == expected
    for period in expected:
        assert period_label(period) in lead(answer)
    # months the table lacks in the range are named
    assert "September 2024" in answer.text


def test_a_cut_off_in_billions_is_converted_to_the_table_scale(engine: Engine) -> None:
    answer = answer_to(engine, "Which markets had exports above US$ 0.15 bn in March 2025?")
    row = dict(zip(tables.WIDE_PARTNERS, tables.WIDE["2025-03"], strict=True))
    expected = {p for p, v in row.items() if p != "World" and v is not None and v * 1e6 > 0.15e9}
    assert count_of(answer) == len(expected)
    assert {n for f in answer.figures[1:] for n in f.names} == expected
    counted = next(f for f in answer.figures if f.label.startswith("Number of"))
    assert "> 150.0" in counted.formula  # the cut-off in the table's own unit (US$ million)
    assert answer.plan is not None
    assert "USA" not in answer.plan.partners  # US$ names a currency, not a partner


def test_a_fall_cut_off_keeps_only_the_markets_below_it(engine: Engine) -> None:
    answer = answer_to(engine, "Which markets' exports fell by more than 10% in March 2025?")
    expected = {who for who, v in export_rates("2025-03").items() if v < -10}
    assert count_of(answer) == len(expected)
    assert {n for f in answer.figures[1:] for n in f.names} - {"total exports"} == expected


def test_no_market_past_the_cut_off_is_said_plainly(engine: Engine) -> None:
    answer = answer_to(engine, "Which markets had export growth above 200% in March 2025?")
    rates = export_rates("2025-03")
    best = max(rates, key=lambda who: rates[who])
    assert all(v <= 200 for v in rates.values())
    assert lead(answer).startswith("None of the markets")
    assert "above 200%" in lead(answer)
    assert f"the highest was {best} ({rates[best]}%)" in lead(answer)
    assert count_of(answer) == 0
    assert answer.plan is not None
    assert best not in answer.plan.context_partners  # nothing passed: nothing remembered


def test_a_cut_off_in_another_currency_is_refused_without_numbers(ask: Ask) -> None:
    plan = QueryPlan(
        "rank",
        "Which markets had exports above EUR 100 million in March 2025?",
        flow="exports",
        periods=("2025-03",),
        measure_kind="level",
        threshold=100.0,
        threshold_op="gt",
        threshold_unit="EUR mn",
        table_ids=("wide",),
    )
    answer = ask(plan)
    assert lead(answer).startswith("I cannot apply the cut-off (above EUR 100 mn)")
    assert not answer.figures


def test_which_of_those_ranks_only_the_partners_named(made_store: Store) -> None:
    plan = QueryPlan(
        "rank",
        "Which of those grew fastest?",
        flow="exports",
        measure_kind="change_pct",
        periods=("2026-01",),
        partners=("Singapore", "Malaysia"),
    )
    engine = Engine(made_store, planner=fixed_planner(plan), strict=True)
    answer = engine.answer(plan.question)
    assert check_evidence(answer) == []
    rates = export_rates("2026-01")
    ranked = sorted(("Singapore", "Malaysia"), key=lambda who: -rates[who])
    assert [f.names[-1] for f in answer.figures if f.unit == "%"][:2] == ranked
    assert "Taiwan" not in answer.text.split("**What the articles say**")[0]
    assert f"{ranked[0]} ({rates[ranked[0]]}%), followed by {ranked[1]}" in lead(answer)


def test_which_of_those_after_a_top_n_in_a_conversation(engine: Engine) -> None:
    conversation = Conversation()
    first = answer_to(
        engine,
        "What were the top 2 fastest growing markets for exports in January 2026?",
        conversation,
    )
    rates = export_rates("2026-01")
    top = sorted(rates, key=lambda who: -rates[who])[:2]
    assert first.plan is not None
    assert list(first.plan.context_partners) == top
    second = answer_to(engine, "Which of those grew slowest?", conversation)
    assert second.plan is not None
    assert set(second.plan.partners) == set(top)
    slowest = min(top, key=lambda who: rates[who])
    assert re.search(rf"\b{slowest} \({rates[slowest]}%\)", lead(second)), lead(second)
    others = set(rates) - set(top)
    body = second.text.split("**What the articles say**")[0]
    assert not any(f"{who} (" in body for who in others)


@pytest.mark.parametrize(
    "question",
    [
        "How many markets had negative growth in March 2025?",
        "How many months had exports of HK$ 390 bn or more in 2024?",
        "Which markets had exports of US$ 150 million or more in March 2025?",
        "How many markets had export growth above 30% in June 2024?",
        "Which months had imports below HK$ 400 bn in 2024?",
    ],
)
def test_every_cut_off_answer_passes_the_evidence_check(engine: Engine, question: str) -> None:
    answer = answer_to(engine, question)
    assert answer.text.strip()


def test_a_growth_cut_off_without_published_rates_uses_the_levels(engine: Engine) -> None:
    answer = answer_to(engine, "How many markets had export growth above 8% in February 2025?")
    now = dict(zip(tables.WIDE_PARTNERS, tables.WIDE["2025-02"], strict=True))
    before = dict(zip(tables.WIDE_PARTNERS, tables.WIDE["2024-02"], strict=True))
    growth = {
        p: round_half_up((v / b - 1) * 100, 1)
        for p, v in now.items()
        if p != "World" and v is not None and (b := before[p])
    }
    expected = {p for p, g in growth.items() if g > 8}
    assert count_of(answer) == len(expected)
    for who in expected:
        assert f"{who} ({growth[who]}%)" in lead(answer)

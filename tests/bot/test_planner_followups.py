"""Follow-up questions merged with the previous plan, and questions that stand alone."""

from __future__ import annotations

import pytest

from bot.planner import plan
from bot.records import QueryPlan
from bot.vocabulary import Vocabulary
from tests.bot.test_planner import build_cards


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_cards(build_cards())


@pytest.fixture
def first(vocab: Vocabulary) -> QueryPlan:
    return plan("How much did exports to Singapore grow in March 2026?", vocab)


def test_the_first_question(first: QueryPlan) -> None:
    assert (first.intent, first.flow, first.partners, first.periods, first.basis) == (
        "change", "exports", ("Singapore",), ("2026-03",), "yoy",
    )  # fmt: skip


def test_and_another_partner_replaces_partners(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("And Malaysia?", vocab, previous=first)
    assert result.partners == ("Malaysia",)
    assert (result.intent, result.flow, result.periods, result.basis) == (
        "change", "exports", ("2026-03",), "yoy",
    )  # fmt: skip
    assert result.question == "And Malaysia?"


def test_what_about_imports_replaces_the_flow(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What about imports?", vocab, previous=first)
    assert result.flow == "imports"
    assert result.partners == ("Singapore",)
    assert result.periods == ("2026-03",)
    assert result.intent == "change"


def test_and_in_february_keeps_the_year(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("And in February?", vocab, previous=first)
    assert result.periods == ("2026-02",)
    assert result.partners == ("Singapore",)
    assert result.basis == "yoy"


def test_month_of_an_earlier_year_follows_the_previous_year(vocab: Vocabulary) -> None:
    earlier = plan("How much did exports to Malaysia grow in March 2024?", vocab)
    assert plan("And in July?", vocab, previous=earlier).periods == ("2024-07",)


def test_compare_that_with_a_year(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Compare that with 2024", vocab, previous=first)
    assert result.periods == ("2024-03", "2026-03")
    assert result.partners == ("Singapore",)
    assert result.intent == "compare"
    assert result.basis == "yoy"


def test_compare_levels_with_a_year_is_a_change_between(vocab: Vocabulary) -> None:
    level = plan("What were total exports in May 2026?", vocab)
    result = plan("Compare that with 2024", vocab, previous=level)
    assert (result.intent, result.basis, result.periods) == (
        "change", "between", ("2024-05", "2026-05"),
    )  # fmt: skip


def test_compare_that_with_another_partner(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Compare that with Thailand", vocab, previous=first)
    assert result.intent == "compare"
    assert result.partners == ("Singapore", "Thailand")
    assert result.periods == ("2026-03",)


def test_compare_that_with_imports(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("How does that compare with imports?", vocab, previous=first)
    assert result.intent == "compare"
    assert result.flows == ("exports", "imports")


def test_which_of_those_ranks_the_previous_partners(vocab: Vocabulary) -> None:
    pair = plan("Compare exports to Malaysia and Thailand in March 2024", vocab)
    result = plan("Which of those grew fastest?", vocab, previous=pair)
    assert result.intent == "rank"
    assert result.partners == ("Malaysia", "Thailand")
    assert result.periods == ("2024-03",)
    assert result.flow == "exports"
    assert result.measure_kind == "change_pct"
    assert result.top_n is None or result.top_n >= 1


def test_which_grew_fastest_ranks_every_partner(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Which markets grew fastest?", vocab, previous=first)
    assert result.intent == "rank"
    assert result.partners == ()
    assert result.periods == ("2026-03",)
    assert result.flow == "exports"


def test_the_year_before_shifts_the_periods(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What about the year before?", vocab, previous=first)
    assert result.periods == ("2025-03",)
    assert result.partners == ("Singapore",)
    assert result.intent == "change"


def test_a_follow_up_of_a_follow_up(vocab: Vocabulary, first: QueryPlan) -> None:
    second = plan("And Malaysia?", vocab, previous=first)
    third = plan("What about imports?", vocab, previous=second)
    fourth = plan("And in January?", vocab, previous=third)
    assert (fourth.flow, fourth.partners, fourth.periods) == (
        "imports",
        ("Malaysia",),
        ("2026-01",),
    )


def test_a_question_that_stands_alone_starts_afresh(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What were imports from Taiwan in January 2025?", vocab, previous=first)
    assert (result.intent, result.flow, result.partners, result.periods) == (
        "lookup", "imports", ("Taiwan",), ("2025-01",),
    )  # fmt: skip
    assert result.basis is None


def test_a_new_text_question_does_not_inherit(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What does the article say about energy costs?", vocab, previous=first)
    assert result.intent == "text"
    assert result.partners == ()


def test_a_new_claim_does_not_inherit(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Did imports really rise 41.2%?", vocab, previous=first)
    assert result.intent == "claim"
    assert result.partners == ()


def test_growth_follow_up_on_a_lookup(vocab: Vocabulary) -> None:
    level = plan("What were exports to the US in May 2025?", vocab)
    result = plan("How much did that grow?", vocab, previous=level)
    assert result.intent == "change"
    assert result.partners == ("USA",)
    assert result.periods == ("2025-05",)
    assert result.basis == "yoy"


def test_unmatched_partner_in_a_follow_up(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("And Germany?", vocab, previous=first)
    assert result.partners == ()
    assert result.unmatched == ("Germany",)
    assert result.periods == ("2026-03",)


def test_follow_up_survives_a_json_round_trip(vocab: Vocabulary, first: QueryPlan) -> None:
    restored = QueryPlan.from_dict(first.to_dict())
    assert plan("And Malaysia?", vocab, previous=restored).partners == ("Malaysia",)


def test_why_keeps_the_subject_for_retrieval(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Why?", vocab, previous=first)
    assert result.intent == "text"
    assert result.partners == ("Singapore",)
    assert result.periods == ("2026-03",)
    assert "Singapore" in result.keywords
    assert result.table_ids == ()


def test_what_drove_that_is_a_text_follow_up(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What is behind that surge in demand from the region?", vocab, previous=first)
    assert result.intent == "text"
    assert result.partners == ("Singapore",)


def test_follow_up_of_a_claim_asks_for_the_figure(vocab: Vocabulary) -> None:
    claim = plan("Exports to Singapore rose 125% in March 2026, right?", vocab)
    result = plan("And Malaysia?", vocab, previous=claim)
    assert result.intent == "change"
    assert result.claim is None
    assert result.partners == ("Malaysia",)


def test_follow_up_of_a_comparison_with_one_partner(vocab: Vocabulary) -> None:
    pair = plan("Compare exports to Malaysia and Thailand in March 2024", vocab)
    assert plan("And in April?", vocab, previous=pair).intent == "compare"
    single = plan("What about Vietnam?", vocab, previous=pair)
    assert single.intent == "lookup"
    assert single.partners == ("Viet Nam",)
    assert single.periods == ("2024-03",)


def test_pronouns_inside_a_full_question_do_not_inherit(
    vocab: Vocabulary, first: QueryPlan
) -> None:
    result = plan(
        "What was the trade balance in May 2025 and was it a deficit?", vocab, previous=first
    )
    assert result.partners == ()
    assert result.periods == ("2025-05",)


def test_also_points_back(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Did exports also rise in April 2026?", vocab, previous=first)
    assert result.partners == ("Singapore",)
    assert result.periods == ("2026-04",)


def test_a_stale_previous_plan_with_bad_periods(vocab: Vocabulary, first: QueryPlan) -> None:
    stale = QueryPlan.from_dict({**first.to_dict(), "periods": ["March 2026", "2026-13"]})
    for question in ("What about the year before?", "Compare that with 2024", "And Malaysia?"):
        result = plan(question, vocab, previous=stale)
        assert all(p[:4].isdigit() for p in result.periods)


def test_a_soft_opener_before_a_full_question(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("Now, what were imports from Japan in 2025?", vocab, previous=first)
    assert (result.intent, result.partners, result.periods) == ("lookup", ("Japan",), ("2025",))
    assert plan("Now imports?", vocab, previous=first).partners == ("Singapore",)


def test_the_same_period_last_year(vocab: Vocabulary, first: QueryPlan) -> None:
    result = plan("What about the same period last year?", vocab, previous=first)
    assert result.periods == ("2025-03",)
    assert result.partners == ("Singapore",)


def test_a_month_goes_nearest_the_conversation(vocab: Vocabulary) -> None:
    january = plan("Which markets drove the surge in January 2026?", vocab)
    december = plan("And in December?", vocab, previous=january)
    assert december.periods == ("2025-12",)
    top = plan("Only the top 3", vocab, previous=december)
    assert (top.intent, top.top_n, top.measure_kind) == ("rank", 3, "change_pct")
    year = plan("How much did exports grow in 2025?", vocab)
    assert plan("And in February?", vocab, previous=year).periods == ("2025-02",)

"""Rankings, totals over a range, values over a stretch of time, cut-offs, keywords and
"which of those" after a conversation: phrasings QA found planned wrongly."""

from __future__ import annotations

from typing import Any

import pytest

from bot.planner import plan
from bot.records import QueryPlan
from bot.vocabulary import Vocabulary
from tests.bot.test_planner import build_cards


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_cards(build_cards())


def fields(result: QueryPlan, expected: dict[str, Any]) -> dict[str, Any]:
    return {name: getattr(result, name) for name in expected}


GROWTH_RANK = {"intent": "rank", "measure_kind": "change_pct", "top_n": None}
RANKS: list[tuple[str, dict[str, Any]]] = [
    (
        "Which were the fastest growing export markets in October 2025?",
        {**GROWTH_RANK, "order": "desc", "flow": "exports", "periods": ("2025-10",),
         "basis": "yoy", "rank_by": "partner"},
    ),
    ("Which markets grew the most in October 2025?", {**GROWTH_RANK, "order": "desc"}),
    ("Which markets grew the least in October 2025?", {**GROWTH_RANK, "order": "asc"}),
    ("Where did exports grow the most in October 2025?", {**GROWTH_RANK, "order": "desc"}),
    (
        "Which markets saw the biggest decline in exports in October 2025?",
        {**GROWTH_RANK, "order": "asc"},
    ),
    ("What were the slowest growing markets for exports in 2025?", {**GROWTH_RANK, "order": "asc"}),
    ("What were the best-performing markets in 2025?", {**GROWTH_RANK, "order": "desc"}),
    ("Which markets performed worst in 2025?", {**GROWTH_RANK, "order": "asc"}),
    ("top performing export markets in 2025", {**GROWTH_RANK, "order": "desc"}),
    (
        "What were the top destinations for exports in 2025?",
        {"intent": "rank", "measure_kind": "level", "order": "desc", "top_n": None},
    ),
    ("Only the top 3 export markets in 2025", {"intent": "rank", "top_n": 3}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), RANKS, ids=[q[:50] for q, _ in RANKS])
def test_ranking_phrasings(vocab: Vocabulary, question: str, expected: dict[str, Any]) -> None:
    assert fields(plan(question, vocab), expected) == expected


TOTAL = {"intent": "aggregate", "aggregation": "sum", "periods": ("2024-04..2024-08",)}
TOTALS = [
    "What was the total of exports from April to August 2024?",
    "What was the sum of exports from April to August 2024?",
    "Combined exports from April to August 2024",
    "Cumulative exports from April to August 2024",
    "What were exports in total over April to August 2024?",
    "How much were exports altogether from April to August 2024?",
    "Total exports between April and August 2024",
]


@pytest.mark.parametrize("question", TOTALS)
def test_totals_over_a_range_are_sums(vocab: Vocabulary, question: str) -> None:
    result = plan(question, vocab)
    assert fields(result, TOTAL) == TOTAL
    assert (result.flow, result.basis) == ("exports", None)


TRENDS: list[tuple[str, dict[str, Any]]] = [
    ("Show me imports over 2025", {"flow": "imports", "periods": ("2025",)}),
    ("imports through 2025", {"flow": "imports", "periods": ("2025",)}),
    ("imports throughout 2025", {"periods": ("2025",)}),
    ("monthly exports in 2025", {"flow": "exports", "periods": ("2025",)}),
    ("How did exports develop over 2025?", {"periods": ("2025",)}),
    ("How did exports evolve over 2025?", {"periods": ("2025",)}),
    ("How did exports to Japan perform over 2025?", {"partners": ("Japan",)}),
    ("How did re-exports fare in the first half of 2025?", {"periods": ("2025-H1",)}),
    ("Show exports over Q1 2026", {"periods": ("2026-Q1",)}),
]


@pytest.mark.parametrize(("question", "expected"), TRENDS, ids=[q for q, _ in TRENDS])
def test_values_over_a_stretch_of_time_are_a_trend(
    vocab: Vocabulary, question: str, expected: dict[str, Any]
) -> None:
    result = plan(question, vocab)
    assert result.intent == "trend"
    assert fields(result, expected) == expected


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How much did we export over 2025?", "lookup"),
        ("exports grew over 2025", "change"),
        ("How did exports perform in March 2026?", "lookup"),
        ("total exports over the first five months of 2026", "aggregate"),
    ],
)
def test_totals_and_changes_over_a_year_are_no_trend(
    vocab: Vocabulary, question: str, intent: str
) -> None:
    assert plan(question, vocab).intent == intent


CUTS: list[tuple[str, tuple[float, str, str], str]] = [
    ("How many markets had export growth above 50% in January 2024?", (50.0, "gt", "%"), "desc"),
    ("Which markets had growth of more than 20% in March 2026?", (20.0, "gt", "%"), "desc"),
    ("How many markets grew by at least 20% in March 2026?", (20.0, "ge", "%"), "desc"),
    ("Which markets had growth below 5% in January 2024?", (5.0, "lt", "%"), "asc"),
    ("Which markets saw exports fall by more than 10% in 2025?", (-10.0, "lt", "%"), "asc"),
    ("How many partners had imports decline over 10% in 2025?", (-10.0, "lt", "%"), "asc"),
    ("How many markets had negative growth in March 2026?", (0.0, "lt", "%"), "asc"),
    ("How many markets grew in March 2026?", (0.0, "gt", "%"), "desc"),
    ("Which markets had exports above HK$10 bn in 2025?", (10.0, "gt", "HK$ bn"), "desc"),
    ("Which market had growth of 30% or more in 2025?", (30.0, "ge", "%"), "desc"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "cut", "order"), CUTS, ids=[q[:50] for q, _, _ in CUTS])
def test_a_cut_off_ranks_every_partner_past_it(
    vocab: Vocabulary, question: str, cut: tuple[float, str, str], order: str
) -> None:
    result = plan(question, vocab)
    assert (result.intent, result.top_n, result.rank_by, result.order) == (
        "rank", None, "partner", order,
    )  # fmt: skip
    assert (result.threshold, result.threshold_op, result.threshold_unit) == cut
    assert result.claim is None


def test_a_cut_off_sets_the_measure_kind(vocab: Vocabulary) -> None:
    growth = plan("How many markets had export growth above 50% in January 2024?", vocab)
    assert (growth.measure_kind, growth.basis, growth.periods) == (
        "change_pct",
        "yoy",
        ("2024-01",),
    )
    value = plan("Which markets had exports above HK$10 bn in 2025?", vocab)
    assert value.measure_kind == "level"
    share = plan("Which markets had a share above 10% of re-exports in 2015?", vocab)
    assert (share.measure_kind, share.threshold) == ("share_pct", 10.0)


@pytest.mark.parametrize(
    "question",
    ["Which markets grew fastest in March 2026?", "top 5 markets in 2025", "What were exports?"],
)
def test_no_cut_off_without_one(vocab: Vocabulary, question: str) -> None:
    result = plan(question, vocab)
    assert (result.threshold, result.threshold_op, result.threshold_unit) == (None, None, None)


def test_keywords_keep_acronyms_and_percentages(vocab: Vocabulary) -> None:
    result = plan("Did AI server exports to the EU and US rise 12.5% under HS 85?", vocab)
    for word in ("AI", "EU", "US", "HS", "12.5%"):
        assert word in result.keywords
    assert "I" not in plan("Can I see exports in 2025?", vocab).keywords


def test_a_shouted_question_gives_no_acronyms(vocab: Vocabulary) -> None:
    result = plan("WHAT WERE EXPORTS TO THE US IN 2025?", vocab)
    assert "WHAT" not in result.keywords
    assert result.partners == ("USA",)


def talk(vocab: Vocabulary, *questions: str) -> QueryPlan:
    previous: QueryPlan | None = None
    for question in questions:
        previous = plan(question, vocab, previous=previous)
    assert previous is not None
    return previous


def test_those_are_the_partners_of_the_whole_conversation(vocab: Vocabulary) -> None:
    result = talk(
        vocab,
        "Compare exports to the US and Japan in March 2026",
        "And Japan?",
        "Which of those grew fastest?",
    )
    assert (result.intent, result.order, result.top_n) == ("rank", "desc", None)
    assert result.partners == ("USA", "Japan")
    assert result.periods == ("2026-03",)


def test_partners_named_one_by_one_add_up(vocab: Vocabulary) -> None:
    result = talk(
        vocab,
        "How much did exports to the US grow in March 2026?",
        "And Japan?",
        "What about Korea?",
    )
    assert result.context_partners == ("USA", "Japan", "Korea")
    ranked = plan("Which of them grew the least?", vocab, previous=result)
    assert (ranked.partners, ranked.order) == (("USA", "Japan", "Korea"), "asc")
    every = plan("Which markets grew fastest?", vocab, previous=result)
    assert every.partners == ()


def test_a_new_group_of_partners_starts_afresh(vocab: Vocabulary) -> None:
    result = talk(
        vocab,
        "Compare exports to the US and Japan in March 2026",
        "Compare exports to India and Malaysia in 2025",
    )
    assert result.context_partners == ("India", "Malaysia")


def test_context_partners_survive_json(vocab: Vocabulary) -> None:
    result = talk(vocab, "exports to the US in 2025", "And Japan?")
    restored = QueryPlan.from_dict(result.to_dict())
    assert restored.context_partners == ("USA", "Japan")
    ranked = plan("Which of those grew fastest?", vocab, previous=restored)
    assert ranked.partners == ("USA", "Japan")


def test_a_first_question_remembers_only_its_own_partners(vocab: Vocabulary) -> None:
    assert plan("exports to Japan in 2025", vocab).context_partners == ("Japan",)
    assert plan("exports in 2025", vocab).context_partners == ()


def test_a_cut_off_follows_the_ranking_it_belongs_to(vocab: Vocabulary) -> None:
    cut = "How many markets had export growth above 50% in January 2024?"
    february = talk(vocab, cut, "And in February?")
    assert (february.intent, february.periods, february.threshold) == ("rank", ("2024-02",), 50.0)
    fastest = talk(vocab, cut, "Which of those grew fastest?")
    assert (fastest.intent, fastest.threshold, fastest.threshold_op) == ("rank", None, None)
    other = talk(vocab, cut, "How much did exports to Japan grow y-o-y in March 2026?")
    assert (other.intent, other.threshold) == ("change", None)


def test_a_cut_off_over_months_ranks_the_periods(vocab: Vocabulary) -> None:
    result = plan("How many months had exports above HK$400 bn in 2025?", vocab)
    assert (result.intent, result.rank_by, result.periods, result.top_n) == (
        "rank", "period", ("2025",), None,
    )  # fmt: skip
    assert (result.threshold, result.threshold_op, result.threshold_unit) == (400.0, "gt", "HK$ bn")

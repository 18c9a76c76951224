"""Any text at all: the planner never crashes and always returns a valid plan."""

from __future__ import annotations

from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.planner import MAX_QUESTION_CHARS, plan
from bot.records import Intent, QueryPlan
from bot.vocabulary import Vocabulary
from tests.bot.test_planner import build_cards
from vectorstore.periods import canonical, parse

VOCAB = Vocabulary.from_cards(build_cards())
HELD = {v for card in build_cards() for d in card.dimensions for v in d.values}
IDS = {card.id for card in build_cards()}
PHRASES = (
    "exports imports re-exports to from Singapore Mainland US Germany grow rose 125% "
    "y-o-y since between and Q1 2026 March H1 first five months top 5 share of compare "
    "average total trend why article says is that right? HK$ 4.5 bn which markets drove "
    "the surge And what about the year before 2025-03 last year balance deficit "
    "how many above over at least below 50% fell of those AI EU develop through monthly"
)
WORDS = st.sampled_from(PHRASES.split())


def check(result: QueryPlan) -> None:
    assert result.intent in get_args(Intent)
    assert len(result.question) <= MAX_QUESTION_CHARS
    assert set(result.partners) <= HELD
    assert set(result.table_ids) <= IDS
    for period in result.periods:
        assert canonical(parse(period)) == period
    assert result.order in ("asc", "desc")
    assert result.top_n is None or result.top_n >= 1
    assert QueryPlan.from_dict(result.to_dict()) == result
    assert (result.threshold is None) == (result.threshold_op is None)
    assert result.threshold_op in (None, "gt", "ge", "lt", "le")
    assert result.threshold is None or result.intent == "rank"
    assert len(result.context_partners) <= 12


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_plan(text: str) -> None:
    check(plan(text, VOCAB))


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_any_mix_of_trade_words_gives_a_valid_plan(text: str) -> None:
    check(plan(text, VOCAB))


@settings(max_examples=80, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join), st.lists(WORDS, max_size=8).map(" ".join))
def test_any_follow_up_gives_a_valid_plan(first: str, second: str) -> None:
    previous = plan(first, VOCAB)
    check(plan(second, VOCAB, previous=previous))


def test_very_long_input() -> None:
    check(plan("exports to Singapore in 2025 " * 2000, VOCAB))
    check(plan("9" * 100_000, VOCAB))


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(get_args(Intent)),
    st.lists(st.text(max_size=12), max_size=3),
    st.lists(
        st.sampled_from(["2024", "2025-03", "2026-Q1", "2025-H2", "x", "2024-13"]), max_size=3
    ),
    st.lists(WORDS, max_size=8).map(" ".join),
)
def test_any_stored_previous_plan(
    intent: Intent, partners: list[str], periods: list[str], question: str
) -> None:
    previous = QueryPlan.from_dict(
        {"intent": intent, "question": "q", "partners": partners, "periods": periods,
         "basis": "between", "measure_kind": "change_pct", "context_partners": partners * 5}
    )  # fmt: skip
    result = plan(question, VOCAB, previous=previous)
    assert result.intent in get_args(Intent)
    assert len(result.context_partners) <= 12
    for period in result.periods:
        assert canonical(parse(period)) == period


def test_a_long_list_of_places_is_planned_quickly() -> None:
    import time

    started = time.perf_counter()
    result = plan("China and Japan, USA, Malaysia, Germany, Brazil " * 40, VOCAB)
    assert time.perf_counter() - started < 2.0
    assert len(result.question) <= MAX_QUESTION_CHARS


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(min_size=0, max_size=20), max_size=8),
    st.sampled_from(["partner", "region", "commodity", "other", "flow"]),
    st.lists(st.text(max_size=12), max_size=4),
    st.integers(min_value=0, max_value=7),
)
def test_any_table_values(values: list[str], role: str, periods: list[str], pick: int) -> None:
    from vectorstore.records import Dimension, Measure, TableCard

    card = TableCard(
        id="t",
        title="t",
        source="t.csv",
        measures=(Measure("v", "v", None),),
        dimensions=(Dimension("d", role, tuple(values)),),  # type: ignore[arg-type]
        periods=(*periods, "2024-03"),
        frequency="monthly",
        rows=1,
    )
    vocab = Vocabulary.from_cards([card])
    named = values[pick % len(values)] if values else "Japan"
    result = plan(f"How much did exports to {named} grow in March 2024?", vocab)
    assert result.intent in get_args(Intent)
    assert set(result.partners) <= set(values)

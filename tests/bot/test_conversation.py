"""Conversations remember plans, survive JSON, and the engine refuses bad input clearly."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot import BotError, Conversation, Engine, EvidenceError, Turn
from bot.records import Answer, Claim, QueryPlan
from tests.bot.conftest import fixed_planner
from vectorstore import Store


def test_round_trip_through_json() -> None:
    plan = QueryPlan(
        "claim",
        "Is 125% right?",
        partners=("Singapore",),
        filters=(("commodity", "Toys"),),
        periods=("2026-03",),
        claim=Claim(125.0, "%", "125%"),
    )
    conversation = Conversation(turns=[Turn("Is 125% right?", plan, "It agrees.", 1, 1)])
    restored = Conversation.from_dict(json.loads(json.dumps(conversation.to_dict())))
    assert restored.id == conversation.id
    assert restored.turns == conversation.turns
    assert restored.last_plan == plan


def test_a_damaged_conversation_is_a_bot_error() -> None:
    with pytest.raises(BotError, match="cannot be read"):
        Conversation.from_dict({"turns": [{"plan": None}]})


def test_answer_appends_a_turn_and_passes_the_previous_plan(made_store: Store) -> None:
    seen: list[QueryPlan | None] = []
    first = QueryPlan("lookup", "Exports March 2025?", flow="exports", periods=("2025-03",))

    def planner(question: str, previous: QueryPlan | None) -> QueryPlan:
        seen.append(previous)
        return first

    engine = Engine(made_store, planner=planner, strict=True)
    conversation = Conversation()
    engine.answer("Exports March 2025?", conversation)
    engine.answer("And in March 2025?", conversation)
    # the engine adds the plan's expressions to the plan it keeps
    assert [p if p is None else replace(p, expression=None) for p in seen] == [None, first]
    assert [t.question for t in conversation.turns] == ["Exports March 2025?", "And in March 2025?"]
    assert conversation.turns[0].summary.startswith("Total exports were HK$ 455.5 bn")


@pytest.mark.parametrize("question", ["", "   ", "x" * 4001])
def test_bad_questions_get_a_clear_error(made_store: Store, question: str) -> None:
    engine = Engine(made_store, planner=fixed_planner(QueryPlan("text", "q")))
    with pytest.raises(BotError):
        engine.answer(question)


def test_check_step_drops_untraced_sentences_unless_strict(made_store: Store) -> None:
    plan = QueryPlan("lookup", "Exports March 2025?", flow="exports", periods=("2025-03",))
    lenient = Engine(made_store, planner=fixed_planner(plan))
    state = lenient._compose_step(
        lenient._retrieve_step(
            lenient._compute_step(lenient._plan_step(_state("Exports March 2025?")))
        )
    )
    broken = type(state)(
        **{**state.__dict__, "text": state.text + "\nExports will hit 999.9 next year.\n"}
    )
    answer = lenient._check_step(broken)
    assert isinstance(answer, Answer)
    assert "999.9" not in answer.text
    strict = Engine(made_store, planner=fixed_planner(plan), strict=True)
    with pytest.raises(EvidenceError, match=r"999\.9"):
        strict._check_step(broken)


def _state(question: str):  # type: ignore[no-untyped-def]
    from bot.engine import _State

    return _State(question=question)


def test_a_table_breaking_the_tidy_contract_is_left_out(tmp_path: Path) -> None:
    from bot.records import QueryPlan as Plan
    from tests.bot import tables
    from vectorstore import HashingEmbedder, StoreSettings, open_store

    built = tables.headline()
    broken = built.frame.drop(columns=["row"])
    text = built.frame.assign(value=built.frame["value"].astype("string"))
    store = open_store(StoreSettings(store=tmp_path), embedder=HashingEmbedder())
    try:
        for card_id, frame in (("broken", broken), ("text", text)):
            card = replace(built.card, id=card_id, source=f"{card_id}.csv")
            store.put_source(tables.table_record(tables.Built(card, frame)), [], [(card, frame)])
        plan = Plan("lookup", "Exports March 2025?", flow="exports", periods=("2025-03",))
        answer = Engine(store, planner=fixed_planner(plan), strict=True).answer(plan.question)
    finally:
        store.close()
    assert [f.value for f in answer.figures] == [tables.HEADLINE["2025-03"]["exports"]]
    assert answer.figures[0].sources[0].startswith("text.csv row")

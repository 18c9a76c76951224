"""The optional model may rephrase the lead sentence, only when every number is traced."""

from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.engine import Engine
from bot.records import QueryPlan
from bot.settings import BotSettings
from tests.bot.conftest import fixed_planner
from vectorstore import Store

_PLAN = QueryPlan("lookup", "Exports in March 2025?", flow="exports", periods=("2025-03",))


def _engine(store: Store, reply: str) -> Engine:
    model = FakeListChatModel(responses=[reply])
    return Engine(store, BotSettings(), model, planner=fixed_planner(_PLAN), strict=True)


def test_a_faithful_sentence_is_used(made_store: Store) -> None:
    sentence = "In March 2025, Hong Kong shipped goods worth HK$ 455.5 bn abroad."
    answer = _engine(made_store, sentence).answer(_PLAN.question)
    assert answer.text.startswith(sentence)


def test_a_sentence_with_a_wrong_number_is_rejected(made_store: Store) -> None:
    answer = _engine(made_store, "Exports were HK$ 456.0 bn in March 2025.").answer(_PLAN.question)
    assert answer.text.startswith("Total exports were HK$ 455.5 bn in March 2025.")
    assert "456.0" not in answer.text

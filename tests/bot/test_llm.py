"""The optional model may rephrase the lead sentence, only when every number is traced."""

from __future__ import annotations

import sys

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.engine import Engine
from bot.errors import BotError
from bot.llm import chat_model
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


def test_no_model_is_configured_by_default() -> None:
    assert chat_model(BotSettings()) is None


def test_a_configured_model_without_its_package_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the provider package as a user without the extra has it: not importable
    monkeypatch.setitem(sys.modules, "langchain_openai", None)
    with pytest.raises(BotError, match="langchain-openai"):
        chat_model(BotSettings(llm_model="gpt-test"))


def test_a_failing_model_keeps_the_deterministic_sentence(made_store: Store) -> None:
    model = GenericFakeChatModel(messages=iter([]))  # raises when asked
    engine = Engine(made_store, BotSettings(), model, planner=fixed_planner(_PLAN), strict=True)
    assert engine.answer(_PLAN.question).text.startswith("Total exports were HK$ 455.5 bn")


def test_a_rambling_reply_is_not_used(made_store: Store) -> None:
    reply = AIMessage(content="# Heading\n\nTotal exports were HK$ 455.5 bn.")
    model = GenericFakeChatModel(messages=iter([reply]))
    engine = Engine(made_store, BotSettings(), model, planner=fixed_planner(_PLAN), strict=True)
    assert engine.answer(_PLAN.question).text.startswith("Total exports were HK$ 455.5 bn in March")


def test_an_openai_compatible_model_gets_the_timeout_and_no_own_retries() -> None:
    settings = BotSettings(
        llm_model="m", llm_base_url="http://127.0.0.1:9/v1", llm_api_key="k", llm_timeout_s=3.5
    )
    model = chat_model(settings)
    assert type(model).__name__ == "ChatOpenAI"
    assert model.request_timeout == 3.5  # type: ignore[union-attr]
    assert model.max_retries == 0  # type: ignore[union-attr]


def test_ollama_is_chosen_by_the_provider_setting() -> None:
    settings = BotSettings(
        llm_provider="ollama", llm_model="qwen2.5:7b", llm_base_url="http://127.0.0.1:11434"
    )
    model = chat_model(settings)
    assert type(model).__name__ == "ChatOllama"
    assert model.model == "qwen2.5:7b"  # type: ignore[union-attr]
    assert model.base_url == "http://127.0.0.1:11434"  # type: ignore[union-attr]
    assert model.client_kwargs == {"timeout": 20.0}  # type: ignore[union-attr]

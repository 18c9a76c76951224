"""The OpenAI-compatible API, driven by the real `openai` client over the app's transport."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam
from pydantic import SecretStr

from api.settings import ApiSettings
from tests.api.conftest import live_server

SINGAPORE = "How much did exports to Singapore grow in March 2026?"
KEY = "openai-test-key-123"


pytestmark = pytest.mark.slow  # uvicorn on 127.0.0.1 in a thread


def openai_client(base_url: str, api_key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(api_key=api_key, base_url=f"{base_url}/v1", max_retries=0, timeout=60)


@pytest.fixture
def server(store_dir: Path) -> Iterator[str]:
    with live_server(store_dir) as base_url:
        yield base_url


@pytest.fixture
def oai(server: str) -> Iterator[openai.OpenAI]:
    with openai_client(server) as result:
        yield result


def test_models_lists_the_one_model(oai: openai.OpenAI) -> None:
    assert [m.id for m in oai.models.list()] == ["tradebot"]


def test_a_completion_answers_with_numbered_sources(oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="tradebot", messages=[{"role": "user", "content": SINGAPORE}]
    )

    assert completion.object == "chat.completion"
    [choice] = completion.choices
    assert choice.finish_reason == "stop"
    text = choice.message.content or ""
    assert "Singapore" in text
    assert "[1]" in text
    assert "Sources" in text
    assert completion.usage is not None
    assert completion.usage.total_tokens > 0


def test_a_streamed_completion_adds_up_to_the_same_text(oai: openai.OpenAI) -> None:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": SINGAPORE}]
    whole = oai.chat.completions.create(model="tradebot", messages=messages)

    chunks = list(oai.chat.completions.create(model="tradebot", messages=messages, stream=True))

    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.choices[0].message.content


def test_earlier_user_messages_are_the_context(oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="tradebot",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": SINGAPORE},
            {"role": "assistant", "content": "Exports to Singapore rose 125.0%."},
            {"role": "user", "content": "And Malaysia?"},
        ],
    )
    text = completion.choices[0].message.content or ""
    assert "Malaysia" in text
    assert "March 2026" in text


def test_content_parts_are_read_as_text(oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="tradebot",
        messages=[{"role": "user", "content": [{"type": "text", "text": SINGAPORE}]}],
    )
    assert "Singapore" in (completion.choices[0].message.content or "")


def test_no_user_message_is_a_clear_error(oai: openai.OpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        oai.chat.completions.create(
            model="tradebot", messages=[{"role": "system", "content": "hi"}]
        )
    assert caught.value.body is not None


def test_the_api_key_is_the_bearer_token(store_dir: Path) -> None:
    with live_server(store_dir, ApiSettings(api_key=SecretStr(KEY))) as base_url:
        with (
            openai_client(base_url, api_key="wrong-key-wrong") as wrong,
            pytest.raises(openai.AuthenticationError),
        ):
            wrong.models.list()
        with openai_client(base_url, api_key=KEY) as right:
            assert [m.id for m in right.models.list()] == ["tradebot"]


def test_openai_conversations_are_not_listed_for_the_page(server: str, oai: openai.OpenAI) -> None:
    oai.chat.completions.create(model="tradebot", messages=[{"role": "user", "content": "hi"}])
    listed = httpx.get(f"{server}/api/conversations").json()["conversations"]
    assert not any(c["id"].startswith("openai:") for c in listed)

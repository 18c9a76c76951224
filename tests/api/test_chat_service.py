"""`ChatService` with the real engine: conversations, and OpenAI-style histories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api.chat import ChatService, history_key
from api.conversations import ConversationStore
from api.errors import NotFoundError, UnprocessableError
from bot.conversation import Conversation
from bot.engine import Engine
from tests.api.conftest import open_test_store

SINGAPORE = "How much did exports to Singapore grow in March 2026?"


@pytest.fixture
def service(store_dir: Path) -> Iterator[ChatService]:
    store = open_test_store(store_dir)
    try:
        conversations = ConversationStore(store_dir / "conversations.sqlite3")
        yield ChatService(Engine(store), conversations, max_message_chars=500, max_history=2)
    finally:
        store.close()


def turns_of(service: ChatService, conversation_id: str) -> int:
    state = service.conversations.state(conversation_id)
    assert state is not None
    return len(Conversation.from_dict(state).turns)


def test_ask_keeps_the_engine_state_between_questions(service: ChatService) -> None:
    _, cid = service.ask(SINGAPORE)
    answer, same = service.ask("And Malaysia?", cid)

    assert same == cid
    assert "March 2026" in answer.text
    assert turns_of(service, cid) == 2


def test_an_unknown_id_starts_that_conversation_unless_it_must_exist(
    service: ChatService,
) -> None:
    with pytest.raises(NotFoundError, match="conversation web-1 not found"):
        service.ask(SINGAPORE, "web-1", must_exist=True)

    _, cid = service.ask(SINGAPORE, "slack:C123:1712345.678")  # Slack names its threads

    assert cid == "slack:C123:1712345.678"
    assert service.conversations.exists(cid)
    assert not service.conversations.exists("web-1")
    _, same = service.ask("And Malaysia?", cid, must_exist=True)
    assert same == cid
    assert turns_of(service, cid) == 2


def test_a_seen_history_is_reused_not_replayed(service: ChatService) -> None:
    _, first = service.ask_with_history([], SINGAPORE)
    _, second = service.ask_with_history([SINGAPORE], "And Malaysia?")
    _, third = service.ask_with_history([SINGAPORE, "And Malaysia?"], "And Thailand?")

    assert first == history_key([SINGAPORE])
    assert second == history_key([SINGAPORE, "And Malaysia?"])
    assert [turns_of(service, c) for c in (first, second, third)] == [1, 2, 3]


def test_an_unseen_history_is_replayed_up_to_the_limit(service: ChatService) -> None:
    history = ["What were total exports in 2025?", SINGAPORE, "And Malaysia?"]

    answer, cid = service.ask_with_history(history, "And Thailand?")

    assert "March 2026" in answer.text
    assert turns_of(service, cid) == 3  # the last two of the history, then the question


@pytest.mark.parametrize("message", ["", "   ", "x" * 501])
def test_empty_or_long_messages_are_refused(service: ChatService, message: str) -> None:
    with pytest.raises(UnprocessableError):
        service.ask(message)

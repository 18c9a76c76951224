"""The chat service: questions in, answers out, conversations kept in SQLite.

`ChatService.ask` is what every front end calls (the web page, the JSON API, Slack).
Routes call it from a threadpool. Questions are answered in parallel: the engine only
reads the store, and each answer works on its own copy of its conversation. Two
questions in one conversation still take turns (a per-conversation lock). `exclusive`
holds answers back while a block runs; uploads and removals do not take it: they run in
the ingest worker (`api.ingest_worker`) beside answers, and the store makes each write
all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from api.conversations import ConversationStore, check_conversation_id, new_conversation_id
from api.errors import NotFoundError, UnprocessableError
from bot.conversation import Conversation
from bot.records import Answer
from vectorstore.locks import ReadWriteLock

OPENAI_PREFIX = "openai:"


class AnswerEngine(Protocol):
    """What the chat service needs of `bot.Engine`."""

    def answer(
        self,
        question: str,
        conversation: Conversation | None = None,
        *,
        emit: Callable[[str], None] | None = None,
    ) -> Answer: ...


Emit = Callable[[str], None]


def history_key(questions: Sequence[str]) -> str:
    """The conversation id under which an OpenAI-style history of user messages is kept."""
    digest = hashlib.sha256(json.dumps(list(questions)).encode()).hexdigest()
    return OPENAI_PREFIX + digest[:40]


def require_unicode(text: str) -> str:
    """``text``, or `UnprocessableError` (422) when it holds a lone UTF-16 surrogate
    (``\ud800``), which no tokenizer, store or JSON encoder downstream can take."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnprocessableError(
            "The message holds an invalid character (a lone UTF-16 surrogate); "
            "send it as plain Unicode text."
        ) from None
    return text


class ChatService:
    """Answers questions with the engine and keeps each conversation's state."""

    def __init__(
        self,
        engine: AnswerEngine,
        conversations: ConversationStore,
        *,
        max_message_chars: int = 4000,
        max_history: int = 20,
    ) -> None:
        self.engine = engine
        self.conversations = conversations
        self.max_message_chars = max_message_chars
        self.max_history = max_history
        self._store_lock = ReadWriteLock()
        self._guard = threading.Lock()
        self._turns: weakref.WeakValueDictionary[str, threading.Lock] = (
            weakref.WeakValueDictionary()
        )

    def check_message(self, message: str) -> str:
        """The question stripped; `UnprocessableError` when it is empty or too long."""
        question = require_unicode(message).strip()
        if not question:
            raise UnprocessableError("The message is empty; ask a question about the trade data.")
        if len(question) > self.max_message_chars:
            raise UnprocessableError(
                f"The message is {len(question):,} characters long; the limit is "
                f"{self.max_message_chars:,}."
            )
        return question

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Answer nothing while the block runs, e.g. while an upload changes the store."""
        with self._store_lock.exclusive():
            yield

    @contextmanager
    def _answering(self, conversation_id: str) -> Iterator[None]:
        """Read the store (beside other answers), alone in this conversation."""
        with self._guard:
            turn = self._turns.get(conversation_id)
            if turn is None:
                turn = self._turns[conversation_id] = threading.Lock()
        with turn, self._store_lock.shared():
            yield

    def require_conversation(self, conversation_id: str) -> str:
        """The id of a known conversation; `NotFoundError` (404) when there is none."""
        cid = check_conversation_id(conversation_id)
        if not self.conversations.exists(cid):
            raise NotFoundError(
                f"conversation {cid} not found; omit conversation_id to start a new one"
            )
        return cid

    def ask(
        self,
        message: str,
        conversation_id: str | None = None,
        *,
        must_exist: bool = False,
        emit: Emit | None = None,
    ) -> tuple[Answer, str]:
        """Answer in a conversation: a new one when the id is None; an unknown id starts a
        conversation with that id (Slack names its threads so), unless ``must_exist``, when
        it is `NotFoundError` (the web API only continues conversations it started)."""
        question = self.check_message(message)
        cid = check_conversation_id(conversation_id) if conversation_id else new_conversation_id()
        with self._answering(cid):
            if must_exist and conversation_id:
                self.require_conversation(cid)
            # a new id has nothing saved: no need to ask the database
            conversation = self._load(cid) if conversation_id else Conversation()
            if emit is not None:  # the model's checked sentences, as it writes them
                answer = self.engine.answer(question, conversation, emit=emit)
            else:
                answer = self.engine.answer(question, conversation)
            self.conversations.record_turn(cid, conversation.to_dict(), question, answer.to_dict())
        return answer, cid

    def ask_with_history(self, history: Sequence[str], message: str) -> tuple[Answer, str]:
        """Answer the last message of a stateless client (OpenAI style).

        The earlier user messages are the conversation: when this exact history was seen
        before, its saved state is reused; otherwise the messages are replayed through
        the engine first, so follow-ups resolve the way they did for the client.
        """
        question = self.check_message(message)
        earlier = [require_unicode(q).strip() for q in history if q.strip()]
        with self._answering(history_key([*earlier, question])):
            state = self.conversations.state(history_key(earlier))
            if state is not None:
                conversation = Conversation.from_dict(state)
            else:
                conversation = Conversation()
                replay = earlier[-self.max_history :] if self.max_history else []
                for previous in replay:
                    self.engine.answer(previous, conversation)
            answer = self.engine.answer(question, conversation)
            cid = history_key([*earlier, question])
            self.conversations.record_turn(cid, conversation.to_dict(), question, answer.to_dict())
        return answer, cid

    def _load(self, conversation_id: str) -> Conversation:
        state = self.conversations.state(conversation_id)
        return Conversation() if state is None else Conversation.from_dict(state)

    def history(self, conversation_id: str) -> list[dict[str, Any]] | None:
        turns = self.conversations.turns(check_conversation_id(conversation_id))
        if turns is None:
            return None
        return [{"question": t.question, "answer": t.answer, "asked_at": t.asked_at} for t in turns]

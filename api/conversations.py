"""Conversations kept in SQLite inside the store directory, so a restart keeps them.

Each conversation has the engine's state (``Conversation.to_dict()``, stored as JSON, opaque
here) and the list of turns (the question and the answer's JSON) for showing it again.
Each thread keeps its own connection (the threadpool's threads answer many requests),
so the store can be used from any thread without opening a file per call. The file is
in write-ahead-log mode: readers never wait for a writer, and a turn is recorded without
syncing the whole file (the log is synced at checkpoints); a crash keeps the file
consistent, and at worst the last turns before a power cut are lost.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from api.errors import UnprocessableError

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state TEXT
);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    asked_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, position)
);
"""


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    created_at: str
    updated_at: str
    turns: int


@dataclass(frozen=True)
class Turn:
    question: str
    answer: dict[str, Any]
    asked_at: str


def new_conversation_id() -> str:
    return uuid.uuid4().hex


def check_conversation_id(conversation_id: str) -> str:
    """The id itself when it is safe to store and show; `UnprocessableError` otherwise."""
    if not _ID_PATTERN.match(conversation_id):
        raise UnprocessableError(
            "conversation_id must be 1-200 letters, digits or ':._-', starting with a letter "
            "or digit"
        )
    return conversation_id


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ConversationStore:
    """Conversations in one SQLite file (``<store>/conversations.sqlite3``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        # Writers take turns here rather than in SQLite, whose busy handler sleeps with
        # growing back-offs: forty threads recording turns at once made a tail of seconds.
        self._writer = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, in one transaction: committed on success, rolled back
        on error."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")
            self._local.db = db
            with self._guard:
                self._opened.append(db)
        with db:
            yield db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """`_connect` for a write: one writer of this process at a time."""
        with self._writer, self._connect() as db:
            yield db

    def close(self) -> None:
        """Close every thread's connection (a later call opens a new one)."""
        with self._guard:
            opened, self._opened = self._opened, []
            self._local = threading.local()
        for db in opened:
            db.close()

    def exists(self, conversation_id: str) -> bool:
        """Whether a conversation with this id was ever recorded (and not deleted)."""
        with self._connect() as db:
            row = db.execute(
                "SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        return row is not None

    def state(self, conversation_id: str) -> dict[str, Any] | None:
        """The engine's saved state of the conversation, or None when unknown or empty."""
        with self._connect() as db:
            row = db.execute(
                "SELECT state FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        state: dict[str, Any] = json.loads(row[0])
        return state

    def record_turn(
        self, conversation_id: str, state: dict[str, Any], question: str, answer: dict[str, Any]
    ) -> None:
        """Save the new engine state and append the turn, all or nothing."""
        now = _now()
        saved, said = json.dumps(state), json.dumps(answer)  # before taking the writer's turn
        with self._write() as db:
            db.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at, state) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "updated_at = excluded.updated_at, state = excluded.state",
                (conversation_id, question[:80], now, now, saved),
            )
            (position,) = db.execute(
                "SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?)",
                (conversation_id, position, question, said, now),
            )

    def turns(self, conversation_id: str) -> list[Turn] | None:
        """The turns of a conversation in order, or None when it is unknown."""
        with self._connect() as db:
            known = db.execute(
                "SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            rows = db.execute(
                "SELECT question, answer, asked_at FROM turns WHERE conversation_id = ? "
                "ORDER BY position",
                (conversation_id,),
            ).fetchall()
        if known is None:
            return None
        return [Turn(question=q, answer=json.loads(a), asked_at=t) for q, a, t in rows]

    def summaries(
        self, limit: int = 50, exclude_prefix: str | None = None
    ) -> list[ConversationSummary]:
        """The most recently updated conversations first, but those whose id starts with
        ``exclude_prefix``."""
        query = (
            "SELECT c.id, c.title, c.created_at, c.updated_at, "
            "(SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) "
            "FROM conversations c WHERE (? IS NULL OR substr(c.id, 1, length(?)) != ?) "
            "ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?"
        )
        with self._connect() as db:
            rows = db.execute(query, (exclude_prefix,) * 3 + (limit,)).fetchall()
        return [ConversationSummary(*row) for row in rows]

    def delete(self, conversation_id: str) -> bool:
        with self._write() as db:
            cursor = db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        return cursor.rowcount > 0

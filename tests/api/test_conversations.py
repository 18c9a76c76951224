"""The SQLite conversation store: real files, reopened like after a restart."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from api.conversations import ConversationStore, check_conversation_id
from api.errors import UnprocessableError


def test_a_turn_is_kept_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    ConversationStore(path).record_turn("abc", {"turns": [1]}, "How much?", {"answer": "Much."})

    reopened = ConversationStore(path)

    assert reopened.state("abc") == {"turns": [1]}
    turns = reopened.turns("abc")
    assert turns is not None
    assert [(t.question, t.answer) for t in turns] == [("How much?", {"answer": "Much."})]


def test_turns_append_in_order_and_state_is_replaced(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    store.record_turn("c1", {"n": 1}, "first", {"answer": "1"})
    store.record_turn("c1", {"n": 2}, "second", {"answer": "2"})

    turns = store.turns("c1")

    assert turns is not None
    assert [t.question for t in turns] == ["first", "second"]
    assert store.state("c1") == {"n": 2}
    [summary] = store.summaries()
    assert (summary.id, summary.title, summary.turns) == ("c1", "first", 2)


def test_unknown_conversation_has_no_state_or_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    assert store.state("nope") is None
    assert store.turns("nope") is None
    assert store.delete("nope") is False


def test_summaries_can_leave_out_a_prefix_and_delete_removes_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    store.record_turn("web1", {}, "web question", {})
    store.record_turn("openai:xyz", {}, "api question", {})

    assert {s.id for s in store.summaries()} == {"web1", "openai:xyz"}
    assert [s.id for s in store.summaries(exclude_prefix="openai:")] == ["web1"]
    assert store.delete("web1") is True
    assert store.turns("web1") is None


def test_concurrent_writers_lose_no_turn(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")

    def write(worker: int) -> None:
        for i in range(10):
            store.record_turn(f"w{worker}", {"i": i}, f"q{i}", {"answer": str(i)})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    for worker in range(4):
        turns = store.turns(f"w{worker}")
        assert turns is not None
        assert [t.question for t in turns] == [f"q{i}" for i in range(10)]


@pytest.mark.parametrize("good", ["abc", "slack:C123:1712345.678", "openai:" + "f" * 40])
def test_safe_conversation_ids_are_accepted(good: str) -> None:
    assert check_conversation_id(good) == good


@pytest.mark.parametrize("bad", ["", "../etc/passwd", "a b", "x" * 201, "<script>", ":lead"])
def test_unsafe_conversation_ids_are_refused(bad: str) -> None:
    with pytest.raises(UnprocessableError):
        check_conversation_id(bad)

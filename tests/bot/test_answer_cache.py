"""Answers kept for repeated questions: the same answer while the store is unchanged,
a new one after any write, and never across different conversations' contexts."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.answer_cache import AnswerCache, cache_key
from bot.conversation import Conversation
from bot.engine import Engine
from bot.records import Answer, QueryPlan
from bot.settings import BotSettings
from tests.bot import tables
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


def _store(where: Path, exports_march: float) -> Store:
    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    _put(store, exports_march)
    return store


def _put(store: Store, exports_march: float) -> None:
    built = tables.headline()
    frame = built.frame.copy()
    march = (frame["period"] == "2025-03") & (frame["measure"] == "exports")
    frame.loc[march, "value"] = exports_march
    store.put_source(tables.table_record(built), [], [(built.card, frame)])


def test_a_repeated_question_gets_the_kept_answer_until_the_store_changes(tmp_path: Path) -> None:
    store = _store(tmp_path / "s", 455.5)
    try:
        engine = Engine(store, strict=True)
        question = "What were exports in March 2025?"
        first = engine.answer(question)
        assert "455.5" in first.text
        assert engine.answer(question) is first  # kept, not computed again
        assert engine.cache.hits == 1
        _put(store, 460.1)  # a new upload of the table: every kept answer is stale
        again = engine.answer(question)
        assert again is not first
        assert "460.1" in again.text
        assert "455.5" not in again.text
    finally:
        store.close()


def test_a_write_by_another_process_makes_kept_answers_stale(tmp_path: Path) -> None:
    store = _store(tmp_path / "s", 455.5)
    other = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    try:
        engine = Engine(store, strict=True)
        question = "What were exports in March 2025?"
        assert "455.5" in engine.answer(question).text
        _put(other, 470.2)  # another process's handle on the same store
        assert "470.2" in engine.answer(question).text
    finally:
        other.close()
        store.close()


def test_a_follow_up_is_kept_apart_from_the_same_words_asked_first(tmp_path: Path) -> None:
    store = _store(tmp_path / "s", 455.5)
    try:
        engine = Engine(store, strict=True)
        alone = engine.answer("And imports?")
        conversation = Conversation()
        engine.answer("What were exports in March 2025?", conversation)
        followed = engine.answer("And imports?", conversation)
        assert followed is not alone
        assert "500.9" in followed.text  # imports in March 2025, from the previous plan
        assert conversation.turns[-1].question == "And imports?"  # the turn is recorded
        cached = Conversation()
        engine.answer("What were exports in March 2025?", cached)
        assert engine.answer("And imports?", cached) is followed
        assert [t.question for t in cached.turns] == [t.question for t in conversation.turns]
    finally:
        store.close()


def test_nothing_is_kept_when_a_model_writes_the_answers(tmp_path: Path) -> None:
    store = _store(tmp_path / "s", 455.5)
    try:
        model = FakeListChatModel(responses=["not a plan"] * 4)
        engine = Engine(store, BotSettings(llm_model="fake"), llm=model)
        assert engine.cache.size == 0
        engine.answer("What were exports in March 2025?")
        assert len(engine.cache) == 0
    finally:
        store.close()


def test_a_cache_of_size_zero_keeps_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path / "s", 455.5)
    try:
        engine = Engine(store, BotSettings(answer_cache=0), strict=True)
        question = "What were exports in March 2025?"
        assert engine.answer(question) is not engine.answer(question)
    finally:
        store.close()


def test_the_cache_is_bounded_and_drops_the_least_recently_used() -> None:
    from datetime import date

    cache = AnswerCache(2)
    day = date(2026, 12, 6)
    keys = [cache_key(1, day, q, None) for q in ("a", "b", "c")]
    answers = [Answer(text=q) for q in ("a", "b", "c")]
    cache.put(keys[0], answers[0])
    cache.put(keys[1], answers[1])
    assert cache.get(keys[0]) is answers[0]  # now the most recent
    cache.put(keys[2], answers[2])
    assert cache.get(keys[1]) is None
    assert cache.get(keys[0]) is answers[0]
    cache.put(cache_key(2, day, "a", None), answers[0])  # a new generation
    assert len(cache) == 1
    plan = QueryPlan(question="a", intent="lookup")
    assert cache_key(1, day, "a", plan) != keys[0]
    assert cache_key(1, date(2026, 12, 7), "a", None) != keys[0]


def test_answers_computed_one_at_a_time_are_those_computed_alone(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = _store(tmp_path / "s", 455.5)
    try:
        questions = [
            "What were exports in March 2025?",
            "What were imports in February 2025?",
            "What was the trade balance in March 2025?",
            "How did exports trend in 2024?",
        ] * 3
        alone = Engine(store, BotSettings(answer_cache=0), strict=True)
        expected = [alone.answer(q).text for q in questions]
        queued = Engine(store, BotSettings(answer_cache=0, parallel_answers=1), strict=True)
        with ThreadPoolExecutor(max_workers=6) as pool:
            got = list(pool.map(lambda q: queued.answer(q).text, questions))
        assert got == expected
    finally:
        store.close()


def test_a_question_asked_by_many_at_once_is_computed_once(tmp_path: Path) -> None:
    import threading

    store = _store(tmp_path / "s", 455.5)
    try:
        engine = Engine(store, strict=True)
        start = threading.Barrier(8)
        answers: list[Answer] = []

        def ask() -> None:
            start.wait()
            answers.append(engine.answer("What were exports in March 2025?"))

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(answers) == 8
        assert all(a is answers[0] for a in answers)  # one answer, handed to all
        assert engine.cache.misses == 1
        assert engine.cache.hits == 7
    finally:
        store.close()

"""A store holding the test-made tables and article, shared by the engine tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.records import Answer, QueryPlan
from bot.settings import BotSettings
from tests.bot import tables
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


@pytest.fixture(scope="session")
def made_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A real store (Chroma on disk, hashing embedder) with every test-made table."""
    path: Path = tmp_path_factory.mktemp("made-store")
    store = open_store(StoreSettings(store=path), embedder=HashingEmbedder())
    for built in (tables.headline(), tables.rates(), tables.wide(), tables.annual(), tables.nodx()):
        store.put_source(tables.table_record(built), [], [(built.card, built.frame)])
    record, passages = tables.article()
    store.put_source(record, passages, [])
    yield store
    store.close()


def fixed_planner(plan: QueryPlan):  # type: ignore[no-untyped-def]
    def planner(question: str, previous: QueryPlan | None) -> QueryPlan:
        return plan

    return planner


@pytest.fixture
def ask(made_store: Store):  # type: ignore[no-untyped-def]
    """Answer a hand-made plan against the test-made store, strictly (evidence errors raise)."""

    def run(plan: QueryPlan, **settings: Any) -> Answer:
        engine = Engine(
            made_store,
            BotSettings(**settings),
            planner=fixed_planner(plan),
            strict=True,
        )
        return engine.answer(plan.question)

    return run

"""Helpers for the tests that ask questions over releases written into a folder: build the
store from the folder, ask a conversation in strict mode."""

from __future__ import annotations

from pathlib import Path

from bot.conversation import Conversation
from bot.engine import Answer, Engine
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


def ingested(root: Path, folder: Path) -> Store:
    """A store at ``root/store`` holding every table of ``folder`` (fails on any error)."""
    store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    report = ingest_paths([folder], store, IngestSettings())
    assert not report.failed
    return store


def ask(store: Store, *questions: str) -> Answer:
    """The answer to the last of ``questions`` asked in turn, coverage guard strict."""
    engine, conversation = Engine(store, strict=True), Conversation()
    answer = None
    for question in questions:
        answer = engine.answer(question, conversation)
    assert answer is not None
    return answer

"""Retrieval quality with the bundled embedding model (slow: loads the model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import Engine, check_evidence
from ingest import IngestSettings, ingest_paths
from tests.bot import samples_data as data
from vectorstore import Store, StoreSettings, open_store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    where: Path = tmp_path_factory.mktemp("model-store")
    store: Store = open_store(StoreSettings(store=where))
    articles = data.SAMPLES / "articles"
    assert not ingest_paths([articles, data.TABLES], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What does the article say about energy costs?", ("energy",)),
        ("Why are exports to Southeast Asia booming?", ("Southeast Asian", "Singapore")),
        ("What is driving demand for electronic components?", ("electronic", "driving")),
        ("What risks could slow the growth?", ("risk", "energy", "disruptions")),
    ],
)
def test_text_questions_quote_the_relevant_sentences(
    engine: Engine, question: str, words: tuple[str, ...]
) -> None:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    assert answer.citations, answer.text
    article = data.article_text()
    assert all(cite.quote in article for cite in answer.citations)
    assert any(w.lower() in answer.citations[0].quote.lower() for w in words), answer.text


def test_a_figure_answer_quotes_the_article_on_the_same_market(engine: Engine) -> None:
    answer = engine.answer("Is the 125% figure in this article right?")
    assert answer.citations
    assert "125%" in answer.citations[0].quote
    assert "same article" in answer.text

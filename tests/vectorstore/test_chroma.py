"""Our guarantees about Chroma: telemetry off, never its default embedding function."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.vectorstore.factories import article
from vectorstore import HashingEmbedder, Store, StoreError, StoreSettings, open_store
from vectorstore.chroma import (
    TradebotEmbeddingFunction,
    UnboundEmbedder,
    chroma_settings,
    clean_metadata,
    collection_name,
)


def test_telemetry_is_off() -> None:
    assert chroma_settings().anonymized_telemetry is False


def test_collections_use_our_embedding_function(store: Store) -> None:
    for collection in (store.collections.passages, store.collections.tables):
        function = collection._embedding_function
        assert isinstance(function, TradebotEmbeddingFunction)
        assert function.embedder is store.embedder


def test_collection_names_follow_the_embedder(store_dir: Path) -> None:
    small = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder(64))
    large = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder(128))

    small.put_source(*article("a.txt", ["Exports rose."]), [])

    assert small.collections.passages.name.startswith("passages-hashing-64-64-")
    assert large.collections.passages.name.startswith("passages-hashing-128-128-")
    assert large.collections.passages.count() == 0
    small.close()
    large.close()


def test_collection_names_are_valid_for_any_embedder_name() -> None:
    class Odd(HashingEmbedder):
        @property
        def name(self) -> str:
            return "sentence-transformers/all MiniLM (v2)!"

    assert collection_name("tables", Odd(16)) == "tables-sentence-transformers-all-MiniLM-v2-16"
    assert collection_name("tables", Odd(16), "ab12") == (
        "tables-sentence-transformers-all-MiniLM-v2-16-ab12"
    )


def test_two_stores_on_one_client_never_share_collections(tmp_path: Path) -> None:
    first = open_store(StoreSettings(store=tmp_path / "one"), embedder=HashingEmbedder())
    second = open_store(StoreSettings(store=tmp_path / "two"), embedder=HashingEmbedder())

    assert first.collections.passages.name != second.collections.passages.name
    first.close()
    second.close()


def test_a_rebuilt_function_refuses_to_embed() -> None:
    rebuilt = TradebotEmbeddingFunction.build_from_config({"embedder": "x", "dimension": 3})

    assert isinstance(rebuilt.embedder, UnboundEmbedder)
    with pytest.raises(StoreError, match=r"open it with vectorstore\.open_store"):
        rebuilt.embedder.embed(["text"])


def test_metadata_drops_none_and_containers() -> None:
    assert clean_metadata({"a": None, "b": 1, "c": "x", "d": [1], "e": 1.5, "f": True}) == {
        "b": 1,
        "c": "x",
        "e": 1.5,
        "f": True,
    }


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    settings = StoreSettings(store=tmp_path / "s", chroma_url="http://127.0.0.1:9")

    with pytest.raises(
        StoreError, match=r"Cannot reach the Chroma server at http://127\.0\.0\.1:9"
    ):
        open_store(settings, embedder=HashingEmbedder())


def test_a_malformed_server_url_is_a_clear_error(tmp_path: Path) -> None:
    settings = StoreSettings(store=tmp_path / "s", chroma_url="http://127.0.0.1:notaport")

    with pytest.raises(StoreError, match="Not a Chroma server URL"):
        open_store(settings, embedder=HashingEmbedder())


def test_a_damaged_chroma_database_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "s" / "chroma").mkdir(parents=True)
    (tmp_path / "s" / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database")

    with pytest.raises(StoreError, match="Cannot open the Chroma database"):
        open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())


def test_a_damaged_manifest_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "manifest.sqlite").write_bytes(b"this is not a database either")

    with pytest.raises(StoreError, match="Cannot open the store manifest"):
        open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())

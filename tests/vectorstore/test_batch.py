"""Batches of sources, and vectors reused for texts that did not change."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from tests.vectorstore.factories import article, table, table_source
from vectorstore import HashingEmbedder, StoreError, StoreSettings, open_store


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting its calls and the texts it embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[int] = []

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls.append(len(texts))
        return super().embed(texts)


def test_put_sources_embeds_a_batch_in_one_call(tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=embedder)
    tables = [table("t1")]
    items = [
        (*article("a.txt", ["Exports rose.", "Imports fell."]), []),
        (*article("b.txt", ["Re-exports grew."]), []),
        (table_source("t.csv", tables), [], tables),
    ]

    results = store.put_sources(items)

    assert [r.path for r in results if not isinstance(r, StoreError)] == ["a.txt", "b.txt", "t.csv"]
    assert embedder.calls == [4]
    assert [h.id for h in store.search("re-exports grew", k=1)] == ["src-b.txt-p0"]
    store.close()


def test_put_sources_reports_each_failure_and_keeps_the_rest(tmp_path: Path) -> None:
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    card, frame = table("bad")
    frame["notes"] = pd.Series([object()] * len(frame), dtype=object)
    items = [
        (*article("a.txt", ["Exports rose."]), []),
        (table_source("bad.csv", [(card, frame)]), [], [(card, frame)]),
        (*article("c.txt", ["Imports fell."]), []),
    ]

    results = store.put_sources(items)

    assert isinstance(results[1], StoreError)
    assert "Cannot save the table 'bad'" in str(results[1])
    assert [s.path for s in store.sources()] == ["a.txt", "c.txt"]
    assert list((store.directory / "tables").iterdir()) == []
    store.close()


def test_replacing_a_source_reuses_vectors_of_unchanged_texts(tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=embedder)
    record, passages = article("a.txt", ["Exports rose.", "Imports fell.", "Ships sailed."])
    store.put_source(record, passages, [table("t1")])
    embedder.calls.clear()
    record2, edited = article("a.txt", ["Exports rose.", "Imports climbed.", "Ships sailed."])

    store.put_source(record2, edited, [table("t1")])

    assert embedder.calls == [1]  # only the changed passage
    assert [h.id for h in store.search("imports climbed", k=1)] == [edited[1].id]
    store.close()


def test_the_same_path_twice_in_a_batch_keeps_the_last(tmp_path: Path) -> None:
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())

    store.put_sources(
        [
            (*article("a.txt", ["First version."]), []),
            (*article("a.txt", ["Second version.", "More."]), []),
        ]
    )

    assert [p.text for p in store.passages()] == ["Second version.", "More."]
    assert store.collections.passages.count() == 2
    store.close()


def test_malformed_items_fail_alone(tmp_path: Path) -> None:
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    record, passages = article("a.txt", ["Exports rose."])
    items: list[object] = [(record, passages, []), ("not", "a triple"), (None, [], []), 42]

    results = store.put_sources(items)  # type: ignore[arg-type]

    assert not isinstance(results[0], StoreError)
    assert all(isinstance(r, StoreError) for r in results[1:])
    assert "must be (record, passages, tables)" in str(results[1])
    assert "must be a SourceRecord" in str(results[2])
    assert [s.path for s in store.sources()] == ["a.txt"]
    store.close()

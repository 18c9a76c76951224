"""A put that fails anywhere leaves the store exactly as it was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from tests.vectorstore.factories import article, table, table_source
from vectorstore import HashingEmbedder, Store, StoreError, StoreSettings, open_store


@dataclass(frozen=True)
class Snapshot:
    sources: list[object]
    passages: list[object]
    cards: list[object]
    files: list[str]
    chroma_passages: list[str]
    chroma_tables: list[str]
    hits: list[str]
    frame: pd.DataFrame


def snapshot(store: Store) -> Snapshot:
    def ids(collection: object) -> list[str]:
        return sorted(collection.get(include=[])["ids"])  # type: ignore[attr-defined]

    return Snapshot(
        sources=list(store.sources()),
        passages=list(store.passages()),
        cards=list(store.cards()),
        files=sorted(p.name for p in (store.directory / "tables").iterdir()),
        chroma_passages=ids(store.collections.passages),
        chroma_tables=ids(store.collections.tables),
        hits=[h.id for h in store.search("exports Singapore ships", k=20)],
        frame=store.frame("t1"),
    )


def assert_unchanged(store: Store, before: Snapshot) -> None:
    after = snapshot(store)
    pd.testing.assert_frame_equal(after.frame, before.frame)
    assert dataclass_fields(after) == dataclass_fields(before)


def dataclass_fields(s: Snapshot) -> tuple[object, ...]:
    return (s.sources, s.passages, s.cards, s.files, s.chroma_passages, s.chroma_tables, s.hits)


@pytest.fixture
def filled(store: Store) -> Store:
    record, passages = article("a.txt", ["Exports to Singapore rose 5%.", "Ships were busy."])
    store.put_source(record, passages, [table("t1")])
    store.put_source(*article("b.txt", ["Imports fell."]), [])
    return store


def test_a_frame_that_cannot_be_saved_leaves_the_store_unchanged(filled: Store) -> None:
    before = snapshot(filled)
    record, passages = article("a.txt", ["Entirely new text."])
    card, frame = table("t2")
    unsaveable: list[object] = [{"a": 1}, object(), "x", 1]
    frame["notes"] = pd.Series(unsaveable[: len(frame)], dtype=object)

    with pytest.raises(StoreError, match="Cannot save the table 't2'"):
        filled.put_source(record, passages, [table("t1"), (card, frame)])

    assert_unchanged(filled, before)
    assert not [p for p in (filled.directory / "tables").iterdir() if p.name.startswith(".")]


def test_a_failure_after_chroma_changed_is_rolled_back(filled: Store) -> None:
    before = snapshot(filled)
    # A directory where the new frame must go: staging works, moving it into place fails,
    # after the manifest and Chroma were already changed inside the transaction.
    (filled.directory / "tables" / "blocked.parquet").mkdir()
    before_files = sorted(p.name for p in (filled.directory / "tables").iterdir())
    record, passages = article("a.txt", ["Entirely new text about aircraft."])

    with pytest.raises(StoreError, match="nothing was changed"):
        filled.put_source(record, passages, [table("t1", partners=("Korea",)), table("blocked")])

    (filled.directory / "tables" / "blocked.parquet").rmdir()
    assert sorted(p.name for p in (filled.directory / "tables").iterdir()) == [
        n for n in before_files if n != "blocked.parquet"
    ]
    assert_unchanged(filled, before)


class FailingEmbedder(HashingEmbedder):
    """Embeds like the hashing embedder, but fails on a marked text (like a model crash)."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if any("POISON" in t for t in texts):
            raise RuntimeError("the model crashed")
        return super().embed(texts)


class NanEmbedder(HashingEmbedder):
    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[float("nan")] * self.dimension for _ in texts]


def test_an_embedding_failure_leaves_the_store_unchanged(store_dir: Path) -> None:
    store = open_store(StoreSettings(store=store_dir), embedder=FailingEmbedder())
    record, passages = article("a.txt", ["Exports to Singapore rose 5%."])
    store.put_source(record, passages, [table("t1")])
    before = snapshot(store)
    record2, poisoned = article("a.txt", ["POISON pill"])

    with pytest.raises(StoreError, match="crashed"):
        store.put_source(record2, poisoned, [table("t9")])

    assert_unchanged(store, before)
    store.close()


def test_non_finite_vectors_are_refused(store_dir: Path) -> None:
    store = open_store(StoreSettings(store=store_dir), embedder=NanEmbedder())

    with pytest.raises(StoreError, match="not finite"):
        store.put_source(*article("a.txt", ["Exports rose."]), [])

    assert store.sources() == []
    assert store.collections.passages.count() == 0
    store.close()


def test_a_table_without_a_frame_is_refused(filled: Store) -> None:
    before = snapshot(filled)
    card, _ = table("t5")

    with pytest.raises(StoreError, match="without a data frame"):
        filled.put_source(table_source("t.csv", []), [], [(card, None)])  # type: ignore[list-item]

    assert_unchanged(filled, before)


def test_remove_then_put_again_restores_search(filled: Store) -> None:
    record = filled.source("a.txt")
    assert record is not None
    passages = filled.passages("a.txt")

    filled.remove_source("a.txt")
    filled.put_source(record, passages, [table("t1")])

    assert next(h.id for h in filled.search("Singapore", kind="passage")) == passages[0].id


@pytest.mark.parametrize(
    ("record", "passages", "tables", "message"),
    [
        ("a.txt", [], [], "must be a SourceRecord"),
        (None, [], [], "must be a SourceRecord"),
        ("RECORD", [{"text": "x"}], [], "must be Passage records"),
        ("RECORD", [], [("card", "frame")], r"must be \(TableCard, DataFrame\) pairs"),
        ("RECORD", [], ["just a card"], r"must be \(TableCard, DataFrame\) pairs"),
    ],
)
def test_wrong_types_are_refused_plainly(
    filled: Store, record: object, passages: list[object], tables: list[object], message: str
) -> None:
    before = snapshot(filled)
    real, _ = article("x.txt", [])

    with pytest.raises(StoreError, match=message):
        filled.put_source(real if record == "RECORD" else record, passages, tables)  # type: ignore[arg-type]

    assert_unchanged(filled, before)

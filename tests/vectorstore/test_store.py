"""Putting, replacing, reading and removing sources."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

from tests.vectorstore.factories import article, table, table_source
from vectorstore import (
    HashingEmbedder,
    NotInStoreError,
    Store,
    StoreError,
    StoreSettings,
    open_store,
)


def test_put_source_round_trips_passages(store: Store) -> None:
    record, passages = article("a.txt", ["Exports rose 5%.", "Imports fell 2%."])

    stored = store.put_source(record, passages, [])

    assert stored.passages == 2
    assert store.source("a.txt") == stored
    assert store.source(record.id) == stored
    assert store.sources() == [stored]
    assert store.passages() == passages
    assert store.passages("a.txt") == passages
    assert store.passage(passages[1].id) == passages[1]


def test_put_source_round_trips_cards_and_frames(store: Store) -> None:
    tables = [table("t1"), table("t2", partners=("China",))]
    record = table_source("t.csv", tables)

    stored = store.put_source(record, [], tables)

    assert stored.tables == ("t1", "t2")
    assert store.cards() == [tables[0][0], tables[1][0]]
    assert store.card("t2") == tables[1][0]
    pd.testing.assert_frame_equal(store.frame("t1"), tables[0][1])
    assert (store.directory / "tables" / "t1.parquet").is_file()


def test_frame_is_a_copy_callers_may_change(store: Store) -> None:
    card, frame = table("t1")
    store.put_source(table_source("t.csv", [(card, frame)]), [], [(card, frame)])

    mine = store.frame("t1")
    mine.loc[0, "value"] = -1.0

    assert store.frame("t1")["value"].tolist() == frame["value"].tolist()


def test_replacing_a_source_drops_its_old_content(store: Store) -> None:
    record, old = article("a.txt", ["Old text about ships.", "More old text."])
    store.put_source(record, old, [table("old-table")])
    record2, new = article("a.txt", ["New text about aircraft."])

    store.put_source(record2, new, [table("new-table")])

    assert store.passages() == new
    assert [c.id for c in store.cards()] == ["new-table"]
    assert not (store.directory / "tables" / "old-table.parquet").exists()
    assert store.collections.passages.count() == 1
    assert store.collections.tables.count() == 1
    assert [h.id for h in store.search("ships")] != [old[0].id]
    with pytest.raises(StoreError, match="old-table"):
        store.frame("old-table")


def test_replacing_keeps_a_table_id_that_stays(store: Store) -> None:
    card, frame = table("t1")
    store.put_source(table_source("t.csv", [(card, frame)]), [], [(card, frame)])
    card2, frame2 = table("t1", partners=("Korea",))

    store.put_source(table_source("t.csv", [(card2, frame2)]), [], [(card2, frame2)])

    assert store.card("t1") == card2
    pd.testing.assert_frame_equal(store.frame("t1"), frame2)


def test_remove_source_by_path_or_id(store: Store) -> None:
    record, passages = article("a.txt", ["Exports rose."])
    store.put_source(record, passages, [table("t1")])
    other, others = article("b.txt", ["Imports fell."])
    store.put_source(other, others, [])

    removed = store.remove_source("a.txt")
    store.remove_source(other.id)

    assert removed.path == "a.txt"
    assert store.sources() == []
    assert store.passages() == []
    assert store.cards() == []
    assert store.collections.passages.count() == 0
    assert store.collections.tables.count() == 0
    assert list((store.directory / "tables").glob("*")) == []
    assert store.search("exports") == []


def test_unknown_things_raise_not_in_store_errors(store: Store) -> None:
    with pytest.raises(NotInStoreError, match=r"No source 'nope\.txt'"):
        store.remove_source("nope.txt")
    with pytest.raises(NotInStoreError, match="No table 'nope'"):
        store.card("nope")
    with pytest.raises(NotInStoreError, match="No table 'nope'"):
        store.frame("nope")
    with pytest.raises(NotInStoreError, match="No passage 'nope'"):
        store.passage("nope")
    assert issubclass(NotInStoreError, StoreError)
    assert store.source("nope.txt") is None


def test_a_passage_id_cannot_belong_to_two_sources(store: Store) -> None:
    record, passages = article("a.txt", ["Exports rose."], source_id="same")
    store.put_source(record, passages, [])
    other, _ = article("b.txt", [], source_id="other")

    with pytest.raises(StoreError, match="already belongs to another source"):
        store.put_source(other, passages, [])
    assert store.sources() == [store.source("a.txt")]


def test_a_source_id_cannot_name_two_paths(store: Store) -> None:
    record, passages = article("a.txt", ["Exports rose."], source_id="same")
    store.put_source(record, passages, [])
    other, _ = article("b.txt", [], source_id="same")

    with pytest.raises(StoreError, match="already holds source id 'same'"):
        store.put_source(other, [], [])


def test_duplicate_ids_in_one_put_are_refused(store: Store) -> None:
    record, passages = article("a.txt", ["One.", "Two."])

    with pytest.raises(StoreError, match="appears twice"):
        store.put_source(record, [passages[0], passages[0]], [])
    with pytest.raises(StoreError, match="appears twice"):
        store.put_source(record, [], [table("t1"), table("t1")])
    assert store.sources() == []


def test_table_ids_that_are_not_file_names_are_stored(store: Store) -> None:
    card, frame = table("hk/trade: by partner?")
    store.put_source(table_source("t.csv", [(card, frame)]), [], [(card, frame)])

    pd.testing.assert_frame_equal(store.frame(card.id), frame)
    assert all(p.parent.name == "tables" for p in (store.directory / "tables").iterdir())


def test_a_second_store_on_the_same_dir_sees_changes(store: Store, store_dir: Path) -> None:
    other = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder())
    assert other.sources() == []
    store.put_source(*article("a.txt", ["Exports to Singapore rose."]), [])

    assert [h.id for h in other.search("Singapore")] == ["src-a.txt-p0"]
    store.remove_source("a.txt")
    assert other.search("Singapore") == []
    other.close()


def test_unwritable_store_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")

    with pytest.raises(StoreError, match="not writable"):
        open_store(StoreSettings(store=blocker / "store"), embedder=HashingEmbedder())


def test_close_releases_the_store_so_its_directory_can_be_replaced(store_dir: Path) -> None:
    import shutil

    first = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder())
    first.put_source(*article("a.txt", ["Exports rose."]), [])
    first.close()
    first.close()
    shutil.rmtree(store_dir)

    second = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder())
    assert second.sources() == []
    second.put_source(*article("b.txt", ["Imports fell."]), [])
    assert [h.id for h in second.search("imports")] == ["src-b.txt-p0"]
    second.close()


def test_a_relative_store_dir_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = open_store(StoreSettings(store=Path("rel")), embedder=HashingEmbedder())

    assert store.directory == tmp_path.resolve() / "rel"
    store.close()


def test_a_closed_store_answers_with_store_errors(store_dir: Path) -> None:
    store = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder())
    store.close()

    with pytest.raises(StoreError, match="manifest"):
        store.sources()
    with pytest.raises(StoreError, match="manifest"):
        store.search("exports")


def test_frames_stay_unchanged_whatever_callers_do(store: Store) -> None:
    card, frame = table("t1")
    store.put_source(table_source("t.csv", [(card, frame)]), [], [(card, frame)])

    mine = store.frame("t1")
    mine["value"] = mine["value"] * 1000
    del mine["partner"]
    mine.iloc[0, 0] = "changed"

    pd.testing.assert_frame_equal(store.frame("t1"), frame)


def test_the_frame_cache_is_bounded(store: Store) -> None:
    from vectorstore.store import FRAME_CACHE

    tables = [table(f"t{n}") for n in range(FRAME_CACHE + 5)]
    store.put_source(table_source("t.csv", tables), [], tables)

    for card, frame in tables:
        pd.testing.assert_frame_equal(store.frame(card.id), frame)
    pd.testing.assert_frame_equal(store.frame("t0"), tables[0][1])


def test_warm_builds_the_index_ahead_of_the_first_search(store: Store) -> None:
    store.put_source(*article("a.txt", ["Exports rose."]), [])

    store.warm()

    assert [h.id for h in store.search("exports")] == ["src-a.txt-p0"]


def test_the_generation_goes_up_with_every_write_in_any_process(
    store: Store, tmp_path: Path
) -> None:
    before = store.generation()
    record, passages = article("a.txt", ["Exports rose 5%."])
    store.put_source(record, passages, [])
    after_put = store.generation()
    assert after_put > before
    assert store.generation() == after_put  # reading changes nothing
    other = open_store(StoreSettings(store=store.directory), embedder=HashingEmbedder())
    try:
        other.remove_source("a.txt")
    finally:
        other.close()
    assert store.generation() > after_put


class _CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return super().embed(texts)


def test_a_repeated_query_is_embedded_once(tmp_path: Path) -> None:
    embedder = _CountingEmbedder()
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=embedder)
    try:
        record, passages = article("a.txt", ["Exports rose 5%.", "Imports fell 2%."])
        store.put_source(record, passages, [])
        embedder.texts.clear()
        first = store.search("exports growth", k=2)
        again = store.search("exports growth", k=2)
        assert [h.id for h in first] == [h.id for h in again]
        assert embedder.texts.count("exports growth") == 1
        store.search("imports", k=2)
        assert embedder.texts.count("imports") == 1
    finally:
        store.close()


def test_a_large_catalog_is_moved_out_of_the_collectors_reach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    import vectorstore.store as store_module

    monkeypatch.setattr(store_module, "FREEZE_ENTRIES", 2)  # "large" for this test
    gc.unfreeze()
    store = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    try:
        record, passages = article("a.txt", ["Exports rose 5%.", "Imports fell 2%."])
        store.put_source(record, passages, [])
        assert gc.get_freeze_count() == 0
        assert [h.id for h in store.search("exports", k=1)]  # builds the catalog
        assert gc.get_freeze_count() > 0
        assert store.passages() == passages  # frozen objects still read as before
    finally:
        gc.unfreeze()
        store.close()

"""One write of a source: checks, embeddings, staged frames, Chroma changes, and their undo."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from vectorstore import chroma
from vectorstore.errors import StoreError
from vectorstore.frames import FrameWrite
from vectorstore.manifest import Manifest
from vectorstore.records import Passage, SourceRecord, TableCard
from vectorstore.vectors import VectorCache

log = logging.getLogger(__name__)


def check_new_source(
    manifest: Manifest, record: SourceRecord, passages: list[Passage], cards: list[TableCard]
) -> SourceRecord | None:
    """Refuse a put that would clash with other sources; return the source it replaces."""
    check_types(record, passages, cards)
    if not record.id or not record.path:
        raise StoreError("A source needs an id and a path.")
    old = manifest.source_at(record.path)
    same_id = manifest.source_with_id(record.id)
    if same_id is not None and same_id.path != record.path:
        raise StoreError(
            f"The store already holds source id {record.id!r} for {same_id.path}; "
            f"cannot also use it for {record.path}."
        )
    _check_unique("passage", [p.id for p in passages])
    _check_unique("table", [c.id for c in cards])
    keep = old.id if old is not None else None
    for passage_id, owner in manifest.passage_owners([p.id for p in passages]).items():
        if owner != keep:
            raise StoreError(
                f"Passage {passage_id!r} already belongs to another source "
                f"({_path(manifest, owner)})."
            )
    card_owners = manifest.card_owners()
    for card in cards:
        card_owner = card_owners.get(card.id)
        if card_owner is not None and card_owner != keep:
            raise StoreError(
                f"Table {card.id!r} already belongs to another source "
                f"({_path(manifest, card_owner)})."
            )
    return old


def check_types(record: object, passages: Sequence[object], cards: Sequence[object]) -> None:
    """Refuse anything but our records (a caller's bug, told plainly)."""
    if not isinstance(record, SourceRecord):
        raise StoreError(f"A source must be a SourceRecord, not {type(record).__name__}.")
    for passage in passages:
        if not isinstance(passage, Passage) or not isinstance(passage.text, str):
            raise StoreError(f"Passages must be Passage records with text, not {passage!r:.80}.")
    for card in cards:
        if not isinstance(card, TableCard):
            raise StoreError(f"Tables must be (TableCard, DataFrame) pairs, not {card!r:.80}.")


def checked_item(
    item: object,
) -> tuple[SourceRecord, list[Passage], list[tuple[TableCard, pd.DataFrame]]] | StoreError:
    """One `put_sources` item, checked: the triple, or the error that refuses it."""
    parts: Any = item
    try:
        record, passages, tables = parts
        triple = (record, list(passages), table_pairs(list(tables)))
        check_types(triple[0], triple[1], [card for card, _ in triple[2]])
    except StoreError as error:
        return error
    except (TypeError, ValueError):
        return StoreError(f"Each source must be (record, passages, tables), not {item!r:.80}.")
    return triple


def table_pairs(tables: list[Any]) -> list[tuple[TableCard, pd.DataFrame]]:
    """Tables as (card, frame) pairs, or a StoreError saying what came instead."""
    for item in tables:
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise StoreError(f"Tables must be (TableCard, DataFrame) pairs, not {item!r:.80}.")
    return [(card, frame) for card, frame in tables]


def _check_unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if not item:
            raise StoreError(f"Every {kind} needs a non-empty id.")
        if item in seen:
            raise StoreError(f"The {kind} id {item!r} appears twice in one source.")
        seen.add(item)


def _path(manifest: Manifest, source_id: str) -> str:
    record = manifest.source_with_id(source_id)
    return record.path if record else source_id


class SourceWrite:
    """Chroma and frame changes of one put or remove, undone by `rollback`.

    It reads the source's old Chroma records when made: they are what `rollback`
    restores, and their vectors can be reused for unchanged texts (`remember_old`).
    """

    def __init__(
        self,
        collections: chroma.Collections,
        tables_dir: Path,
        old_passages: list[str],
        old_cards: list[str],
    ) -> None:
        self._collections = collections
        self._frames = FrameWrite(tables_dir)
        self._new: dict[str, dict[str, list[Any]]] = {"passages": _batch(), "tables": _batch()}
        self._old: dict[str, dict[str, list[Any]]] = {
            "passages": chroma.fetch(collections.passages, old_passages),
            "tables": chroma.fetch(collections.tables, old_cards),
        }
        self._old_cards = old_cards
        self._touched = False

    def remember_old(self, cache: VectorCache) -> None:
        """Offer the old records' vectors for reuse."""
        for old in self._old.values():
            cache.remember(old["documents"], old["embeddings"])

    def prepare(
        self,
        cache: VectorCache,
        *,
        passages: list[tuple[Passage, dict[str, Any]]],
        cards: list[tuple[TableCard, pd.DataFrame, dict[str, Any]]],
    ) -> None:
        """Embed the new documents and stage the new frames; nothing is changed yet."""
        texts = [p.text for p, _ in passages]
        card_texts = [c.to_text() for c, _, _ in cards]
        cache.warm([*texts, *card_texts])
        self._new["passages"] = _documents(
            [p.id for p, _ in passages], texts, cache.vectors(texts), [m for _, m in passages]
        )
        self._new["tables"] = _documents(
            [c.id for c, _, _ in cards],
            card_texts,
            cache.vectors(card_texts),
            [m for _, _, m in cards],
        )
        try:
            for card, frame, _ in cards:
                if not isinstance(frame, pd.DataFrame):
                    raise StoreError(f"The table {card.id!r} came without a data frame.")
                self._frames.stage(card.id, frame)
        except BaseException:
            self._frames.rollback()
            raise

    def apply(self) -> None:
        """Replace the old documents and frames by the new ones."""
        self._touched = True
        for name, collection in self._named():
            chroma.delete(collection, self._old[name]["ids"])
            new = self._new[name]
            chroma.add(
                collection, new["ids"], new["documents"], new["embeddings"], new["metadatas"]
            )
        for table_id in self._old_cards:
            self._frames.remove(table_id)
        self._frames.place()

    def commit(self) -> None:
        self._frames.commit()

    def rollback(self) -> None:
        """Put Chroma and the frames back as they were (best effort, errors logged)."""
        self._frames.rollback()
        if not self._touched:
            return
        for name, collection in self._named():
            old = self._old[name]
            try:
                chroma.delete(collection, self._new[name]["ids"])
                chroma.delete(collection, old["ids"])
                chroma.add(
                    collection, old["ids"], old["documents"], old["embeddings"], old["metadatas"]
                )
            except Exception:
                log.exception("Could not restore the Chroma %s collection", name)

    def _named(self) -> list[tuple[str, Any]]:
        return [("passages", self._collections.passages), ("tables", self._collections.tables)]


def _batch() -> dict[str, list[Any]]:
    return {"ids": [], "documents": [], "embeddings": [], "metadatas": []}


def _documents(
    ids: list[str],
    texts: list[str],
    embeddings: list[list[float]],
    metadatas: list[dict[str, Any]],
) -> dict[str, list[Any]]:
    return {"ids": ids, "documents": texts, "embeddings": embeddings, "metadatas": metadatas}

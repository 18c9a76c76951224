"""The store: sources, passages, table cards and frames, with hybrid retrieval.

Layout of a store directory::

    chroma/            embedded Chroma (unless a Chroma server URL is set)
    tables/<id>.parquet  one tidy frame per table
    manifest.sqlite    sources, passages and cards (the source of truth for metadata)

`put_source` is all or nothing: frames are staged in temporary files, the manifest
is written in one transaction, and Chroma is updated inside it; any failure undoes
every step, leaving the store as it was. Writers take turns; readers (cards, frames,
search) wait only while a prepared write is applied, never while it is embedded or staged.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from vectorstore import chroma
from vectorstore.catalog import Catalog, Filter, Kind, card_metadata, passage_metadata
from vectorstore.chroma import ClientAPI
from vectorstore.embeddings import Embedder, SentenceTransformerEmbedder
from vectorstore.errors import BadFilterError, NotInStoreError, StoreError
from vectorstore.frames import read_frame, remove_orphans
from vectorstore.locks import ReadWriteLock
from vectorstore.manifest import Manifest
from vectorstore.records import Hit, Passage, SourceRecord, TableCard
from vectorstore.retrieval import embed_query, hybrid_search
from vectorstore.settings import StoreSettings
from vectorstore.vectors import QueryVectors, VectorCache
from vectorstore.writing import (
    SourceWrite,
    check_new_source,
    check_types,
    checked_item,
    table_pairs,
)

FRAME_CACHE = 64  # frames kept in memory, least recently used dropped first

SourceItem = tuple[SourceRecord, Sequence[Passage], Sequence[tuple[TableCard, pd.DataFrame]]]


def open_store(settings: StoreSettings, embedder: Embedder | None = None) -> Store:
    """Open (or create) the store that `settings` names.

    `embedder` None: the sentence-transformers model of `settings.embedding_model`
    (the bundled all-MiniLM-L6-v2 by default), loaded on first use.
    """
    # Absolute: embedded Chroma caches its clients by the path string.
    directory = Path(settings.store).expanduser().resolve()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "tables").mkdir(exist_ok=True)
        probe = directory / f".write-probe-{os.getpid()}-{threading.get_ident()}"
        probe.write_bytes(b"")
        probe.unlink()
        remove_orphans(directory / "tables")
    except OSError as error:
        raise StoreError(f"The store directory {directory} is not writable: {error}") from error
    if embedder is None:
        embedder = SentenceTransformerEmbedder(
            settings.embedding_model,
            batch_size=settings.embedding_batch_size,
            threads=settings.embedding_threads,
        )
    manifest = Manifest(directory / "manifest.sqlite")
    client: ClientAPI | None = None
    try:
        client = chroma.connect(directory, settings.chroma_url)
        collections = chroma.open_collections(client, embedder, manifest.store_id())
    except BaseException:
        manifest.close()
        if client is not None:
            chroma.disconnect(client)
        raise
    store = Store(directory, embedder, manifest, collections, client, settings.chroma_url)
    store.keep_query_vectors(settings.query_cache)
    return store


class Store:
    """One store directory (and its Chroma collections). Safe to share between threads."""

    def __init__(
        self,
        directory: Path,
        embedder: Embedder,
        manifest: Manifest,
        collections: chroma.Collections,
        client: ClientAPI | None = None,
        chroma_url: str | None = None,
    ) -> None:
        self.directory = directory
        self.embedder = embedder
        self._query_vectors = QueryVectors(embedder)
        self._manifest = manifest
        self._collections = collections
        self._client = client
        self._chroma_url = chroma_url
        # The manifest generation the Chroma view reflects: another process's writes are
        # only seen by an embedded client opened after them.
        self._chroma_generation = manifest.generation()
        self._lock = threading.RLock()  # the catalog, frame cache and generations
        self._write_lock = threading.RLock()  # one writer at a time; readers never wait on it
        self._chroma_lock = ReadWriteLock()  # searches share Chroma; a reconnect waits for them
        self._generation = -1
        self._catalog: Catalog | None = None
        self._frames: dict[str, pd.DataFrame] = {}

    @property
    def collections(self) -> chroma.Collections:
        """The Chroma collections (for diagnostics and tests)."""
        return self._collections

    def close(self) -> None:
        """Release the manifest and the Chroma client (a second call does nothing)."""
        with self._lock:
            self._catalog = None
            self._frames.clear()
            self._manifest.close()
            if self._client is not None:
                with self._chroma_lock.exclusive():
                    chroma.disconnect(self._client)
                    self._client = None

    def warm(self) -> None:
        """Load the embedding model and build the keyword index now (say, at server start)
        rather than on the first question."""
        embed_query(self.embedder, "warm up")
        self._current()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # sources -----------------------------------------------------------------

    def source(self, id_or_path: str | Path) -> SourceRecord | None:
        """The source ingested from a path (or with an id), None if there is none."""
        return self._manifest.source(str(id_or_path))

    def sources(self) -> list[SourceRecord]:
        return self._manifest.sources()

    def put_source(
        self,
        record: SourceRecord,
        passages: Sequence[Passage],
        tables: Sequence[tuple[TableCard, pd.DataFrame]],
    ) -> SourceRecord:
        """Store a source with its passages and tables, replacing what `record.path` held.

        All or nothing: on any error the store is left exactly as it was. Returns the
        stored record, with its passage count and table ids filled in.
        """
        with self._write_lock:
            self._synced()  # see other processes' writes before writing
            return self._put(record, list(passages), list(tables), VectorCache(self.embedder))

    def put_sources(self, items: Sequence[SourceItem]) -> list[SourceRecord | StoreError]:
        """Several `put_source` calls whose texts are embedded together (much faster).

        Each source is still all or nothing on its own: the result holds, in order,
        the stored record or the `StoreError` that left that source unchanged.
        """
        batch = [checked_item(item) for item in items]
        valid = [item for item in batch if not isinstance(item, StoreError)]
        with self._write_lock:
            self._synced()
            cache = VectorCache(self.embedder)
            for record, _, _ in valid:
                self._remember_old(record.path, cache)
            texts = [p.text for _, passages, _ in valid for p in passages]
            texts += [card.to_text() for _, _, tables in valid for card, _ in tables]
            try:
                cache.warm(texts)
            except StoreError as error:
                return [item if isinstance(item, StoreError) else error for item in batch]
            results: list[SourceRecord | StoreError] = []
            for item in batch:
                try:
                    if isinstance(item, StoreError):
                        raise item
                    results.append(self._put(*item, cache))
                except StoreError as error:
                    results.append(error)
            return results

    def _put(
        self,
        record: SourceRecord,
        passages: list[Passage],
        tables: list[tuple[TableCard, pd.DataFrame]],
        cache: VectorCache,
    ) -> SourceRecord:
        tables = table_pairs(tables)
        check_types(record, list(passages), [card for card, _ in tables])
        stored = dataclasses.replace(
            record, passages=len(passages), tables=tuple(card.id for card, _ in tables)
        )
        old = check_new_source(self._manifest, stored, passages, [c for c, _ in tables])
        with self._chroma_lock.shared():
            write = self._write_for(old)
            write.remember_old(cache)
        write.prepare(  # embeds and stages frames: answers go on meanwhile
            cache,
            passages=[(p, passage_metadata(p, stored.id)) for p in passages],
            cards=[(c, f, card_metadata(c, stored.id)) for c, f in tables],
        )
        self._apply(write, old, lambda w: w.put_source(stored, passages, [c for c, _ in tables]))
        return stored

    def _remember_old(self, path: str, cache: VectorCache) -> None:
        """Offer the vectors of what `path` holds now for reuse by its new version."""
        old = self._manifest.source_at(path)
        if old is not None:
            with self._chroma_lock.shared():
                self._write_for(old).remember_old(cache)

    def _write_for(self, old: SourceRecord | None) -> SourceWrite:
        old_passages = [p.id for p in self._manifest.passages(old.id)] if old else []
        old_cards = [c.id for c in self._manifest.cards(old.id)] if old else []
        return SourceWrite(self._collections, self.directory / "tables", old_passages, old_cards)

    def remove_source(self, id_or_path: str | Path) -> SourceRecord:
        """Remove a source (by id or path) with its passages, cards and frames."""
        with self._write_lock:
            self._synced()
            record = self._manifest.source(str(id_or_path))
            if record is None:
                raise NotInStoreError(f"No source {str(id_or_path)!r} in the store.")
            with self._chroma_lock.shared():
                write = self._write_for(record)
            self._apply(write, record, lambda w: None)
        return record

    def _apply(self, write: SourceWrite, old: SourceRecord | None, put: Any) -> None:
        """Run a prepared write against the manifest, Chroma and frames; undo all on failure.
        Answers wait only for this step (not for parsing or embedding)."""
        with self._lock, self._chroma_lock.exclusive():  # no search sees Chroma mid-write
            try:
                with self._manifest.writing() as manifest_write:
                    if old is not None:
                        manifest_write.remove_source(old.id)
                    put(manifest_write)
                    write.apply()
                if manifest_write.previous == self._chroma_generation:
                    self._chroma_generation = manifest_write.generation
            except (StoreError, KeyboardInterrupt, SystemExit):
                write.rollback()
                raise
            except Exception as error:  # Chroma, the file system, SQLite: undo, then explain
                write.rollback()
                raise StoreError(
                    f"Could not update the store; nothing was changed: {error}"
                ) from error
            finally:
                self._invalidate()
            write.commit()

    def keep_query_vectors(self, size: int) -> None:
        """Keep the vectors of the last `size` search queries (0: embed every query)."""
        self._query_vectors.size = size

    def generation(self) -> int:
        """The store's write counter: it goes up with every write, in this process or
        another, so what was worked out from the store before is stale once it changes.
        Read from the manifest without the store's lock (answers ask it on every question);
        the next read of the store catches up with it."""
        return self._manifest.generation()

    # tables ------------------------------------------------------------------

    def cards(self) -> list[TableCard]:
        """Every table card, by id."""
        return list(self._current().cards)

    def card(self, table_id: str) -> TableCard:
        entry = self._current().entries.get(("table", table_id))
        if entry is None or entry.card is None:
            raise NotInStoreError(f"No table {table_id!r} in the store.")
        return entry.card

    def frame(self, table_id: str) -> pd.DataFrame:
        """The tidy frame of a table (cached; callers get their own copy).

        The copy is shallow: pandas' copy-on-write keeps the cached frame unchanged
        whatever the caller does to it.
        """
        with self._lock:
            self._current()
            frame = self._frames.pop(table_id, None)
            if frame is None:
                self.card(table_id)
                frame = read_frame(self.directory / "tables", table_id)
            self._frames[table_id] = frame  # most recently used last
            while len(self._frames) > FRAME_CACHE:
                del self._frames[next(iter(self._frames))]
            return frame.copy(deep=False)

    # passages ----------------------------------------------------------------

    def passages(self, source: str | Path | None = None) -> list[Passage]:
        """All passages, or those of one source (by id, path or passage source name)."""
        if source is None:
            return self._manifest.passages()
        record = self._manifest.source(str(source))
        if record is not None:
            return self._manifest.passages(record.id)
        return [p for p in self._manifest.passages() if p.source == str(source)]

    def passage(self, passage_id: str) -> Passage:
        found = self._manifest.passage(passage_id)
        if found is None:
            raise NotInStoreError(f"No passage {passage_id!r} in the store.")
        return found

    # retrieval ---------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 8,
        *,
        kind: Kind | None = None,
        sources: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        table_ids: Sequence[str] | None = None,
    ) -> list[Hit]:
        """Passages and table cards for `query`: Chroma vectors and BM25, fused by RRF.

        Filters apply to both sides: `kind` ("passage" or "table"), `sources` (ids,
        paths, file names or passage source names), `date_from`/`date_to` (YYYY,
        YYYY-MM, YYYY-MM-DD or a canonical period; undated passages and cards are
        left out when a date filter is given), `table_ids` (restricts table cards).
        """
        if kind not in (None, "passage", "table"):
            raise BadFilterError(f"Unknown kind {kind!r}: use 'passage', 'table' or None.")
        if k <= 0 or not query.strip():
            return []
        day_from, day_to = _bound(date_from, end=False), _bound(date_to, end=True)
        embedding = self._query_vectors.of(query, embed_query)
        catalog = self._current()
        with self._chroma_lock.shared():  # a reconnect must not close Chroma under a query
            flt = Filter(
                kinds=("passage", "table") if kind is None else (kind,),
                source_ids=None if sources is None else catalog.resolve_sources(_names(sources)),
                day_from=day_from,
                day_to=day_to,
                table_ids=None if table_ids is None else frozenset(_names(table_ids)),
            )
            return hybrid_search(self._collections, embedding, catalog, query, k, flt)

    # cache -------------------------------------------------------------------

    def _sync(self) -> None:
        """Notice changes made by another process: reopen Chroma, drop stale caches."""
        generation = self._manifest.generation()
        if generation != self._chroma_generation:
            self._reconnect(generation)
        if generation != self._generation:
            self._invalidate()
            self._generation = generation

    def _synced(self) -> None:
        with self._lock:
            self._sync()

    def _current(self) -> Catalog:
        """The catalog, rebuilt (lazily) when this or another process changed the store."""
        with self._lock:
            self._sync()
            if self._catalog is None:
                self._catalog = self._build_catalog()
                if len(self._catalog.entries) >= FREEZE_ENTRIES:
                    _out_of_the_collectors_reach()
            return self._catalog

    def _reconnect(self, generation: int) -> None:
        """Reopen an embedded Chroma so it sees what another process wrote."""
        if self._client is not None and not self._chroma_url:
            with self._chroma_lock.exclusive():
                chroma.disconnect(self._client)
                self._client = None
                self._client = chroma.connect(self.directory, None)
                self._collections = chroma.open_collections(
                    self._client, self.embedder, self._manifest.store_id()
                )
        self._chroma_generation = generation

    def _build_catalog(self) -> Catalog:
        owners = self._manifest.passage_sources()
        card_owners = self._manifest.card_owners()
        return Catalog.build(
            self._manifest.sources(),
            [(p, owners.get(p.id, "")) for p in self._manifest.passages()],
            [(c, card_owners.get(c.id, "")) for c in self._manifest.cards()],
        )

    def _invalidate(self) -> None:
        self._catalog = None
        self._frames.clear()


FREEZE_ENTRIES = 20_000  # catalogs this large are moved out of the collector's reach


def _out_of_the_collectors_reach() -> None:
    """Move what is alive now (the new catalog: an entry per passage, hundreds of
    thousands in a large store) out of the cyclic garbage collector's reach.

    Python's collector walks every tracked object on each full collection; with a large
    catalog that walk took 365 ms, and answers that allocate many objects (a ranking over
    thousands of partners) trigger one now and then. Frozen objects are still freed by
    reference counting when the next catalog replaces them (catalog entries hold no
    cycles); only garbage in cycles frozen with them stays. Garbage is collected first."""
    gc.collect()
    gc.freeze()


def _names(given: Sequence[str] | str) -> list[str]:
    """A filter's names; one name given as a plain string counts as one."""
    return [given] if isinstance(given, str) else [str(n) for n in given]


def _bound(text: str | None, *, end: bool) -> int | None:
    from vectorstore.dates import bound

    return bound(text, end=end)

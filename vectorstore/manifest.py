"""The manifest: an SQLite file listing sources, passages and table cards.

It is the store's source of truth for metadata (Chroma holds the vectors, parquet
files the frames). Writes happen in one transaction, held open by `Manifest.writing`
until the caller's other writes succeeded, so a failed put leaves no trace here.
A ``generation`` counter goes up with every write, so other processes notice changes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vectorstore.codec import (
    card_from_dict,
    card_to_dict,
    passage_from_dict,
    passage_to_dict,
    source_from_dict,
    source_to_dict,
)
from vectorstore.errors import StoreError
from vectorstore.records import Passage, SourceRecord, TableCard

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, path TEXT UNIQUE NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY, source_id TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_source ON passages (source_id, position);
CREATE TABLE IF NOT EXISTS cards (
    id TEXT PRIMARY KEY, source_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS cards_source ON cards (source_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0');
INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(4))));
"""


class Manifest:
    """Sources, passages and cards of one store, in `manifest.sqlite`."""

    def __init__(self, path: Path) -> None:
        try:
            self._db = sqlite3.connect(
                str(path), check_same_thread=False, isolation_level=None, timeout=30.0
            )
            # WAL: readers in other processes never block a writer, and commits are cheap.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the store manifest {path}: {error}") from error
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def store_id(self) -> str:
        """A random id made when the store was created (it names its Chroma collections)."""
        rows = self._rows("SELECT value FROM meta WHERE key = 'store_id'")
        return str(rows[0][0])

    def generation(self) -> int:
        rows = self._rows("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else 0

    # reading -----------------------------------------------------------------

    def sources(self) -> list[SourceRecord]:
        rows = self._rows("SELECT data FROM sources ORDER BY path")
        return [source_from_dict(json.loads(r[0])) for r in rows]

    def source(self, id_or_path: str) -> SourceRecord | None:
        """The source at a path, else the source with that id."""
        return self.source_at(id_or_path) or self.source_with_id(id_or_path)

    def source_at(self, path: str) -> SourceRecord | None:
        rows = self._rows("SELECT data FROM sources WHERE path = ?", (path,))
        return source_from_dict(json.loads(rows[0][0])) if rows else None

    def source_with_id(self, source_id: str) -> SourceRecord | None:
        rows = self._rows("SELECT data FROM sources WHERE id = ?", (source_id,))
        return source_from_dict(json.loads(rows[0][0])) if rows else None

    def passages(self, source_id: str | None = None) -> list[Passage]:
        if source_id is None:
            rows = self._rows("SELECT data FROM passages ORDER BY source_id, position, id")
        else:
            rows = self._rows(
                "SELECT data FROM passages WHERE source_id = ? ORDER BY position, id", (source_id,)
            )
        return [passage_from_dict(json.loads(r[0])) for r in rows]

    def passage(self, passage_id: str) -> Passage | None:
        rows = self._rows("SELECT data FROM passages WHERE id = ?", (passage_id,))
        return passage_from_dict(json.loads(rows[0][0])) if rows else None

    def passage_owners(self, ids: list[str]) -> dict[str, str]:
        """Source id of each of `ids` the manifest already holds."""
        owners: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._rows(f"SELECT id, source_id FROM passages WHERE id IN ({marks})", chunk)
            owners.update({str(r[0]): str(r[1]) for r in rows})
        return owners

    def cards(self, source_id: str | None = None) -> list[TableCard]:
        if source_id is None:
            rows = self._rows("SELECT data FROM cards ORDER BY id")
        else:
            rows = self._rows(
                "SELECT data FROM cards WHERE source_id = ? ORDER BY id", (source_id,)
            )
        return [card_from_dict(json.loads(r[0])) for r in rows]

    def card_owners(self) -> dict[str, str]:
        return {str(r[0]): str(r[1]) for r in self._rows("SELECT id, source_id FROM cards")}

    def passage_sources(self) -> dict[str, str]:
        """Source id of every passage."""
        return {str(r[0]): str(r[1]) for r in self._rows("SELECT id, source_id FROM passages")}

    def _rows(self, sql: str, params: tuple[str, ...] | list[str] = ()) -> list[tuple[str, ...]]:
        with self._lock:
            try:
                return list(self._db.execute(sql, params).fetchall())
            except sqlite3.Error as error:
                raise StoreError(f"Cannot read the store manifest: {error}") from error

    # writing -----------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[ManifestWrite]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError(f"Cannot write the store manifest: {error}") from error
            try:
                write = ManifestWrite(self._db)
                yield write
                self._db.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
                )
                self._db.execute("COMMIT")
                write.generation = write.previous + 1
            except BaseException:
                self._db.execute("ROLLBACK")
                raise


class ManifestWrite:
    """The writes allowed inside `Manifest.writing`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        self.previous = int(row[0]) if row else 0
        self.generation = self.previous  # set to the new generation once committed

    def remove_source(self, source_id: str) -> None:
        self._db.execute("DELETE FROM passages WHERE source_id = ?", (source_id,))
        self._db.execute("DELETE FROM cards WHERE source_id = ?", (source_id,))
        self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def put_source(
        self, record: SourceRecord, passages: list[Passage], cards: list[TableCard]
    ) -> None:
        self._db.execute(
            "INSERT INTO sources (id, path, data) VALUES (?, ?, ?)",
            (record.id, record.path, json.dumps(source_to_dict(record))),
        )
        self._db.executemany(
            "INSERT INTO passages (id, source_id, position, data) VALUES (?, ?, ?, ?)",
            [(p.id, record.id, p.position, json.dumps(passage_to_dict(p))) for p in passages],
        )
        self._db.executemany(
            "INSERT INTO cards (id, source_id, data) VALUES (?, ?, ?)",
            [(c.id, record.id, json.dumps(card_to_dict(c))) for c in cards],
        )

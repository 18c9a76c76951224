"""The catalog: an in-memory view of the manifest for retrieval.

It holds every passage and card with the facts filters need (source, days covered),
the BM25 index over their texts, and the matching Chroma ``where`` clauses, so the
vector side and the keyword side of a search apply exactly the same filter.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from vectorstore.dates import card_range, day_range
from vectorstore.keyword import KeywordIndex
from vectorstore.records import Passage, SourceRecord, TableCard

Kind = Literal["passage", "table"]
Key = tuple[Kind, str]


@dataclass(frozen=True)
class Entry:
    """One retrievable document: a passage or a table card."""

    kind: Kind
    id: str
    source_id: str
    text: str
    days: tuple[int, int] | None
    passage: Passage | None = None
    card: TableCard | None = None

    @property
    def key(self) -> Key:
        return (self.kind, self.id)


@dataclass(frozen=True)
class Filter:
    """What a search may return. None means "no restriction"."""

    kinds: tuple[Kind, ...] = ("passage", "table")
    source_ids: frozenset[str] | None = None
    day_from: int | None = None
    day_to: int | None = None
    table_ids: frozenset[str] | None = None

    @property
    def dated(self) -> bool:
        return self.day_from is not None or self.day_to is not None

    def admits(self, entry: Entry) -> bool:
        if entry.kind not in self.kinds:
            return False
        if self.source_ids is not None and entry.source_id not in self.source_ids:
            return False
        if entry.kind == "table" and self.table_ids is not None and entry.id not in self.table_ids:
            return False
        if not self.dated:
            return True
        if entry.days is None:
            return False
        first, last = entry.days
        if entry.kind == "passage":
            last = first  # a passage is dated by its first day
        if self.day_from is not None and last < self.day_from:
            return False
        return not (self.day_to is not None and first > self.day_to)

    def where(self, kind: Kind) -> dict[str, Any] | None:
        """The Chroma ``where`` clause equal to `admits` for entries of `kind`."""
        clauses: list[dict[str, Any]] = []
        if self.source_ids is not None:
            clauses.append({"source_id": {"$in": sorted(self.source_ids)}})
        if kind == "table" and self.table_ids is not None:
            clauses.append({"table_id": {"$in": sorted(self.table_ids)}})
        start, end = ("day", "day") if kind == "passage" else ("first_day", "last_day")
        if self.day_from is not None:
            clauses.append({end: {"$gte": self.day_from}})
        if self.day_to is not None:
            clauses.append({start: {"$lte": self.day_to}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def empty_for(self, kind: Kind) -> bool:
        """True when nothing of `kind` can pass (so no query is needed)."""
        if kind not in self.kinds:
            return True
        if self.source_ids is not None and not self.source_ids:
            return True
        return kind == "table" and self.table_ids is not None and not self.table_ids


def card_keywords(card: TableCard) -> str:
    """The text keyword search sees for a card: its embedded text plus every dimension
    value (the embedded text shows only the first ones) and the measures' names."""
    extra = [value for dim in card.dimensions for value in dim.values[60:]]
    extra += [f"{m.name} {m.flow or ''} {m.basis or ''}" for m in card.measures]
    return "\n".join([card.to_text(), " ".join(extra)])


def passage_metadata(passage: Passage, source_id: str) -> dict[str, Any]:
    days = day_range(passage.date)
    return {
        "source_id": source_id,
        "source": passage.source,
        "doc_id": passage.doc_id,
        "position": passage.position,
        "title": passage.title,
        "date": passage.date,
        "day": days[0] if days else None,
        "url": passage.url,
        "publisher": passage.publisher,
    }


def card_metadata(card: TableCard, source_id: str) -> dict[str, Any]:
    days = card_range(card.periods)
    return {
        "source_id": source_id,
        "table_id": card.id,
        "source": card.source,
        "title": card.title,
        "frequency": card.frequency,
        "first_day": days[0] if days else None,
        "last_day": days[1] if days else None,
    }


MASKS_KEPT = 64  # filters whose masks a catalog remembers (most recent kept)
_NO_DAY = np.iinfo(np.int64).min


@dataclass(frozen=True)
class Columns:
    """The facts filters test, one array entry per catalog entry (keyword index order)."""

    is_table: npt.NDArray[np.bool_]
    source: npt.NDArray[np.int64]  # index into `source_ids`
    first: npt.NDArray[np.int64]  # first day (a passage: its day); _NO_DAY when undated
    last: npt.NDArray[np.int64]
    source_ids: tuple[str, ...]

    @classmethod
    def of(cls, entries: list[Entry]) -> Columns:
        source_ids = tuple(sorted({e.source_id for e in entries}))
        code = {s: i for i, s in enumerate(source_ids)}
        days = [e.days or (_NO_DAY, _NO_DAY) for e in entries]
        return cls(
            is_table=np.fromiter((e.kind == "table" for e in entries), bool, len(entries)),
            source=np.fromiter((code[e.source_id] for e in entries), np.int64, len(entries)),
            first=np.fromiter((d[0] for d in days), np.int64, len(entries)),
            last=np.fromiter(
                (d[0] if e.kind == "passage" else d[1] for e, d in zip(entries, days, strict=True)),
                np.int64,
                len(entries),
            ),
            source_ids=source_ids,
        )

    def mask(self, flt: Filter, table_at: dict[str, int]) -> npt.NDArray[np.bool_] | None:
        """What `flt.admits`, as a boolean array; None when it admits everything."""
        ok = np.ones(len(self.is_table), dtype=bool)
        if "table" not in flt.kinds:
            ok &= ~self.is_table
        if "passage" not in flt.kinds:
            ok &= self.is_table
        if flt.source_ids is not None:
            ok &= np.isin(
                self.source, [i for i, s in enumerate(self.source_ids) if s in flt.source_ids]
            )
        if flt.table_ids is not None:
            tables = np.zeros(len(ok), dtype=bool)
            tables[[table_at[t] for t in flt.table_ids if t in table_at]] = True
            ok &= ~self.is_table | tables
        if flt.dated:
            ok &= self.first != _NO_DAY
            if flt.day_from is not None:
                ok &= self.last >= flt.day_from
            if flt.day_to is not None:
                ok &= self.first <= flt.day_to
        return None if bool(ok.all()) else ok


@dataclass
class Catalog:
    """Everything retrievable, in memory, with its keyword index.

    A catalog is built for one store generation and never changes: the keyword index,
    the filter columns and the masks of recent filters are kept with it.
    """

    entries: dict[Key, Entry]
    sources: list[SourceRecord]
    keyword: KeywordIndex = field(init=False)
    _keys: list[Key] = field(init=False, repr=False)
    _columns: Columns = field(init=False, repr=False)
    _table_at: dict[str, int] = field(init=False, repr=False)
    _masks: dict[Filter, npt.NDArray[np.bool_] | None] = field(init=False, repr=False)
    _masks_lock: threading.Lock = field(init=False, repr=False)
    cards: list[TableCard] = field(init=False, repr=False)  # every card, by id

    def __post_init__(self) -> None:
        self._keys = list(self.entries)
        self.keyword = KeywordIndex(
            [f"{kind}:{doc_id}" for kind, doc_id in self._keys],
            [self.entries[key].text for key in self._keys],
        )
        self._columns = Columns.of([self.entries[key] for key in self._keys])
        self._table_at = {
            doc_id: i for i, (kind, doc_id) in enumerate(self._keys) if kind == "table"
        }
        self._masks = {}
        self._masks_lock = threading.Lock()
        found = (e.card for e in self.entries.values() if e.card is not None)
        self.cards = sorted(found, key=lambda c: c.id)

    @classmethod
    def build(
        cls,
        sources: list[SourceRecord],
        passages: list[tuple[Passage, str]],
        cards: list[tuple[TableCard, str]],
    ) -> Catalog:
        entries: dict[Key, Entry] = {}
        for passage, source_id in passages:
            entries[("passage", passage.id)] = Entry(
                "passage", passage.id, source_id, passage.text, day_range(passage.date), passage
            )
        for card, source_id in cards:
            entries[("table", card.id)] = Entry(
                "table",
                card.id,
                source_id,
                card_keywords(card),
                card_range(card.periods),
                card=card,
            )
        return cls(entries=entries, sources=sources)

    def count(self, kind: Kind) -> int:
        """How many entries of `kind` the catalog holds."""
        tables = int(self._columns.is_table.sum())
        return tables if kind == "table" else len(self._keys) - tables

    def mask(self, flt: Filter) -> npt.NDArray[np.bool_] | None:
        """The entries `flt` admits, in keyword index order (None: all), remembered."""
        with self._masks_lock:
            if flt in self._masks:
                return self._masks[flt]
        mask = self._columns.mask(flt, self._table_at)
        if mask is not None:
            mask.flags.writeable = False  # shared between searches
        with self._masks_lock:
            self._masks[flt] = mask
            while len(self._masks) > MASKS_KEPT:
                del self._masks[next(iter(self._masks))]
        return mask

    def keyword_ranks(
        self, query: str, flt: Filter, limit: int
    ) -> tuple[list[tuple[Key, float]], list[Key]]:
        """The BM25 ranking (with scores) and the rare-exact-term ranking of what `flt` admits."""
        bm25, exact = self.keyword.top(query, self.mask(flt), limit)
        return [(self._keys[i], score) for i, score in bm25], [self._keys[i] for i in exact]

    def resolve_sources(self, names: list[str] | tuple[str, ...] | set[str]) -> frozenset[str]:
        """Source ids matching any of `names`: a source id, path, file name or passage source."""
        wanted = {str(n) for n in names}
        found = {
            s.id
            for s in self.sources
            if s.id in wanted or s.path in wanted or PurePath(s.path).name in wanted
        }
        for entry in self.entries.values():
            named = (
                entry.passage.source if entry.passage else entry.card.source if entry.card else ""
            )
            if named in wanted:
                found.add(entry.source_id)
        return frozenset(found)

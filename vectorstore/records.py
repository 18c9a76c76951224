"""The small types that cross package boundaries.

`ingest` builds them, `vectorstore` stores them, `bot` reads them. None of them
is a Chroma or LangChain object.

The tidy frame contract (what `ingest` writes and `bot` computes on)
--------------------------------------------------------------------
Every statistical table is stored as one long pandas frame with these columns:

- ``period`` (str): a canonical period, see `vectorstore.periods`:
  ``"2024"`` (year), ``"2024-Q1"`` (quarter), ``"2024-H1"`` (half year),
  ``"2024-03"`` (month), ``"2024-01..2024-05"`` (a span of months, e.g. year to date).
- ``measure`` (str): the `Measure.name` the value belongs to.
- ``value`` (float64): the number in the measure's unit; NaN where the source had a
  missing marker (``-``, ``..``, ``N.A.``, empty).
- one str column per `Dimension` (named `Dimension.name`), e.g. ``partner``, ``flow``.
- ``row`` (int): the 1-based line (csv) or row (xlsx) of the source file the value came
  from, for provenance.
- zero or more str attribute columns (`TableCard.attributes`), kept verbatim
  (e.g. ``source_file``, ``notes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MeasureKind = Literal["level", "change_pct", "share_pct", "ratio_pct", "count", "other"]
DimensionRole = Literal["partner", "flow", "commodity", "region", "other"]
SourceKind = Literal["article", "table"]


@dataclass(frozen=True)
class Passage:
    """A few whole sentences of an article, with where they came from."""

    id: str
    text: str
    source: str
    doc_id: str
    position: int
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Measure:
    """A numeric column of a table: what it measures and in which unit.

    ``unit`` is written for people (``"HK$ bn"``, ``"US$ million"``, ``"%"``);
    ``scale`` is the multiplier to base units (1e9 for bn) when known.
    ``flow`` is the trade flow the measure is about when the column name says so
    (``"exports"``, ``"imports"``, ``"re-exports"``, ``"balance"`` ...), else None.
    ``basis`` says what a change or share is relative to (``"yoy"``, ``"mom"``,
    ``"ytd yoy"``, ``"sa 3m"`` ...), else None.
    """

    name: str
    label: str
    unit: str | None
    kind: MeasureKind = "level"
    scale: float | None = None
    flow: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class Dimension:
    """A categorical column of a table and its distinct values."""

    name: str
    role: DimensionRole
    values: tuple[str, ...]


@dataclass(frozen=True)
class TableCard:
    """What a table holds: enough for a question to find it and for a plan to use it."""

    id: str
    title: str
    source: str
    measures: tuple[Measure, ...]
    dimensions: tuple[Dimension, ...]
    periods: tuple[str, ...]
    frequency: str
    rows: int
    attributes: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sheet: str | None = None

    def measure(self, name: str) -> Measure | None:
        return next((m for m in self.measures if m.name == name), None)

    def dimension(self, role: DimensionRole) -> Dimension | None:
        return next((d for d in self.dimensions if d.role == role), None)

    def to_text(self) -> str:
        """The text that is embedded and keyword-indexed for this table."""
        lines = [self.title, f"Source: {self.source}"]
        measures = "; ".join(f"{m.label} ({m.unit or 'no unit'})" for m in self.measures)
        lines.append(f"Measures: {measures}")
        for dim in self.dimensions:
            shown = ", ".join(dim.values[:60])
            lines.append(f"{dim.name} ({dim.role}): {shown}")
        if self.periods:
            lines.append(f"Periods: {self.periods[0]} to {self.periods[-1]} ({self.frequency})")
        lines.extend(self.notes[:5])
        return "\n".join(lines)


@dataclass(frozen=True)
class SourceRecord:
    """One ingested file."""

    id: str
    path: str
    sha256: str
    kind: SourceKind
    title: str | None
    ingested_at: str
    passages: int = 0
    tables: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Hit:
    """A retrieval result: a passage or a table card, with its fused score.

    ``similarity`` is the cosine similarity of the query and document vectors (None
    when the vector side did not return it); ``keyword_score`` the BM25 score (None
    when the document shares no keyword with the query).
    """

    kind: Literal["passage", "table"]
    id: str
    score: float
    passage: Passage | None = None
    card: TableCard | None = None
    vector_rank: int | None = None
    keyword_rank: int | None = None
    similarity: float | None = None
    keyword_score: float | None = None

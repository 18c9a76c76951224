"""Factories of records, passages and tables for the store tests."""

from __future__ import annotations

import pandas as pd

from vectorstore import Dimension, Measure, Passage, SourceRecord, TableCard


def article(
    path: str, texts: list[str], *, date: str | None = "2026-02-27", source_id: str | None = None
) -> tuple[SourceRecord, list[Passage]]:
    """A source record and its passages, ids derived from the path."""
    sid = source_id or f"src-{path}"
    record = SourceRecord(
        id=sid,
        path=path,
        sha256=f"sha-{path}-{len(texts)}",
        kind="article",
        title=f"Article {path}",
        ingested_at="2026-11-25T08:00:00+00:00",
    )
    passages = [
        Passage(
            id=f"{sid}-p{i}",
            text=text,
            source=path,
            doc_id=sid,
            position=i,
            title=f"Article {path}",
            date=date,
            url=f"https://example.org/{path}",
        )
        for i, text in enumerate(texts)
    ]
    return record, passages


def table(
    table_id: str, partners: tuple[str, ...] = ("Singapore", "Japan"), periods: tuple[str, ...] = ()
) -> tuple[TableCard, pd.DataFrame]:
    """A table card and its tidy frame: exports by partner and month."""
    periods = periods or ("2026-01", "2026-02")
    rows = [
        {"period": p, "measure": "exports", "value": float(10 * i + j), "partner": partner}
        for i, p in enumerate(periods)
        for j, partner in enumerate(partners)
    ]
    frame = pd.DataFrame(rows)
    frame["row"] = range(2, len(frame) + 2)
    card = TableCard(
        id=table_id,
        title=f"Exports by partner ({table_id})",
        source=f"{table_id}.csv",
        measures=(Measure("exports", "Exports", "HK$ bn", scale=1e9, flow="exports"),),
        dimensions=(Dimension("partner", "partner", partners),),
        periods=periods,
        frequency="monthly",
        rows=len(frame),
    )
    return card, frame


def table_source(path: str, tables: list[tuple[TableCard, pd.DataFrame]]) -> SourceRecord:
    return SourceRecord(
        id=f"src-{path}",
        path=path,
        sha256=f"sha-{path}",
        kind="table",
        title=path,
        ingested_at="2026-11-25T08:00:00+00:00",
        tables=tuple(card.id for card, _ in tables),
    )

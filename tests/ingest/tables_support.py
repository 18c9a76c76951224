"""Helpers shared by the table reader's tests: write a file, load its one table, pick a row."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ingest.tables import load_tables
from vectorstore.records import TableCard


def one_table(path: Path) -> tuple[TableCard, pd.DataFrame]:
    """The single table a file holds (fails the test when it holds several)."""
    tables = load_tables(path)
    assert len(tables) == 1
    return tables[0]


def load_text(tmp_path: Path, name: str, text: str) -> tuple[TableCard, pd.DataFrame]:
    """Write `text` as a UTF-8 file and load its single table."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return one_table(path)


def pick(frame: pd.DataFrame, **where: str) -> pd.Series:
    """The one row of a tidy frame whose columns hold the given values."""
    mask = pd.Series(True, index=frame.index)
    for column, wanted in where.items():
        mask &= frame[column] == wanted
    picked = frame[mask]
    assert len(picked) == 1, (where, picked)
    return picked.iloc[0]

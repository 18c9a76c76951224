"""Table frames on disk: one parquet file per table under `tables/`.

Writes are staged: `FrameWrite` writes every new frame to a temporary file first,
moves old files aside, and only then moves the new ones into place; `commit`
deletes what was moved aside, `rollback` puts everything back.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import uuid
from pathlib import Path

import pandas as pd

from vectorstore.errors import StoreError

ORPHAN_AGE_S = 900.0  # a staged frame is placed within seconds of being written
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


def frame_file(tables_dir: Path, table_id: str) -> Path:
    """`tables/<table_id>.parquet`; ids that are not safe file names get a hashed name."""
    if _SAFE.match(table_id) and not table_id.endswith("."):
        return tables_dir / f"{table_id}.parquet"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", table_id).strip("-.")[:60] or "table"
    digest = hashlib.sha256(table_id.encode("utf-8")).hexdigest()[:12]
    return tables_dir / f"{slug}-{digest}.parquet"


def read_frame(tables_dir: Path, table_id: str) -> pd.DataFrame:
    path = frame_file(tables_dir, table_id)
    try:
        return pd.read_parquet(path)
    except FileNotFoundError as error:
        raise StoreError(
            f"The frame of table {table_id!r} is missing from {tables_dir}; "
            "ingest its source again."
        ) from error
    except (OSError, ValueError) as error:
        raise StoreError(f"Cannot read the frame of table {table_id!r}: {error}") from error


def remove_orphans(tables_dir: Path, *, older_than_s: float = ORPHAN_AGE_S) -> list[Path]:
    """Delete staged frames (``.<name>.<token>.new``) left by a writer that was killed; only
    files older than ``older_than_s`` go, so a write under way in another process is kept."""
    removed: list[Path] = []
    now = time.time()
    for path in tables_dir.glob(".*.new"):
        try:
            if now - path.stat().st_mtime > older_than_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


class FrameWrite:
    """Replace the frames of one source: stage, then commit or roll back."""

    def __init__(self, tables_dir: Path) -> None:
        self._dir = tables_dir
        self._token = uuid.uuid4().hex[:12]
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)
        self._aside: list[tuple[Path, Path]] = []  # (moved-aside, original)
        self._placed: list[Path] = []

    def stage(self, table_id: str, frame: pd.DataFrame) -> None:
        """Write `frame` to a temporary file; StoreError if it cannot be written."""
        final = frame_file(self._dir, table_id)
        temporary = final.with_name(f".{final.stem}.{self._token}.new")
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            frame.to_parquet(temporary, index=False)
        except Exception as error:  # pyarrow raises many kinds for unwritable data
            temporary.unlink(missing_ok=True)
            raise StoreError(f"Cannot save the table {table_id!r}: {error}") from error
        self._staged.append((temporary, final))

    def remove(self, table_id: str) -> None:
        """Move an old frame aside (deleted at commit, restored at rollback)."""
        original = frame_file(self._dir, table_id)
        if not original.exists():
            return
        aside = original.with_name(f".{original.stem}.{self._token}.old")
        os.replace(original, aside)
        self._aside.append((aside, original))

    def place(self) -> None:
        """Move the staged frames into place."""
        for temporary, final in self._staged:
            os.replace(temporary, final)
            self._placed.append(final)

    def commit(self) -> None:
        for aside, _ in self._aside:
            aside.unlink(missing_ok=True)

    def rollback(self) -> None:
        for final in self._placed:
            final.unlink(missing_ok=True)
        for temporary, _ in self._staged:
            temporary.unlink(missing_ok=True)
        for aside, original in reversed(self._aside):
            if aside.exists():
                os.replace(aside, original)

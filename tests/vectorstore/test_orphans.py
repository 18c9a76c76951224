"""Staged frames left by a killed writer are removed when the store is next opened."""

from __future__ import annotations

import os
import time
from pathlib import Path

from vectorstore import HashingEmbedder, StoreSettings, open_store


def test_old_staged_frames_are_removed_at_open_and_fresh_ones_kept(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    open_store(StoreSettings(store=directory), embedder=HashingEmbedder()).close()
    tables = directory / "tables"
    orphan = tables / ".hk-exports-1a2b3c4d.0123456789ab.new"
    orphan.write_bytes(b"PAR1 half written")
    hour_ago = time.time() - 3600
    os.utime(orphan, (hour_ago, hour_ago))
    fresh = tables / ".hk-imports-5e6f7a8b.ba9876543210.new"
    fresh.write_bytes(b"PAR1 being written by another process")
    open_store(StoreSettings(store=directory), embedder=HashingEmbedder()).close()
    assert not orphan.exists()
    assert fresh.exists()

"""Fixtures of the store tests: a real store on tmp_path with the hashing embedder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path) -> Iterator[Store]:
    opened = open_store(StoreSettings(store=store_dir), embedder=HashingEmbedder())
    yield opened
    opened.close()

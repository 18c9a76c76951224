"""Only `vectorstore/chroma.py` imports chromadb."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
IMPORT = re.compile(r"^\s*(?:import chromadb|from chromadb[\s.])", re.MULTILINE)


def test_chromadb_is_imported_only_by_the_chroma_module() -> None:
    importers = {
        path.relative_to(ROOT).as_posix()
        for package in ("api", "bot", "ingest", "vectorstore", "bench")
        for path in (ROOT / package).rglob("*.py")
        if IMPORT.search(path.read_text(encoding="utf-8"))
    }

    assert importers == {"vectorstore/chroma.py"}

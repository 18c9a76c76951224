"""A store written by one process is read by another."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.vectorstore.factories import article, table, table_source
from vectorstore import HashingEmbedder, StoreSettings, open_store

READER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from vectorstore import HashingEmbedder, StoreSettings, open_store

    store = open_store(StoreSettings(store=Path(sys.argv[1])), embedder=HashingEmbedder())
    print(json.dumps({
        "sources": [s.path for s in store.sources()],
        "passages": [p.id for p in store.passages()],
        "cards": [c.id for c in store.cards()],
        "frame_rows": len(store.frame("t1")),
        "hits": [h.id for h in store.search("HS8542", k=2)],
    }))
    store.close()
    """
)


def test_another_process_sees_everything(tmp_path: Path) -> None:
    store = open_store(StoreSettings(store=tmp_path / "store"), embedder=HashingEmbedder())
    record, passages = article("a.txt", ["Exports of HS8542 surged.", "Imports fell."])
    store.put_source(record, passages, [])
    card, frame = table("t1")
    store.put_source(table_source("t.csv", [(card, frame)]), [], [(card, frame)])
    store.close()

    result = subprocess.run(
        [sys.executable, "-c", READER, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
        timeout=120,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert seen["sources"] == ["a.txt", "t.csv"]
    assert seen["passages"] == [p.id for p in passages]
    assert seen["cards"] == ["t1"]
    assert seen["frame_rows"] == len(frame)
    assert seen["hits"][0] == passages[0].id


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tests.vectorstore.factories import article
    from vectorstore import HashingEmbedder, StoreSettings, open_store

    store = open_store(StoreSettings(store=Path(sys.argv[1])), embedder=HashingEmbedder())
    store.put_source(*article("b.txt", ["Exports to Singapore rose."]), [])
    store.remove_source("a.txt")
    store.close()
    """
)


def test_an_open_store_sees_another_process_writes(tmp_path: Path) -> None:
    reader = open_store(StoreSettings(store=tmp_path / "store"), embedder=HashingEmbedder())
    reader.put_source(*article("a.txt", ["Imports of furniture fell."]), [])
    assert [h.id for h in reader.search("exports Singapore")] == ["src-a.txt-p0"]

    subprocess.run(
        [sys.executable, "-c", WRITER, str(tmp_path / "store")],
        check=True,
        cwd=Path(__file__).parents[2],
        timeout=120,
        capture_output=True,
    )
    hits = reader.search("exports Singapore")

    assert [(h.id, h.vector_rank, h.keyword_rank) for h in hits] == [("src-b.txt-p0", 1, 1)]
    assert [s.path for s in reader.sources()] == ["b.txt"]
    reader.put_source(*article("c.txt", ["Re-exports to Japan grew."]), [])
    assert reader.collections.passages.count() == 2
    reader.close()

"""One store shared by threads: searches run while sources are written."""

from __future__ import annotations

import threading

from tests.vectorstore.factories import article, table, table_source
from vectorstore import Store


def test_searches_and_writes_from_threads_do_not_interfere(store: Store) -> None:
    errors: list[BaseException] = []
    done = threading.Event()

    def search_until_done() -> None:
        try:
            while not done.is_set():
                for hit in store.search("exports Singapore partner", k=5):
                    assert hit.passage is not None or hit.card is not None
                store.cards()
        except BaseException as error:  # reported to the main thread below
            errors.append(error)

    readers = [threading.Thread(target=search_until_done) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        for n in range(6):
            store.put_source(*article(f"a{n}.txt", [f"Exports to Singapore rose {n}%."]), [])
            tables = [table(f"t{n}")]
            store.put_source(table_source(f"t{n}.csv", tables), [], tables)
            if n % 3 == 0:
                store.remove_source(f"a{n}.txt")
    finally:
        done.set()
        for reader in readers:
            reader.join(timeout=60)

    assert errors == []
    assert len(store.sources()) == 10
    assert store.collections.passages.count() == 4

"""The readers-writer lock: readers together, a writer alone, waiting writers first."""

from __future__ import annotations

import threading
import time

from vectorstore.locks import ReadWriteLock


def test_readers_hold_the_lock_together() -> None:
    lock = ReadWriteLock()
    both = threading.Barrier(2, timeout=5)

    def read() -> None:
        with lock.shared():
            both.wait()  # would time out if the second reader were kept out

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not both.broken


def test_a_writer_waits_for_readers_and_holds_new_readers_back() -> None:
    lock = ReadWriteLock()
    events: list[str] = []
    reading, writer_waiting = threading.Event(), threading.Event()

    def first_reader() -> None:
        with lock.shared():
            reading.set()
            writer_waiting.wait(5)
            time.sleep(0.05)
            events.append("first read done")

    def writer() -> None:
        reading.wait(5)
        writer_waiting.set()
        with lock.exclusive():
            events.append("write")

    def late_reader() -> None:
        writer_waiting.wait(5)
        time.sleep(0.01)  # arrives while the writer waits
        with lock.shared():
            events.append("late read")

    threads = [threading.Thread(target=f) for f in (first_reader, writer, late_reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert events == ["first read done", "write", "late read"]


def test_the_writer_may_read_and_write_again() -> None:
    lock = ReadWriteLock()
    with lock.exclusive(), lock.shared(), lock.exclusive():
        pass
    with lock.shared():  # released fully: a reader gets in
        pass

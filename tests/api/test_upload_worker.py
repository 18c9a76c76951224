"""Uploads are ingested in a worker beside answers: questions keep being answered while a
file is ingested, from the store as it was until the new source is written."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from tests.api.conftest import PAGE_BASE_URL, PAGE_HEADERS
from vectorstore.embeddings import HashingEmbedder
from vectorstore.settings import StoreSettings
from vectorstore.store import open_store

MARKER = "Quillmarsh"  # a word only the uploaded article holds
ARTICLE = (
    f"{MARKER} harbour notes\n\n"
    f"Shipments through {MARKER} harbour doubled in spring, the harbour master said.\n"
)
QUESTION = "How much did exports to Singapore grow in March 2026?"


class GatedEmbedder(HashingEmbedder):
    """The hashing embedder, pausing on texts that name `MARKER` until released: an upload
    held in the middle of its ingest for as long as the test needs."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()
        self.release = threading.Event()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if any(MARKER in text for text in texts):
            self.reached.set()
            assert self.release.wait(120), "the test never released the upload"
        return super().embed(texts)


@contextmanager
def app_with(embedder: HashingEmbedder, store_dir: Path) -> Iterator[TestClient]:
    store = open_store(StoreSettings(store=store_dir), embedder=embedder)
    app = create_app(ApiSettings(), store_settings=StoreSettings(store=store_dir), store=store)
    try:
        with TestClient(app, base_url=PAGE_BASE_URL, headers=PAGE_HEADERS) as client:
            yield client
    finally:
        store.close()


def _names(client: TestClient) -> set[str]:
    return {s["name"] for s in client.get("/api/sources").json()["sources"]}


def test_questions_are_answered_while_an_upload_is_ingested(store_dir: Path) -> None:
    embedder = GatedEmbedder()
    files = [("files", ("quillmarsh.txt", ARTICLE.encode(), "text/plain"))]
    with app_with(embedder, store_dir) as client, ThreadPoolExecutor(4) as pool:
        upload = pool.submit(client.post, "/api/ingest", files=files)
        assert embedder.reached.wait(60), "the upload never reached its embedding"
        try:
            answers = [pool.submit(client.post, "/api/chat", json={"message": QUESTION})]
            answers.append(pool.submit(client.post, "/api/chat", json={"message": QUESTION}))
            replies = [a.result(timeout=60) for a in answers]  # before: blocked by the upload
            during = _names(client)
        finally:
            embedder.release.set()
        done = upload.result(timeout=120)
        after = _names(client)

    assert [r.status_code for r in replies] == [200, 200]
    assert all("125.0%" in r.json()["answer"] for r in replies)
    assert "quillmarsh.txt" not in during
    assert done.status_code == 200, done.text
    assert "quillmarsh.txt" in after


def test_a_removal_waits_for_the_upload_under_way(store_dir: Path) -> None:
    """Changes to the store take turns: a removal sent during an upload runs after it."""
    embedder = GatedEmbedder()
    files = [("files", ("quillmarsh.txt", ARTICLE.encode(), "text/plain"))]
    with app_with(embedder, store_dir) as client, ThreadPoolExecutor(4) as pool:
        upload = pool.submit(client.post, "/api/ingest", files=files)
        assert embedder.reached.wait(60)
        source = client.get("/api/sources").json()["sources"][0]
        removal = pool.submit(client.delete, f"/api/sources/{source['id']}")
        try:
            time.sleep(1.0)
            assert not removal.done()
        finally:
            embedder.release.set()
        assert upload.result(timeout=120).status_code == 200
        assert removal.result(timeout=60).status_code == 200
        names = _names(client)

    assert "quillmarsh.txt" in names
    assert source["name"] not in names

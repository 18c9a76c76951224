"""Fixtures of the API tests: a store with the sample data, and the real app around it.

The sample data is ingested once per session (with the deterministic `HashingEmbedder`)
into a template store; each test gets its own copy in ``tmp_path``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.origins import CLIENT_HEADER
from api.settings import ApiSettings
from ingest import IngestSettings, ingest_paths
from vectorstore.embeddings import HashingEmbedder
from vectorstore.settings import StoreSettings
from vectorstore.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TABLES = SAMPLES / "tables"
TRADEBOT = Path(sys.executable).parent / "tradebot"

ClientFactory = Callable[..., Any]
# What the web page sends with every request: its own origin, and the header without which
# a request that changes state is refused (see api.origins).
PAGE_BASE_URL = "http://127.0.0.1"
PAGE_HEADERS = {CLIENT_HEADER: "1"}


@pytest.fixture(scope="session")
def sample_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("template") / "store"
    store = open_store(StoreSettings(store=directory), embedder=HashingEmbedder())
    try:
        report = ingest_paths([SAMPLES / "articles", TABLES], store, IngestSettings())
    finally:
        store.close()
    assert report.ok, report.failed
    assert report.tables >= 3
    return directory


@pytest.fixture
def store_dir(sample_store_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(sample_store_template, target)
    return target


def open_test_store(directory: Path) -> Store:
    return open_store(StoreSettings(store=directory), embedder=HashingEmbedder())


@contextmanager
def running_app(
    store_dir: Path, settings: ApiSettings | None = None, **kwargs: Any
) -> Iterator[TestClient]:
    """The real app on a copy of the sample store, lifespan included."""
    store = open_test_store(store_dir)
    try:
        app = create_app(
            settings or ApiSettings(),
            store_settings=StoreSettings(store=store_dir),
            store=store,
            **kwargs,
        )
        with TestClient(
            app, base_url=PAGE_BASE_URL, headers=PAGE_HEADERS, raise_server_exceptions=False
        ) as client:
            yield client
    finally:
        store.close()


@pytest.fixture
def client(store_dir: Path) -> Iterator[TestClient]:
    with running_app(store_dir) as client:
        yield client


def sse_events(text: str) -> list[tuple[str, Any]]:
    """The (event, data) pairs of a server-sent-events body."""
    import json

    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        payload = "\n".join(data)
        events.append((name, payload if payload == "[DONE]" else json.loads(payload)))
    return events


@contextmanager
def live_server(
    store_dir: Path, settings: ApiSettings | None = None, **kwargs: Any
) -> Iterator[str]:
    """The real app served by uvicorn in a thread on 127.0.0.1 (a free port); its base URL."""
    import threading

    import uvicorn

    store = open_test_store(store_dir)
    app = create_app(
        settings or ApiSettings(), store_settings=StoreSettings(store=store_dir), store=store
    )
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive(), "uvicorn stopped"
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        store.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def serving(
    store: Path, log: Path, *extra: str, env: dict[str, str] | None = None
) -> Iterator[str]:
    """`tradebot serve` in a subprocess on a free port (output to ``log``); its base URL
    once /health answers."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(TRADEBOT), "serve", "--store", str(store), "--port", str(port), *extra],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "tradebot serve did not start"
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base
    except BaseException:
        print(f"--- tradebot serve log ---\n{log.read_text()[-8000:]}")
        raise
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

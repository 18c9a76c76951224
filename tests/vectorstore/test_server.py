"""Chroma server mode, against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.vectorstore.factories import article, table, table_source
from vectorstore import HashingEmbedder, StoreSettings, open_store

pytestmark = pytest.mark.slow


def chroma_binary() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.exists() else shutil.which("chroma")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = chroma_binary()
    if binary is None:
        pytest.skip("the `chroma` command is not installed next to this Python")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = (data / "server.log").open("wb")
    server = subprocess.Popen(
        [binary, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_heartbeat(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def wait_for_heartbeat(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"chroma run exited with {server.returncode}")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail("chroma run did not answer its heartbeat within 60 s")


def test_server_mode_stores_vectors_on_the_server(chroma_url: str, tmp_path: Path) -> None:
    settings = StoreSettings(store=tmp_path / "store", chroma_url=chroma_url)
    store = open_store(settings, embedder=HashingEmbedder())
    record, passages = article("a.txt", ["Exports of HS8542 surged.", "Imports fell."])
    tables = [table("t1")]
    store.put_source(record, passages, [])
    store.put_source(table_source("t.csv", tables), [], tables)

    again = open_store(settings, embedder=HashingEmbedder())

    assert again.search("HS8542", k=1)[0].id == passages[0].id
    assert [h.id for h in again.search("exports partner", kind="table")] == ["t1"]
    assert not (tmp_path / "store" / "chroma").exists()
    assert (tmp_path / "store" / "tables" / "t1.parquet").exists()
    again.remove_source("a.txt")
    assert store.collections.passages.count() == 0
    store.close()
    again.close()

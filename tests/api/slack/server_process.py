"""`tradebot serve` in a subprocess on 127.0.0.1 with Slack pointed at a fake server.

Used by the end-to-end test and by ``bench/slack_ack.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

import httpx

from ingest.pipeline import ingest_paths
from ingest.settings import IngestSettings
from vectorstore import HashingEmbedder, StoreSettings, open_store

ROOT = Path(__file__).resolve().parents[3]
_RUNNING = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


def build_sample_store(directory: Path) -> Path:
    """Ingest the samples into a store at directory (hashing embedder: fast, offline)."""
    store = open_store(StoreSettings(store=directory), embedder=HashingEmbedder())
    try:
        ingest_paths([ROOT / "samples"], store, IngestSettings())
    finally:
        store.close()
    return directory


def tradebot_command() -> list[str]:
    script = Path(sys.executable).parent / "tradebot"
    if script.exists():
        return [str(script)]
    found = shutil.which("tradebot")
    return [found] if found else [sys.executable, "-c", "from api.cli import main; main()"]


class ServerProcess:
    """A running `tradebot serve`; its port is read from uvicorn's startup line."""

    def __init__(self, store: Path, env: dict[str, str], *, timeout_s: float = 120) -> None:
        self.store = store
        self.env = {**os.environ, **env, "PYTHONUNBUFFERED": "1"}
        self.timeout_s = timeout_s
        self.output: list[str] = []
        self.port = 0
        self._process: subprocess.Popen[str] | None = None
        self._ready = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerProcess:
        command = [*tradebot_command(), "serve", "--store", str(self.store)]
        command += ["--host", "127.0.0.1", "--port", "0", "--log-level", "info"]
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read_output, daemon=True).start()
        if not self._ready.wait(self.timeout_s):
            self.stop()
            raise RuntimeError("tradebot serve did not start:\n" + "".join(self.output[-40:]))
        self._wait_healthy()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def _read_output(self) -> None:
        assert self._process is not None
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.output.append(line)
            match = _RUNNING.search(line)
            if match:
                self.port = int(match.group(1))
                self._ready.set()
        self._ready.set()

    def _wait_healthy(self) -> None:
        if not self.port:
            self.stop()
            raise RuntimeError("tradebot serve exited:\n" + "".join(self.output[-40:]))
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("tradebot serve never answered /health")

    def stop(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)

"""Latency and throughput of POST /api/chat against a real `tradebot serve` on 127.0.0.1.

    .venv/bin/python bench/serve.py                      # temp store with the sample data
    .venv/bin/python bench/serve.py --store .tradebot --clients 1 10 50 --requests 100

For each number of concurrent clients it sends ``--requests`` questions (at least one per
client) and prints p50 and p95 latency, throughput and errors. Two kinds of load:

- ``repeated``: a few questions, over and over (what many analysts asking the same
  things look like; after the first, answers come from the engine's answer cache);
- ``fresh`` (``--fresh``): every request a question no earlier request asked (markets x
  months x wordings), so every answer is computed.

The server is started as a subprocess and stopped at the end.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, bench/ is first on sys.path and bench/ingest.py would hide the package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)
TRADEBOT = Path(sys.executable).parent / "tradebot"
CLIENT = {"X-Tradebot-Request": "1"}  # what the web page sends; see api/origins.py
QUESTIONS = (
    "How much did exports to Singapore grow in March 2026?",
    "Which markets drove the growth of exports in January 2026?",
    "Show the trend of total exports over 2025",
    "Is the 125% figure for exports to Singapore right?",
)


MARKETS = (
    "Chinese Mainland", "India", "Malaysia", "Taiwan", "Singapore", "Vietnam", "Japan",
    "Korea", "Thailand", "the Philippines", "the United States", "the Netherlands",
)  # fmt: skip
MONTHS = [f"{m} {y}" for y in (2024, 2025) for m in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)]  # fmt: skip
WORDINGS = (
    "How much did exports to {market} grow in {month}?",
    "What was the year-on-year change of exports to {market} in {month}?",
    "Did exports to {market} rise or fall in {month}?",
    "Which markets drove the growth of exports in {month}?",
    "What were total exports in {month}?",
)


def fresh_questions() -> Iterator[str]:
    """Questions that never repeat (5 wordings x 12 markets x 24 months, then numbered)."""
    for round_ in itertools.count():
        for month, market, wording in itertools.product(MONTHS, MARKETS, WORDINGS):
            text = wording.format(market=market, month=month)
            yield text if not round_ else f"{text} ({round_})"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def ingest_samples(store: Path) -> None:
    from ingest import IngestSettings, ingest_paths
    from vectorstore.settings import StoreSettings
    from vectorstore.store import open_store

    opened = open_store(StoreSettings(store=store))
    try:
        paths = [ROOT / "samples" / "articles", ROOT / "samples" / "tables"]
        print(ingest_paths(paths, opened, IngestSettings()).summary())
    finally:
        opened.close()


def start_server(store: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                str(TRADEBOT),
                "serve",
                "--store",
                str(store),
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"tradebot serve exited:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("tradebot serve did not start in time")


def _client(
    base: str, take: Callable[[], str | None], record: Callable[[float, bool], None]
) -> None:
    """One client: asks the questions ``take`` hands out until it hands out None.

    A plain keep-alive `http.client` connection: the load generator shares the machine's
    cores with the server, so it should cost as little as a client can (httpx costs
    about three times as much per request)."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=300)
    headers = {**CLIENT, "Content-Type": "application/json"}
    try:
        while (question := take()) is not None:
            body = json.dumps({"message": question})
            started = time.perf_counter()
            try:
                connection.request("POST", "/api/chat", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                connection.close()  # reconnects on the next request
                ok = False
            record(time.perf_counter() - started, ok)
    finally:
        connection.close()


def run_level(base: str, clients: int, requests: int, source: Iterator[str]) -> dict[str, float]:
    """Send ``requests`` questions from ``clients`` threads; latencies and errors."""
    total = max(requests, clients)
    questions = itertools.islice(source, total)
    lock = threading.Lock()
    latencies: list[float] = []
    failures: list[bool] = []

    def take() -> str | None:
        with lock:
            return next(questions, None)

    def record(elapsed: float, ok: bool) -> None:
        with lock:
            latencies.append(elapsed)
            failures.append(not ok)

    threads = [threading.Thread(target=_client, args=(base, take, record)) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "clients": clients,
        "requests": len(latencies),
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": p95 * 1000,
        "throughput": len(latencies) / wall,
        "errors": sum(failures),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--store",
        type=Path,
        help="An ingested store (default: a temp store with the sample data, ingested now).",
    )
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--requests", type=int, default=60, help="Requests per level.")
    parser.add_argument(
        "--fresh", action="store_true", help="Also run every level with never-repeated questions."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "store"
            ingest_samples(store)
        process, base = start_server(store, Path(scratch) / "serve.log")
        try:
            for question in QUESTIONS:  # a warm server: the model loaded, the first chart drawn
                started = time.perf_counter()
                warm_up = {"message": question}
                httpx.post(f"{base}/api/chat", json=warm_up, headers=CLIENT, timeout=300)
                print(f"first answer {(time.perf_counter() - started) * 1000:,.0f} ms: {question}")
            print(
                f"{'questions':>9} {'clients':>7} {'requests':>8} {'p50 ms':>9} {'p95 ms':>9} "
                f"{'req/s':>7} {'errors':>6}"
            )
            fresh = fresh_questions()
            loads = [("repeated", itertools.cycle(QUESTIONS))]
            loads += [("fresh", fresh)] if args.fresh else []
            for name, source in loads:
                for clients in args.clients:
                    row = run_level(base, clients, args.requests, source)
                    print(
                        f"{name:>9} {row['clients']:>7.0f} {row['requests']:>8.0f} "
                        f"{row['p50_ms']:>9.1f} {row['p95_ms']:>9.1f} "
                        f"{row['throughput']:>7.2f} {row['errors']:>6.0f}"
                    )
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)


if __name__ == "__main__":
    main()

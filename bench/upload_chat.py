"""Chat latency while a large file is uploaded, against a real `tradebot serve` on 127.0.0.1.

    .venv/bin/python bench/upload_chat.py                 # a 20 MiB CSV, 4 chat clients
    .venv/bin/python bench/upload_chat.py --mib 49 --clients 4

The server runs on a temporary store with the sample data (the real embedding model) and
an upload limit above the file. The bench generates a long CSV (`bench/ingest_memory.py`'s
table of values by flow, partner and product), then:

1. asks questions from ``--clients`` threads for ``--idle-s`` seconds with no upload: the
   chat latency of an idle server;
2. uploads the CSV to ``POST /api/ingest`` and, from the moment the upload starts until its
   answer arrives, asks questions from the same number of threads (each waits for its
   answer before the next question): the chat latency during the upload.

It prints p50, p95 and the largest latency, answers and errors of each phase, the upload's
status and seconds. Not a test: it exits 0 (1 when the upload or a chat failed).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)  # bench/ingest.py would hide the ingest package

from bench.ingest_memory import MIB, write_csv  # noqa: E402
from bench.serve import CLIENT, QUESTIONS, ingest_samples, start_server  # noqa: E402


class Latencies:
    """Chat latencies and failures, recorded from several threads."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.errors = 0
        self._lock = threading.Lock()

    def record(self, seconds: float, ok: bool) -> None:
        with self._lock:
            self.seconds.append(seconds)
            self.errors += 0 if ok else 1

    def summary(self) -> str:
        ordered = sorted(self.seconds)
        if not ordered:
            return "no answers"
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return (
            f"{len(ordered)} answers, p50 {statistics.median(ordered) * 1000:,.0f} ms, "
            f"p95 {p95 * 1000:,.0f} ms, max {ordered[-1] * 1000:,.0f} ms, errors {self.errors}"
        )


def chat_while(base: str, clients: int, running: threading.Event, into: Latencies) -> None:
    """Ask questions from ``clients`` threads while ``running`` is set."""
    questions = itertools.cycle(QUESTIONS)
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=300, headers=CLIENT) as http:
            while running.is_set():
                with lock:
                    question = next(questions)
                started = time.perf_counter()
                try:
                    ok = http.post("/api/chat", json={"message": question}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                into.record(time.perf_counter() - started, ok)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def idle_phase(base: str, clients: int, seconds: float) -> Latencies:
    latencies = Latencies()
    running = threading.Event()
    running.set()
    threading.Timer(seconds, running.clear).start()
    chat_while(base, clients, running, latencies)
    return latencies


def upload_phase(base: str, clients: int, csv_path: Path) -> tuple[Latencies, int, float]:
    latencies = Latencies()
    running = threading.Event()
    running.set()
    chats = threading.Thread(target=chat_while, args=(base, clients, running, latencies))
    chats.start()
    started = time.perf_counter()
    try:
        with csv_path.open("rb") as data, httpx.Client(timeout=1800, headers=CLIENT) as http:
            files = [("files", (csv_path.name, data, "text/csv"))]
            status = http.post(f"{base}/api/ingest", files=files).status_code
    finally:
        took = time.perf_counter() - started
        running.clear()
        chats.join()
    return latencies, status, took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=20.0, help="size of the uploaded CSV")
    parser.add_argument("--clients", type=int, default=4, help="chat clients asking at once")
    parser.add_argument("--idle-s", type=float, default=15.0, help="seconds of idle chat first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        csv_path = folder / "trade_by_partner_product.csv"
        rows = write_csv(csv_path, args.mib)
        print(f"file: {csv_path.stat().st_size / MIB:.1f} MiB, {rows:,} data rows")
        ingest_samples(folder / "store")
        os.environ["TRADEBOT_MAX_UPLOAD_MB"] = str(args.mib + 5)
        os.environ["TRADEBOT_MAX_FILE_MB"] = str(args.mib + 5)
        process, base = start_server(folder / "store", folder / "serve.log")
        try:
            warm_up = {"message": QUESTIONS[0]}  # the first answer loads the model
            httpx.post(f"{base}/api/chat", json=warm_up, headers=CLIENT, timeout=300)
            idle = idle_phase(base, args.clients, args.idle_s)
            print(f"chat, idle server ({args.clients} clients): {idle.summary()}")
            during, status, took = upload_phase(base, args.clients, csv_path)
            print(f"upload: HTTP {status} in {took:.1f} s")
            print(f"chat during the upload ({args.clients} clients): {during.summary()}")
        finally:
            process.terminate()
            process.wait(timeout=60)
    return 0 if status == 200 and not (idle.errors or during.errors) else 1


if __name__ == "__main__":
    raise SystemExit(main())

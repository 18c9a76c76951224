"""How long Slack waits for our acknowledgement when many events arrive at once.

Starts `tradebot serve` on 127.0.0.1 (a store of the samples, Slack pointed at a fake Web
API), sends one warm-up event, then N signed ``app_mention`` events at the same moment,
then N more while the first answers are being computed, and prints the acknowledgement
latency of each wave (p50, p95, max). Slack gives up after 3 seconds. Then it waits for
the answers and prints how long the last one took. Exit status 1 if any ack took 3 s.

    .venv/bin/python bench/slack_ack.py [--events 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.api.slack.conftest import SECRET, event_body, mention, sign
from tests.api.slack.fake_slack import FakeSlack
from tests.api.slack.server_process import ServerProcess, build_sample_store

QUESTION = "How much did exports to Singapore grow in January 2026?"


def send(url: str, number: int, latencies: list[float], barrier: threading.Barrier) -> None:
    body = event_body(mention(QUESTION, ts=f"1800000000.{number:06d}"), event_id=f"EvB{number}")
    headers = {"Content-Type": "application/json", **sign(body)}
    with httpx.Client(timeout=30) as client:  # built (TLS context and all) before the clock
        barrier.wait()
        started = time.perf_counter()
        response = client.post(f"{url}/slack/events", content=body, headers=headers)
        latencies.append(time.perf_counter() - started)
    if response.status_code != 200:
        print(f"event {number}: HTTP {response.status_code} {response.text}", file=sys.stderr)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(events: int) -> int:
    fake = FakeSlack().start()
    with tempfile.TemporaryDirectory() as directory:
        store = build_sample_store(Path(directory) / "store")
        env = {
            "TRADEBOT_SLACK_SIGNING_SECRET": SECRET,
            "TRADEBOT_SLACK_BOT_TOKEN": "xoxb-bench",
            "TRADEBOT_SLACK_API_URL": fake.api_url,
            "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
        }
        with ServerProcess(store, env) as server:
            warm: list[float] = []
            send(server.url, 0, warm, threading.Barrier(1))
            fake.wait_for("chat.postMessage", 1, timeout_s=180)
            started = time.perf_counter()
            first = wave(server.url, range(1, events + 1))
            second = wave(server.url, range(events + 1, 2 * events + 1))  # answers still running
            fake.wait_for("chat.postMessage", 2 * events + 1, timeout_s=600)
            answered = time.perf_counter() - started
    fake.stop()
    print(f"warm-up acknowledgement (first request, auth.test): {warm[0] * 1000:.0f} ms")
    report(f"{events} concurrent signed events", first)
    report(f"{events} more while the first {events} answers are computed", second)
    print(f"all {2 * events} answers posted after {answered:.1f} s")
    return 0 if max(first + second) < 3 else 1


def wave(url: str, numbers: range) -> list[float]:
    """Send one signed event per number at the same moment; their acknowledgement times."""
    latencies: list[float] = []
    barrier = threading.Barrier(len(numbers))
    threads = [threading.Thread(target=send, args=(url, n, latencies, barrier)) for n in numbers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def report(title: str, latencies: list[float]) -> None:
    print(f"{title}, acknowledgement latency:")
    print(f"  p50 {statistics.median(latencies) * 1000:.0f} ms")
    print(f"  p95 {percentile(latencies, 0.95) * 1000:.0f} ms")
    print(f"  max {max(latencies) * 1000:.0f} ms  (Slack's limit: 3000 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20, help="concurrent events (20)")
    raise SystemExit(run(parser.parse_args().events))


if __name__ == "__main__":
    main()

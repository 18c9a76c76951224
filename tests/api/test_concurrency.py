"""Questions answered in parallel give the answers they give one at a time."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.api.conftest import running_app

QUESTIONS = (
    "How much did exports to Singapore grow in March 2026?",
    "Which markets drove the growth of exports in January 2026?",
    "Show the trend of total exports over 2025",
    "Is the 125% figure for exports to Singapore right?",
)


def _answer(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k != "conversation_id"}


def test_parallel_answers_equal_serial_ones_and_a_conversation_keeps_its_turns(
    store_dir: Path,
) -> None:
    with running_app(store_dir) as client:
        serial = [_answer(client.post("/api/chat", json={"message": q}).json()) for q in QUESTIONS]
        with ThreadPoolExecutor(8) as pool:
            replies = list(
                pool.map(lambda q: client.post("/api/chat", json={"message": q}), QUESTIONS * 4)
            )
        assert all(r.status_code == 200 for r in replies)
        assert [_answer(r.json()) for r in replies] == serial * 4

        first = client.post("/api/chat", json={"message": QUESTIONS[0]}).json()
        cid = first["conversation_id"]
        follow = {"message": "And in February 2026?", "conversation_id": cid}
        with ThreadPoolExecutor(4) as pool:
            codes = list(
                pool.map(lambda _: client.post("/api/chat", json=follow).status_code, range(4))
            )
        assert codes == [200] * 4
        turns = client.get(f"/api/conversations/{cid}").json()
        assert len(turns["turns"]) == 5

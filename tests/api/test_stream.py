"""POST /api/chat/stream: server-sent events consumed to the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from api.routes.stream import text_pieces
from api.settings import ApiSettings
from bot.settings import BotSettings
from tests.api.conftest import running_app, sse_events

SINGAPORE = "How much did exports to Singapore grow in March 2026?"


def stream(client: TestClient, message: str, conversation_id: str | None = None) -> list[Any]:
    payload = {"message": message, "conversation_id": conversation_id}
    with client.stream("POST", "/api/chat/stream", json=payload) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    return sse_events(body)


def test_events_arrive_in_order_and_add_up_to_the_answer(client: TestClient) -> None:
    events = stream(client, SINGAPORE)
    names = [name for name, _ in events]

    assert names[0] == "status"
    assert names[-1] == "done"
    assert names.count("delta") >= 2
    first_delta, last_delta = names.index("delta"), len(names) - 1 - names[::-1].index("delta")
    assert names[last_delta + 1 : last_delta + 3] == ["figures", "citations"]
    assert all(n == "delta" for n in names[first_delta : last_delta + 1])

    text = "".join(data["text"] for name, data in events if name == "delta")
    conversation_id = events[-1][1]["conversation_id"]
    answer = client.get(f"/api/conversations/{conversation_id}").json()["turns"][0]["answer"]
    assert text == answer["answer"]
    figures = next(data for name, data in events if name == "figures")["figures"]
    assert figures == answer["figures"]
    citations = next(data for name, data in events if name == "citations")["citations"]
    assert citations == answer["citations"]


def test_a_chart_event_carries_the_svg(client: TestClient) -> None:
    events = stream(client, "Show the trend of total exports over 2025")
    chart = next(data for name, data in events if name == "chart")
    assert chart["chart"]["type"] == "line"
    assert "<svg" in chart["svg"]


def test_no_chart_event_without_a_chart(client: TestClient) -> None:
    names = [name for name, _ in stream(client, SINGAPORE)]
    assert "chart" not in names


def test_a_streamed_follow_up_continues_the_conversation(client: TestClient) -> None:
    first = stream(client, SINGAPORE)[-1][1]["conversation_id"]

    events = stream(client, "And Malaysia?", first)

    assert events[-1][1]["conversation_id"] == first
    text = "".join(data["text"] for name, data in events if name == "delta")
    assert "Malaysia" in text


def test_a_bad_request_is_refused_before_the_stream_starts(client: TestClient) -> None:
    response = client.post("/api/chat/stream", json={"message": ""})
    assert response.status_code == 422
    assert response.json()["ok"] is False


def test_an_unknown_conversation_is_404_before_the_stream_starts(client: TestClient) -> None:
    payload = {"message": "And Malaysia?", "conversation_id": "no-such-conversation"}

    response = client.post("/api/chat/stream", json=payload)

    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"] == (
        "conversation no-such-conversation not found; omit conversation_id to start a new one"
    )
    assert client.get("/api/conversations").json()["conversations"] == []


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_text_pieces_lose_nothing(text: str) -> None:
    assert "".join(text_pieces(text)) == text


def test_an_engine_refusal_arrives_as_an_error_event(store_dir: Path) -> None:
    question = "How much did exports grow? " * 50  # within the API's limit, over the engine's
    bot_settings = BotSettings(max_question_chars=1000)

    with running_app(store_dir, ApiSettings(), bot_settings=bot_settings) as client:
        events = stream(client, question)

    names = [name for name, _ in events]
    assert names[0] == "status"
    assert names[-1] == "error"
    assert "done" not in names
    error = events[-1][1]
    assert error["ok"] is False
    assert error["status"] == 422

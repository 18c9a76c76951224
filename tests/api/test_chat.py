"""POST /api/chat through the real app on the sample data: figures, quotes, conversations."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.settings import ApiSettings
from bot.settings import BotSettings
from tests.api.conftest import SAMPLES, TABLES, running_app

ARTICLE_TEXT = " ".join(
    (SAMPLES / "articles" / "hk-exports-q1-2026-peoples-daily.txt").read_text().split()
)
SINGAPORE = "How much did exports to Singapore grow in March 2026?"


def ask(client: TestClient, message: str, conversation_id: str | None = None) -> dict[str, Any]:
    response = client.post(
        "/api/chat", json={"message": message, "conversation_id": conversation_id}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_an_answer_carries_traceable_figures_and_verbatim_quotes(client: TestClient) -> None:
    body = ask(client, SINGAPORE)

    assert body["ok"] is True
    assert re.fullmatch(r"[0-9a-f]{32}", body["conversation_id"])
    assert "Singapore" in body["answer"]
    [figure] = [f for f in body["figures"] if "Singapore" in f["label"]]
    assert figure["period"] == "2026-03"
    assert figure["display"] in body["answer"]
    assert figure["formula"]
    assert any("hk_exports_imports_by_partner_yoy_long.csv" in s for s in figure["sources"])
    assert body["citations"], "the sample article talks about Singapore"
    for citation in body["citations"]:
        assert " ".join(citation["quote"].split()) in ARTICLE_TEXT
        assert f"[{citation['id']}]" in body["answer"]


def test_every_figure_row_named_exists_in_its_table(client: TestClient) -> None:
    body = ask(client, SINGAPORE)

    for figure in body["figures"]:
        for source in figure["sources"]:
            match = re.match(r"(\S+\.csv) rows? ([\d, ]+)", source)
            assert match, source
            lines = (TABLES / Path(match.group(1)).name).read_text().splitlines()
            for row in match.group(2).replace(" ", "").split(","):
                assert 1 <= int(row) <= len(lines)


def test_a_follow_up_continues_the_conversation(client: TestClient) -> None:
    first = ask(client, SINGAPORE)

    follow_up = ask(client, "And Malaysia?", first["conversation_id"])

    assert follow_up["conversation_id"] == first["conversation_id"]
    assert "Malaysia" in follow_up["answer"]
    assert "March 2026" in follow_up["answer"]
    turns = client.get(f"/api/conversations/{first['conversation_id']}").json()["turns"]
    assert [t["question"] for t in turns] == [SINGAPORE, "And Malaysia?"]


def test_conversations_survive_a_restart(store_dir: Path) -> None:
    with running_app(store_dir) as client:
        first = ask(client, SINGAPORE)

    with running_app(store_dir) as client:
        listed = client.get("/api/conversations").json()["conversations"]
        follow_up = ask(client, "And Malaysia?", first["conversation_id"])
        turns = client.get(f"/api/conversations/{first['conversation_id']}").json()["turns"]

    assert first["conversation_id"] in {c["id"] for c in listed}
    assert "March 2026" in follow_up["answer"]
    assert [t["question"] for t in turns] == [SINGAPORE, "And Malaysia?"]
    assert turns[0]["answer"]["answer"] == first["answer"]


def test_an_unknown_conversation_id_is_404_and_starts_nothing(client: TestClient) -> None:
    response = client.post(
        "/api/chat", json={"message": "And Malaysia?", "conversation_id": "no-such-conversation"}
    )

    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error": "conversation no-such-conversation not found; "
        "omit conversation_id to start a new one",
        "status": 404,
    }
    assert client.get("/api/conversations/no-such-conversation").status_code == 404
    assert client.get("/api/conversations").json()["conversations"] == []


def test_a_trend_answer_comes_with_an_svg_chart(client: TestClient) -> None:
    body = ask(client, "Show the trend of total exports over 2025")

    chart = body["chart"]
    assert chart["type"] == "line"
    assert len(chart["labels"]) == len(chart["values"]) >= 2
    assert body["chart_svg"].startswith("<?xml")
    assert "<svg" in body["chart_svg"]


def test_a_ranking_answer_comes_with_a_bar_chart(client: TestClient) -> None:
    body = ask(client, "Which markets drove the growth of exports in January 2026?")
    assert body["chart"]["type"] == "bar"
    assert "<svg" in body["chart_svg"]


def test_a_question_without_evidence_is_a_normal_answer(client: TestClient) -> None:
    body = ask(client, "How many penguins live in Antarctica?")
    assert body["ok"] is True
    assert body["answer"]


def test_a_deleted_conversation_is_gone(client: TestClient) -> None:
    cid = ask(client, SINGAPORE)["conversation_id"]

    assert client.delete(f"/api/conversations/{cid}").status_code == 200

    assert client.get(f"/api/conversations/{cid}").status_code == 404
    follow_up = client.post("/api/chat", json={"message": "And Malaysia?", "conversation_id": cid})
    assert follow_up.status_code == 404
    assert f"conversation {cid} not found" in follow_up.json()["error"]


def test_concurrent_questions_are_all_answered_and_kept(client: TestClient) -> None:
    questions = [SINGAPORE, "Show the trend of total exports over 2025"] * 4

    with ThreadPoolExecutor(max_workers=8) as pool:
        bodies = list(pool.map(lambda q: ask(client, q), questions))

    assert all(b["ok"] for b in bodies)
    ids = {b["conversation_id"] for b in bodies}
    assert len(ids) == len(questions)
    listed = {c["id"] for c in client.get("/api/conversations").json()["conversations"]}
    assert ids <= listed


def test_a_3000_character_question_under_the_api_limit_is_answered(client: TestClient) -> None:
    question = (SINGAPORE + " ") * 60
    question = question[:3000]
    assert len(question) == 3000  # under TRADEBOT_MAX_MESSAGE_CHARS (4,000)

    body = ask(client, question)

    assert body["ok"] is True
    assert "Singapore" in body["answer"]


def test_an_engine_refusal_is_422_in_the_error_shape(store_dir: Path) -> None:
    question = "How much did exports grow? " * 50  # within the API's limit, over the engine's
    bot_settings = BotSettings(max_question_chars=1000)

    with running_app(store_dir, ApiSettings(), bot_settings=bot_settings) as client:
        response = client.post("/api/chat", json={"message": question})

    assert response.status_code == 422
    body = response.json()
    assert body == {"ok": False, "error": body["error"], "status": 422}
    assert "1,000" in body["error"]

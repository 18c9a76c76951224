"""One compact Markdown answer everywhere: the JSON chat API, the OpenAI-compatible API
and `tradebot ask` show the same text; the JSON keeps every figure with its row
attributes."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app

TREND = "How did exports change month by month in 2025?"
BUDGET = 1500  # characters of Markdown before the quotes


def _before_quotes(text: str) -> str:
    return text.split("**What the articles say**", 1)[0]


def test_the_web_openai_and_cli_answers_are_the_same_compact_markdown(
    client: TestClient, store_dir: Path
) -> None:
    chat = client.post("/api/chat", json={"message": TREND})
    assert chat.status_code == 200
    data = chat.json()
    text = data["answer"]
    assert len(_before_quotes(text)) < BUDGET
    completion = client.post(
        "/v1/chat/completions",
        json={"model": "tradebot", "messages": [{"role": "user", "content": TREND}]},
    )
    assert completion.status_code == 200
    assert completion.json()["choices"][0]["message"]["content"] == text.rstrip()
    result = CliRunner().invoke(
        app, ["ask", TREND, "--store", str(store_dir), "--embedder", "hashing"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip() == text.rstrip()


def test_no_figure_is_lost_from_the_json(client: TestClient) -> None:
    data = client.post("/api/chat", json={"message": TREND}).json()
    figures = data["figures"]
    assert len(figures) == 13  # twelve months and the change over the year
    for figure in figures:
        assert {"label", "value", "unit", "formula", "sources", "display", "period"} <= set(figure)
        assert "source_kind: " in figure["sources"][0]  # the row's attributes stay here
        assert figure["display"] in data["answer"]  # and every value is still shown
    assert "source_kind" not in data["answer"]
    assert data["chart"]["type"] == "line"
    assert len(data["chart"]["values"]) == 12

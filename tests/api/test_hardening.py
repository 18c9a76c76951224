"""Requests that once crashed the server or the CLI: now plain answers or clean refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError
from typer.testing import CliRunner

from api.cli import app as cli
from api.settings import ApiSettings
from ingest import IngestSettings, ingest_paths
from tests.api.conftest import open_test_store, running_app

QUARTERLY = (
    "Exports by partner (HK$ million)\nQuarter,Partner,Exports\n"
    "2024Q1,India,100\n2024Q2,India,110\n2025Q1,India,120\n2025Q2,India,130\n"
)
BETWEEN = "How did export growth to India compare between April 2024 and April 2025?"
SURROGATE = '{"message": "\\ud800 exports"}'


@pytest.fixture
def quarterly_store(tmp_path: Path) -> Path:
    table = tmp_path / "india.csv"
    table.write_text(QUARTERLY)
    where = tmp_path / "store"
    store = open_test_store(where)
    try:
        assert ingest_paths([table], store, IngestSettings()).ok
    finally:
        store.close()
    return where


@pytest.fixture
def quarterly_client(quarterly_store: Path) -> Iterator[TestClient]:
    with running_app(quarterly_store) as client:
        yield client


def test_a_question_that_crashed_the_engine_gets_an_answer_over_http(
    quarterly_client: TestClient,
) -> None:
    response = quarterly_client.post("/api/chat", json={"message": BETWEEN})
    assert response.status_code == 200, response.text
    assert "April 2024" in response.json()["answer"]


def test_a_question_that_crashed_the_engine_gets_an_answer_on_the_cli(
    quarterly_store: Path,
) -> None:
    args = ["--store", str(quarterly_store), "--embedder", "hashing"]
    asked = CliRunner().invoke(cli, ["ask", BETWEEN, *args])
    assert asked.exit_code == 0, asked.output
    assert "Traceback" not in asked.output
    chatted = CliRunner().invoke(cli, ["chat", "--jsonl", *args], input=f"{BETWEEN}\n/quit\n")
    assert chatted.exit_code == 0, chatted.output
    first = json.loads(chatted.stdout.splitlines()[0])
    assert "April 2024" in first["answer"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/chat", SURROGATE),
        ("/api/chat/stream", SURROGATE),
        ("/v1/chat/completions", '{"messages": [{"role": "user", "content": "\\ud800 exports"}]}'),
        (
            "/v1/chat/completions",
            '{"messages": [{"role": "user", "content": "\\udfff imports"},'
            ' {"role": "user", "content": "exports"}]}',
        ),
    ],
)
def test_a_lone_surrogate_is_refused_with_422_and_a_plain_message(
    client: TestClient, path: str, body: str
) -> None:
    response = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    error = response.json()
    assert error["ok"] is False
    assert "lone UTF-16 surrogate" in error["error"]
    assert "token" not in error["error"].lower()


@pytest.mark.parametrize(
    "weak", ["password", "12345678", "short-key-12345", "aaaaaaaaaaaaaaaaaaaa", "password-hunter2"]
)
def test_weak_api_keys_are_refused(weak: str) -> None:
    with pytest.raises(ValidationError):
        ApiSettings(api_key=SecretStr(weak))


def test_a_long_random_api_key_is_accepted() -> None:
    settings = ApiSettings(api_key=SecretStr("k9V-2rTq_8xLmZ4pW7sY"))
    assert settings.api_key is not None


def test_a_refused_api_key_is_never_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEBOT_API_KEY", "hunter2")
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "TRADEBOT_API_KEY" in result.output
    assert "hunter2" not in result.output


def test_a_file_over_the_limit_named_on_the_command_line_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEBOT_MAX_FILE_MB", "0.001")
    big = tmp_path / "big.csv"
    big.write_text("period,exports\n" + "2025-01,100\n" * 200)
    store = tmp_path / "store"
    result = CliRunner().invoke(
        cli, ["ingest", str(big), "--store", str(store), "--embedder", "hashing"]
    )
    assert result.exit_code == 1, result.output
    assert "larger than 0.001 MiB" in result.output

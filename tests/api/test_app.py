"""The app factory: page, docs, health, and the Slack hook."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.slack.settings import SlackSettings
from tests.api.conftest import running_app


def test_the_page_and_its_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    for asset in ("/static/app.css", "/static/app.js", "/static/markdown.js", "/static/library.js"):
        assert asset in page.text
        assert client.get(asset).status_code == 200
    assert "cdn" not in page.text.lower()
    assert "http://" not in page.text
    assert "https://" not in page.text


def test_unknown_static_files_are_404_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/static/../../pyproject.toml")
    assert response.status_code == 404
    assert client.get("/static/nothing.js").json()["status"] == 404


def test_health_counts_the_store(client: TestClient) -> None:
    assert client.get("/health").json() == {"ok": True, "status": "ok", "sources": 4, "tables": 3}


def test_openapi_docs_describe_the_routes(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/chat", "/api/chat/stream", "/api/ingest", "/v1/chat/completions"):
        assert path in paths


def test_examples_name_what_the_tables_hold(client: TestClient) -> None:
    questions = client.get("/api/examples").json()["questions"]
    assert 1 <= len(questions) <= 4
    for question in questions:
        answer = client.post("/api/chat", json={"message": question}).json()
        assert answer["figures"], question


def test_slack_is_not_mounted_without_a_signing_secret(client: TestClient) -> None:
    assert client.post("/slack/events", json={}).status_code == 404


def test_slack_is_mounted_with_a_signing_secret(store_dir: Path) -> None:
    slack = SlackSettings(
        slack_signing_secret=SecretStr("signing-secret"),
        slack_bot_token=SecretStr("xoxb-test"),
        slack_api_url="http://127.0.0.1:9/api/",
    )
    with running_app(store_dir, slack_settings=slack) as client:
        response = client.post("/slack/events", json={"type": "url_verification"})
    assert response.status_code == 401
    assert response.json()["ok"] is False


def test_an_empty_store_has_no_sources_and_no_examples(tmp_path: Path) -> None:
    with running_app(tmp_path / "empty") as client:
        assert client.get("/api/sources").json()["sources"] == []
        assert client.get("/api/examples").json()["questions"] == []
        answer = client.post("/api/chat", json={"message": "How much did exports grow?"})
    assert answer.status_code == 200
    assert answer.json()["figures"] == []

"""Every error leaves the app in one JSON shape: {"ok": false, "error": "...", "status": N}."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import CONVERSATIONS_FILE
from api.settings import ApiSettings
from tests.api.conftest import running_app

KEY = "test-key-0123456789"


def assert_error_shape(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str)
    assert body["error"]
    assert "Traceback" not in body["error"]
    return body


def test_unknown_route_is_404(client: TestClient) -> None:
    assert_error_shape(client.get("/api/nothing-here"), 404)


def test_wrong_method_is_405(client: TestClient) -> None:
    assert_error_shape(client.get("/api/chat"), 405)


def test_invalid_body_is_422_with_a_readable_message(client: TestClient) -> None:
    body = assert_error_shape(client.post("/api/chat", json={"question": "hi"}), 422)
    assert "message" in body["error"]


def test_malformed_json_is_422_with_line_and_column(client: TestClient) -> None:
    response = client.post(
        "/api/chat", content=b"{not json", headers={"content-type": "application/json"}
    )
    body = assert_error_shape(response, 422)
    assert body["error"] == (
        "Invalid JSON body: Expecting property name enclosed in double quotes at line 1 column 2"
    )

    several_lines = b'{\n  "message": "hi",\n  "conversation_id": nul\n}'
    response = client.post(
        "/api/chat/stream", content=several_lines, headers={"content-type": "application/json"}
    )
    body = assert_error_shape(response, 422)
    assert body["error"] == "Invalid JSON body: Expecting value at line 3 column 22"


@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream", "/v1/chat/completions"])
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_a_body_that_is_not_json_is_415(
    client: TestClient, path: str, content_type: str | None
) -> None:
    headers = {"content-type": content_type} if content_type else {}

    response = client.post(path, content=b'{"message": "hi"}', headers=headers)

    body = assert_error_shape(response, 415)
    assert body["error"] == "Content-Type must be application/json"


def test_json_with_a_charset_or_a_json_suffix_is_accepted(client: TestClient) -> None:
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        response = client.post(
            "/api/chat", content=b'{"message": "   "}', headers={"content-type": content_type}
        )
        assert_error_shape(response, 422)  # read as JSON: the empty message is refused


def test_overlong_message_is_422(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(max_message_chars=100)) as client:
        body = assert_error_shape(client.post("/api/chat", json={"message": "x" * 101}), 422)
    assert "100" in body["error"]


def test_empty_message_is_422(client: TestClient) -> None:
    assert_error_shape(client.post("/api/chat", json={"message": "   "}), 422)


def test_bad_conversation_id_is_422(client: TestClient) -> None:
    response = client.post("/api/chat", json={"message": "hi", "conversation_id": "../x"})
    assert_error_shape(response, 422)


def test_missing_api_key_is_401(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(api_key=SecretStr(KEY))) as client:
        response = client.get("/api/sources")
        assert_error_shape(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"


def test_oversized_body_is_413(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(max_body_kb=4)) as client:
        response = client.post("/api/chat", json={"message": "x" * 8000})
    assert_error_shape(response, 413)


def test_oversized_chunked_body_is_413(store_dir: Path) -> None:
    def chunks() -> Any:
        for _ in range(10):
            yield b"x" * 1024

    with running_app(store_dir, ApiSettings(max_body_kb=4)) as client:
        response = client.post(
            "/api/chat", content=chunks(), headers={"content-type": "application/json"}
        )
    assert_error_shape(response, 413)


def test_unknown_source_and_table_are_404(client: TestClient) -> None:
    assert_error_shape(client.delete("/api/sources/no-such-source"), 404)
    assert_error_shape(client.get("/api/tables/no-such-table"), 404)
    assert_error_shape(client.get("/api/conversations/nobody"), 404)


def test_unexpected_failure_is_500_without_details(
    store_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with running_app(store_dir) as client:
        # The threads' open connections keep their view of the file (write-ahead log):
        # closed, the next request opens the corrupted file and fails.
        client.app.state.chat.conversations.close()
        (store_dir / CONVERSATIONS_FILE).write_bytes(b"this is not a database " * 100)
        with caplog.at_level(logging.ERROR, logger="api.errors"):
            response = client.get("/api/conversations")
    body = assert_error_shape(response, 500)
    assert "database" not in body["error"]
    assert any("unhandled error" in r.message for r in caplog.records)

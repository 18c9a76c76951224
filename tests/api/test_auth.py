"""The optional API key: off by default; when set, every route but /health and the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from api.settings import ApiSettings
from tests.api.conftest import running_app

KEY = "s3cret-key-for-tests"
PROTECTED = [
    ("get", "/api/sources"),
    ("get", "/api/tables"),
    ("get", "/api/conversations"),
    ("get", "/api/examples"),
    ("get", "/v1/models"),
    ("post", "/api/chat"),
    ("post", "/api/chat/stream"),
    ("post", "/v1/chat/completions"),
    ("delete", "/api/sources/anything"),
]


def test_without_a_key_everything_is_open(store_dir: Path) -> None:
    with running_app(store_dir) as client:
        assert client.get("/api/sources").status_code == 200
        assert client.get("/v1/models").status_code == 200


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_with_a_key_routes_refuse_requests_without_it(
    store_dir: Path, method: str, path: str
) -> None:
    with running_app(store_dir, ApiSettings(api_key=SecretStr(KEY))) as client:
        response = client.request(method, path, json={"message": "hi"})
    assert response.status_code == 401


def test_with_a_key_a_wrong_key_is_refused_and_the_right_one_accepted(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(api_key=SecretStr(KEY))) as client:
        wrong = client.get("/api/sources", headers={"Authorization": "Bearer nope-nope-nope"})
        basic = client.get("/api/sources", headers={"Authorization": f"Basic {KEY}"})
        right = client.get("/api/sources", headers={"Authorization": f"Bearer {KEY}"})
    assert wrong.status_code == 401
    assert basic.status_code == 401
    assert right.status_code == 200


def test_with_a_key_health_page_and_static_files_stay_open(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(api_key=SecretStr(KEY))) as client:
        assert client.get("/health").json()["ok"] is True
        page = client.get("/")
        assert page.status_code == 200
        assert "text/html" in page.headers["content-type"]
        for asset in (
            "app.js",
            "app.css",
            "markdown.js",
            "dom.js",
            "http.js",
            "answer.js",
            "library.js",
        ):
            assert client.get(f"/static/{asset}").status_code == 200
        assert client.get("/docs").status_code == 200


@pytest.mark.parametrize("placeholder", ["changeme", "secret", "short"])
def test_placeholder_or_short_keys_are_refused(placeholder: str) -> None:
    with pytest.raises(ValidationError):
        ApiSettings(api_key=SecretStr(placeholder))


def test_a_blank_key_means_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEBOT_API_KEY", "  ")
    assert ApiSettings().api_key is None

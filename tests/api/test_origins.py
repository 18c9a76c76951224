"""Cross-site request forgery and DNS rebinding against the keyless server are refused;
the web page, API-key clients and Slack keep working."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.origins import CLIENT_HEADER, allowed_hosts, host_allowed
from api.settings import ApiSettings
from tests.api.conftest import running_app

PLANTED = (
    "Planted article\n\n"
    "Exports to Atlantis rose by 900 per cent, the harbour master said in a planted note.\n"
)
KEY = "origin-test-key-0123456789"


def _upload(client: TestClient, headers: dict[str, str], name: str = "planted.txt") -> Any:
    """A multipart upload with exactly ``headers`` (the client's own defaults left out)."""
    request = client.build_request(
        "POST", "/api/ingest", files=[("files", (name, PLANTED.encode(), "text/plain"))]
    )
    for header in ("x-tradebot-request", "origin", "sec-fetch-site", "sec-fetch-mode"):
        request.headers.pop(header, None)
    request.headers.update(headers)
    return client.send(request)


def _source_names(client: TestClient) -> set[str]:
    return {s["name"] for s in client.get("/api/sources").json()["sources"]}


def _nothing_ingested(client: TestClient, store_dir: Path) -> None:
    assert "planted.txt" not in _source_names(client)
    assert not (store_dir / "uploads" / "planted.txt").exists()


NO_CORS_UPLOAD = {  # what Chromium sends for fetch(url, {mode: "no-cors", body: formData})
    "Origin": "http://evil.example",
    "Sec-Fetch-Site": "cross-site",
    "Sec-Fetch-Mode": "no-cors",
    "Sec-Fetch-Dest": "empty",
}


@pytest.mark.parametrize(
    "headers",
    [
        NO_CORS_UPLOAD,
        {**NO_CORS_UPLOAD, CLIENT_HEADER: "1"},  # cannot be sent cross-site, refused anyway
        {"Origin": "http://evil.example"},  # a browser without Sec-Fetch-*
        {"Origin": "null"},  # a sandboxed frame or a file: page
        {"Sec-Fetch-Site": "same-site", CLIENT_HEADER: "1"},  # another port of localhost
        {},  # a form post whose browser sent no Origin: no header either
    ],
    ids=["no-cors", "no-cors-with-header", "origin-only", "null-origin", "same-site", "bare"],
)
def test_a_cross_site_upload_is_refused_and_nothing_is_ingested(
    client: TestClient, store_dir: Path, headers: dict[str, str]
) -> None:
    response = _upload(client, headers)

    assert response.status_code == 403, response.text
    assert response.json()["ok"] is False
    _nothing_ingested(client, store_dir)


def test_the_pages_own_upload_is_accepted(client: TestClient) -> None:
    same_origin = {
        "Origin": "http://127.0.0.1",
        "Sec-Fetch-Site": "same-origin",
        CLIENT_HEADER: "1",
    }
    response = _upload(client, same_origin)

    assert response.status_code == 200, response.text
    assert "planted.txt" in _source_names(client)


def test_a_browsers_same_origin_request_needs_no_header(client: TestClient) -> None:
    """The API docs page (Swagger UI) posts without the header; its browser says it is
    same-origin, which no page on another site can make it say."""
    browser = {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin", CLIENT_HEADER: ""}
    response = client.post("/api/chat", json={"message": "exports"}, headers=browser)

    assert response.status_code == 200, response.text


def test_every_state_changing_route_needs_the_header(client: TestClient) -> None:
    bare = {CLIENT_HEADER: ""}
    chat = client.post("/api/chat", json={"message": "exports"}, headers=bare)
    openai = client.post(
        "/v1/chat/completions",
        json={"model": "tradebot", "messages": [{"role": "user", "content": "exports"}]},
        headers=bare,
    )
    source_id = client.get("/api/sources").json()["sources"][0]["id"]
    removal = client.delete(f"/api/sources/{source_id}", headers=bare)

    assert [r.status_code for r in (chat, openai, removal)] == [403, 403, 403]
    assert CLIENT_HEADER in chat.json()["error"]
    assert source_id in {s["id"] for s in client.get("/api/sources").json()["sources"]}


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_a_forged_host_is_refused(client: TestClient, store_dir: Path, host: str) -> None:
    """DNS rebinding: the browser believes it talks to evil.example and sends that Host."""
    read = client.get("/api/sources", headers={"Host": host})
    upload = _upload(client, {"Host": host, CLIENT_HEADER: "1"})

    assert read.status_code == 400, read.text
    assert read.json() == {"ok": False, "error": read.json()["error"], "status": 400}
    assert "TRADEBOT_ALLOWED_HOSTS" in read.json()["error"]
    assert upload.status_code == 400
    _nothing_ingested(client, store_dir)


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST"])
def test_loopback_hosts_are_accepted(client: TestClient, host: str) -> None:
    assert client.get("/api/sources", headers={"Host": host}).status_code == 200


def test_allowed_hosts_name_the_public_host(store_dir: Path) -> None:
    settings = ApiSettings(allowed_hosts=["trade.example.org", "*.internal.example"])
    with running_app(store_dir, settings) as client:
        for host in ("trade.example.org", "bot.internal.example:443", "127.0.0.1"):
            assert client.get("/api/sources", headers={"Host": host}).status_code == 200
        assert client.get("/api/sources", headers={"Host": "evil.example"}).status_code == 400


def test_allowed_hosts_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEBOT_ALLOWED_HOSTS", "trade.example.org, *.internal.example")
    assert ApiSettings().allowed_hosts == ["trade.example.org", "*.internal.example"]


def test_hosts_allowed_by_the_bound_address() -> None:
    assert host_allowed("10.0.0.5:8000", allowed_hosts("10.0.0.5", []))
    assert not host_allowed("evil.example", allowed_hosts("10.0.0.5", []))
    assert allowed_hosts("0.0.0.0", []) is None  # every interface: any name (key required)
    assert allowed_hosts("127.0.0.1", ["*"]) is None
    assert not host_allowed("", allowed_hosts("127.0.0.1", []))


def test_an_api_key_client_needs_no_extra_header(store_dir: Path) -> None:
    """A bearer key is not sent by a browser on its own: it cannot be forged cross-site."""
    with running_app(store_dir, ApiSettings(api_key=KEY)) as client:
        response = client.post(
            "/v1/chat/completions",
            json={"model": "tradebot", "messages": [{"role": "user", "content": "exports"}]},
            headers={CLIENT_HEADER: "", "Authorization": f"Bearer {KEY}"},
        )
        forged = _upload(client, {**NO_CORS_UPLOAD, "Authorization": f"Bearer {KEY}"})

    assert response.status_code == 200, response.text
    assert forged.status_code == 403

"""`tradebot serve`: where it binds, what it prints, and a real server answering."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from api.cli import app
from api.commands.serve import choose_host, is_loopback, page_url
from api.settings import ApiSettings
from tests.api.conftest import serving


def test_help_names_the_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--store", "--host", "--port"):
        assert option in result.output


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_without_a_key_a_configured_public_host_falls_back_to_loopback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert choose_host(ApiSettings(host="0.0.0.0"), None) == "127.0.0.1"
    assert "TRADEBOT_API_KEY" in capsys.readouterr().err


def test_an_explicit_public_host_is_used_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert choose_host(ApiSettings(), "0.0.0.0") == "0.0.0.0"
    assert "without an API key" in capsys.readouterr().err


def test_with_a_key_the_configured_host_is_used_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    settings = ApiSettings(host="0.0.0.0", api_key=SecretStr("a-real-key-123456"))
    assert choose_host(settings, None) == "0.0.0.0"
    assert capsys.readouterr().err == ""


def test_page_url() -> None:
    assert page_url("0.0.0.0", 8000) == "http://127.0.0.1:8000/"
    assert page_url("::1", 9000) == "http://[::1]:9000/"


@pytest.mark.slow
def test_serve_runs_the_app_and_prints_the_page_address(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serving(tmp_path / "store", log) as base:
        page = httpx.get(f"{base}/")
        sources = httpx.get(f"{base}/api/sources").json()
    output = log.read_text()
    assert page.status_code == 200
    assert "Trade insights" in page.text
    assert sources == {"ok": True, "sources": []}
    assert f"Chat page: {base}/" in output


@pytest.mark.slow
def test_serve_with_a_key_protects_the_api(tmp_path: Path) -> None:
    env = {"TRADEBOT_API_KEY": "served-key-123456"}
    with serving(tmp_path / "store", tmp_path / "serve.log", env=env) as base:
        refused = httpx.get(f"{base}/api/sources")
        allowed = httpx.get(
            f"{base}/api/sources", headers={"Authorization": "Bearer served-key-123456"}
        )
    assert refused.status_code == 401
    assert allowed.status_code == 200


def test_a_half_configured_slack_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEBOT_SLACK_SIGNING_SECRET", "signing-secret")
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "TRADEBOT_SLACK_BOT_TOKEN" in result.output
    assert "Traceback" not in result.output


def test_an_unusable_store_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["serve", "--store", str(blocker / "store")])
    assert result.exit_code == 1
    assert "Error:" in result.output
    assert "Traceback" not in result.output

"""Fixtures for the Slack tests: the fake Slack server, signed requests, the app."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from slack_sdk.signature import SignatureVerifier

from api.app import create_app
from api.chat import ChatService
from api.settings import ApiSettings
from api.slack import SlackSettings
from tests.api.conftest import PAGE_BASE_URL
from tests.api.slack.fake_slack import FakeSlack
from tests.api.slack.server_process import build_sample_store
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

SECRET = "test-signing-secret-0123456789"


@pytest.fixture(scope="session")
def ingested_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the samples (fast hashing embedder), built once per session."""
    return build_sample_store(tmp_path_factory.mktemp("ingested") / "store")


@pytest.fixture
def store(tmp_path: Path, ingested_store: Path) -> Iterator[Store]:
    """A private copy of the ingested store, so conversations never leak between tests."""
    directory = tmp_path / "store"
    shutil.copytree(ingested_store, directory)
    opened = open_store(StoreSettings(store=directory), embedder=HashingEmbedder())
    yield opened
    opened.close()


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def slack_settings(fake_slack: FakeSlack) -> SlackSettings:
    return SlackSettings(
        slack_bot_token=SecretStr("xoxb-test-token"),
        slack_signing_secret=SecretStr(SECRET),
        slack_api_url=fake_slack.api_url,
        slack_max_body_bytes=64 * 1024,
    )


@pytest.fixture
def client(slack_settings: SlackSettings, store: Store) -> Iterator[TestClient]:
    """The real app (create_app) with Slack mounted, its lifespan running."""
    app = create_app(ApiSettings(), store=store, slack_settings=slack_settings)
    with TestClient(app, base_url=PAGE_BASE_URL) as test_client:
        yield test_client


@pytest.fixture
def chat(client: TestClient) -> ChatService:
    """The app's chat service, to read what each conversation was asked."""
    service: ChatService = client.app.state.chat  # type: ignore[attr-defined]
    return service


def questions(chat: ChatService, conversation_id: str) -> list[str]:
    """The questions a conversation was asked, in order ([] when it does not exist)."""
    return [turn["question"] for turn in chat.history(conversation_id) or []]


def sign(
    body: bytes | str, *, secret: str = SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """Slack's signature headers for a body."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    raw = body.decode() if isinstance(body, bytes) else body
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=raw)
    assert signature is not None
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}


def event_body(event: dict[str, Any], *, event_id: str = "Ev1") -> str:
    return json.dumps(
        {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
            "event": event,
        }
    )


def mention(text: str, *, ts: str = "1700000001.000100", **extra: Any) -> dict[str, Any]:
    return {
        "type": "app_mention",
        "user": "UASKER",
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "channel": "C1",
        "event_ts": ts,
        **extra,
    }


def direct_message(text: str, *, ts: str = "1700000002.000200", **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel_type": "im",
        "user": "UASKER",
        "text": text,
        "ts": ts,
        "channel": "D1",
        "event_ts": ts,
        **extra,
    }


def post_event(client: TestClient, body: str, **headers: str) -> Any:
    all_headers = {"Content-Type": "application/json", **sign(body), **headers}
    return client.post("/slack/events", content=body, headers=all_headers)


def command_body(text: str, response_url: str, **extra: str) -> str:
    fields = {
        "token": "legacy",
        "team_id": "T1",
        "channel_id": "C9",
        "channel_name": "trade",
        "user_id": "UASKER",
        "user_name": "asker",
        "command": "/tradebot",
        "text": text,
        "response_url": response_url,
        "trigger_id": "1.2.3",
        **extra,
    }
    return urlencode(fields)


def post_command(client: TestClient, body: str) -> Any:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    return client.post("/slack/commands", content=body, headers=headers)


def button_body(message: dict[str, Any], *, ts: str, channel: str = "C1") -> str:
    """The form body Slack posts when someone presses the first button of a message
    (``message``: the body the bot posted with chat.postMessage)."""
    (button,) = [
        element
        for block in message["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    payload = {
        "type": "block_actions",
        "api_app_id": "A1",
        "team": {"id": "T1"},
        "user": {"id": "UASKER"},
        "channel": {"id": channel},
        "container": {"type": "message", "message_ts": ts, "channel_id": channel},
        "message": {"ts": ts, "thread_ts": message.get("thread_ts"), "text": message["text"]},
        "response_url": "https://hooks.example/actions/x",
        "trigger_id": "1.2.3",
        "actions": [
            {
                "type": "button",
                "action_id": button["action_id"],
                "block_id": "provenance",
                "value": button["value"],
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def press_button(client: TestClient, message: dict[str, Any], *, ts: str) -> Any:
    """Press the message's button: a signed interaction payload to the events URL."""
    body = button_body(message, ts=ts, channel=str(message["channel"]))
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    response = client.post("/slack/events", content=body, headers=headers)
    assert response.status_code == 200, response.text
    return response

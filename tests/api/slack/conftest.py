"""Fixtures for the Slack tests: the fake Slack server, signed requests, the app."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr
from slack_sdk.signature import SignatureVerifier

from api.slack import SlackSettings, mount
from bot.records import Answer
from tests.api.slack.fake_slack import FakeSlack

SECRET = "test-signing-secret-0123456789"


class StandInChat:
    """Stand-in for `api.chat.ChatService` until the real app factory lands."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []
        self.reply: Callable[[str, str | None], Answer] = lambda q, c: Answer(
            text=f"**Answer** to: {q}"
        )

    def ask(self, message: str, conversation_id: str | None = None) -> tuple[Answer, str]:
        self.asked.append((message, conversation_id))
        return self.reply(message, conversation_id), conversation_id or "new"


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
def chat() -> StandInChat:
    return StandInChat()


@pytest.fixture
def client(slack_settings: SlackSettings, chat: StandInChat) -> Iterator[TestClient]:
    app = FastAPI()
    app.state.chat = chat
    mount(app, slack_settings)
    with TestClient(app) as test_client:
        yield test_client


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

"""Every Slack request is verified before anything else; bad ones are refused."""

from __future__ import annotations

import json
import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr, ValidationError
from slack_sdk.signature import SignatureVerifier

from api.app import create_app
from api.chat import ChatService
from api.settings import ApiSettings
from api.slack import SlackConfigError, SlackSettings, mount
from tests.api.conftest import PAGE_BASE_URL, PAGE_HEADERS
from tests.api.slack.conftest import (
    SECRET,
    command_body,
    direct_message,
    event_body,
    post_event,
    sign,
)
from tests.api.slack.fake_slack import FakeSlack
from vectorstore import Store

# Slack's published example (docs: "Verifying requests from Slack").
SLACK_DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SLACK_DOC_TIMESTAMP = "1531420618"
SLACK_DOC_BODY = (
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
    "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
    "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F3977008"
    "85554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c4"
    "47fce8b6703c"
)
SLACK_DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"


def test_signature_matches_slacks_published_example() -> None:
    verifier = SignatureVerifier(SLACK_DOC_SECRET)
    signature = verifier.generate_signature(timestamp=SLACK_DOC_TIMESTAMP, body=SLACK_DOC_BODY)
    assert signature == SLACK_DOC_SIGNATURE


def test_slacks_published_example_is_refused_as_stale(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(
        slack_bot_token=SecretStr("xoxb-x"),
        slack_signing_secret=SecretStr(SLACK_DOC_SECRET),
        slack_api_url=fake_slack.api_url,
    )
    app = FastAPI()
    mount(app, settings)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": SLACK_DOC_TIMESTAMP,
        "X-Slack-Signature": SLACK_DOC_SIGNATURE,
    }
    with TestClient(app, base_url=PAGE_BASE_URL) as client:
        response = client.post("/slack/commands", content=SLACK_DOC_BODY, headers=headers)
    assert response.status_code == 401
    assert [c.api for c in fake_slack.calls] in ([], ["auth.test"])  # auth.test: at startup


def test_url_verification_is_answered(client: TestClient) -> None:
    body = json.dumps(
        {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3g", "type": "url_verification"}
    )
    response = post_event(client, body)
    assert response.status_code == 200
    assert response.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3g"}


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing"),
        ({"X-Slack-Request-Timestamp": str(int(time.time()))}, "no signature"),
        ({"X-Slack-Signature": "v0=00"}, "no timestamp"),
        ({"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"}, "not a number"),
    ],
)
def test_missing_or_garbled_headers_get_401(
    client: TestClient, chat: ChatService, headers: dict[str, str], reason: str
) -> None:
    body = event_body(direct_message("hello"))
    response = client.post("/slack/events", content=body, headers=headers)
    assert response.status_code == 401, reason
    assert response.json()["ok"] is False
    assert response.json()["status"] == 401
    assert chat.conversations.summaries() == []


@pytest.mark.parametrize("skew_s", [-310, 310, -3600])  # clear of the 300 s edge under load
def test_stale_or_future_timestamps_get_401(client: TestClient, skew_s: int) -> None:
    body = event_body(direct_message("hello"))
    headers = {
        "Content-Type": "application/json",
        **sign(body, timestamp=int(time.time()) + skew_s),
    }
    assert client.post("/slack/events", content=body, headers=headers).status_code == 401


def test_timestamp_within_five_minutes_is_accepted(client: TestClient) -> None:
    body = json.dumps({"challenge": "c", "type": "url_verification"})
    headers = {"Content-Type": "application/json", **sign(body, timestamp=int(time.time()) - 240)}
    assert client.post("/slack/events", content=body, headers=headers).status_code == 200


def test_wrong_secret_and_tampered_body_get_401(client: TestClient, chat: ChatService) -> None:
    body = event_body(direct_message("hello"))
    wrong = {"Content-Type": "application/json", **sign(body, secret="another-secret")}
    assert client.post("/slack/events", content=body, headers=wrong).status_code == 401
    tampered = body.replace("hello", "HELLO")
    headers = {"Content-Type": "application/json", **sign(body)}
    assert client.post("/slack/events", content=tampered, headers=headers).status_code == 401
    assert chat.conversations.summaries() == []


def test_command_with_bad_signature_gets_401(client: TestClient, fake_slack: FakeSlack) -> None:
    body = command_body("exports", f"{fake_slack.url}/response/1")
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body + "x")}
    assert client.post("/slack/commands", content=body, headers=headers).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        "not json at all",
        "[1, 2, 3]",
        json.dumps({"no": "type"}),
        json.dumps({"type": "event_callback", "event": "oops"}),
        json.dumps({"type": "url_verification"}),
    ],
)
def test_signed_but_malformed_events_get_400(client: TestClient, body: str) -> None:
    response = post_event(client, body)
    assert response.status_code == 400
    assert response.json()["status"] == 400


@pytest.mark.parametrize(
    "body",
    ["text=hello", "command=%2Ftradebot&text=x", "command=tradebot&response_url=http%3A%2F%2Fx"],
)
def test_signed_but_malformed_commands_get_400(client: TestClient, body: str) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    assert client.post("/slack/commands", content=body, headers=headers).status_code == 400


def test_oversized_bodies_get_413(client: TestClient, slack_settings: SlackSettings) -> None:
    padding = "x" * (slack_settings.slack_max_body_bytes + 1)
    body = event_body(direct_message(padding))
    response = post_event(client, body)
    assert response.status_code == 413
    assert response.json()["status"] == 413


def test_oversized_body_without_content_length_gets_413(
    client: TestClient, slack_settings: SlackSettings
) -> None:
    body = event_body(direct_message("y" * (slack_settings.slack_max_body_bytes + 1))).encode()

    def chunks() -> object:
        for start in range(0, len(body), 8192):
            yield body[start : start + 8192]

    headers = {"Content-Type": "application/json", **sign(body)}
    response = client.post("/slack/events", content=chunks(), headers=headers)  # type: ignore[arg-type]
    assert response.status_code == 413


@pytest.mark.parametrize("secret", [None, "", "   "])
def test_empty_signing_secret_refuses_to_mount(fake_slack: FakeSlack, secret: str | None) -> None:
    settings = SlackSettings(
        slack_bot_token=SecretStr("xoxb-x"),
        slack_signing_secret=None if secret is None else SecretStr(secret),
        slack_api_url=fake_slack.api_url,
    )
    with pytest.raises(SlackConfigError, match="TRADEBOT_SLACK_SIGNING_SECRET"):
        mount(FastAPI(), settings)


def test_missing_bot_token_refuses_to_mount(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(
        slack_signing_secret=SecretStr(SECRET), slack_api_url=fake_slack.api_url
    )
    with pytest.raises(SlackConfigError, match="TRADEBOT_SLACK_BOT_TOKEN"):
        mount(FastAPI(), settings)


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEBOT_SLACK_SIGNING_SECRET", "abc")
    monkeypatch.setenv("TRADEBOT_SLACK_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("TRADEBOT_SLACK_MAX_BODY_BYTES", "2048")
    settings = SlackSettings()
    assert settings.slack_signing_secret is not None
    assert settings.slack_signing_secret.get_secret_value() == "abc"
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.slack_max_body_bytes == 2048
    assert "abc" not in repr(settings)
    monkeypatch.setenv("TRADEBOT_SLACK_API_URL", "slack.com/api")
    with pytest.raises(ValidationError, match="http"):
        SlackSettings()


def test_app_with_a_blank_signing_secret_refuses_to_start(
    monkeypatch: pytest.MonkeyPatch, store: Store, fake_slack: FakeSlack
) -> None:
    monkeypatch.setenv("TRADEBOT_SLACK_SIGNING_SECRET", "  ")
    monkeypatch.setenv("TRADEBOT_SLACK_BOT_TOKEN", "xoxb-x")
    with pytest.raises(SlackConfigError, match="TRADEBOT_SLACK_SIGNING_SECRET is empty"):
        create_app(ApiSettings(), store=store, slack_settings=SlackSettings())


def test_app_without_slack_settings_has_no_slack_routes(store: Store) -> None:
    app = create_app(ApiSettings(), store=store, slack_settings=SlackSettings())
    with TestClient(app, base_url=PAGE_BASE_URL) as c:
        assert c.post("/slack/events", content="{}").status_code in (404, 405)


def test_slack_routes_need_the_signature_not_the_api_key(
    store: Store, slack_settings: SlackSettings
) -> None:
    settings = ApiSettings(api_key=SecretStr("a-long-api-key-123"))
    app = create_app(settings, store=store, slack_settings=slack_settings)
    with TestClient(app, base_url=PAGE_BASE_URL) as client:
        body = json.dumps({"type": "url_verification", "challenge": "c1"})
        response = post_event(client, body)
        assert response.status_code == 200
        assert response.json() == {"challenge": "c1"}
        assert (
            client.post("/api/chat", json={"message": "hi"}, headers=PAGE_HEADERS).status_code
            == 401
        )


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "team_id", "user", "type", "x"]), inner, max_size=3
        )
    ),
    max_leaves=8,
)
_TOP_KEYS = st.sampled_from(
    [
        "team_id",
        "event_id",
        "authorizations",
        "api_app_id",
        "enterprise",
        "team",
        "user",
        "is_enterprise_install",
        "is_ext_shared_channel",
        "context_team_id",
        "enterprise_id",
    ]
)
_EVENT_KEYS = st.sampled_from(
    [
        "type",
        "user",
        "text",
        "ts",
        "channel",
        "channel_type",
        "thread_ts",
        "bot_id",
        "subtype",
        "message",
        "previous_message",
        "team",
        "user_team",
        "bot_profile",
    ]
)
_WORDS = st.sampled_from(["message", "app_mention", "im", "C1", "1.0", "U1"])


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    top=st.dictionaries(_TOP_KEYS, _JSON),
    event=st.dictionaries(_EVENT_KEYS, _JSON | _WORDS),
)
def test_odd_signed_events_never_crash_the_app(
    client: TestClient, top: dict[str, object], event: dict[str, object]
) -> None:
    body = json.dumps({**top, "type": "event_callback", "event": event})
    response = post_event(client, body)
    assert response.status_code in (200, 400), response.text

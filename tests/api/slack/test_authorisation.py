"""The bot learns who it is (auth.test) at startup, in the background with retries; events
are acknowledged at once whether Slack is fast, slow or unreachable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient

from api.app import create_app
from api.chat import ChatService
from api.settings import ApiSettings
from api.slack import SlackSettings
from tests.api.conftest import free_port
from tests.api.slack.conftest import event_body, mention, post_event, questions
from tests.api.slack.fake_slack import AUTH_TEST, BOT_USER_ID, FakeSlack, Scripted
from vectorstore import Store

QUESTION = "How much did exports to Singapore grow in January 2026?"
ACK_WITHIN_S = 2.0  # Slack retries an event not acknowledged within 3 s


@contextmanager
def serving(settings: SlackSettings, store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(), store=store, slack_settings=settings)) as client:
        yield client


def identity_known(client: TestClient, timeout_s: float = 10) -> bool:
    """Whether the app learned the bot's identity within the time (polled)."""
    identity = client.app.state.slack.identity  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout_s
    while not identity.known and time.monotonic() < deadline:
        time.sleep(0.05)
    return bool(identity.known)


def timed_post(client: TestClient, body: str) -> tuple[int, float]:
    started = time.monotonic()
    response = post_event(client, body)
    return response.status_code, time.monotonic() - started


def test_auth_test_is_called_at_startup_before_any_event(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    (call,) = fake_slack.wait_for("auth.test", timeout_s=10)
    assert call.headers["authorization"] == "Bearer xoxb-test-token"
    assert identity_known(client)
    assert client.app.state.slack.identity.user_id == BOT_USER_ID  # type: ignore[attr-defined]


def test_the_first_event_is_acknowledged_at_once_when_slack_is_slow(
    slack_settings: SlackSettings, store: Store, fake_slack: FakeSlack
) -> None:
    fake_slack.script("/api/auth.test", Scripted(200, body=AUTH_TEST, delay_s=5))
    with serving(slack_settings, store) as client:
        fake_slack.wait_for("auth.test", timeout_s=10)  # under way, not answered yet
        status, elapsed = timed_post(client, event_body(mention(QUESTION)))

        assert status == 200
        assert elapsed < ACK_WITHIN_S
        fake_slack.wait_for("chat.postMessage", timeout_s=60)
        chat: ChatService = client.app.state.chat  # type: ignore[attr-defined]
        # the answer waited for auth.test, so the bot's own mention left the question
        assert questions(chat, "slack:C1:1700000001.000100") == [QUESTION]
    assert len(fake_slack.calls_to("auth.test")) == 1


def test_events_are_acknowledged_when_slack_is_unreachable(
    slack_settings: SlackSettings, store: Store
) -> None:
    nowhere = slack_settings.model_copy(
        update={"slack_api_url": f"http://127.0.0.1:{free_port()}/api/"}
    )
    channel_message = {
        "type": "message",
        "channel_type": "channel",
        "user": "UASKER",
        "text": "lunch?",
        "ts": "1700000003.000300",
        "channel": "C1",
    }
    with serving(nowhere, store) as client:
        first = timed_post(client, event_body(channel_message, event_id="Ev1"))
        second = timed_post(client, event_body(channel_message, event_id="Ev2"))
        identity = client.app.state.slack.identity  # type: ignore[attr-defined]

    for status, elapsed in (first, second):
        assert status == 200
        assert elapsed < ACK_WITHIN_S
    assert not identity.known


def test_auth_test_is_retried_until_slack_answers(
    slack_settings: SlackSettings, store: Store, fake_slack: FakeSlack
) -> None:
    fake_slack.script("/api/auth.test", Scripted(500), Scripted(503))
    with serving(slack_settings, store) as client:
        fake_slack.wait_for("auth.test", count=3, timeout_s=20)
        assert identity_known(client)
        assert client.app.state.slack.identity.user_id == BOT_USER_ID  # type: ignore[attr-defined]


def test_a_refused_token_is_not_retried(
    slack_settings: SlackSettings, store: Store, fake_slack: FakeSlack
) -> None:
    fake_slack.script("/api/auth.test", Scripted(200, body={"ok": False, "error": "invalid_auth"}))
    with serving(slack_settings, store) as client:
        fake_slack.wait_for("auth.test", timeout_s=10)
        fake_slack.settle(quiet_s=1.2)  # longer than the first pause between retries
        status, elapsed = timed_post(client, event_body(mention(QUESTION)))

    assert len(fake_slack.calls_to("auth.test")) == 1
    assert status == 200
    assert elapsed < ACK_WITHIN_S

"""The "Check figures" message shortcut: Slack posts a signed ``message_action`` payload
to the events URL; the bot acknowledges and posts the message's figures, checked, in the
message's thread (the Slack Web API is the recording fake)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from fastapi.testclient import TestClient

from api.slack.checks import CHECK_SHORTCUT
from tests.api.slack.conftest import sign
from tests.api.slack.fake_slack import FakeSlack, block_texts

TS = "1700000005.000500"
MESSAGE = (
    "Hong Kong's exports rose 16.1% year on year in September 2025, while exports to "
    "Germany gained 72.6% in September 2025. The 45-year-old analyst spoke on 27 October."
)


def shortcut_body(text: str, *, callback_id: str = CHECK_SHORTCUT) -> str:
    payload: dict[str, Any] = {
        "type": "message_action",
        "callback_id": callback_id,
        "api_app_id": "A1",
        "team": {"id": "T1"},
        "user": {"id": "UEDITOR"},
        "channel": {"id": "C7", "name": "newsroom"},
        "message": {"type": "message", "user": "UWRITER", "ts": TS, "text": text},
        "response_url": "https://hooks.example/actions/check",
        "trigger_id": "9.8.7",
        "message_ts": TS,
    }
    return urlencode({"payload": json.dumps(payload)})


def run_shortcut(client: TestClient, body: str) -> Any:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    return client.post("/slack/events", content=body, headers=headers)


def test_check_figures_posts_the_report_in_the_thread(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    response = run_shortcut(client, shortcut_body(MESSAGE))
    assert response.status_code == 200
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "C7"
    assert post.body["thread_ts"] == TS
    text = "\n".join(block_texts(post.body["blocks"]))
    assert text.startswith("*Figures checked*: 2 claims checked: 1 supported, 1 contradicted")
    assert ":white_check_mark: Supported" in text
    assert "table: 16.1%" in text
    assert ":x: Contradicted" in text
    assert "table: 27.6%" in text
    assert "45-year-old" not in text  # the analyst's age is not a claim


def test_a_message_without_figures_gets_a_clear_reply(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    run_shortcut(client, shortcut_body("Lunch at 12, room 4?"))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == TS
    assert post.body["text"].startswith("Sorry, I could not check that: The text states no figures")


def test_an_unsigned_shortcut_is_refused(client: TestClient, fake_slack: FakeSlack) -> None:
    body = shortcut_body(MESSAGE)
    response = client.post(
        "/slack/events", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 401
    assert fake_slack.calls_to("chat.postMessage") == []

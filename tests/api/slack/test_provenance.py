"""Answers are posted short; the "How this was computed" button posts the full provenance.

The real app (`create_app`) on a store holding the samples; the Slack Web API is the
recording fake. The button press is a signed ``block_actions`` form body posted to the
events URL, as Slack sends it when the app's interactivity request URL is that URL.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from fastapi.testclient import TestClient

from api.chat import ChatService
from api.slack.handlers import FORGOTTEN
from tests.api.slack.conftest import button_body, event_body, mention, post_event, sign
from tests.api.slack.fake_slack import FakeSlack, block_texts

TREND = "How did exports change month by month in 2025?"
TS = "1700000001.000100"
BUTTON_TS = "1700000001.000200"  # the bot's answer, in the thread of TS


def _answered(client: TestClient, fake_slack: FakeSlack, question: str) -> dict[str, Any]:
    post_event(client, event_body(mention(question, ts=TS)))
    (post,) = fake_slack.wait_for("chat.postMessage")
    body: dict[str, Any] = post.body
    return body


def _press(client: TestClient, body: str) -> Any:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    return client.post("/slack/events", content=body, headers=headers)


def test_a_trend_is_posted_as_lead_table_context_and_button(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post = _answered(client, fake_slack, TREND)
    kinds = [block["type"] for block in post["blocks"]]
    assert kinds == ["section", "context", "actions"]
    section = post["blocks"][0]["text"]["text"]
    lead, table = section.split("\n\n")
    assert lead.startswith("Total exports went from 0.1% in January 2025 to 26.1%")
    assert table.startswith("```\nPeriod ")
    assert "December 2025   26.1%" in table
    assert "How this was computed" not in section  # behind the button
    assert "source_kind" not in json.dumps(post["blocks"])
    (context,) = post["blocks"][1]["elements"]
    assert context["text"].count("treat them with caution") == 1
    (button,) = post["blocks"][2]["elements"]
    assert button["action_id"] == "show_provenance"
    assert button["text"]["text"] == "How this was computed"
    assert len(section) < 1000


def test_the_button_posts_the_full_provenance_in_the_thread(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post = _answered(client, fake_slack, TREND)
    answer, _ = chat.ask(TREND)
    response = _press(client, button_body(post, ts=BUTTON_TS))
    assert response.status_code == 200
    _, provenance = fake_slack.wait_for("chat.postMessage", 2)
    assert provenance.body["channel"] == "C1"
    assert provenance.body["thread_ts"] == TS
    text = "\n".join(block_texts(provenance.body["blocks"]))
    assert text.startswith("*How this was computed*")
    for figure in answer.figures:  # every figure, with its formula and its full source
        assert f"*{figure.label}*: {figure.display} — {figure.formula}" in text
        assert figure.sources[0].split(" (")[0] in text
    assert "source_kind: news" in text  # the row attributes live here, not in the answer


def test_a_button_of_a_forgotten_answer_says_so(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post = _answered(client, fake_slack, TREND)
    post["blocks"][-1]["elements"][0]["value"] = "no-such-answer"
    _press(client, button_body(post, ts=BUTTON_TS))
    _, reply = fake_slack.wait_for("chat.postMessage", 2)
    assert reply.body["thread_ts"] == TS
    assert reply.body["text"].startswith(FORGOTTEN.split(" (")[0])


def test_an_unsigned_or_malformed_button_press_is_refused(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post = _answered(client, fake_slack, TREND)
    body = button_body(post, ts=BUTTON_TS)
    unsigned = client.post(
        "/slack/events",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert unsigned.status_code == 401
    assert unsigned.json() == {
        "ok": False,
        "error": "missing Slack signature headers",
        "status": 401,
    }
    for bad in (
        urlencode({"payload": "not json"}),
        urlencode({"payload": json.dumps({"type": "block_actions", "actions": "x"})}),
        urlencode({"payload": json.dumps({"type": "block_actions", "channel": "C1"})}),
        urlencode({"payload": json.dumps({"no": "type"})}),
    ):
        response = _press(client, bad)
        assert response.status_code == 400, bad
        assert response.json()["ok"] is False
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # nothing more was posted

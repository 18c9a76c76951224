"""Slack requests that once crashed a route or were answered more than once."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.chat import ChatService
from tests.api.slack.conftest import command_body, questions, sign
from tests.api.slack.fake_slack import FakeSlack

QUESTION = "How much did exports to Singapore grow in January 2026?"


def test_deeply_nested_signed_json_on_events_gets_400(client: TestClient) -> None:
    body = '{"type": "event_callback", "event": ' + "[" * 5_000 + "]" * 5_000 + "}"
    headers = {"Content-Type": "application/json", **sign(body)}
    response = client.post("/slack/events", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json() == {"ok": False, "error": "the body is nested too deeply", "status": 400}


def test_moderately_nested_signed_json_on_events_gets_400(client: TestClient) -> None:
    body = '{"type": "event_callback", "event": {"type": "x", "blocks": ' + "[" * 500
    body += "]" * 500 + "}}"
    headers = {"Content-Type": "application/json", **sign(body)}
    assert client.post("/slack/events", content=body, headers=headers).status_code == 400


def _replay(client: TestClient, body: str, headers: dict[str, str]) -> list[int]:
    statuses = [client.post("/slack/commands", content=body, headers=headers).status_code]
    statuses.append(client.post("/slack/commands", content=body, headers=headers).status_code)
    retry = {**headers, "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    statuses.append(client.post("/slack/commands", content=body, headers=retry).status_code)
    return statuses


def test_a_replayed_slash_command_is_answered_once(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    body = command_body(QUESTION, f"{fake_slack.url}/response/once")
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    assert _replay(client, body, headers) == [200, 200, 200]
    fake_slack.wait_for("/response/once")
    fake_slack.settle()
    assert len(fake_slack.calls_to("/response/once")) == 1
    assert questions(chat, "slack:C9:UASKER") == [QUESTION]


def test_a_replayed_slash_command_without_trigger_id_is_answered_once(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    body = command_body(QUESTION, f"{fake_slack.url}/response/twice", trigger_id="")
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    assert _replay(client, body, headers) == [200, 200, 200]
    fake_slack.wait_for("/response/twice")
    fake_slack.settle()
    assert len(fake_slack.calls_to("/response/twice")) == 1


def test_two_different_commands_are_both_answered(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    for number in ("1", "2"):
        body = command_body(QUESTION, f"{fake_slack.url}/response/{number}", trigger_id=number)
        headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
        assert client.post("/slack/commands", content=body, headers=headers).status_code == 200
    fake_slack.wait_for("/response/1")
    fake_slack.wait_for("/response/2")

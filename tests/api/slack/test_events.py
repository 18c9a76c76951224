"""Mentions, direct messages and the slash command are acknowledged, then answered once.

The app is the real one (`create_app`) on a store holding the samples; only the Slack Web
API is a fake (a recording server on 127.0.0.1).
"""

from __future__ import annotations

import json
import re
import time

from fastapi.testclient import TestClient

from api.app import create_app
from api.chat import ChatService
from api.settings import ApiSettings
from api.slack import SlackSettings
from tests.api.conftest import PAGE_BASE_URL
from tests.api.slack.conftest import (
    command_body,
    direct_message,
    event_body,
    mention,
    post_command,
    post_event,
    press_button,
    questions,
    sign,
)
from tests.api.slack.fake_slack import BOT_ID, BOT_USER_ID, FakeSlack, Scripted
from vectorstore import Store

GROWTH = "How much did exports to Singapore grow in January 2026?"
MENTION_TS = "1700000001.000100"
DM_TS = "1700000002.000200"


def test_mention_is_answered_in_a_thread_of_the_message(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    response = post_event(client, event_body(mention(GROWTH)))
    assert response.status_code == 200
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "C1"
    assert post.body["thread_ts"] == MENTION_TS
    assert post.headers["authorization"] == "Bearer xoxb-test-token"
    assert questions(chat, f"slack:C1:{MENTION_TS}") == [GROWTH]
    text = fake_slack.posted_texts()[0]
    assert "Exports to Singapore rose 32.4%" in text
    assert "How this was computed" in text  # the button's label
    assert post.body["blocks"][-1]["elements"][0]["action_id"] == "show_provenance"
    assert post.body["text"].startswith("Exports to Singapore rose 32.4%")


def test_mention_inside_a_thread_answers_in_that_thread(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    event = mention(GROWTH, ts="1700000009.000900", thread_ts=MENTION_TS)
    post_event(client, event_body(event))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == MENTION_TS
    assert questions(chat, f"slack:C1:{MENTION_TS}") == [GROWTH]


def test_direct_message_is_answered(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post_event(client, event_body(direct_message(GROWTH)))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "D1"
    assert post.body["thread_ts"] == DM_TS
    assert questions(chat, f"slack:D1:{DM_TS}") == [GROWTH]


def test_follow_up_in_the_thread_uses_its_context(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post_event(client, event_body(direct_message(GROWTH), event_id="Ev1"))
    fake_slack.wait_for("chat.postMessage")
    follow_up = direct_message("And imports?", ts="1700000003.000300", thread_ts=DM_TS)
    post_event(client, event_body(follow_up, event_id="Ev2"))
    fake_slack.wait_for("chat.postMessage", 2)
    second = fake_slack.calls_to("chat.postMessage")[1]
    assert second.body["thread_ts"] == DM_TS
    assert "Imports from Singapore" in fake_slack.posted_texts()[1]
    assert "January 2026" in fake_slack.posted_texts()[1]
    assert questions(chat, f"slack:D1:{DM_TS}") == [GROWTH, "And imports?"]


def test_slash_command_acks_then_answers_through_response_url(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    slack_text = "How much did exports to Singapore grow in January 2026? &lt;asap&gt; &amp;"
    body = command_body(slack_text, f"{fake_slack.url}/response/abc")
    response = post_command(client, body)
    assert response.status_code == 200
    ack = response.json()
    assert ack["response_type"] == "ephemeral"
    assert "January 2026? &lt;asap&gt; &amp;" in ack["text"]
    (answer,) = fake_slack.wait_for("/response/abc")
    assert answer.body["response_type"] == "in_channel"
    assert "Exports to Singapore rose 32.4%" in answer.body["blocks"][0]["text"]["text"]
    assert questions(chat, "slack:C9:UASKER") == [f"{GROWTH} <asap> &"]
    assert fake_slack.calls_to("chat.postMessage") == []


def test_empty_slash_command_gets_usage(client: TestClient, fake_slack: FakeSlack) -> None:
    response = post_command(client, command_body("  ", f"{fake_slack.url}/response/x"))
    assert response.status_code == 200
    assert "Ask me about trade flows" in response.json()["text"]
    fake_slack.settle()
    assert fake_slack.calls_to("/response/") == []


def test_retries_and_the_message_mention_pair_give_one_answer(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    first = event_body(mention(GROWTH), event_id="EvA")
    assert post_event(client, first).status_code == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert post_event(client, first, **retry).status_code == 200
    pair = direct_message(f"<@{BOT_USER_ID}> {GROWTH}", ts=MENTION_TS, channel="C1")
    assert post_event(client, event_body(pair, event_id="EvB")).status_code == 200
    fake_slack.wait_for("chat.postMessage")
    calls = fake_slack.settle()
    assert len([c for c in calls if c.api == "chat.postMessage"]) == 1
    assert questions(chat, f"slack:C1:{MENTION_TS}") == [GROWTH]


def test_a_retry_whose_first_delivery_was_lost_is_answered(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    body = event_body(direct_message(GROWTH), event_id="EvLost")
    post_event(client, body, **{"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "timeout"})
    fake_slack.wait_for("chat.postMessage")
    assert questions(chat, f"slack:D1:{DM_TS}") == [GROWTH]


def test_bots_itself_edits_and_deletions_are_ignored(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    ignored = [
        direct_message("from another bot", bot_id="B999", ts="1.0"),
        direct_message("bot message", subtype="bot_message", ts="1.1"),
        direct_message("my own words", user=BOT_USER_ID, ts="1.2"),
        direct_message("mine too", user=BOT_USER_ID, bot_id=BOT_ID, ts="1.3"),
        direct_message("edited", subtype="message_changed", ts="1.4"),
        direct_message("deleted", subtype="message_deleted", ts="1.5"),
        direct_message("joined", subtype="channel_join", ts="1.6"),
        {**direct_message("channel chatter", ts="1.7"), "channel_type": "channel"},
        mention("a bot mentioning me", ts="1.8", bot_id="B777"),
    ]
    for number, event in enumerate(ignored):
        assert post_event(client, event_body(event, event_id=f"EvI{number}")).status_code == 200
    fake_slack.settle()
    assert fake_slack.calls_to("chat.postMessage") == []
    for event in ignored:
        assert questions(chat, f"slack:{event['channel']}:{event['ts']}") == []


def test_acknowledgement_does_not_wait_for_the_answer(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    post_event(client, event_body(mention(GROWTH, ts="1.0"), event_id="EvWarm"))
    fake_slack.wait_for("chat.postMessage")
    with chat.exclusive():  # the engine is busy: the answer must wait, the ack must not
        started = time.monotonic()
        response = post_event(client, event_body(mention(GROWTH, ts="2.0"), event_id="EvBusy"))
        elapsed = time.monotonic() - started
        time.sleep(0.3)
        assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert response.status_code == 200
    assert elapsed < 3.0  # Slack's limit; the answer itself is still blocked
    fake_slack.wait_for("chat.postMessage", 2)


def test_rate_limited_post_is_retried_after_retry_after(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    fake_slack.script(
        "/api/chat.postMessage",
        Scripted(429, {"Retry-After": "1"}, {"ok": False, "error": "ratelimited"}),
    )
    post_event(client, event_body(direct_message(GROWTH)))
    calls = fake_slack.wait_for("chat.postMessage", 2)
    assert calls[1].at - calls[0].at >= 1.0
    assert calls[0].body == calls[1].body
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_server_error_is_logged_and_not_posted_twice(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    fake_slack.script("/api/chat.postMessage", Scripted(500))
    post_event(client, event_body(direct_message(GROWTH)))
    fake_slack.wait_for("chat.postMessage")
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_failing_answer_becomes_an_apology_in_the_thread(
    client: TestClient, fake_slack: FakeSlack, store: Store
) -> None:
    store.close()  # the engine now fails on every question
    post_event(client, event_body(mention(GROWTH)))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == MENTION_TS
    text = post.body["text"]
    assert text.startswith("Sorry, something went wrong")
    assert "database" not in text
    assert "Traceback" not in text


def test_a_question_the_app_refuses_gets_its_reason(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    post_event(client, event_body(direct_message("why " * 2000)))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["text"].startswith("Sorry, I could not answer that: The message is")


def test_figures_sources_and_chart_reach_the_thread(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    question = "Which markets drove the surge in exports in January 2026?"
    answer, _ = chat.ask(question)
    assert answer.chart is not None
    assert answer.figures
    post_event(client, event_body(mention(question)))
    (complete,) = fake_slack.wait_for("files.completeUploadExternal")
    (post,) = fake_slack.calls_to("chat.postMessage")
    press_button(client, post.body, ts="1700000001.000200")
    fake_slack.wait_for("chat.postMessage", 2)
    text = "\n".join(fake_slack.posted_texts())
    for figure in answer.figures:
        assert figure.formula.split(" = ")[0].replace("&", "&amp;") in text
    for citation in answer.citations:
        assert re.search(rf"^\[{citation.id}\] ", text, flags=re.MULTILINE)
    (url_call,) = fake_slack.calls_to("files.getUploadURLExternal")
    (upload,) = fake_slack.calls_to("/upload/")
    assert upload.body[:8] == b"\x89PNG\r\n\x1a\n"
    assert int(url_call.params["length"]) == len(upload.body)
    assert complete.params["channel_id"] == "C1"
    assert complete.params["thread_ts"] == MENTION_TS


def test_a_bare_mention_gets_the_usage_in_its_thread(
    client: TestClient, fake_slack: FakeSlack, chat: ChatService
) -> None:
    event = mention("", ts="1700000007.000700")
    post_event(client, event_body(event))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == "1700000007.000700"
    assert post.body["text"].startswith("Ask me about trade flows")
    assert questions(chat, "slack:C1:1700000007.000700") == []


def test_other_events_are_acknowledged_and_ignored(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    event = {"type": "app_home_opened", "user": "UASKER", "channel": "D1", "tab": "home"}
    assert post_event(client, event_body(event, event_id="EvHome")).status_code == 200
    fake_slack.settle()
    assert fake_slack.calls_to("chat.postMessage") == []


def test_ssl_check_on_the_command_url_is_answered(client: TestClient) -> None:
    body = "ssl_check=1&token=legacy"
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    assert client.post("/slack/commands", content=body, headers=headers).status_code == 200


def test_shutdown_waits_for_answers_in_flight(
    slack_settings: SlackSettings, store: Store, fake_slack: FakeSlack
) -> None:
    app = create_app(ApiSettings(), store=store, slack_settings=slack_settings)
    with TestClient(app, base_url=PAGE_BASE_URL) as client, app.state.chat.exclusive():
        assert post_event(client, event_body(mention(GROWTH))).status_code == 200
        time.sleep(0.2)
        assert fake_slack.calls_to("chat.postMessage") == []
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_events_without_an_event_id_are_told_apart_by_channel_and_ts(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    for ts in ("1700000011.000100", "1700000012.000100"):
        body = json.loads(event_body(direct_message(GROWTH, ts=ts)))
        del body["event_id"]
        post_event(client, json.dumps(body))
    posts = fake_slack.wait_for("chat.postMessage", 2)
    assert sorted(post.body["thread_ts"] for post in posts) == [
        "1700000011.000100",
        "1700000012.000100",
    ]

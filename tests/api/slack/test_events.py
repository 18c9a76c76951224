"""Mentions, direct messages and the slash command are acknowledged, then answered once."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from bot.records import Answer, Citation, Figure
from tests.api.slack.conftest import (
    StandInChat,
    command_body,
    direct_message,
    event_body,
    mention,
    post_command,
    post_event,
)
from tests.api.slack.fake_slack import BOT_ID, BOT_USER_ID, FakeSlack, Scripted


def test_mention_is_answered_in_a_thread_of_the_message(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    response = post_event(client, event_body(mention("How much did exports grow?")))
    assert response.status_code == 200
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "C1"
    assert post.body["thread_ts"] == "1700000001.000100"
    assert post.headers["authorization"] == "Bearer xoxb-test-token"
    assert chat.asked == [("How much did exports grow?", "slack:C1:1700000001.000100")]
    assert "*Answer* to: How much did exports grow?" in fake_slack.posted_texts()[0]


def test_mention_inside_a_thread_answers_in_that_thread(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    event = mention("and imports?", ts="1700000009.000900", thread_ts="1700000001.000100")
    post_event(client, event_body(event))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == "1700000001.000100"
    assert chat.asked[0][1] == "slack:C1:1700000001.000100"


def test_direct_message_is_answered(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    post_event(client, event_body(direct_message("Top markets in 2025?")))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "D1"
    assert post.body["thread_ts"] == "1700000002.000200"
    assert chat.asked == [("Top markets in 2025?", "slack:D1:1700000002.000200")]


def test_follow_up_in_the_thread_shares_the_conversation(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    post_event(client, event_body(direct_message("Exports to Singapore?"), event_id="Ev1"))
    fake_slack.wait_for("chat.postMessage")
    follow_up = direct_message(
        "And imports?", ts="1700000003.000300", thread_ts="1700000002.000200"
    )
    post_event(client, event_body(follow_up, event_id="Ev2"))
    fake_slack.wait_for("chat.postMessage", 2)
    ids = [conversation for _, conversation in chat.asked]
    assert ids == ["slack:D1:1700000002.000200", "slack:D1:1700000002.000200"]


def test_slash_command_acks_then_answers_through_response_url(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    slack_text = "Re-exports to &lt;Vietnam&gt; &amp; co?"  # Slack escapes command text
    body = command_body(slack_text, f"{fake_slack.url}/response/abc")
    response = post_command(client, body)
    assert response.status_code == 200
    ack = response.json()
    assert ack["response_type"] == "ephemeral"
    assert "Re-exports to &lt;Vietnam&gt; &amp; co?" in ack["text"]
    (answer,) = fake_slack.wait_for("/response/abc")
    assert answer.body["response_type"] == "in_channel"
    assert "Re-exports to &lt;Vietnam&gt; &amp; co?" in answer.body["blocks"][0]["text"]["text"]
    assert chat.asked == [("Re-exports to <Vietnam> & co?", "slack:C9:UASKER")]
    assert fake_slack.calls_to("chat.postMessage") == []


def test_empty_slash_command_gets_usage(client: TestClient, chat: StandInChat) -> None:
    response = post_command(client, command_body("  ", "http://127.0.0.1:9/response/x"))
    assert response.status_code == 200
    assert "Ask me about trade flows" in response.json()["text"]
    assert chat.asked == []


def test_retries_and_the_message_mention_pair_give_one_answer(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    ts = "1700000005.000500"
    first = event_body(mention("Growth?", ts=ts), event_id="EvA")
    assert post_event(client, first).status_code == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert post_event(client, first, **retry).status_code == 200
    pair = direct_message("<@UBOT> Growth?", ts=ts, channel="C1")
    assert post_event(client, event_body(pair, event_id="EvB")).status_code == 200
    fake_slack.wait_for("chat.postMessage")
    calls = fake_slack.settle()
    assert len([c for c in calls if c.api == "chat.postMessage"]) == 1
    assert len(chat.asked) == 1


def test_a_retry_whose_first_delivery_was_lost_is_answered(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    body = event_body(direct_message("Lost?"), event_id="EvLost")
    post_event(client, body, **{"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "timeout"})
    fake_slack.wait_for("chat.postMessage")
    assert chat.asked == [("Lost?", "slack:D1:1700000002.000200")]


def test_bots_itself_edits_and_deletions_are_ignored(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    ignored = [
        direct_message("from another bot", bot_id="B999"),
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
    assert chat.asked == []


def test_acknowledgement_does_not_wait_for_the_answer(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    def slow(question: str, conversation: str | None) -> Answer:
        time.sleep(1.5)
        return Answer(text="done")

    chat.reply = slow
    post_event(client, event_body(mention("warm up", ts="1.0"), event_id="EvWarm"))
    fake_slack.wait_for("chat.postMessage")
    started = time.monotonic()
    response = post_event(client, event_body(mention("slow one", ts="2.0"), event_id="EvSlow"))
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert elapsed < 1.0
    fake_slack.wait_for("chat.postMessage", 2)


def test_rate_limited_post_is_retried_after_retry_after(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    fake_slack.script(
        "/api/chat.postMessage",
        Scripted(429, {"Retry-After": "1"}, {"ok": False, "error": "ratelimited"}),
    )
    post_event(client, event_body(direct_message("busy?")))
    calls = fake_slack.wait_for("chat.postMessage", 2)
    assert calls[1].at - calls[0].at >= 1.0
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_server_error_is_logged_and_not_posted_twice(
    client: TestClient, fake_slack: FakeSlack
) -> None:
    fake_slack.script("/api/chat.postMessage", Scripted(500))
    post_event(client, event_body(direct_message("broken?")))
    fake_slack.wait_for("chat.postMessage")
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_failing_answer_becomes_an_apology_in_the_thread(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    def explode(question: str, conversation: str | None) -> Answer:
        raise RuntimeError("secret internal detail /etc/passwd")

    chat.reply = explode
    post_event(client, event_body(mention("crash?")))
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == "1700000001.000100"
    text = post.body["text"]
    assert text.startswith("Sorry")
    assert "secret internal detail" not in text
    assert "Traceback" not in text


def test_answer_with_figures_citations_and_chart(
    client: TestClient, fake_slack: FakeSlack, chat: StandInChat
) -> None:
    answer = Answer(
        text="Exports to Singapore grew **18.5%** [1].",
        figures=(
            Figure(
                label="Exports to Singapore, y-o-y",
                value=18.5,
                unit="%",
                formula="(455.5 / 384.5 - 1) x 100 = 18.5%",
                sources=("hk_monthly.csv rows 16, 28",),
                display="18.5%",
            ),
        ),
        citations=(
            Citation(id=1, source="article.md", quote="Exports <!channel> rose", title="HK trade"),
        ),
        chart={
            "type": "bar",
            "title": "Exports",
            "unit": "HK$ bn",
            "labels": ["a", "b"],
            "values": [1.0, 2.0],
        },
    )
    chat.reply = lambda q, c: answer
    post_event(client, event_body(mention("chart please")))
    (complete,) = fake_slack.wait_for("files.completeUploadExternal")
    (post,) = fake_slack.calls_to("chat.postMessage")
    text = "\n".join(block["text"]["text"] for block in post.body["blocks"])
    assert "*18.5%*" in text
    assert "(455.5 / 384.5 - 1) x 100 = 18.5%" in text
    assert "hk_monthly.csv rows 16, 28" in text
    assert "[1] *HK trade* (article.md)" in text
    (upload,) = fake_slack.calls_to("/upload/")
    assert upload.body[:8] == b"\x89PNG\r\n\x1a\n"
    assert complete.params["channel_id"] == "C1"
    assert complete.params["thread_ts"] == "1700000001.000100"

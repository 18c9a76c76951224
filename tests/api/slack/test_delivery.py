"""Posting to Slack: long answers in order within limits, retries bounded, webhook posts."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import SecretStr

from api.slack import SlackConfigError, SlackDeliveryError, SlackSettings, post_to_webhook
from api.slack.delivery import build_client, post_thread
from api.slack.messages import MAX_BLOCKS, MAX_MESSAGE_CHARS, render_answer
from bot.records import Answer, Citation
from tests.api.slack.fake_slack import FakeSlack, Scripted


def _long_answer() -> Answer:
    sentence = "Exports to <Singapore> & Viet Nam rose **18.5%** [1]. "
    text = "\n\n".join((sentence * 12).strip() for _ in range(32))
    assert len(text) >= 20_000
    return Answer(text=text, citations=(Citation(id=1, source="a.md", quote="q", title="T"),))


def test_a_20000_character_answer_arrives_in_order_in_the_thread(
    slack_settings: SlackSettings, fake_slack: FakeSlack
) -> None:
    messages = render_answer(_long_answer())
    delivery = asyncio.run(post_thread(build_client(slack_settings), "C1", "1.5", messages))
    assert delivery.complete
    assert delivery.posted == len(messages) >= 2
    posts = fake_slack.calls_to("chat.postMessage")
    assert [post.body["blocks"] for post in posts] == [list(m.blocks) for m in messages]
    for post in posts:
        assert post.body["thread_ts"] == "1.5"
        assert post.body["text"]
        assert len(post.body["blocks"]) <= MAX_BLOCKS
        texts = [block["text"]["text"] for block in post.body["blocks"]]
        assert all(len(text) < 3000 for text in texts)
        assert sum(map(len, texts)) <= MAX_MESSAGE_CHARS
        assert "<Singapore>" not in "".join(texts)
    assert "[1] *T* (a.md)" in fake_slack.posted_texts()[-1]


def test_delivery_stops_at_the_first_refused_part(
    slack_settings: SlackSettings, fake_slack: FakeSlack
) -> None:
    messages = render_answer(_long_answer())
    assert len(messages) >= 2
    fake_slack.script(
        "/api/chat.postMessage",
        Scripted(200, body={"ok": True, "channel": "C1", "ts": "2.0"}),
        Scripted(200, body={"ok": False, "error": "channel_not_found"}),
    )
    delivery = asyncio.run(post_thread(build_client(slack_settings), "C1", "1.5", messages))
    assert not delivery.complete
    assert delivery.posted == 1
    fake_slack.settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_a_long_retry_after_is_not_waited_for(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(
        slack_bot_token=SecretStr("xoxb-t"),
        slack_api_url=fake_slack.api_url,
        slack_max_retry_after_s=2,
    )
    fake_slack.script("/api/chat.postMessage", Scripted(429, {"Retry-After": "120"}))
    messages = render_answer(Answer(text="hello"))
    delivery = asyncio.run(post_thread(build_client(settings), "C1", "1.5", messages))
    assert not delivery.complete
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_an_answer_without_figures_is_posted_whole_without_repeats() -> None:
    listed = Citation(id=1, source="a.md", quote="q", title="Title A")
    missing = Citation(id=2, source="b.md", quote="q", title="Title B")
    text = "Here is what the ingested articles say:\n\n> q [1]\n\n"
    text += "**Sources**\n1. *Title A*, a.md"
    (message,) = render_answer(Answer(text=text, citations=(listed, missing)))
    joined = "\n".join(block["text"]["text"] for block in message.blocks)
    assert joined.count("Title A") == 1
    assert "[2] *Title B* (b.md)" in joined


def test_webhook_posts_the_answer(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(slack_webhook_url=SecretStr(f"{fake_slack.url}/webhook/T1/B1/x"))
    sent = post_to_webhook(Answer(text="Exports rose **5%** <!channel>"), settings)
    assert sent == 1
    (call,) = fake_slack.calls_to("/webhook/T1/B1/x")
    assert call.body["blocks"][0]["text"]["text"] == "Exports rose *5%* &lt;!channel&gt;"
    assert call.body["unfurl_links"] is False


def test_webhook_without_url_or_refused_raises_clear_errors(fake_slack: FakeSlack) -> None:
    with pytest.raises(SlackConfigError, match="TRADEBOT_SLACK_WEBHOOK_URL"):
        post_to_webhook(Answer(text="x"), SlackSettings())
    fake_slack.script("/webhook/gone", Scripted(404, body={"ok": False, "error": "no_service"}))
    settings = SlackSettings(slack_webhook_url=SecretStr(f"{fake_slack.url}/webhook/gone"))
    with pytest.raises(SlackDeliveryError, match="HTTP 404"):
        post_to_webhook(Answer(text="x"), settings)

"""Posting an answer to a channel through an incoming webhook (``tradebot post``)."""

from __future__ import annotations

import logging

from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from api.slack.errors import SlackConfigError, SlackDeliveryError
from api.slack.messages import render_answer
from api.slack.settings import SlackSettings
from bot.records import Answer

logger = logging.getLogger(__name__)


def post_to_webhook(answer: Answer, settings: SlackSettings) -> int:
    """Send the answer to TRADEBOT_SLACK_WEBHOOK_URL; returns the messages sent.

    Raises `SlackConfigError` when no webhook is configured and `SlackDeliveryError`
    when Slack refuses a message (the messages before it were delivered).
    """
    if settings.slack_webhook_url is None:
        raise SlackConfigError(
            "TRADEBOT_SLACK_WEBHOOK_URL is not set: create an incoming webhook in the Slack "
            "app (Incoming Webhooks) and put its URL in that variable."
        )
    url = settings.slack_webhook_url.get_secret_value()
    if not url.startswith(("https://", "http://")):
        raise SlackConfigError("TRADEBOT_SLACK_WEBHOOK_URL must be an http(s) URL")
    client = WebhookClient(
        url,
        timeout=30,
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=settings.slack_retry_attempts),
            ConnectionErrorRetryHandler(max_retry_count=settings.slack_retry_attempts),
        ],
    )
    sent = 0
    for message in render_answer(answer):
        try:
            response = client.send_dict(
                {**message.payload(), "unfurl_links": False, "unfurl_media": False}
            )
        except OSError as error:
            raise SlackDeliveryError(f"could not reach the Slack webhook: {error}") from error
        if response.status_code != 200:
            raise SlackDeliveryError(
                f"the Slack webhook refused message {sent + 1} "
                f"(HTTP {response.status_code}: {response.body})"
            )
        sent += 1
    return sent

"""Posting answers to Slack: threads, response_url, chart uploads, retries.

A 429 is retried after the Retry-After it names (bounded by a setting), a dropped
connection is retried; any other failure is logged and stops the delivery of that answer,
so a half-failed answer is never posted twice.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from api.slack.messages import SlackMessage
from api.slack.settings import SlackSettings

logger = logging.getLogger(__name__)

_FAILURES = (SlackClientError, OSError, asyncio.TimeoutError, ValueError)


class BoundedRateLimitHandler(AsyncRateLimitErrorRetryHandler):  # type: ignore[misc]
    """Retry a 429 after its Retry-After, unless Slack asks to wait longer than allowed."""

    def __init__(self, max_retry_count: int, max_wait_s: float) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait_s = max_wait_s

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = retry_after(response)
        if wait > self.max_wait_s:
            logger.warning(
                "Slack asked to wait %.0f s (more than %.0f s); giving up", wait, self.max_wait_s
            )
            return False
        return True

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = retry_after(response) if response is not None else 1.0
        logger.info("Slack rate limit: retrying %s in %.1f s", request.url, wait)
        state.next_attempt_requested = True
        await asyncio.sleep(wait + random.uniform(0, 0.25))
        state.increment_current_attempt()


def retry_after(response: HttpResponse) -> float:
    """Seconds named by a response's Retry-After header (1 when missing or unreadable)."""
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return max(0.0, float(values[0]))
            except ValueError:
                return 1.0
    return 1.0


def retry_handlers(settings: SlackSettings) -> list[AsyncRetryHandler]:
    """The retries for every Slack call: 429 with Retry-After, then dropped connections."""
    return [
        BoundedRateLimitHandler(settings.slack_retry_attempts, settings.slack_max_retry_after_s),
        AsyncConnectionErrorRetryHandler(max_retry_count=settings.slack_retry_attempts),
    ]


def build_client(settings: SlackSettings) -> AsyncWebClient:
    """The Web API client: bot token, base URL from the settings, bounded retries."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return AsyncWebClient(
        token=token,
        base_url=settings.slack_api_url,
        timeout=30,
        retry_handlers=retry_handlers(settings),
    )


@dataclass(frozen=True)
class Delivery:
    """What reached Slack: messages posted, and whether every part made it."""

    posted: int
    complete: bool


async def post_thread(
    client: AsyncWebClient, channel: str, thread_ts: str, messages: list[SlackMessage]
) -> Delivery:
    """Post messages in order into a thread; stop at the first failure (logged)."""
    posted = 0
    for message in messages:
        try:
            await client.chat_postMessage(
                channel=channel,
                thread_ts=thread_ts,
                unfurl_links=False,
                unfurl_media=False,
                **message.payload(),
            )
        except _FAILURES as error:
            logger.error(
                "Slack did not take message %d for %s: %s", posted + 1, channel, describe(error)
            )
            return Delivery(posted, complete=False)
        posted += 1
    return Delivery(posted, complete=True)


async def post_response(
    response_url: str,
    messages: list[SlackMessage],
    settings: SlackSettings,
    *,
    response_type: str,
) -> Delivery:
    """POST messages to a slash command's response_url (Slack allows five per command)."""
    client = AsyncWebhookClient(response_url, timeout=30, retry_handlers=retry_handlers(settings))
    posted = 0
    for message in messages[:5]:
        body: dict[str, Any] = {"response_type": response_type, **message.payload()}
        try:
            response = await client.send_dict(body)
        except _FAILURES as error:
            logger.error("response_url refused part %d: %s", posted + 1, describe(error))
            return Delivery(posted, complete=False)
        if response.status_code != 200:
            logger.error("response_url answered %s: %s", response.status_code, response.body)
            return Delivery(posted, complete=False)
        posted += 1
    return Delivery(posted, complete=posted == len(messages))


async def upload_chart(
    client: AsyncWebClient, channel: str, thread_ts: str, png: bytes, title: str
) -> bool:
    """Upload a chart image into the thread (files.getUploadURLExternal, upload, complete)."""
    try:
        await client.files_upload_v2(
            channel=channel,
            thread_ts=thread_ts,
            content=png,
            filename="chart.png",
            title=title,
            alt_txt=title,
        )
    except _FAILURES as error:
        logger.error("Slack did not take the chart for %s: %s", channel, describe(error))
        return False
    return True


def describe(error: BaseException) -> str:
    """A one-line description of a Slack failure for the log (no tokens, no traceback)."""
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", "?")
        code = error.response.get("error") if error.response is not None else None
        return f"HTTP {status}, error {code or 'unknown'}"
    return f"{type(error).__name__}: {error}"

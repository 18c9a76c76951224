"""The slack_bolt `AsyncApp` that verifies, acknowledges and routes Slack requests."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from api.slack.checks import CHECK_SHORTCUT
from api.slack.handlers import Responder
from api.slack.messages import PROVENANCE_ACTION


def build_bolt_app(signing_secret: str, responder: Responder) -> AsyncApp:
    """An AsyncApp wired to the responder's listeners.

    Bolt's own middleware verifies the signature (again; the routes check it first),
    answers ``url_verification`` and ``ssl_check``, and drops the bot's own events. It
    authorises each request with the responder's `BotIdentity`, which never waits for
    Slack (``auth.test`` runs at startup, in the background). Events are acknowledged
    before the listener runs (``process_before_response=False``); the slash command, the
    "How this was computed" button (a ``block_actions`` payload, posted to the events URL)
    and the "Check figures" message shortcut (a ``message_action`` payload, same URL)
    acknowledge themselves.
    """
    app = AsyncApp(
        name="tradebot",
        signing_secret=signing_secret,
        client=tokenless(responder.client),  # bolt takes the token from the identity
        authorize=responder.identity,
        process_before_response=False,
        logger=logging.getLogger("api.slack.bolt"),
    )
    app.event("app_mention")(responder.on_event)
    app.event("message")(responder.on_event)
    app.event(re.compile(r".+"))(ignore)  # other events: acknowledged, so Slack won't retry
    app.command(re.compile(r"^/\S+$"))(responder.on_command)
    app.action(PROVENANCE_ACTION)(responder.on_provenance)
    app.shortcut(CHECK_SHORTCUT)(responder.on_check_figures)
    return app


def tokenless(client: AsyncWebClient) -> AsyncWebClient:
    """A client like ``client`` without its token: bolt sets each request's token from the
    authorisation (and warns that a token given beside ``authorize`` is ignored)."""
    return AsyncWebClient(
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=client.retry_handlers,
        logger=client.logger,
    )


async def ignore() -> None:
    """Listener for events the bot does not act on."""

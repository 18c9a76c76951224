"""The /slack routes: size limit, signature, well-formedness, then bolt.

Every request passes, in this order: a body no larger than ``slack_max_body_bytes``
(413, checked on Content-Length and on the bytes read), a valid Slack signature over the
raw body with a timestamp within five minutes (401, slack_sdk's `SignatureVerifier`), a
body of the expected shape (400); only then does bolt see it. Errors use the API's JSON
shape ``{"ok": false, "error": "...", "status": N}``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from slack_bolt.adapter.starlette.async_handler import to_async_bolt_request, to_starlette_response
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier

from api.slack.app import build_bolt_app
from api.slack.delivery import build_client
from api.slack.errors import RefusalError, SlackConfigError
from api.slack.handlers import Asker, Responder
from api.slack.payloads import check_command_body, check_events_url_body
from api.slack.settings import SlackSettings
from bot.check import Checker

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
COMMANDS_PATH = "/slack/commands"
DRAIN_TIMEOUT_S = 30.0


def error_response(status: int, message: str) -> JSONResponse:
    """The API's one error shape."""
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def mount(app: FastAPI, settings: SlackSettings) -> Responder:
    """Add POST /slack/events and POST /slack/commands to the app.

    Answers come from ``app.state.chat`` (looked up per question, so the app may set it
    in its lifespan). Raises `SlackConfigError` when the signing secret or bot token is
    missing: the routes are never served unverified.
    """
    secret, _ = require_credentials(settings)
    client = build_client(settings)
    responder = Responder(
        settings,
        client,
        lambda: cast("Asker", app.state.chat),
        get_checker=lambda: Checker(app.state.store, app.state.bot_settings),
    )
    bolt = build_bolt_app(secret, responder)
    verifier = SignatureVerifier(secret)

    async def events(request: Request) -> Response:
        return await dispatch(request, bolt, verifier, settings, check_events_url_body)

    async def commands(request: Request) -> Response:
        return await dispatch(request, bolt, verifier, settings, check_command_body)

    app.add_api_route(EVENTS_PATH, events, methods=["POST"], include_in_schema=False)
    app.add_api_route(COMMANDS_PATH, commands, methods=["POST"], include_in_schema=False)
    app.state.slack = responder
    run_with_app(app, responder)
    return responder


def run_with_app(app: FastAPI, responder: Responder) -> None:
    """At startup, learn the bot's identity (``auth.test``) in the background; at shutdown,
    let answers being written finish (bounded) before the app's own shutdown runs."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(current: Any) -> AsyncIterator[Any]:
        async with inner(current) as state:
            responder.identity.start()
            try:
                yield state
            finally:
                await responder.identity.stop()
                await responder.drain(DRAIN_TIMEOUT_S)

    app.router.lifespan_context = lifespan


def require_credentials(settings: SlackSettings) -> tuple[str, str]:
    """The signing secret and bot token, or a `SlackConfigError` saying which is missing."""
    secret = settings.slack_signing_secret
    if secret is None or not secret.get_secret_value().strip():
        raise SlackConfigError(
            "TRADEBOT_SLACK_SIGNING_SECRET is empty: the Slack routes will not run without "
            "request verification. Copy the signing secret from the Slack app's Basic "
            "Information page."
        )
    token = settings.slack_bot_token
    if token is None or not token.get_secret_value().strip():
        raise SlackConfigError(
            "TRADEBOT_SLACK_BOT_TOKEN is empty: the bot cannot post answers. Copy the Bot "
            "User OAuth Token (xoxb-...) from the Slack app's OAuth & Permissions page."
        )
    return secret.get_secret_value().strip(), token.get_secret_value().strip()


async def dispatch(
    request: Request,
    bolt: AsyncApp,
    verifier: SignatureVerifier,
    settings: SlackSettings,
    check_body: Callable[[bytes], object],
) -> Response:
    """Refuse what must be refused, then hand the request to bolt."""
    try:
        body = await read_body(request, settings.slack_max_body_bytes)
        verify_signature(verifier, request, body)
        check_body(body)
    except RefusalError as refusal:
        return error_response(refusal.status, str(refusal))
    try:
        bolt_response = await bolt.async_dispatch(to_async_bolt_request(request, body))
    except (TypeError, AttributeError, KeyError, IndexError, ValueError):
        # a signed payload of a shape the checks above did not foresee
        logger.warning("bolt could not read a signed Slack payload", exc_info=True)
        return error_response(400, "the body is not a Slack payload bolt can read")
    response: Response = to_starlette_response(bolt_response)
    return response


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing (413) one larger than the limit before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise RefusalError(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise RefusalError(413, f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RefusalError(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def verify_signature(verifier: SignatureVerifier, request: Request, body: bytes) -> None:
    """401 unless the body carries a valid, fresh Slack signature."""
    timestamp = request.headers.get("x-slack-request-timestamp")
    signature = request.headers.get("x-slack-signature")
    if not timestamp or not signature:
        raise RefusalError(401, "missing Slack signature headers")
    if not timestamp.strip().lstrip("-").isdigit():
        raise RefusalError(401, "invalid Slack request timestamp")
    try:
        valid = verifier.is_valid(body=body, timestamp=timestamp.strip(), signature=signature)
    except ValueError:  # e.g. a body that is not UTF-8 cannot carry Slack's signature
        valid = False
    if not valid:
        raise RefusalError(401, "invalid or expired Slack signature")

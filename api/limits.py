"""A limit on request body size, enforced before a route reads the body.

JSON routes may carry at most ``max_body_bytes``; the upload routes (/api/ingest,
/api/check) at most ``max_upload_bytes``
(plus a little for the multipart framing). A body announced larger by Content-Length is
refused at once; a chunked body is counted as it arrives and cut off when it passes the
limit. Both answer 413 in the one JSON error shape. Paths under an exempt prefix (the
Slack routes, which enforce their own limit) pass untouched.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_body

_MULTIPART_SLACK = 64 * 1024


class BodyTooLarge(HTTPException):
    """Raised inside ``receive`` when a chunked body passes the limit (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


class BodyLimit:
    """ASGI middleware answering 413 to bodies larger than the route allows."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        max_upload_bytes: int,
        upload_paths: tuple[str, ...],
        exempt_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.exempt_prefixes = exempt_prefixes
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes + _MULTIPART_SLACK
        self.upload_paths = upload_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] in ("GET", "HEAD", "OPTIONS")
            or scope["path"].startswith(self.exempt_prefixes)
        ):
            await self.app(scope, receive, send)
            return
        upload = scope["path"].rstrip("/") in self.upload_paths
        limit = self.max_upload_bytes if upload else self.max_body_bytes
        announced = _content_length(scope)
        if announced is not None and announced > limit:
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, limit)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _too_large(limit: int) -> str:
    return f"The request body is larger than the limit of {limit // 1024} KiB."


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(error_body(_too_large(limit), 413)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

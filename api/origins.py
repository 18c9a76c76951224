"""Requests that come from another site refused: the ``Host`` header of every request, and
where requests that change state come from.

A server on 127.0.0.1 without an API key trusts whoever reaches it, and any page a browser
on the same machine visits can make the browser reach it:

- **DNS rebinding.** A page on ``evil.example`` points its own name at 127.0.0.1 and then
  reads this server as if it were its own origin. Every request's ``Host`` must name this
  server: a loopback name, the address it is bound to, or a name in
  ``TRADEBOT_ALLOWED_HOSTS`` (the public name behind a reverse proxy). A server bound to
  every interface (``0.0.0.0``, which needs an API key or an explicit ``--host``) with no
  allowed hosts set accepts any ``Host``.
- **Cross-site request forgery.** A page posts a form or a ``no-cors`` fetch (a multipart
  upload, say) here. A request that changes state (POST, PUT, PATCH, DELETE) must carry
  the header `CLIENT_HEADER` or an ``Authorization`` header: a page on another origin can
  send neither without a CORS preflight, which this server never grants. When the browser
  says where the request comes from (``Sec-Fetch-Site``, ``Origin``), that must be this
  same origin; a browser's own ``Sec-Fetch-Site: same-origin`` (which no page can set)
  stands in for the header, so the API docs page's "Try it out" works.

Refusals use the one JSON error shape: 400 for a foreign ``Host``, 403 for a request from
another site or without the header. Paths under an exempt prefix (Slack's routes, where
every request is signed) pass untouched.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_body
from api.settings import LOOPBACK_HOSTS

CLIENT_HEADER = "X-Tradebot-Request"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_SAME_SITE_FETCH = frozenset({"same-origin", "none"})
_WILDCARD_BINDS = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(bound: str, configured: Iterable[str]) -> frozenset[str] | None:
    """The host names a request may address: the loopback names, the bound address and the
    configured names. None: any host (``*`` configured, or bound to every interface with
    no name configured)."""
    names = frozenset(name.strip().lower().strip("[]") for name in configured if name.strip())
    bound = bound.strip().lower().strip("[]")
    if "*" in names or (not names and bound in _WILDCARD_BINDS):
        return None
    return LOOPBACK_HOSTS | names | ({bound} - _WILDCARD_BINDS)


def host_name(host: str) -> str:
    """The name in a ``Host`` header, without its port: ``[::1]:8000`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") > 1:  # a bare IPv6 address
        return host
    return host.partition(":")[0]


def host_allowed(host: str, allowed: frozenset[str] | None) -> bool:
    """Whether a ``Host`` header names an allowed host (``*.example.org`` allows its
    subdomains)."""
    if allowed is None:
        return True
    name = host_name(host)
    if not name:
        return False
    if name in allowed:
        return True
    if _is_loopback_address(name) and any(_is_loopback_address(a) for a in allowed):
        return True
    return any(a.startswith("*.") and name.endswith(a[1:]) for a in allowed)


def _is_loopback_address(name: str) -> bool:
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def cross_site_reason(headers: dict[str, str]) -> str | None:
    """Why a request that changes state is refused, or None when it may go ahead."""
    fetch_site = headers.get("sec-fetch-site", "").strip().lower()
    if fetch_site and fetch_site not in _SAME_SITE_FETCH:
        return f"Requests from another site are refused (Sec-Fetch-Site: {fetch_site})."
    origin = headers.get("origin")
    if origin is not None and not _same_origin(origin, headers.get("host", "")):
        return "Requests from another origin are refused."
    if fetch_site == "same-origin":  # said by the browser itself (no page can set it)
        return None
    if not headers.get(CLIENT_HEADER.lower(), "").strip() and not headers.get("authorization"):
        return (
            f"A request that changes state must carry the header '{CLIENT_HEADER}: 1' "
            "(the web page sends it) or an API key."
        )
    return None


def _same_origin(origin: str, host: str) -> bool:
    """Whether an ``Origin`` header names the host the request was sent to."""
    parts = urlsplit(origin.strip().lower())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False  # "null" (a sandboxed frame, a file) or garbage
    default = {"http": ":80", "https": ":443"}[parts.scheme]
    return parts.netloc.removesuffix(default) == host.strip().lower().removesuffix(default)


class SameOriginGuard:
    """ASGI middleware refusing a foreign ``Host`` and cross-site requests that change state."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        hosts: frozenset[str] | None,
        exempt_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.hosts = hosts
        self.exempt_prefixes = exempt_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.exempt_prefixes):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not host_allowed(headers.get("host", ""), self.hosts):
            message = (
                "This server does not answer to that Host name; add it to "
                "TRADEBOT_ALLOWED_HOSTS if it is this server's own name."
            )
            await _refuse(send, message, 400)
            return
        if scope["method"] not in _SAFE_METHODS:
            reason = cross_site_reason(headers)
            if reason is not None:
                await _refuse(send, reason, 403)
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send, message: str, status: int) -> None:
    body = json.dumps(error_body(message, status)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

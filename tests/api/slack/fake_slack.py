"""A fake Slack Web API: a stdlib HTTP server on 127.0.0.1 that records every call.

It answers like Slack (``{"ok": true, ...}``) for the methods the bot uses, accepts
file uploads at the URL it hands out, and takes ``response_url`` and incoming-webhook
POSTs under ``/response/`` and ``/webhook/``. `script` queues failures (a 429 with
Retry-After, a 500) or slow replies for a path, answered before the normal replies.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
AUTH_TEST = {"ok": True, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "team_id": "T1"}


@dataclass(frozen=True)
class Call:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, a dict of form fields, or raw bytes
    at: float
    query: dict[str, str] = field(default_factory=dict)

    @property
    def params(self) -> dict[str, Any]:
        """Query-string and body fields together (slack_sdk sends some in each)."""
        body = self.body if isinstance(self.body, dict) else {}
        return {**self.query, **body}

    @property
    def api(self) -> str:
        """The Web API method name (``chat.postMessage``) or the path."""
        return self.path.removeprefix("/api/")


@dataclass
class Scripted:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=lambda: {"ok": False, "error": "fatal_error"})
    delay_s: float = 0.0  # a slow Slack: seconds before the reply is sent


class FakeSlack:
    """The server, its recorded calls and its scripted failures."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._scripts: dict[str, list[Scripted]] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def script(self, path: str, *replies: Scripted) -> None:
        """Answer the next calls to path with these replies, in order."""
        with self._lock:
            self._scripts.setdefault(path, []).extend(replies)

    def calls_to(self, api: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.api == api or call.path.startswith(api)]

    def wait_for(self, api: str, count: int = 1, timeout_s: float = 30.0) -> list[Call]:
        """Poll (bounded) until at least count calls to api arrived; return them."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            calls = self.calls_to(api)
            if len(calls) >= count:
                return calls
            time.sleep(0.02)
        raise AssertionError(
            f"expected {count} call(s) to {api} within {timeout_s}s; "
            f"got {[c.api for c in self.calls]}"
        )

    def settle(self, quiet_s: float = 0.4) -> list[Call]:
        """Wait until no call arrived for quiet_s seconds (to assert nothing more comes)."""
        deadline = time.monotonic() + 10
        seen = -1
        while time.monotonic() < deadline:
            with self._lock:
                now = len(self.calls)
            if now == seen:
                return list(self.calls)
            seen = now
            time.sleep(quiet_s)
        return list(self.calls)

    def posted_texts(self) -> list[str]:
        """The block texts of every chat.postMessage, in order, joined per message (section
        texts, context texts and button labels)."""
        return [
            "\n".join(block_texts(c.body.get("blocks") or []))
            for c in self.calls_to("chat.postMessage")
        ]

    # -- the server side ------------------------------------------------------------

    def record(self, call: Call) -> Scripted | None:
        with self._lock:
            self.calls.append(call)
            queue = self._scripts.get(call.path)
            return queue.pop(0) if queue else None

    def reply(self, call: Call) -> tuple[int, dict[str, Any] | str]:
        if call.path.startswith(("/response/", "/webhook/")):
            return 200, "ok"
        if call.path.startswith("/upload/"):
            return 200, f"OK - {len(call.body)}"
        api = call.api
        if api == "auth.test":
            return 200, AUTH_TEST
        if api == "chat.postMessage":
            channel = call.body.get("channel")
            return 200, {"ok": True, "channel": channel, "ts": f"1700000000.{next(self._ts):06d}"}
        if api == "files.getUploadURLExternal":
            return 200, {"ok": True, "upload_url": f"{self.url}/upload/F123", "file_id": "F123"}
        if api == "files.completeUploadExternal":
            return 200, {"ok": True, "files": [{"id": "F123", "title": "chart"}]}
        return 200, {"ok": True}


def _parse(headers: dict[str, str], raw: bytes) -> Any:
    kind = headers.get("content-type", "")
    if "json" in kind:
        return json.loads(raw or b"{}")
    if "x-www-form-urlencoded" in kind:
        fields = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
        return {key: values[0] for key, values in fields.items()}
    return raw


def _handler_for(fake: FakeSlack) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            path, _, query = self.path.partition("?")
            fields = {key: values[0] for key, values in parse_qs(query).items()}
            call = Call("POST", path, headers, _parse(headers, raw), time.monotonic(), fields)
            scripted = fake.record(call)
            if scripted is not None:
                time.sleep(scripted.delay_s)
                self._send(scripted.status, scripted.body, scripted.headers)
                return
            status, body = fake.reply(call)
            self._send(status, body, {})

        def _send(self, status: int, body: dict[str, Any] | str, headers: dict[str, str]) -> None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            self.send_response(status)
            kind = "text/plain" if isinstance(body, str) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


def block_texts(blocks: list[dict[str, Any]]) -> list[str]:
    """The texts people see in Slack blocks: sections, context elements, button labels."""
    texts: list[str] = []
    for block in blocks:
        if "text" in block:
            texts.append(block["text"]["text"])
        for element in block.get("elements", []):
            text = element.get("text")
            texts.append(text["text"] if isinstance(text, dict) else str(text))
    return texts

"""A fake OpenAI-compatible chat server on 127.0.0.1 (port 0, in a thread) for tests and
`bench/planners.py`: it answers ``POST .../chat/completions`` with what a script says.

The script is a function of the request body returning one reply:

- ``{"tool": "plan", "arguments": "<JSON text>"}``: a tool call (arguments as sent, so
  malformed JSON can be sent too);
- ``{"content": "text"}``: a plain reply, streamed in word chunks when asked to stream;
- ``{"sleep": seconds, ...}``: wait first (a timeout), then reply as above.

Every request body is kept in ``requests``.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Script = Callable[[dict[str, Any]], dict[str, Any]]


class FakeModelServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a sleeping reply (a timeout) does not hold the test

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.requests: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextmanager
def fake_model_server(script: Script) -> Iterator[FakeModelServer]:
    server = FakeModelServer(script)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def question_of(body: dict[str, Any]) -> str:
    """The question in a request the engine sent (the last line starting ``Question:``)."""
    text = str(body["messages"][-1]["content"])
    lines = [line for line in text.splitlines() if line.startswith("Question: ")]
    return lines[-1].removeprefix("Question: ") if lines else text


class _Handler(BaseHTTPRequestHandler):
    server: FakeModelServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append(body)
        reply = self.server.script(body)
        if reply.get("sleep"):
            time.sleep(float(reply["sleep"]))
        try:
            if body.get("stream"):
                self._stream(body, str(reply.get("content", "")))
            else:
                self._send(_completion(body, reply))
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (a timeout)

    def _send(self, data: dict[str, Any]) -> None:
        raw = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _stream(self, body: dict[str, Any], text: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        words = text.split(" ")
        for i, word in enumerate(words):
            piece = word if i == 0 else " " + word
            chunk = _chunk(body, {"content": piece}, None)
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(f"data: {json.dumps(_chunk(body, {}, 'stop'))}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")


def _completion(body: dict[str, Any], reply: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.get("content")}
    finish = "stop"
    if "tool" in reply:
        call = {
            "id": f"call_{uuid.uuid4().hex[:8]}",
            "type": "function",
            "function": {"name": reply["tool"], "arguments": reply.get("arguments", "{}")},
        }
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish = "tool_calls"
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stream",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }

"""POST /api/chat/stream: the answer as server-sent events.

Events, in order: ``status`` (one or more), ``delta`` (pieces of the Markdown text),
``figures``, ``citations``, ``chart`` (only when the answer has one), then ``done`` with the
conversation id. A failure after the stream started arrives as an ``error`` event carrying
the one JSON error shape.

With a language model set, the model's sentences arrive as ``delta`` events while it
writes them, each once it is complete and has passed its check (every number traced).
When the final answer does not begin with what was streamed (the whole text failed the
evidence check, say), a ``reset`` event tells the page to drop it; the final text follows.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.chat import ChatService
from api.deps import ChatDep, JsonBodyDep
from api.errors import ApiError, error_body
from api.routes.chat import ChatRequest, ask_payload
from bot.errors import BotError

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["chat"])

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_WORDS_PER_DELTA = 4
_DELTA_PAUSE_S = 0.008


def sse_event(event: str, data: dict[str, Any]) -> str:
    """One server-sent event with a JSON payload."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def text_pieces(text: str, words: int = _WORDS_PER_DELTA) -> list[str]:
    """The text cut into pieces of a few words each; joined they give the text back."""
    tokens = re.findall(r"\s*\S+|\s+", text)
    return ["".join(tokens[i : i + words]) for i in range(0, len(tokens), words)]


async def _answering(
    chat: ChatService, message: str, conversation_id: str | None, streamed: list[str]
) -> AsyncIterator[str | dict[str, Any]]:
    """The model's checked sentences as they come, then the answer's payload."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def emit(piece: str) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, piece)

    task = asyncio.ensure_future(
        run_in_threadpool(ask_payload, chat, message, conversation_id, emit)
    )
    while not task.done():
        getter = asyncio.ensure_future(queue.get())
        done, _ = await asyncio.wait({task, getter}, return_when=asyncio.FIRST_COMPLETED)
        if getter in done:
            streamed.append(getter.result())
            yield streamed[-1]
        else:
            getter.cancel()
    while not queue.empty():
        streamed.append(queue.get_nowait())
        yield streamed[-1]
    yield task.result()


async def answer_events(
    chat: ChatService, message: str, conversation_id: str | None
) -> AsyncIterator[str]:
    yield sse_event("status", {"message": "Reading the tables and articles…"})
    streamed: list[str] = []
    payload: dict[str, Any] = {}
    try:
        async for item in _answering(chat, message, conversation_id, streamed):
            if isinstance(item, str):
                yield sse_event("delta", {"text": item})
            else:
                payload = item
    except (ApiError, BotError) as exc:
        status = exc.status if isinstance(exc, ApiError) else 422
        yield sse_event("error", error_body(str(exc), status))
        return
    except Exception:
        logger.exception("stream failed")
        yield sse_event("error", error_body("Internal server error; see the server log.", 500))
        return
    yield sse_event("status", {"message": "Writing the answer…"})
    text, shown = payload["answer"], "".join(streamed)
    if text.startswith(shown):
        text = text[len(shown) :]
    else:
        yield sse_event("reset", {})
    for piece in text_pieces(text):
        yield sse_event("delta", {"text": piece})
        await asyncio.sleep(_DELTA_PAUSE_S)
    yield sse_event("figures", {"figures": payload["figures"]})
    yield sse_event("citations", {"citations": payload["citations"]})
    if payload["chart"]:
        yield sse_event("chart", {"chart": payload["chart"], "svg": payload["chart_svg"]})
    yield sse_event(
        "done", {"conversation_id": payload["conversation_id"], "plan": payload["plan"]}
    )


@router.post("/chat/stream", dependencies=[JsonBodyDep])
async def post_chat_stream(request: ChatRequest, chat: ChatDep) -> StreamingResponse:
    """Ask a question; the answer arrives as server-sent events."""
    chat.check_message(request.message)
    if request.conversation_id:
        chat.require_conversation(request.conversation_id)
    return StreamingResponse(
        answer_events(chat, request.message, request.conversation_id),
        media_type="text/event-stream",
        headers=SSE_HEADERS,
    )

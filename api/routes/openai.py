"""The OpenAI-compatible API: GET /v1/models and POST /v1/chat/completions.

Clients such as Open WebUI or the `openai` Python package send the whole conversation
with each request. The earlier user messages are the context (replayed through the
engine when this history was not seen before), the last user message is answered. The
text carries the answer's numbered references, then the figures with their formulas
and a Sources list with each quote.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import ChatDep, JsonBodyDep, SettingsDep
from api.errors import UnprocessableError
from api.routes.stream import SSE_HEADERS, text_pieces
from bot.records import Answer

router = APIRouter(prefix="/v1", tags=["openai"])


class OpenAIMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        parts = self.content or []
        return "\n".join(str(p.get("text", "")) for p in parts if p.get("type") == "text")


class CompletionRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = Field(default=None, description="Any value; there is one model.")
    messages: list[OpenAIMessage] = Field(min_length=1, description="The conversation so far.")
    stream: bool = Field(default=False, description="Answer as chat.completion.chunk events.")


def split_messages(messages: list[OpenAIMessage]) -> tuple[list[str], str]:
    """The earlier user messages and the one to answer (the last user message)."""
    users = [m.text() for m in messages if m.role == "user" and m.text().strip()]
    if not users:
        raise UnprocessableError("messages must contain at least one user message with text.")
    return users[:-1], users[-1]


_SOURCES_HEADING = re.compile(r"^\W*sources\W*$", re.IGNORECASE | re.MULTILINE)


def completion_text(answer: Answer) -> str:
    """The answer's own compact Markdown (the same text the web page, the CLI and the JSON
    answer show), with its quoted sources added when the text does not list them.

    The figures' row attributes are not added: they are in the JSON answer's figures
    (``POST /api/chat``), not in the text.
    """
    lines = [answer.text.rstrip()]
    if answer.citations and not _SOURCES_HEADING.search(answer.text):
        lines += ["", "**Sources**"]
        for citation in answer.citations:
            named = ", ".join(x for x in (citation.title, citation.source, citation.date) if x)
            lines.append(f"[{citation.id}] {named}: “{citation.quote}”")
    return "\n".join(lines)


def _completion(model: str, text: str, question: str) -> dict[str, Any]:
    prompt_tokens, completion_tokens = len(question.split()), len(text.split())
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _chunk(chunk_id: str, model: str, delta: dict[str, str], finish: str | None) -> str:
    body = {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


async def _chunks(model: str, text: str) -> AsyncIterator[str]:
    chunk_id = f"chatcmpl-{uuid.uuid4().hex}"
    yield _chunk(chunk_id, model, {"role": "assistant", "content": ""}, None)
    for piece in text_pieces(text):
        yield _chunk(chunk_id, model, {"content": piece}, None)
    yield _chunk(chunk_id, model, {}, "stop")
    yield "data: [DONE]\n\n"


@router.get("/models")
def list_models(settings: SettingsDep) -> dict[str, Any]:
    """The one model this server answers as."""
    model = {"id": settings.model_name, "object": "model", "created": 0, "owned_by": "tradebot"}
    return {"object": "list", "data": [model]}


@router.post("/chat/completions", response_model=None, dependencies=[JsonBodyDep])
async def chat_completions(
    request: CompletionRequest, chat: ChatDep, settings: SettingsDep
) -> dict[str, Any] | StreamingResponse:
    """Answer the last user message, OpenAI style (streamed when ``stream`` is true)."""
    history, question = split_messages(request.messages)
    chat.check_message(question)
    answer, _ = await run_in_threadpool(chat.ask_with_history, history, question)
    text = completion_text(answer)
    model = request.model or settings.model_name
    if request.stream:
        return StreamingResponse(
            _chunks(model, text), media_type="text/event-stream", headers=SSE_HEADERS
        )
    return _completion(model, text, question)

"""POST /api/chat and the conversations of the web page."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.charts import ChartError, render_chart
from api.chat import OPENAI_PREFIX, ChatService
from api.deps import ChatDep, JsonBodyDep
from api.errors import NotFoundError
from bot.records import Answer

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["chat"])


class ChatRequest(BaseModel):
    message: str = Field(description="The question, in plain words.")
    conversation_id: str | None = Field(
        default=None,
        description="Continue this conversation (an id this API returned; an unknown id is "
        "404); null starts a new one.",
    )


def chart_svg_of(spec: dict[str, Any] | None) -> str | None:
    """A chart spec drawn as SVG, or None when there is none or it cannot be drawn."""
    if not spec:
        return None
    try:
        return render_chart(spec)
    except (ChartError, TypeError, ValueError) as exc:
        logger.warning("chart not drawn: %s", exc)
        return None


def answer_payload(answer: Answer, conversation_id: str) -> dict[str, Any]:
    """The JSON of an answer: `Answer.to_dict()`, its conversation and its chart as SVG."""
    return {
        "ok": True,
        **answer.to_dict(),
        "conversation_id": conversation_id,
        "chart_svg": chart_svg_of(answer.chart),
    }


def ask_payload(
    chat: ChatService,
    message: str,
    conversation_id: str | None,
    emit: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Answer in a new conversation, or in a known one (404 for an id never handed out);
    ``emit`` receives the model's checked sentences while it writes them."""
    answer, cid = chat.ask(message, conversation_id, must_exist=True, emit=emit)
    return answer_payload(answer, cid)


@router.post("/chat", dependencies=[JsonBodyDep], response_model=None)
def post_chat(request: ChatRequest, chat: ChatDep) -> JSONResponse:
    """Ask a question; the answer with its figures, citations and chart. An unknown
    ``conversation_id`` is 404: omit it to start a new conversation."""
    # The payload is plain JSON already (`Answer.to_dict`): sent as it is, without
    # FastAPI's walk over every value (a millisecond or more on a long answer).
    return JSONResponse(ask_payload(chat, request.message, request.conversation_id))


@router.get("/conversations")
def list_conversations(chat: ChatDep, limit: int = 50) -> dict[str, Any]:
    """The most recent conversations (those of OpenAI clients are not listed)."""
    shown = chat.conversations.summaries(max(1, min(limit, 500)), exclude_prefix=OPENAI_PREFIX)
    return {"ok": True, "conversations": [asdict(s) for s in shown]}


@router.get("/conversations/{conversation_id}")
def get_conversation(conversation_id: str, chat: ChatDep) -> dict[str, Any]:
    """The turns of a conversation, to show it again."""
    turns = chat.history(conversation_id)
    if turns is None:
        raise NotFoundError(f"No conversation with id {conversation_id!r}.")
    for turn in turns:
        turn["answer"]["chart_svg"] = chart_svg_of(turn["answer"].get("chart"))
    return {"ok": True, "conversation_id": conversation_id, "turns": turns}


@router.delete("/conversations/{conversation_id}")
def delete_conversation(conversation_id: str, chat: ChatDep) -> dict[str, Any]:
    if not chat.conversations.delete(conversation_id):
        raise NotFoundError(f"No conversation with id {conversation_id!r}.")
    return {"ok": True, "deleted": conversation_id}

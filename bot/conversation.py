"""A conversation: the turns so far, so that follow-up questions reuse the last plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from bot.errors import BotError
from bot.records import QueryPlan


@dataclass(frozen=True)
class Turn:
    """One question and what the engine made of it."""

    question: str
    plan: QueryPlan | None
    summary: str  # the answer's first paragraph
    figures: int = 0
    citations: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "plan": self.plan.to_dict() if self.plan else None,
            "summary": self.summary,
            "figures": self.figures,
            "citations": self.citations,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Turn:
        plan = data.get("plan")
        return cls(
            question=str(data["question"]),
            plan=QueryPlan.from_dict(plan) if plan else None,
            summary=str(data.get("summary", "")),
            figures=int(data.get("figures", 0)),
            citations=int(data.get("citations", 0)),
        )


@dataclass
class Conversation:
    """The turns of one conversation, oldest first. `Engine.answer` appends to it."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    turns: list[Turn] = field(default_factory=list)

    @property
    def last_plan(self) -> QueryPlan | None:
        return next((t.plan for t in reversed(self.turns) if t.plan is not None), None)

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)

    def clear(self) -> None:
        self.turns.clear()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "turns": [t.to_dict() for t in self.turns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conversation:
        try:
            turns = [Turn.from_dict(t) for t in data.get("turns", [])]
            return cls(id=str(data.get("id") or uuid.uuid4().hex), turns=turns)
        except (KeyError, TypeError, ValueError) as exc:
            raise BotError(f"This saved conversation cannot be read: {exc}") from exc

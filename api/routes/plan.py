"""GET /api/plan/schema: the JSON Schema of the plan language (what `plan.expression` in a
JSON answer holds; see docs/plan.md)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from bot.plan import schema

router = APIRouter(tags=["plan"])


@router.get("/api/plan/schema", summary="JSON Schema of the plan language")
def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan: one expression per part of a question, over series."""
    return schema()

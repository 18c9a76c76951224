"""GET /health: is the app up and what does the store hold (no API key needed)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health")
async def health(store: StoreDep) -> dict[str, Any]:
    sources = await run_in_threadpool(store.sources)
    return {
        "ok": True,
        "status": "ok",
        "sources": len(sources),
        "tables": sum(len(s.tables) for s in sources),
    }

"""api: the FastAPI app (web chat page, JSON, OpenAI-compatible and Slack routes) and the CLI.

The public names are loaded on first use, so that `tradebot --help` and the Slack or CLI
modules do not pay for importing the whole app.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.app import create_app
    from api.chat import ChatService
    from api.conversations import ConversationStore
    from api.errors import ApiError
    from api.settings import ApiSettings

_HOMES = {
    "ApiError": "api.errors",
    "ApiSettings": "api.settings",
    "ChatService": "api.chat",
    "ConversationStore": "api.conversations",
    "create_app": "api.app",
}

__all__ = [
    "ApiError",
    "ApiSettings",
    "ChatService",
    "ConversationStore",
    "create_app",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'api' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)

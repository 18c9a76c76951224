"""Dependencies of the routes: the app's settings, store, chat service and ingest worker,
the API key, and the JSON content type of the routes that take a JSON body."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request

from api.chat import ChatService
from api.errors import UnauthorizedError, UnsupportedMediaTypeError
from api.ingest_worker import IngestWorker
from api.settings import ApiSettings
from vectorstore.store import Store


def get_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


def get_chat(request: Request) -> ChatService:
    chat: ChatService = request.app.state.chat
    return chat


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_worker(request: Request) -> IngestWorker:
    worker: IngestWorker = request.app.state.ingest_worker
    return worker


SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
WorkerDep = Annotated[IngestWorker, Depends(get_worker)]
ChatDep = Annotated[ChatService, Depends(get_chat)]
StoreDep = Annotated[Store, Depends(get_store)]


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, if any."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def require_api_key(request: Request, settings: SettingsDep) -> None:
    """Refuse the request (401) when an API key is configured and not presented."""
    if settings.api_key is None:
        return
    token = bearer_token(request)
    if token is None:
        raise UnauthorizedError("This server needs an API key: send 'Authorization: Bearer <key>'.")
    expected = settings.api_key.get_secret_value().encode()
    if not secrets.compare_digest(token.encode(), expected):
        raise UnauthorizedError("The API key is not valid.")


ApiKeyDep = Depends(require_api_key)


def is_json_media_type(content_type: str) -> bool:
    """Whether a Content-Type header names JSON (``application/json`` or ``+json``)."""
    media_type = content_type.partition(";")[0].strip().lower()
    kind, _, subtype = media_type.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def require_json(request: Request) -> None:
    """Refuse (415) a body sent with a Content-Type other than JSON, missing included."""
    if not is_json_media_type(request.headers.get("content-type", "")):
        raise UnsupportedMediaTypeError("Content-Type must be application/json")


JsonBodyDep = Depends(require_json)

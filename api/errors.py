"""Errors of the HTTP API, and the one JSON shape every error response takes.

Every error leaves the app as ``{"ok": false, "error": "<message for people>", "status": N}``
with N the HTTP status. The exception tree:

- `ApiError`: base of the errors raised by our routes (status 400).
  - `UnauthorizedError` (401): missing or wrong API key.
  - `NotFoundError` (404): an unknown source, table or conversation.
  - `UnprocessableError` (422): a request we understood but cannot act on (a bad upload).
  - `PayloadTooLargeError` (413): a body or upload over the configured limits.
  - `UnsupportedMediaTypeError` (415): a JSON route sent a body that is not JSON.

Errors of the other packages are mapped here too: `IngestError` -> 422, `BotError` -> 422,
`StoreError` -> 503. Only the last-resort handler catches `Exception`: it logs the
traceback and answers 500 without it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.errors import BotError
from ingest.errors import IngestError
from vectorstore.errors import StoreError

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """Base error of the `api` package; ``status`` is the HTTP status it answers with."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class UnauthorizedError(ApiError):
    status = 401


class NotFoundError(ApiError):
    status = 404


class UnprocessableError(ApiError):
    status = 422


class PayloadTooLargeError(ApiError):
    status = 413


class UnsupportedMediaTypeError(ApiError):
    status = 415


def error_body(message: str, status: int) -> dict[str, Any]:
    """The JSON body of every error response."""
    return {"ok": False, "error": message, "status": status}


def error_response(message: str, status: int) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_body(message, status), status_code=status, headers=headers)


def describe_json_error(problem: dict[str, Any], document: Any) -> str:
    """A body that is not JSON, described with its line and column (not a bare offset)."""
    reason = str(problem.get("ctx", {}).get("error") or "not valid JSON")
    loc = problem.get("loc", ())
    position = loc[-1] if loc and isinstance(loc[-1], int) else None
    if position is None or not isinstance(document, str):
        return f"Invalid JSON body: {reason}"
    line = document.count("\n", 0, position) + 1
    column = position - document.rfind("\n", 0, position)
    return f"Invalid JSON body: {reason} at line {line} column {column}"


def describe_validation(exc: RequestValidationError) -> str:
    """One readable sentence for the first problems pydantic found in a request."""
    errors = exc.errors()
    if errors and errors[0].get("type") == "json_invalid":
        return describe_json_error(errors[0], exc.body)
    parts = []
    for problem in errors[:3]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        message = str(problem.get("msg", "invalid value"))
        parts.append(f"{where}: {message}" if where else message)
    return "Invalid request: " + "; ".join(parts) if parts else "Invalid request"


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.message, exc.status)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return error_response(str(exc.detail), exc.status_code)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(describe_validation(exc), 422)


async def _bot_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(str(exc) or "The question could not be answered.", 422)


async def _store_error(_: Request, exc: Exception) -> JSONResponse:
    logger.warning("store error: %s", exc)
    return error_response(str(exc) or "The store is not available.", 503)


async def _ingest_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(str(exc), 422)


async def _last_resort(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response("Internal server error; the details are in the server log.", 500)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error, ours or the framework's, answer with the one JSON shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(BotError, _bot_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(IngestError, _ingest_error)
    app.add_exception_handler(Exception, _last_resort)

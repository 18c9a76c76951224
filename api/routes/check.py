"""POST /api/check: every figure of an article checked against the tables.

The body is JSON (``{"text": "...", "title": null, "date": null}``) or a multipart
upload (a ``file`` field: .txt, .md, .html or .pdf; optional ``date``). The answer holds
the claims and summary of `CheckReport.to_dict`, plus the report as Markdown and CSV.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from api.deps import StoreDep, is_json_media_type
from api.documents import Document, from_bytes, from_text
from api.errors import UnprocessableError, UnsupportedMediaTypeError
from bot.check import Checker
from bot.settings import BotSettings

router = APIRouter(prefix="/api", tags=["check"])


class CheckRequest(BaseModel):
    text: str = Field(description="The article's text, as pasted.")
    title: str | None = Field(default=None, description="Its title, if not the first line.")
    date: str | None = Field(
        default=None, description="Its date (YYYY-MM-DD): a month without a year is read by it."
    )


_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": CheckRequest.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "date": {"type": "string"},
                    },
                    "required": ["file"],
                }
            },
        },
    }
}


@router.post("/check", openapi_extra=_BODY, summary="Check every figure of an article")
async def post_check(request: Request, store: StoreDep) -> dict[str, Any]:
    """Every stated figure of a pasted text or an uploaded article, with its verdict
    (supported, contradicted, no_data, ambiguous), the table figure and a note."""
    document, date = await _document(request)
    settings: BotSettings = getattr(request.app.state, "bot_settings", None) or BotSettings()
    checker = Checker(store, settings)
    report = await run_in_threadpool(
        checker.check, document.text, date=date or document.date, title=document.title
    )
    return {
        "ok": True,
        "title": document.title,
        **report.to_dict(),
        "markdown": report.to_markdown(),
        "csv": report.to_csv(),
    }


async def _document(request: Request) -> tuple[Document, str | None]:
    kind = request.headers.get("content-type", "")
    if kind.lower().startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise UnprocessableError("Upload the article in a form field named 'file'.")
        data = await upload.read()
        name = upload.filename or "upload"
        suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
        date = form.get("date")
        return from_bytes(data, name, suffix), date if isinstance(date, str) and date else None
    if not is_json_media_type(kind):
        raise UnsupportedMediaTypeError(
            "Send JSON ({\"text\": ...}) or a multipart upload with a 'file' field."
        )
    try:
        body = CheckRequest.model_validate(json.loads(await request.body()))
    except (ValueError, ValidationError) as error:
        raise UnprocessableError(f'Invalid request: send {{"text": "..."}} ({error})') from error
    document = from_text(body.text)
    if body.title:
        document = Document(document.text, document.name, body.title, document.date)
    return document, body.date

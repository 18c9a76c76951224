"""`tradebot check FILE|URL|-`: every figure of an article checked against the tables.

Prints the report as Markdown (default), JSON (``--json``, or ``--format json``) or CSV;
``--output`` writes it to a file instead. A file that is not an article, a text without
figures, or a URL while fetching is off ends with ``Error: ...`` and exit code 1.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api.commands.ingest import (
    EmbedderChoice,
    EmbedderOption,
    JsonOption,
    StoreOption,
    _checked,
    fail,
    opened_store,
)
from api.documents import Document, from_bytes, from_path, from_url, is_url
from api.errors import ApiError
from api.settings import ApiSettings
from bot.check import Checker, CheckReport
from bot.errors import BotError
from bot.settings import BotSettings


class Format(StrEnum):
    markdown = "markdown"
    json = "json"
    csv = "csv"


def check(
    source: Annotated[
        str,
        typer.Argument(
            help="An article file (.txt .md .html .pdf), a web address (when "
            "TRADEBOT_CHECK_FETCH_URLS allows it), or - for standard input."
        ),
    ],
    store: StoreOption = None,
    as_json: JsonOption = False,
    output_format: Annotated[
        Format, typer.Option("--format", help="Report format: markdown, json or csv.")
    ] = Format.markdown,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="The article's date (YYYY-MM-DD), if the text lacks it."),
    ] = None,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Check every figure an article states against the tables: supported, contradicted,
    no data or ambiguous, each with the table's figure, formula and source rows."""
    api_settings = _checked(ApiSettings)
    bot_settings = _checked(BotSettings)
    try:
        document = _read(source, api_settings)
    except ApiError as error:
        raise fail(error.message) from error
    with opened_store(store, embedder) as the_store:
        try:
            report = Checker(the_store, bot_settings).check(
                document.text, date=date or document.date, title=document.title
            )
        except BotError as error:
            raise fail(str(error)) from error
    chosen = Format.json if as_json else output_format
    text = _render(report, chosen)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    output.write_text(text, encoding="utf-8")
    typer.echo(f"{report.summary_line()} Report written to {output}.", err=True)


def _read(source: str, settings: ApiSettings) -> Document:
    if source == "-":
        return from_bytes(sys.stdin.buffer.read(), "standard input", ".txt")
    if is_url(source):
        return from_url(
            source, allowed=settings.check_fetch_urls, max_bytes=settings.max_upload_bytes
        )
    return from_path(Path(source))


def _render(report: CheckReport, chosen: Format) -> str:
    if chosen is Format.json:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if chosen is Format.csv:
        return report.to_csv()
    return report.to_markdown()

"""`tradebot post "QUESTION"`: answer a question and post it to a Slack channel.

The channel is the one of the incoming webhook in TRADEBOT_SLACK_WEBHOOK_URL; the answer
is laid out as for the Slack bot (figures with formulas, numbered sources).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.slack.errors import SlackError
from api.slack.settings import SlackSettings
from bot.errors import BotError
from bot.records import Answer
from vectorstore.errors import StoreError
from vectorstore.settings import StoreSettings


def post(
    question: Annotated[str, typer.Argument(help="The question to answer and post.")],
    store: Annotated[
        Path | None,
        typer.Option("--store", help="Store directory (default: TRADEBOT_STORE or .tradebot)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Do not print the answer here too.")
    ] = False,
) -> None:
    """Answer QUESTION from the store and post the answer to Slack (incoming webhook)."""
    slack_settings = SlackSettings()
    if slack_settings.slack_webhook_url is None:
        raise fail(
            "TRADEBOT_SLACK_WEBHOOK_URL is not set: create an incoming webhook for the channel "
            "in the Slack app (Incoming Webhooks) and put its URL in that variable."
        )
    if not question.strip():
        raise fail("The question is empty.")
    store_settings = StoreSettings() if store is None else StoreSettings(store=store)
    try:
        answer = answer_question(question.strip(), store_settings)
    except (BotError, StoreError) as error:
        raise fail(str(error)) from error
    if not quiet:
        typer.echo(answer.text)
    from api.slack.webhook import post_to_webhook

    try:
        sent = post_to_webhook(answer, slack_settings)
    except SlackError as error:
        raise fail(str(error)) from error
    typer.echo(f"Posted the answer to Slack ({sent} message{'s' if sent != 1 else ''}).", err=True)


def fail(message: str) -> typer.Exit:
    """Print ``Error: message`` on stderr; the caller raises the returned exit (code 1)."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(1)


def answer_question(question: str, store_settings: StoreSettings) -> Answer:
    """The engine's answer from the store the settings name (opened, then closed)."""
    from api.app import build_engine
    from bot.settings import BotSettings
    from vectorstore.store import open_store

    if not Path(store_settings.store).expanduser().is_dir():
        raise StoreError(
            f"There is no store at {store_settings.store}; run `tradebot ingest` first "
            "or pass --store."
        )
    the_store = open_store(store_settings)
    try:
        return build_engine(the_store, BotSettings()).answer(question, None)
    finally:
        the_store.close()

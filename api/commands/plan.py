"""`tradebot plan QUESTION`: the plan a question becomes (no figures computed), and
`--schema` for the plan language's JSON Schema."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from api.commands.ingest import EmbedderChoice, EmbedderOption, StoreOption, opened_store
from bot import Engine
from bot.plan import schema


def plan(
    question: Annotated[
        str, typer.Argument(help="The question, in quotes ('' with --schema).")
    ] = "",
    store: StoreOption = None,
    as_schema: Annotated[
        bool, typer.Option("--schema", help="Print the plan language's JSON Schema instead.")
    ] = False,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Show the plan a question becomes: its parts as expressions over series (JSON)."""
    if as_schema:
        typer.echo(json.dumps(schema(), indent=2))
        return
    if not question.strip():
        raise typer.BadParameter("give a question, or --schema")
    with opened_store(store, embedder) as the_store:
        query = Engine(the_store).plan(question)
    typer.echo(json.dumps(query.expression, ensure_ascii=False, indent=2))

"""`tradebot ask` and `tradebot chat`: questions answered from the store, in the terminal.

``ask`` answers one question (Markdown rendered with rich on a terminal, plain
Markdown when piped, ``--json`` for `Answer.to_dict()`). ``chat`` keeps a conversation
so follow-ups work; ``--jsonl`` turns it into a machine interface: one input line in,
exactly one JSON object out, logs on stderr. The store (and its embedding model) is
opened once per process.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markdown import Markdown

from api.commands.ingest import (
    EmbedderChoice,
    EmbedderOption,
    JsonOption,
    StoreOption,
    fail,
    opened_store,
)
from bot import Answer, BotError, BotSettings, Conversation, Engine
from vectorstore import StoreError

HELP = (
    "Ask about trade flows, e.g. 'How much did exports to Singapore grow in January 2026?', "
    "then follow up ('Which markets drove the surge?'). Commands: /new starts a new "
    "conversation, /sources lists the sources of the last answer, /help shows this, "
    "/quit leaves."
)
_PROMPT = "[bold cyan]you>[/bold cyan] "


def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes.")],
    store: StoreOption = None,
    as_json: JsonOption = False,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Answer one question with figures from the tables and quotes from the articles."""
    with opened_store(store, embedder) as the_store:
        engine = _engine(the_store)
        try:
            answer = engine.answer(question)
        except BotError as error:
            raise fail(str(error)) from error
    if as_json:
        typer.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    out = Console()
    if out.is_terminal:
        out.print(Markdown(answer.text))
    else:
        typer.echo(answer.text.rstrip())


def chat(
    store: StoreOption = None,
    jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help="One JSON object per input line on stdout; logs on stderr."),
    ] = False,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Chat with the bot: follow-up questions reuse what was asked before."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    with opened_store(store, embedder) as the_store:
        engine = _engine(the_store)
        if jsonl:
            run_jsonl(engine, sys.stdin, sys.stdout)
        else:
            run_terminal(engine, Console(highlight=False))


def _engine(store: Any) -> Engine:
    try:
        return Engine(store, BotSettings())
    except BotError as error:
        raise fail(str(error)) from error


def reply(engine: Engine, line: str, state: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON object for one input line; None for /quit. ``state`` holds the conversation."""
    text = line.strip()
    command = text.lower()
    if command in {"/quit", "/exit"}:
        return None
    if command == "/new":
        state["conversation"] = Conversation()
        state["last"] = None
        return {"conversation": "new"}
    if command == "/help":
        return {"help": HELP}
    if command == "/sources":
        last: Answer | None = state.get("last")
        return {"sources": _sources(last) if last else []}
    if not text:
        return {"ok": False, "error": "Empty line: type a question, or /help."}
    try:
        answer = engine.answer(text, state["conversation"])
    except (BotError, StoreError) as error:
        return {"ok": False, "error": str(error)}
    state["last"] = answer
    return answer.to_dict()


def run_jsonl(engine: Engine, lines: Iterable[str], out: TextIO) -> None:
    """One JSON object per input line, flushed at once."""
    state: dict[str, Any] = {"conversation": Conversation(), "last": None}
    for line in lines:
        message = reply(engine, line, state)
        if message is None:
            out.write(json.dumps({"conversation": "closed"}) + "\n")
            out.flush()
            return
        out.write(json.dumps(message, ensure_ascii=False) + "\n")
        out.flush()


def run_terminal(engine: Engine, console: Console) -> None:
    """An interactive chat with Markdown rendering."""
    console.print(Markdown(f"**Trade insights chat.** {HELP}"))
    state: dict[str, Any] = {"conversation": Conversation(), "last": None}
    while True:
        try:
            line = console.input(_PROMPT)
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        message = reply(engine, line, state)
        if message is None:
            return
        _show(console, message, state)


def _show(console: Console, message: dict[str, Any], state: dict[str, Any]) -> None:
    if "answer" in message:
        console.print(Markdown(message["answer"]))
    elif "error" in message:
        console.print(f"[red]{message['error']}[/red]")
    elif "help" in message:
        console.print(HELP)
    elif "sources" in message:
        lines = [f"- {s}" for s in message["sources"]] or ["- (no answer yet)"]
        console.print(Markdown("\n".join(lines)))
    elif message.get("conversation") == "new":
        console.print("[dim]New conversation.[/dim]")


def _sources(answer: Answer) -> list[str]:
    found = [source for fig in answer.figures for source in fig.sources]
    found += [f"[{c.id}] {c.title or c.source} ({c.source})" for c in answer.citations]
    return list(dict.fromkeys(found))

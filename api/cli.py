"""The `tradebot` command line: ingest, search, ask, chat, serve, post, eval, plan, check.

Each command lives in its own module under `api.commands`; this module only wires
them into one Typer application.
"""

from __future__ import annotations

import typer

from api.commands import ask, check, evaluate, ingest, plan, post, serve

app = typer.Typer(
    name="tradebot",
    help="Trade-insights chatbot: figures computed from statistical tables, "
    "quotes from articles, every number traceable.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("ingest")(ingest.ingest)
app.command("remove")(ingest.remove)
app.command("sources")(ingest.sources)
app.command("search")(ingest.search)
app.command("ask")(ask.ask)
app.command("chat")(ask.chat)
app.command("serve")(serve.serve)
app.command("post")(post.post)
app.command("eval")(evaluate.evaluate)
app.command("plan")(plan.plan)
app.command("check")(check.check)


def main() -> None:
    app()

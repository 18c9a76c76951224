"""`tradebot eval FILE.jsonl`: run a question set through the engine and count correct,
refused and wrong answers per kind (the file format: docs/eval.md)."""

from __future__ import annotations

import json
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.commands.ingest import EmbedderChoice, EmbedderOption, StoreOption, fail, opened_store
from bot import Answer, Conversation, Engine
from bot.questionsets import CaseError, Report, load_cases, run_cases
from bot.settings import BotSettings


class PlannerChoice(StrEnum):
    rules = "rules"
    llm = "llm"
    auto = "auto"


def evaluate(
    path: Annotated[Path, typer.Argument(help="The question set (JSONL, see docs/eval.md).")],
    store: StoreOption = None,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Ingest this folder into a temporary store first."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    show: Annotated[
        str, typer.Option("--show", help="Print these answers in full: wrong, refused, all.")
    ] = "",
    embedder: EmbedderOption = EmbedderChoice.model,
    planner: Annotated[
        PlannerChoice | None,
        typer.Option(
            "--planner",
            help="Who reads the questions: rules, llm (the model, rules on failure) or auto "
            "(rules, the model where they refuse). Default: TRADEBOT_PLANNER.",
        ),
    ] = None,
) -> None:
    """Run a question set through the engine: correct, refused and wrong answers per kind,
    which planner answered, and the language model's latency."""
    try:
        cases = load_cases(path)
    except (OSError, CaseError) as error:
        raise fail(str(error)) from error
    settings = BotSettings(planner=planner.value) if planner else BotSettings()
    if planner not in (None, PlannerChoice.rules) and not settings.llm_model:
        raise fail(f"--planner {planner.value} needs a model: set TRADEBOT_LLM_MODEL.")
    with tempfile.TemporaryDirectory(prefix="tradebot-eval-") as scratch:
        where = Path(scratch) if data is not None else store
        with opened_store(where, embedder) as the_store:
            if data is not None:
                from ingest import IngestSettings, ingest_paths

                ingest_paths([data], the_store, IngestSettings())
            engine = Engine(the_store, settings)

            def ask(turns: tuple[str, ...]) -> Answer:
                conversation = Conversation()
                answers = [engine.answer(turn, conversation) for turn in turns]
                return answers[-1]

            report = run_cases(cases, ask)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print(report, show)
    if report.counts()["wrong"]:
        raise typer.Exit(1)


def _print(report: Report, show: str) -> None:
    out = Console()
    table = Table("kind", "questions", "correct", "refused", "wrong")
    for kind in report.kinds():
        c = report.counts(kind)
        table.add_row(
            kind, str(sum(c.values())), str(c["correct"]), str(c["refused"]), str(c["wrong"])
        )
    total = report.counts()
    n = len(report.results)
    table.add_row("all", str(n), str(total["correct"]), str(total["refused"]), str(total["wrong"]))
    out.print(table)
    share = 100 * total["correct"] / n if n else 0.0
    counts = f"{total['refused']} refused, {total['wrong']} wrong"
    out.print(f"{total['correct']} of {n} correct ({share:.1f}%), {counts}")
    planners = report.planners()
    by = ", ".join(f"{k} {v}" for k, v in sorted(planners["answered_by"].items()))
    out.print(f"Answered by: {by}; the model's plan not used: {planners['fallbacks']}")
    latency = planners["model_latency"]
    if latency:
        out.print(
            f"Model latency per answer: p50 {latency['p50_s']} s, p95 {latency['p95_s']} s, "
            f"max {latency['max_s']} s ({latency['answers']} answers)"
        )
    for result in report.results:
        if show == "all" or result.outcome == show:
            head = f"{result.case.id} ({result.case.kind}) {result.outcome}"
            out.print(f"\n{head}: {result.reason}", markup=False)
            out.print("  Q: " + " / ".join(result.case.turns))
            out.print("  A: " + result.answer.split("\n\n", 1)[0], markup=False)

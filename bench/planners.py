"""Compare the planners on a question set with a scripted fake model (no real model runs).

    python bench/planners.py tests/qa/set1 [--planners rules llm auto]

Starts the fake OpenAI-compatible server of the tests (`tests/fakemodel.py`) on
127.0.0.1 and runs ``tradebot eval --planner P --data SET/tables --embedder hashing``
against it for each planner. The scripted model is not a language model: for a planning
request it replays the rule planner's own reading of the question where that reading is
one series (a lookup of one value) or already composed of series; for every other
question it misbehaves in turn (malformed JSON, a partner no table holds, the passages
tool, a reply slower than the timeout). Phrasing requests get an empty reply (the
deterministic sentence stays). The figures show what the fallbacks and the checks do,
not how well any real model plans.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import Engine  # noqa: E402
from bot.settings import BotSettings  # noqa: E402
from ingest import IngestSettings, ingest_paths  # noqa: E402
from tests.fakemodel import fake_model_server, question_of  # noqa: E402
from vectorstore import HashingEmbedder, StoreSettings, open_store  # noqa: E402

FAULTS = ("malformed", "unknown", "passages", "slow")
TIMEOUT_S = 1.0


def scripted(engine: Engine) -> Any:
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        if "tools" not in body:
            return {"content": ""}
        question = question_of(body)
        plan = _replayable(engine, question)
        if plan is not None:
            return {"tool": "plan", "arguments": json.dumps(plan)}
        fault = FAULTS[zlib.crc32(question.encode()) % len(FAULTS)]
        if fault == "malformed":
            return {"tool": "plan", "arguments": '{"version": 1, "parts": [{"op": '}
        if fault == "unknown":
            leaf = {"op": "series", "flow": "exports", "partner": "Atlantis", "period": "2025"}
            return {"tool": "plan", "arguments": json.dumps({"parts": [leaf]})}
        if fault == "passages":
            return {"tool": "passages", "arguments": "{}"}
        return {"tool": "passages", "arguments": "{}", "sleep": TIMEOUT_S + 0.5}

    return reply


def _replayable(engine: Engine, question: str) -> dict[str, Any] | None:
    try:
        query = engine.plan(question)
    except Exception:
        return None
    parts = (query.expression or {}).get("parts", [])
    if parts and all(p.get("op") != "intent" for p in parts):
        return {"version": 1, "parts": parts}
    if query.intent != "lookup" or len(query.partners) > 1 or len(query.periods) != 1:
        return None
    leaf = {
        "op": "series",
        "flow": query.flow or "exports",
        "partner": query.partners[0] if query.partners else None,
        "filters": [list(f) for f in query.filters],
        "measure": query.measure_kind or "level",
        "period": query.periods[0],
    }
    return {"version": 1, "parts": [leaf]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", type=Path, help="a question set folder (questions.jsonl, tables/)")
    parser.add_argument("--planners", nargs="+", default=["rules", "llm", "auto"])
    parser.add_argument("--show", default="", help="passed to tradebot eval: wrong, refused, all")
    parser.add_argument("--json", action="store_true", help="passed to tradebot eval")
    args = parser.parse_args()
    questions, tables = args.set / "questions.jsonl", args.set / "tables"
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(StoreSettings(store=Path(scratch)), embedder=HashingEmbedder())
        ingest_paths([tables], store, IngestSettings())
        engine = Engine(store, BotSettings(planner="rules"))
        with fake_model_server(scripted(engine)) as server:
            env = {
                **os.environ,
                "TRADEBOT_LLM_MODEL": "scripted-fake",
                "TRADEBOT_LLM_BASE_URL": server.url,
                "TRADEBOT_LLM_API_KEY": "unused",
                "TRADEBOT_LLM_TIMEOUT_S": str(TIMEOUT_S),
            }
            for planner in args.planners:
                command = [
                    str(ROOT / ".venv" / "bin" / "tradebot"), "eval", str(questions),
                    "--data", str(tables), "--embedder", "hashing", "--planner", planner,
                ]  # fmt: skip
                command += ["--show", args.show] if args.show else []
                command += ["--json"] if args.json else []
                print(f"$ {' '.join(command[1:])}", flush=True)
                subprocess.run(command, env=env, check=False)
        store.close()


if __name__ == "__main__":
    main()

"""The blind question sets (tests/qa/set*/): correct, refused and wrong answers per set.

    python bench/qa.py [--sets 1 2 3 4] [--json]

Each set's tables are ingested into a temporary store (hashing embedder: retrieval plays
no part in table answers) and its questions are run through the engine as
`tradebot eval` runs them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import Answer, Conversation, Engine  # noqa: E402
from bot.questionsets import Report, load_cases, run_cases  # noqa: E402
from ingest import IngestSettings, ingest_paths  # noqa: E402
from vectorstore import HashingEmbedder, StoreSettings, open_store  # noqa: E402


def run_set(folder: Path) -> Report:
    """Ingest a set's tables into a temporary store and answer its questions."""
    with tempfile.TemporaryDirectory(prefix="tradebot-qa-") as scratch:
        store = open_store(StoreSettings(store=Path(scratch)), embedder=HashingEmbedder())
        try:
            ingest_paths([folder / "tables"], store, IngestSettings())
            engine = Engine(store)

            def ask(turns: tuple[str, ...]) -> Answer:
                conversation = Conversation()
                return [engine.answer(turn, conversation) for turn in turns][-1]

            return run_cases(load_cases(folder / "questions.jsonl"), ask)
        finally:
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=None, help="set numbers (default: all)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    folders = sorted((ROOT / "tests" / "qa").glob("set*"))
    if args.sets:
        folders = [f for f in folders if f.name.removeprefix("set") in args.sets]
    results = {}
    for folder in folders:
        started = time.perf_counter()
        counts = run_set(folder).counts()
        total = sum(counts.values())
        results[folder.name] = {
            "questions": total,
            "correct": counts["correct"],
            "refused": counts["refused"],
            "wrong": counts["wrong"],
            "seconds": round(time.perf_counter() - started, 1),
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'set':6} {'questions':>9} {'correct':>8} {'refused':>8} {'wrong':>6} {'seconds':>8}")
    for name, r in results.items():
        share = 100 * r["correct"] / r["questions"] if r["questions"] else 0.0
        print(
            f"{name:6} {r['questions']:>9} {r['correct']:>8} {r['refused']:>8} {r['wrong']:>6} "
            f"{r['seconds']:>8}   ({share:.1f}% correct)"
        )


if __name__ == "__main__":
    main()

"""Latency and memory of warm answers: the sample store and a synthetic large store.

Usage::

    .venv/bin/python bench/ask.py                      # both stores, full size
    .venv/bin/python bench/ask.py --passages 20000 --rows 200000   # smaller synthetic store
    .venv/bin/python bench/ask.py --skip-synthetic --hashing       # samples only, no model
    .venv/bin/python bench/ask.py --skip-samples --passages 300000 --rows 10000000 \
        --synthetic-store /tmp/s10m --json-out s10m.json          # the large store, kept

The sample store is built from ``samples/`` with the real ingest pipeline and the bundled
embedding model (``--hashing``: the hashing embedder). The synthetic store is generated
here: ``--passages`` article passages (default 100,000) and one tidy table of about
``--rows`` rows (default 1,000,000: partners x months x flows x measures; past the
countries pycountry knows, partners get made-up names). It always uses the
deterministic HashingEmbedder (building 100k real embeddings on a CPU takes hours),
so its retrieval timings measure the store, not the model.

The floor is measured in the same run: one query embedding plus one Chroma k=10 query
of the passages. ``floor`` uses the real query embedder (the bundled model; its vectors
have the hashing embedder's 384 dimensions, so it can query the synthetic store too);
``floor (store embedder)`` uses the embedder the answers use, so ask p50 minus it is the
engine's own work.

Each question is answered once to warm caches, then ``--repeat`` times, every time
computed (the engine's answer cache and the store's query-vector cache are off; the
cost of a question asked again with them on is printed apart); the script prints
p50 / p95 / max latency per store and the process's peak resident memory (the peak so
far, so run ``--skip-samples`` for the synthetic store's own). ``--json-out FILE`` writes
the figures as JSON, so runs can be compared.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import Engine  # noqa: E402
from bot.settings import BotSettings  # noqa: E402
from vectorstore import (  # noqa: E402
    Dimension,
    Embedder,
    HashingEmbedder,
    Measure,
    Passage,
    SourceRecord,
    Store,
    StoreSettings,
    TableCard,
    open_store,
)
from vectorstore import chroma as chroma_api  # noqa: E402

SAMPLE_QUESTIONS = [
    "How much did exports to Singapore grow in January 2026?",
    "Which markets drove the surge in January 2026?",
    "Is the 125% figure in this article right?",
    "What were total exports in March 2025?",
    "What was the trade balance in July 2025?",
    "How did exports trend in 2025?",
    "What was the average monthly export value in Q2 2025?",
    "Compare exports to Taiwan and Malaysia in July 2025",
    "What does the article say about energy costs?",
    "What were exports to Brazil in March 2025?",
]
MONTHS = [f"{y}-{m:02d}" for y in range(2000, 2027) for m in range(1, 13)][:320]
FLOWS = ("exports", "imports")
MEASURES = (
    Measure("value", "Value", "US$ million", "level", 1e6),
    Measure("yoy_pct", "Year-on-year change", "%", "change_pct", basis="yoy"),
    Measure("mom_pct", "Month-on-month change", "%", "change_pct", basis="mom"),
    Measure("share_pct", "Share of total", "%", "share_pct"),
    Measure("value_sa", "Value, seasonally adjusted", "US$ million", "level", 1e6, basis="sa"),
    Measure(
        "yoy_sa_pct", "Year-on-year change, seasonally adjusted", "%", "change_pct", basis="sa yoy"
    ),
    Measure("shipments", "Shipments", "count", "count"),
)


# Every answer is computed: the engine's answer cache and the store's query vectors would
# make the repeated questions free (their own figure is printed apart, "kept answers").
UNCACHED = BotSettings(answer_cache=0)

_SYLLABLES = ("al", "be", "cor", "dan", "el", "fa", "gor", "hel", "is", "jun")
_SYLLABLES += ("ka", "lor", "mor", "nav", "or", "pel", "qua", "ros", "sar", "tel")


def partner_names(count: int) -> list[str]:
    """ "World", the countries pycountry knows, then made-up names (no digits: a digit in
    a name would read as a figure)."""
    import pycountry

    names = sorted(c.name for c in pycountry.countries if "," not in c.name)
    made = (
        f"{(a + b + c).capitalize()}ia"
        for a, b, c in itertools.product(_SYLLABLES, repeat=3)
        if len({a, b, c}) == 3
    )
    names += itertools.islice(made, max(0, count - 1 - len(names)))
    return ["World", *names[: count - 1]]


def synthetic_table(rows: int) -> tuple[TableCard, pd.DataFrame]:
    """A tidy frame of about ``rows`` rows: partners x months x flows x measures."""
    per_partner = len(MONTHS) * len(FLOWS) * len(MEASURES)
    partners = partner_names(max(3, rows // per_partner))
    index = pd.MultiIndex.from_product(
        [partners, FLOWS, MONTHS, [m.name for m in MEASURES]],
        names=["partner", "flow", "period", "measure"],
    )
    frame = index.to_frame(index=False)
    frame["value"] = np.random.default_rng(7).uniform(1, 5000, len(frame)).round(1)
    frame["row"] = (np.arange(len(frame)) // len(MEASURES)) + 2
    card = TableCard(
        id="synthetic",
        title="Synthetic merchandise trade by partner and month",
        source="synthetic/trade.csv",
        measures=MEASURES,
        dimensions=(
            Dimension("partner", "partner", tuple(partners)),
            Dimension("flow", "flow", FLOWS),
        ),
        periods=tuple(MONTHS),
        frequency="monthly",
        rows=len(frame),
    )
    return card, frame


def synthetic_passages(count: int, partners: list[str], per_doc: int = 500) -> list[list[Passage]]:
    rng = random.Random(11)
    docs: list[list[Passage]] = []
    for d in range(0, count, per_doc):
        doc = []
        for i in range(min(per_doc, count - d)):
            who, month = rng.choice(partners[1:]), rng.choice(MONTHS)
            text = (
                f"Exports to {who} rose {rng.uniform(-30, 80):.1f}% in {month}, traders said. "
                f"Shipments of electronics and machinery led the change in {who}."
            )
            doc.append(Passage(f"s{d}-{i}", text, f"synthetic/news-{d}.txt", f"doc-{d}", i))
        docs.append(doc)
    return docs


def build_synthetic(where: Path, passages: int, rows: int) -> Store:
    store = open_store(StoreSettings(store=where, query_cache=0), embedder=HashingEmbedder())
    card, frame = synthetic_table(rows)
    now = "2026-01-01T00:00:00+00:00"
    table_record = SourceRecord(
        "src-table", card.source, "sha-t", "table", card.title, now, tables=(card.id,)
    )
    store.put_source(table_record, [], [(card, frame)])
    for doc in synthetic_passages(passages, list(card.dimensions[0].values)):
        source = doc[0].source
        record = SourceRecord(f"src-{source}", source, f"sha-{source}", "article", source, now)
        store.put_source(record, doc, [])
    return store


def build_samples(where: Path, hashing: bool) -> Store:
    from ingest import IngestSettings, ingest_paths

    store = open_store(
        StoreSettings(store=where, query_cache=0), embedder=HashingEmbedder() if hashing else None
    )
    ingest_paths([ROOT / "samples"], store, IngestSettings())
    return store


def synthetic_questions(partners: list[str]) -> list[str]:
    a, b, c = (partners[i % len(partners)] for i in (5, 17, 42))
    return [
        f"How much did exports to {a} grow in March 2024?",
        "Which markets drove the surge in June 2023?",
        f"What were imports from {b} in May 2020?",
        f"Compare exports to {a} and {c} in January 2025",
        f"What share of exports went to {b} in 2024-08?",
        f"How did exports to {c} trend in 2024?",
        "What were total exports in Q2 2022?",
        f"What does the news say about {a}?",
    ]


def measure(engine: Engine, questions: list[str], repeat: int) -> list[float]:
    for question in questions:
        engine.answer(question)
    timings = []
    for _ in range(repeat):
        for question in questions:
            start = time.perf_counter()
            engine.answer(question)
            timings.append(time.perf_counter() - start)
    return timings


def floor(store: Store, embedder: Embedder, repeat: int = 30) -> float:
    """p50 seconds of one query embedding plus one Chroma k=10 query of the passages."""
    questions = itertools.cycle(SAMPLE_QUESTIONS)
    timings = []
    for i in range(repeat + 3):
        start = time.perf_counter()
        vector = embedder.embed([next(questions)])[0]
        chroma_api.query(store.collections.passages, vector, 10, None)
        if i >= 3:  # the first ones warm the model and Chroma's index
            timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def real_embedder() -> Embedder | None:
    """The bundled sentence-transformers model, or None when it cannot load here."""
    from vectorstore import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(StoreSettings().embedding_model)
    try:
        embedder.embed(["warm up"])
    except Exception as error:  # no model files, no torch: the floor uses the store's
        print(f"the real query embedder is not available ({error}); floor uses the store's")
        return None
    return embedder


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(
    name: str, timings: list[float], floors: dict[str, float], size: dict[str, int]
) -> dict[str, Any]:
    """Print one store's figures; return them for --json-out."""
    ordered = sorted(timings)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    figures: dict[str, Any] = {
        **size,
        "floor_p50_ms": round(floors["real"] * 1000, 2),
        "floor_store_embedder_p50_ms": round(floors["store"] * 1000, 2),
        "p50_ms": round(p50 * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "answers": len(timings),
        "peak_mib": round(peak_mib()),
    }
    print(
        f"{name}: floor p50 {floors['real'] * 1000:.1f} ms (real query embedder), "
        f"{floors['store'] * 1000:.1f} ms (store embedder); "
        f"{len(timings)} warm answers, p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.0f} ms; own work p50 {(p50 - floors['store']) * 1000:.1f} ms; "
        f"peak resident memory so far {figures['peak_mib']} MiB"
    )
    return figures


def kept(store: Store, questions: list[str]) -> dict[str, float]:
    """p50 of answers asked again with the answer cache on (what a repeated question costs)."""
    timings = measure(Engine(store), questions, 3)
    p50 = statistics.median(timings) * 1000
    print(f"  kept answers (the same questions again, answer cache on): p50 {p50:.2f} ms")
    return {"kept_p50_ms": round(p50, 3)}


def floors_of(store: Store, real: Embedder | None) -> dict[str, float]:
    own = floor(store, store.embedder)
    return {"store": own, "real": floor(store, real) if real is not None else own}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--hashing", action="store_true", help="hashing embedder for samples")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--skip-samples", action="store_true")
    parser.add_argument(
        "--synthetic-store",
        type=Path,
        help="keep the synthetic store in this directory and reuse it when it exists",
    )
    parser.add_argument("--json-out", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    real = real_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_samples:
            results["samples"] = run_samples(Path(tmp) / "samples", args, real)
        if not args.skip_synthetic:
            results["synthetic"] = run_synthetic(
                args.synthetic_store or Path(tmp) / "s", args, real
            )
    print(f"peak resident memory: {peak_mib():.0f} MiB")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2) + "\n")


def run_samples(where: Path, args: argparse.Namespace, real: Embedder | None) -> dict[str, Any]:
    start = time.perf_counter()
    store = build_samples(where, args.hashing)
    kind = "hashing embedder" if args.hashing else "bundled all-MiniLM-L6-v2"
    print(f"sample store built in {time.perf_counter() - start:.1f} s ({kind})")
    try:
        size = {"passages": len(store.passages()), "rows": sum(c.rows for c in store.cards())}
        timings = measure(Engine(store, UNCACHED), SAMPLE_QUESTIONS, args.repeat)
        figures = report("sample store", timings, floors_of(store, real), size)
        return {**figures, **kept(store, SAMPLE_QUESTIONS)}
    finally:
        store.close()


def run_synthetic(where: Path, args: argparse.Namespace, real: Embedder | None) -> dict[str, Any]:
    start = time.perf_counter()
    reused = where.exists()
    if reused:
        store = open_store(StoreSettings(store=where, query_cache=0), embedder=HashingEmbedder())
    else:
        store = build_synthetic(where, args.passages, args.rows)
    try:
        card = store.cards()[0]
        size = {"passages": len(store.passages()), "rows": card.rows}
        print(
            f"synthetic store {'opened' if reused else 'built'} in "
            f"{time.perf_counter() - start:.1f} s: "
            f"{size['passages']:,} passages, {card.rows:,} table rows (HashingEmbedder)"
        )
        partners = list(card.dimensions[0].values)
        questions = synthetic_questions(partners)
        timings = measure(Engine(store, UNCACHED), questions, args.repeat)
        figures = report("synthetic store", timings, floors_of(store, real), size)
        return {**figures, **kept(store, questions)}
    finally:
        store.close()


if __name__ == "__main__":
    main()

"""Latency and memory of warm answers: the sample store and a synthetic large store.

Usage::

    .venv/bin/python bench/ask.py                      # both stores, full size
    .venv/bin/python bench/ask.py --passages 20000 --rows 200000   # smaller synthetic store
    .venv/bin/python bench/ask.py --skip-synthetic --hashing       # samples only, no model

The sample store is built from ``samples/`` with the real ingest pipeline and the bundled
embedding model (``--hashing``: the hashing embedder). The synthetic store is generated
here: ``--passages`` article passages (default 100,000) and one tidy table of about
``--rows`` rows (default 1,000,000: partners x months x flows x measures). It always uses
the deterministic HashingEmbedder (building 100k real embeddings on a CPU takes hours),
so its retrieval timings measure the store, not the model.

Each question is answered once to warm caches, then ``--repeat`` times; the script prints
p50 / p95 / max latency per store and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import Engine  # noqa: E402
from vectorstore import (  # noqa: E402
    Dimension,
    HashingEmbedder,
    Measure,
    Passage,
    SourceRecord,
    Store,
    StoreSettings,
    TableCard,
    open_store,
)

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
    Measure("value_sa", "Value, seasonally adjusted", "US$ million", "level", 1e6),
    Measure(
        "yoy_sa_pct", "Year-on-year change, seasonally adjusted", "%", "change_pct", basis="sa yoy"
    ),
    Measure("shipments", "Shipments", "count", "count"),
)


def partner_names(count: int) -> list[str]:
    import pycountry

    names = sorted(c.name for c in pycountry.countries if "," not in c.name)
    return ["World", *names[: count - 1]]


def synthetic_table(rows: int) -> tuple[TableCard, pd.DataFrame]:
    """A tidy frame of about ``rows`` rows: partners x months x flows x measures."""
    per_partner = len(MONTHS) * len(FLOWS) * len(MEASURES)
    partners = partner_names(max(3, rows // per_partner))
    rng = random.Random(7)
    index = pd.MultiIndex.from_product(
        [partners, FLOWS, MONTHS, [m.name for m in MEASURES]],
        names=["partner", "flow", "period", "measure"],
    )
    frame = index.to_frame(index=False)
    frame["value"] = [round(rng.uniform(1, 5000), 1) for _ in range(len(frame))]
    frame["row"] = (frame.index // len(MEASURES)) + 2
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
    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
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

    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder() if hashing else None)
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


def report(name: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{name}: {len(timings)} warm answers, p50 {statistics.median(ordered) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
    )


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_samples:
            start = time.perf_counter()
            store = build_samples(Path(tmp) / "samples", args.hashing)
            kind = "hashing embedder" if args.hashing else "bundled all-MiniLM-L6-v2"
            print(f"sample store built in {time.perf_counter() - start:.1f} s ({kind})")
            report("sample store", measure(Engine(store), SAMPLE_QUESTIONS, args.repeat))
            store.close()
        if not args.skip_synthetic:
            start = time.perf_counter()
            where = args.synthetic_store or Path(tmp) / "synthetic"
            reused = where.exists()
            if reused:
                store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
                args.passages = len(store.passages())
            else:
                store = build_synthetic(where, args.passages, args.rows)
            card = store.cards()[0]
            print(
                f"synthetic store {'opened' if reused else 'built'} in "
                f"{time.perf_counter() - start:.1f} s: "
                f"{args.passages:,} passages, {card.rows:,} table rows (HashingEmbedder)"
            )
            partners = list(card.dimensions[0].values)
            timings = measure(Engine(store), synthetic_questions(partners), args.repeat)
            report("synthetic store", timings)
            store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()

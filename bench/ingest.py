"""Benchmark: how close end-to-end ingestion comes to the embedding model's raw speed.

In one run, on a generated corpus (synthetic trade articles plus the samples):

1. ingest everything with ``ingest.ingest_paths`` into a fresh store: files, passages,
   seconds, passages per second (end to end: reading, parsing, splitting, embedding,
   Chroma, manifest, frames);
2. encode the very passages the store now holds with the same embedder, warm: the raw
   encode rate, and the ratio of the two rates (1.0 means ingestion costs nothing
   beyond the model);
3. ingest again with nothing changed: the seconds a no-op re-ingest takes;
4. for comparison, the same files parsed by ingest and handed to the store in batches
   (``Store.put_sources``, one model call per batch) in a second fresh store.

Run: ``.venv/bin/python bench/ingest.py [--files 300] [--hashing] [--keep DIR]``.
Not a test: it prints its figures and exits 0 (1 if a file failed).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest import IngestReport, IngestSettings, collect_files, ingest_paths  # noqa: E402
from ingest.pipeline import hash_capped, parse_file, source_name  # noqa: E402
from vectorstore import (  # noqa: E402
    Embedder,
    HashingEmbedder,
    SentenceTransformerEmbedder,
    StoreSettings,
    open_store,
)

PARTNERS = [
    "Singapore",
    "Japan",
    "Taiwan",
    "Korea",
    "India",
    "Vietnam",
    "the United States",
    "the mainland",
    "Germany",
    "Thailand",
    "Malaysia",
    "the Philippines",
]
GOODS = [
    "electrical machinery",
    "integrated circuits (HS8542)",
    "telecommunications equipment",
    "office machines",
    "textiles",
    "jewellery",
    "watches and clocks",
    "toys",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OPENERS = [
    "Hong Kong's merchandise trade figures for {month} {year} were released on Tuesday.",
    "The value of total exports of goods in {month} {year} rose {pct}% year on year.",
    "Analysts said demand from Asian markets stayed firm in {month} {year}.",
]
SENTENCES = [
    "Exports to {partner} {verb} {pct}% from a year earlier, to HK${value} billion.",
    "Imports from {partner} {verb} {pct}%, led by {goods}.",
    "Shipments of {goods} {verb} {pct}% as buyers in {partner} restocked.",
    "The visible trade deficit was HK${value} billion, or {pct}% of the value of imports.",
    "A government spokesman said the outlook for {goods} remains uncertain.",
    "Re-exports of {goods} to {partner} {verb} {pct}% in the first {n} months.",
    "Traders expect orders from {partner} to stay strong into the next quarter.",
]


@dataclass(frozen=True)
class Figures:
    files: int
    passages: int
    ingest_seconds: float
    encode_seconds: float
    reingest_seconds: float
    unchanged: int
    failed: int
    batched_seconds: float

    @property
    def ingest_rate(self) -> float:
        return self.passages / self.ingest_seconds if self.ingest_seconds else 0.0

    @property
    def batched_rate(self) -> float:
        return self.passages / self.batched_seconds if self.batched_seconds else 0.0

    @property
    def encode_rate(self) -> float:
        return self.passages / self.encode_seconds if self.encode_seconds else 0.0


def write_corpus(folder: Path, count: int, seed: int) -> None:
    """`count` synthetic article files of 8 to 40 sentences, and a copy of the samples."""
    rng = random.Random(seed)
    articles = folder / "synthetic"
    articles.mkdir(parents=True)
    for number in range(count):
        year = rng.choice([2024, 2025, 2026])
        month = rng.choice(MONTHS)
        lines = [f"Hong Kong trade update {number}: {month} {year}", ""]
        sentences = [rng.choice(OPENERS)] + [
            rng.choice(SENTENCES) for _ in range(rng.randint(8, 40))
        ]
        paragraph: list[str] = []
        for template in sentences:
            paragraph.append(
                template.format(
                    month=month,
                    year=year,
                    partner=rng.choice(PARTNERS),
                    goods=rng.choice(GOODS),
                    verb=rng.choice(["rose", "fell", "grew", "dropped", "surged"]),
                    pct=f"{rng.uniform(0.1, 60):.1f}",
                    value=f"{rng.uniform(1, 450):.1f}",
                    n=rng.randint(2, 11),
                )
            )
            if len(paragraph) >= rng.randint(3, 6):
                lines.extend([" ".join(paragraph), ""])
                paragraph = []
        lines.append(" ".join(paragraph))
        (articles / f"update-{number:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    shutil.copytree(REPO / "samples", folder / "samples")


def run(folder: Path, embedder: Embedder) -> Figures:
    store = open_store(StoreSettings(store=folder / "store"), embedder=embedder)
    embedder.embed(["warm up the model before timing"])
    corpus = [folder / "synthetic", folder / "samples"]
    started = time.perf_counter()
    first: IngestReport = ingest_paths(corpus, store, IngestSettings())
    ingest_seconds = time.perf_counter() - started
    texts = [p.text for p in store.passages()] + [c.to_text() for c in store.cards()]
    started = time.perf_counter()
    embedder.embed(texts)
    encode_seconds = time.perf_counter() - started
    started = time.perf_counter()
    again = ingest_paths(corpus, store, IngestSettings())
    reingest_seconds = time.perf_counter() - started
    store.close()
    for path, reason in first.failed:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    batched_seconds = run_batched(folder, corpus, embedder)
    return Figures(
        files=first.files,
        passages=len(texts),
        ingest_seconds=ingest_seconds,
        encode_seconds=encode_seconds,
        reingest_seconds=reingest_seconds,
        unchanged=again.unchanged,
        failed=len(first.failed),
        batched_seconds=batched_seconds,
    )


def run_batched(folder: Path, corpus: list[Path], embedder: Embedder, size: int = 64) -> float:
    """Seconds to parse the corpus and store it with `put_sources`, `size` files a batch."""
    store = open_store(StoreSettings(store=folder / "store-batched"), embedder=embedder)
    started = time.perf_counter()
    files, _ = collect_files(corpus)
    settings = IngestSettings()
    for start in range(0, len(files), size):
        batch = []
        for path in files[start : start + size]:
            try:
                sha = hash_capped(path, int(settings.max_file_mb * 1024 * 1024)) or ""
                parsed = parse_file(path, source_name(path), sha, settings)
            except Exception:  # counted as failed by the main run already
                continue
            batch.append((parsed.record, parsed.passages, parsed.tables))
        store.put_sources(batch)
    seconds = time.perf_counter() - started
    store.close()
    return seconds


def report(figures: Figures, embedder: Embedder) -> str:
    ratio = figures.ingest_rate / figures.encode_rate if figures.encode_rate else 0.0
    rows = [
        ("embedder", f"{embedder.name} ({embedder.dimension} dimensions)"),
        ("files ingested", f"{figures.files} ({figures.failed} failed)"),
        ("passages and table cards", f"{figures.passages}"),
        ("raw encode", f"{figures.encode_seconds:.2f} s = {figures.encode_rate:.1f} passages/s"),
        (
            "end-to-end ingest",
            f"{figures.ingest_seconds:.2f} s = {figures.ingest_rate:.1f} passages/s",
        ),
        ("ingest rate / encode rate", f"{ratio:.2f}"),
        (
            "batched store (put_sources)",
            f"{figures.batched_seconds:.2f} s = {figures.batched_rate:.1f} passages/s",
        ),
        (
            "re-ingest, nothing changed",
            f"{figures.reingest_seconds:.2f} s ({figures.unchanged} files unchanged)",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=300, help="synthetic articles (300)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated corpus")
    parser.add_argument("--hashing", action="store_true", help="use the HashingEmbedder")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args(argv)
    embedder: Embedder = HashingEmbedder() if args.hashing else SentenceTransformerEmbedder()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tradebot-bench-"))
    try:
        write_corpus(folder, args.files, args.seed)
        figures = run(folder, embedder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(report(figures, embedder))
    return 1 if figures.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

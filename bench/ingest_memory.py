"""Benchmark: peak memory and time to ingest one large CSV (about 49 MiB by default).

The CSV is generated into a temporary directory: a long table of monthly values by flow,
partner and product (``period,flow,partner,product,value``, HK$ thousand), every row a
distinct series point. It is ingested with ``ingest.ingest_paths`` into a fresh store
(the hashing embedder: the model's memory is not the file's) in a child process, which
reports:

- the file's size;
- the seconds ``ingest_paths`` took;
- the child's resident memory before ingesting (Python and the libraries imported) and
  its peak (``VmHWM``), and the peak's growth over the baseline as a multiple of the
  file's size.

Figures (2-core machine shared with other jobs, 2026-12-06): before the file was read in
chunks, peak 724 MiB (14.8x the file), ingest 99.0 s; after (``ingest/tables/stream.py``),
peak 437 MiB (8.9x the file; baseline 222 MiB), ingest 90.9 s (CPU time: 100 s before,
93 s after).

Run: ``.venv/bin/python bench/ingest_memory.py [--mib 49] [--keep DIR]``.
Not a test: it prints its figures and exits 0 (1 if the file was not ingested).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
FLOWS = ("domestic exports", "re-exports", "imports")
PRODUCTS = tuple(
    f"HS{code:02d} {name}"
    for code, name in enumerate(
        (
            "live animals",
            "meat and edible offal",
            "fish and crustaceans",
            "dairy produce",
            "edible vegetables",
            "edible fruit and nuts",
            "coffee, tea and spices",
            "cereals",
            "mineral fuels and oils",
            "pharmaceutical products",
            "plastics and articles thereof",
            "articles of apparel, knitted",
            "pearls and precious stones",
            "iron and steel",
            "nuclear reactors and machinery",
            "electrical machinery and equipment",
            "vehicles other than railway",
            "optical and medical instruments",
            "clocks and watches",
            "toys, games and sports requisites",
        ),
        start=1,
    )
)


def partners() -> list[str]:
    """About 120 partner names (made up, stable across runs)."""
    rng = random.Random(7)
    syllables = ("ka", "lo", "mi", "ra", "ten", "vo", "sa", "nu", "del", "por", "ish", "an")
    names = {"".join(rng.choice(syllables) for _ in range(3)).title() for _ in range(400)}
    return sorted(names)[:120]


def write_csv(path: Path, mib: float) -> int:
    """Write the table until it holds ``mib`` MiB; the number of data rows."""
    rng = random.Random(2025)
    target = int(mib * MIB)
    written = rows = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        header = "period,flow,partner,product,value_hkd_thousand\n"
        out.write(header)
        written += len(header)
        for year in range(1990, 2026):
            for month in range(1, 13):
                for partner in partners():
                    for flow in FLOWS:
                        for product in PRODUCTS:
                            value = f"{rng.uniform(1, 900_000):.1f}"
                            line = f'{year}-{month:02d},{flow},{partner},"{product}",{value}\n'
                            out.write(line)
                            written += len(line)
                            rows += 1
                            if written >= target:
                                return rows
    return rows


CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])

def rss(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0

from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, StoreSettings, open_store

store = open_store(StoreSettings(store=sys.argv[2]), embedder=HashingEmbedder())
baseline = rss("VmRSS")
started = time.perf_counter()
report = ingest_paths([Path(sys.argv[1])], store, IngestSettings())
seconds = time.perf_counter() - started
peak = rss("VmHWM")  # before the check below reads the frames back
rows = sum(len(store.frame(card.id)) for card in store.cards())
store.close()
print(json.dumps({"seconds": seconds, "baseline": baseline, "peak": peak,
                  "failed": [reason for _, reason in report.failed], "tidy_rows": rows}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=49.0, help="size of the generated CSV")
    parser.add_argument("--keep", type=Path, help="write the CSV and store here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        csv_path = folder / "trade_by_partner_product.csv"
        started = time.perf_counter()
        rows = write_csv(csv_path, args.mib)
        size = csv_path.stat().st_size
        took = time.perf_counter() - started
        print(f"file: {size / MIB:.1f} MiB, {rows:,} data rows ({took:.1f} s to write)")
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(csv_path), str(folder / "store"), str(REPO)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            print(child.stderr[-4000:])
            return 1
        result = json.loads(child.stdout.strip().splitlines()[-1])
    growth = result["peak"] - result["baseline"]
    print(f"ingest: {result['seconds']:.1f} s, {result['tidy_rows']:,} tidy rows")
    baseline, peak = result["baseline"], result["peak"]
    print(
        f"memory: baseline {baseline / MIB:,.0f} MiB, peak {peak / MIB:,.0f} MiB "
        f"({peak / size:.1f}x the file), growth {growth / MIB:,.0f} MiB "
        f"({growth / size:.1f}x the file)"
    )
    if result["failed"]:
        print(f"failed: {result['failed']}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

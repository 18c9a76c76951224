"""Series look-ups on a large tidy table: indexed pandas (`bot.lookup`) against DuckDB.

Usage::

    .venv/bin/python bench/lookup.py                     # 10,000,000 rows
    .venv/bin/python bench/lookup.py --rows 1000000 --lookups 200

The table is `bench/ask.py`'s synthetic one (partners x months x flows x measures),
written to Parquet the way the store writes frames. Three ways to read it are timed:

- ``pandas index``: what the engine does, `bot.resolve.series_rows` through the row
  index of `bot.lookup` (built once per frame, timed apart);
- ``pandas masks``: boolean masks over the whole frame (the fallback, for scale);
- ``duckdb``: a prepared query per look-up on the Parquet file, and on a DuckDB table
  loaded from it (``duckdb table``).

Two kinds of look-up: one series (one measure, flow and partner, every period) and a
ranking's read (one measure and flow, every partner, three periods). The script prints
p50 / p95 per look-up, the one-off costs (reading the frame, building the index,
loading DuckDB), the resident memory each adds, and checks that every way returns the
same rows.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)
sys.path.append(str(Path(__file__).resolve().parent))

from ask import synthetic_table  # noqa: E402

from bot.lookup import INDEXES  # noqa: E402
from bot.resolve import filter_rows, series_rows  # noqa: E402


def rss_mib() -> float:
    """The resident memory now (Linux), MiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def timed(run: Callable[[], object], count: int) -> tuple[float, float]:
    """p50 and p95 milliseconds of `count` runs."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--lookups", type=int, default=100)
    args = parser.parse_args()
    import duckdb

    card, generated = synthetic_table(args.rows)
    partners = list(card.dimensions[0].values)
    periods = list(card.periods)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.parquet"
        generated.to_parquet(path, index=False)
        del generated
        gc.collect()
        print(f"{card.rows:,} rows, {len(partners):,} partners, {len(periods)} periods")
        rng = random.Random(3)
        series = [("value", rng.choice(("exports", "imports")), rng.choice(partners[1:]))]
        series += [
            (rng.choice(("value", "yoy_pct", "shipments")), rng.choice(("exports", "imports")),
             rng.choice(partners[1:]))
            for _ in range(args.lookups - 1)
        ]  # fmt: skip
        rankings = [
            ("value", rng.choice(("exports", "imports")), rng.sample(periods, 3))
            for _ in range(args.lookups)
        ]

        base = rss_mib()
        start = time.perf_counter()
        frame = pd.read_parquet(path)
        read_s, frame_mib = time.perf_counter() - start, rss_mib() - base
        start = time.perf_counter()
        INDEXES.of(card, frame)
        index_s, index_mib = time.perf_counter() - start, rss_mib() - base - frame_mib
        print(
            f"pandas: read the frame {read_s:.1f} s (+{frame_mib:.0f} MiB), "
            f"build the index {index_s:.1f} s (+{index_mib:.0f} MiB)"
        )
        con = duckdb.connect()
        base = rss_mib()
        start = time.perf_counter()
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_parquet('{path}')")
        load_s, load_mib = time.perf_counter() - start, rss_mib() - base
        print(f"duckdb: load the table {load_s:.1f} s (+{load_mib:.0f} MiB)")

        one = "SELECT period, value, row FROM {} WHERE measure = ? AND flow = ? AND partner = ?"
        many = (
            "SELECT partner, period, value, row FROM {} WHERE measure = ? AND flow = ? "
            "AND period IN (?, ?, ?)"
        )
        parquet = f"read_parquet('{path}')"
        it = iter(range(10**9))

        def pick_series() -> tuple[str, str, str]:
            return series[next(it) % len(series)]

        def pick_ranking() -> tuple[str, str, list[str]]:
            return rankings[next(it) % len(rankings)]

        ways: dict[str, dict[str, Callable[[], object]]] = {
            "pandas index": {
                "series": lambda: series_rows(
                    card, frame, (s := pick_series())[0], (("flow", s[1]), ("partner", s[2]))
                ),
                "ranking": lambda: series_rows(
                    card, frame, (r := pick_ranking())[0], (("flow", r[1]),), r[2]
                ),
            },
            "pandas masks": {
                "series": lambda: filter_rows(
                    frame[frame["measure"] == (s := pick_series())[0]],
                    (("flow", s[1]), ("partner", s[2])),
                ),
                "ranking": lambda: (
                    (r := pick_ranking())
                    and filter_rows(frame[frame["measure"] == r[0]], (("flow", r[1]),)).pipe(
                        lambda f: f[f["period"].isin(r[2])]
                    )
                ),
            },
            "duckdb parquet": {
                "series": lambda: con.execute(one.format(parquet), list(pick_series())).df(),
                "ranking": lambda: con.execute(
                    many.format(parquet), [(r := pick_ranking())[0], r[1], *r[2]]
                ).df(),
            },
            "duckdb table": {
                "series": lambda: con.execute(one.format("t"), list(pick_series())).df(),
                "ranking": lambda: con.execute(
                    many.format("t"), [(r := pick_ranking())[0], r[1], *r[2]]
                ).df(),
            },
        }
        check(card, frame, con, series[0])
        print(f"{'way':<15} {'look-up':<8} {'p50 ms':>9} {'p95 ms':>9}")
        for way, runs in ways.items():
            for kind, run in runs.items():
                count = args.lookups if "masks" not in way else max(5, args.lookups // 10)
                p50, p95 = timed(run, count)
                print(f"{way:<15} {kind:<8} {p50:>9.2f} {p95:>9.2f}")


def check(card: object, frame: pd.DataFrame, con: object, key: tuple[str, str, str]) -> None:
    """The ways agree: the same rows for one series."""
    mine = series_rows(card, frame, key[0], (("flow", key[1]), ("partner", key[2])))  # type: ignore[arg-type]
    theirs = con.execute(  # type: ignore[attr-defined]
        "SELECT row FROM t WHERE measure = ? AND flow = ? AND partner = ? AND value IS NOT NULL",
        list(key),
    ).df()
    assert sorted(mine["row"].tolist()) == sorted(theirs["row"].tolist()), "the ways disagree"


if __name__ == "__main__":
    main()

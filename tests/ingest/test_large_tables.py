"""A large CSV is read in memory in proportion to it, into the same frame as ever."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from ingest.tables import load_tables
from ingest.tables.records import Records

MIB = 1024 * 1024
PARTNERS = [f"Partner {a}{b}" for a in "ABCDEFGHIJ" for b in "KLMNOPQRST"]
FLOWS = ("domestic exports", "re-exports", "imports")
# Peak memory above the interpreter's (Python, pandas, the libraries) while one 6 MiB table
# is read, as a multiple of the file's size: 28 when every row was a dict and the file was
# read through a four-byte-a-character buffer, 14 now. The bounded caches of cell parsing
# weigh more on a small file; bench/ingest_memory.py gives the figures for 49 MiB.
MAX_GROWTH = 24.0

CHILD = """
import json, sys
from pathlib import Path

def rss(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0

from ingest.tables import load_tables
baseline = rss("VmRSS")
tables = load_tables(Path(sys.argv[1]))
print(json.dumps({"growth": rss("VmHWM") - baseline, "rows": sum(len(f) for _, f in tables)}))
"""


def write_long_csv(path: Path, mib: float) -> int:
    """A long table of monthly values by flow, partner and product (every row a distinct
    series point); its data rows."""
    rng = random.Random(5)
    rows = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("period,flow,partner,product,value_hkd_thousand\n")
        while out.tell() < mib * MIB:
            block = rows // 30  # one partner and month: its 3 flows by 10 products
            year, month = 1990 + block // (12 * len(PARTNERS)), 1 + block // len(PARTNERS) % 12
            partner = PARTNERS[block % len(PARTNERS)]
            product = f"HS{rows // 3 % 10:02d} goods of kind {rows // 3 % 10}"
            value = rng.uniform(1, 900_000)
            out.write(f"{year}-{month:02d},{FLOWS[rows % 3]},{partner},{product},{value:.1f}\n")
            rows += 1
    return rows


@pytest.mark.slow
def test_a_large_csv_is_read_in_memory_in_proportion_to_it(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    rows = write_long_csv(path, 6)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    )
    result = json.loads(child.stdout.strip().splitlines()[-1])

    assert result["rows"] == rows
    assert result["growth"] < MAX_GROWTH * path.stat().st_size, result["growth"] / MIB


def test_a_generated_table_reads_into_every_row(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    rows = write_long_csv(path, 0.05)
    ((_card, frame),) = load_tables(path)
    source = pd.read_csv(path, dtype=str, keep_default_na=False)

    assert len(frame) == rows
    assert frame["value"].tolist() == source["value_hkd_thousand"].astype(float).tolist()
    assert frame["row"].tolist() == list(range(2, rows + 2))
    assert frame["partner"].tolist() == source["partner"].tolist()
    assert [str(dtype) for dtype in frame.dtypes] == [
        "float64" if name == "value" else "int64" if name == "row" else "str"
        for name in frame.columns
    ]


def test_records_keep_rows_column_by_column() -> None:
    records = Records()
    records.append({"period": "2025-01", "value": 1.5, "row": 2})
    records.append({"period": "2025-02", "value": None, "row": 3, "flag": "p"})
    records.extend([{"period": "2025-03", "value": 2.0, "row": 4}])

    frame = records.frame(
        ["period", "value", "row", "flag", "absent"], floats=("value",), ints=("row",)
    )

    assert len(frame) == 3
    assert frame["period"].tolist() == ["2025-01", "2025-02", "2025-03"]
    assert frame["value"].isna().tolist() == [False, True, False]
    assert frame["flag"].tolist() == ["", "p", ""]
    assert frame["absent"].tolist() == ["", "", ""]
    assert str(frame["row"].dtype) == "int64"

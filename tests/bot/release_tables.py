"""Release tables written by the tests as CSV text, and their raw numbers read back.

- ``SG_MONTHLY``: a monthly release of Singapore's domestic exports, re-exports and
  imports (S$ million). It prints no total exports and no trade balance: the engine makes
  them by the trade identities.
- ``SG_MARKETS``: a wide table of Singapore's total exports by market and year, with a
  ``% change over a year earlier`` row under ``Total``, groupings (``ASEAN``,
  ``Euro area (20 countries)``, ``Other countries``), partners written as statistics
  offices write them (``The mainland of China``, ``Korea, Republic of``) and a provisional
  ``2024p`` column.
- ``MY_MONTHLY``: a second economy, in another currency (RM million).

Expectations are computed from the same text read with the csv module, never from the
engine's own reading of it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

SG_MONTHLY_FILE = "sg_monthly_trade.csv"
SG_MARKETS_FILE = "sg_exports_by_market.csv"
MY_MONTHLY_FILE = "my_monthly_trade.csv"

SG_MONTHLY = """Singapore: merchandise trade by month (S$ million)
Month,Domestic exports,Re-exports,Imports
2024 Jan,"16,810.2","30,512.7","44,105.3"
2024 Feb,"15,220.9","28,144.0","41,980.6"
2024 Mar,"17,405.1","32,001.8","47,230.4"
2024 Apr,"16,990.4","31,220.5","46,010.9"
2024 May,"17,120.0","31,875.3","46,770.2"
2024 Jun,"16,550.7","30,980.1","45,660.8"
2025 Jan,"17,302.5","33,420.9","47,905.1"
2025 Feb,"15,901.3","29,870.4","44,210.7"
2025 Mar,"18,220.6","34,512.2","50,110.3"
2025 Apr,"17,700.2","32,905.7","49,880.4"
2025 May,"17,650.9","33,140.6","52,002.4"
2025 Jun,"16,980.4","32,210.0","50,401.6"
Source: test data
"""

SG_MARKETS = """Singapore: total exports by market, annual (S$ million)
Market,2021,2022,2023,2024p
Total,"614,000.0","710,000.0","650,000.0","676,000.0"
% change over a year earlier,22.1,15.6,-8.5,4.0
ASEAN,"160,100.0","185,300.0","170,400.0","178,900.0"
Euro area (20 countries),"24,300.0","25,900.0","25,100.0","26,600.0"
The mainland of China,"86,500.0","95,200.0","89,700.0","92,800.0"
"Korea, Republic of","28,400.0","33,100.0","30,200.0","31,900.0"
Malaysia,"55,700.0","66,100.0","60,800.0","62,300.0"
Japan,"28,900.0","31,400.0","29,600.0","28,700.0"
United States,"50,200.0","58,300.0","55,100.0","61,400.0"
Indonesia,"35,100.0","42,800.0","39,900.0","41,200.0"
Other countries,"119,000.0","132,000.0","121,000.0","128,000.0"
Source: test data
"""

MY_MONTHLY = """Malaysia: exports and imports by month (RM million)
Month,Exports,Imports
2025 Jan,"121,400.5","110,230.8"
2025 Feb,"110,980.1","98,760.4"
2025 Mar,"128,330.7","115,900.2"
Source: test data
"""

GROUPINGS = frozenset({"ASEAN", "Euro area (20 countries)", "Other countries"})
_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6}


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _number(cell: str) -> float:
    return float(cell.replace(",", ""))


def sg_month(period: str) -> dict[str, float]:
    """One month of ``SG_MONTHLY`` (``2025-03``): its three flows and its row number."""
    for number, row in enumerate(_rows(SG_MONTHLY), 1):
        if len(row) == 4 and row[0][:4].isdigit():
            year, month = row[0].split()
            if f"{year}-{_MONTHS[month]:02d}" == period:
                return {
                    "domestic exports": _number(row[1]),
                    "re-exports": _number(row[2]),
                    "imports": _number(row[3]),
                    "row": float(number),
                }
    raise KeyError(period)


def sg_months() -> list[str]:
    """The months ``SG_MONTHLY`` covers, canonical (``2024-01`` ...)."""
    found = []
    for row in _rows(SG_MONTHLY):
        if len(row) == 4 and row[0][:4].isdigit():
            year, month = row[0].split()
            found.append(f"{year}-{_MONTHS[month]:02d}")
    return found


def sg_market(label: str, year: int) -> float:
    """A cell of ``SG_MARKETS`` by its row label and year."""
    rows = _rows(SG_MARKETS)
    header = [cell.rstrip("p") for cell in rows[1]]
    column = header.index(str(year))
    return next(_number(r[column]) for r in rows[2:] if r and r[0] == label)


def sg_market_row(label: str) -> int:
    """The file row number of a ``SG_MARKETS`` row."""
    return next(n for n, r in enumerate(_rows(SG_MARKETS), 1) if r and r[0] == label)


def sg_market_labels() -> list[str]:
    """Every row label of ``SG_MARKETS`` with figures (totals, rates, groupings, countries)."""
    return [r[0] for r in _rows(SG_MARKETS)[2:] if len(r) == 5]


def sg_countries(year: int) -> dict[str, float]:
    """The markets of ``SG_MARKETS`` that are countries, with their value in ``year``."""
    skip = {"Total", "% change over a year earlier", *GROUPINGS}
    return {label: sg_market(label, year) for label in sg_market_labels() if label not in skip}


def my_month(period: str, flow: str) -> float:
    """A value of ``MY_MONTHLY`` (``flow``: Exports or Imports)."""
    rows = _rows(MY_MONTHLY)
    column = rows[1].index(flow)
    for row in rows[2:]:
        if len(row) == 3:
            year, month = row[0].split()
            if f"{year}-{_MONTHS[month]:02d}" == period:
                return _number(row[column])
    raise KeyError(period)


def build_store(root: Path, files: dict[str, str]) -> Store:
    """Write ``files`` (name -> CSV text) under ``root`` and ingest them with the real
    pipeline into a real store (Chroma on disk, hashing embedder)."""
    folder = root / "files"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    report = ingest_paths([folder], store, IngestSettings())
    assert not report.failed, report.failed
    return store


def table_id(store: Store, file_name: str) -> str:
    """The id of the table ingested from ``file_name``."""
    stem = Path(file_name).stem
    return next(c.id for c in store.cards() if Path(c.source).stem == stem)

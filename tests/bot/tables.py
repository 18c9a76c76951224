"""Tables made by the tests, in several layouts, with their raw numbers kept for checks.

Each builder returns the raw data (plain Python, what a test computes expectations
from) and the table card plus tidy frame the engine reads (what ingest would write).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from vectorstore import Dimension, Measure, Passage, SourceRecord, TableCard

MONTHS_2024 = [f"2024-{m:02d}" for m in range(1, 13)]
MONTHS = [*MONTHS_2024, "2025-01", "2025-02", "2025-03"]


@dataclass(frozen=True)
class Built:
    card: TableCard
    frame: pd.DataFrame


def _frame(rows: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("float64")
    frame["row"] = frame["row"].astype("int64")
    return frame


# A headline table: one row per month, one column per measure (no dimensions).
HEADLINE: dict[str, dict[str, float | None]] = {
    # period: exports, exports_yoy, imports, imports_yoy, balance, balance_pct
    p: dict(
        zip(
            ("exports", "exports_yoy", "imports", "imports_yoy", "balance", "balance_pct"),
            v,
            strict=True,
        )
    )
    for p, v in {
        "2024-01": (388.7, 33.6, 385.1, 21.7, 3.6, 0.9),
        "2024-02": (284.1, -0.8, 325.7, -1.8, -41.7, 12.8),
        "2024-03": (384.5, 4.7, 429.5, 5.3, -45.0, 10.5),
        "2024-04": (378.7, 11.9, 388.9, 3.7, -10.2, 2.6),
        "2024-05": (375.9, 14.8, 388.1, 9.6, -12.1, 3.1),
        "2024-06": (373.5, 10.7, 429.2, 9.0, -55.7, 13.0),
        "2024-07": (390.4, 13.1, 412.3, 9.9, -21.8, 5.3),
        "2024-08": (381.3, 6.4, 414.4, 7.9, -33.1, 8.0),
        "2024-09": (None, None, None, None, -53.2, None),
        "2024-10": (393.0, 3.5, 424.0, 4.5, -31.0, 7.3),
        "2024-11": (None, 2.1, None, 5.7, -43.4, 9.9),
        "2024-12": (None, 5.2, None, -1.1, -34.5, 7.8),
        "2025-01": (None, 0.1, None, 0.5, 2.1, None),
        "2025-02": (327.9, 15.4, 364.2, 11.8, -36.3, None),
        "2025-03": (455.5, 18.5, 500.9, 16.6, -45.4, 9.1),
    }.items()
}
_HEADLINE_MEASURES = (
    Measure("exports", "Total exports", "HK$ bn", "level", 1e9, "exports"),
    Measure(
        "exports_yoy",
        "Total exports, year-on-year change",
        "%",
        "change_pct",
        None,
        "exports",
        "yoy",
    ),
    Measure("imports", "Imports", "HK$ bn", "level", 1e9, "imports"),
    Measure(
        "imports_yoy", "Imports, year-on-year change", "%", "change_pct", None, "imports", "yoy"
    ),
    Measure("balance", "Visible trade balance", "HK$ bn", "level", 1e9, "balance"),
    Measure("balance_pct", "Balance as % of imports", "%", "ratio_pct", None, "balance"),
)


def headline() -> Built:
    rows = []
    for line, (period, values) in enumerate(HEADLINE.items(), start=2):
        for name, value in values.items():
            rows.append({"period": period, "measure": name, "value": value, "row": line})
    frame = _frame(rows)
    card = TableCard(
        id="headline",
        title="Monthly trade headlines",
        source="tables/headline.csv",
        measures=_HEADLINE_MEASURES,
        dimensions=(),
        periods=tuple(HEADLINE),
        frequency="monthly",
        rows=len(HEADLINE),
    )
    return Built(card, frame)


# A long table of published growth rates by flow and partner, with source columns.
RATES: list[tuple[str, str, str, float, str]] = [
    ("2024-06", "total exports", "Singapore", 17.9, "official"),
    ("2024-06", "total exports", "Malaysia", 36.3, "official"),
    ("2024-06", "total exports", "Taiwan", 35.3, "official"),
    ("2024-06", "total exports", "USA", 40.6, "official"),
    ("2025-03", "total exports", "Taiwan", 61.3, "official"),
    ("2025-03", "total exports", "Malaysia", 57.3, "official"),
    ("2025-03", "total exports", "Vietnam", 41.3, "official"),
    ("2025-03", "total exports", "Korea", -22.8, "official"),
    ("2025-03", "total exports", "USA", 11.4, "official"),
    ("2025-03", "total exports", "Asia (region)", 22.4, "official"),
    ("2025-03", "imports", "Vietnam", 95.1, "official"),
    ("2025-03", "imports", "USA", 2.9, "official"),
    ("2025-08", "imports", "Vietnam", 80.8, "news (Business paper)"),
    ("2025-08", "imports", "Vietnam", 81.1, "news (Daily paper)"),
    ("2026-01", "total exports", "Singapore", 32.4, "official"),
    ("2026-01", "total exports", "Malaysia", 81.1, "official"),
    ("2026-01", "total exports", "Taiwan", 88.8, "official"),
    ("2026-03", "total exports", "Singapore", 125.0, "commentary citing People's Daily"),
]


def rates() -> Built:
    rows = [
        {
            "period": p,
            "measure": "yoy_pct",
            "value": v,
            "flow": f,
            "partner": partner,
            "row": line,
            "source_kind": kind,
            "source_file": "news/2026-Q1_peoples-daily-derived.txt"
            if "commentary" in kind
            else f"releases/{p}.txt",
        }
        for line, (p, f, partner, v, kind) in enumerate(RATES, start=2)
    ]
    card = TableCard(
        id="rates",
        title="Exports and imports by partner, year-on-year change",
        source="tables/rates.csv",
        measures=(Measure("yoy_pct", "Year-on-year change", "%", "change_pct", basis="yoy"),),
        dimensions=(
            Dimension("flow", "flow", ("total exports", "imports")),
            Dimension("partner", "partner", tuple(dict.fromkeys(r[2] for r in RATES))),
        ),
        periods=tuple(sorted({r[0] for r in RATES})),
        frequency="monthly",
        rows=len(RATES),
        attributes=("source_kind", "source_file"),
    )
    return Built(card, _frame(rows))


# A wide table: one row per month, one column per partner (US$ million), World included.
WIDE_PARTNERS = ("World", "China", "Japan", "Germany", "Brazil")
WIDE: dict[str, tuple[float | None, ...]] = {
    "2024-01": (1000.0, 400.0, 150.0, 120.0, 30.0),
    "2024-02": (900.0, 350.0, 140.0, 110.0, 25.0),
    "2024-03": (1100.0, 420.0, 160.0, 130.0, 35.0),
    "2024-04": (1050.0, 410.0, 150.0, 125.0, None),
    "2025-01": (1200.0, 520.0, 140.0, 150.0, 36.0),
    "2025-02": (1000.0, 380.0, 150.0, 120.0, 40.0),
    "2025-03": (1320.0, 500.0, 170.0, 170.0, 45.5),
}


def wide() -> Built:
    rows = []
    for line, (period, values) in enumerate(WIDE.items(), start=2):
        for partner, value in zip(WIDE_PARTNERS, values, strict=True):
            rows.append(
                {
                    "period": period,
                    "measure": "exports",
                    "value": value,
                    "partner": partner,
                    "row": line,
                }
            )
    card = TableCard(
        id="wide",
        title="Merchandise exports by destination, monthly",
        source="tables/wide.xlsx",
        measures=(Measure("exports", "Exports", "US$ million", "level", 1e6, "exports"),),
        dimensions=(Dimension("partner", "partner", WIDE_PARTNERS),),
        periods=tuple(WIDE),
        frequency="monthly",
        rows=len(WIDE),
        sheet="Exports",
    )
    return Built(card, _frame(rows))


# An annual table: re-exports and domestic exports by destination (NZ$ million).
ANNUAL: list[tuple[str, str, str, float]] = [
    (year, flow, partner, value)
    for year, flow, partner, value in [
        ("2022", "Re-exports", "Total", 5000.0),
        ("2022", "Re-exports", "Australia", 2000.0),
        ("2022", "Re-exports", "Fiji", 500.0),
        ("2022", "Domestic exports", "Total", 60000.0),
        ("2022", "Domestic exports", "Australia", 9000.0),
        ("2023", "Re-exports", "Total", 5600.0),
        ("2023", "Re-exports", "Australia", 2100.0),
        ("2023", "Re-exports", "Fiji", 650.0),
        ("2023", "Domestic exports", "Total", 63000.0),
        ("2023", "Domestic exports", "Australia", 9450.0),
    ]
]


def annual() -> Built:
    rows = [
        {"period": y, "measure": "value", "value": v, "flow": f, "partner": p, "row": i}
        for i, (y, f, p, v) in enumerate(ANNUAL, start=5)
    ]
    card = TableCard(
        id="annual",
        title="Annual exports by destination",
        source="tables/annual.csv",
        measures=(Measure("value", "Value", "NZ$ million", "level", 1e6),),
        dimensions=(
            Dimension("flow", "flow", ("Re-exports", "Domestic exports")),
            Dimension("partner", "partner", ("Total", "Australia", "Fiji")),
        ),
        periods=("2022", "2023"),
        frequency="annual",
        rows=len(ANNUAL),
    )
    return Built(card, _frame(rows))


ARTICLE = [
    "Hong Kong's total exports rose 18.5% in March 2025 from a year earlier, official data "
    "showed. Imports grew 16.6%. Exports to Taiwan jumped 61.3% while exports to Korea fell.",
    "The reported 35.8% year-on-year surge in total export value for March is a staggering "
    "figure. Exports to Asia rose by 37.8%, but the hyper-growth in specific markets, such as "
    "the 125% spike in exports to Singapore, points to deep integration.",
    "Leave a comment. Your email address will not be published.",
]


def article() -> tuple[SourceRecord, list[Passage]]:
    path = "articles/2026-Q1-peoples-daily.txt"
    record = SourceRecord(
        id="src-article",
        path=path,
        sha256="sha-article",
        kind="article",
        title="Deciphering the export surge",
        ingested_at="2026-11-25T08:00:00+00:00",
    )
    passages = [
        Passage(
            id=f"p{i}",
            text=text,
            source=path,
            doc_id="src-article",
            position=i,
            title="Deciphering the export surge",
            date="2026-04-20",
        )
        for i, text in enumerate(ARTICLE)
    ]
    return record, passages


def table_record(built: Built) -> SourceRecord:
    return SourceRecord(
        id=f"src-{built.card.id}",
        path=built.card.source,
        sha256=f"sha-{built.card.id}",
        kind="table",
        title=built.card.title,
        ingested_at="2026-11-25T08:00:00+00:00",
        tables=(built.card.id,),
    )


# A table of one narrower flow, named only in its title (no flow column, no measure flow).
NODX = {
    ("2025-03", "Hong Kong"): 12.5,
    ("2025-03", "China"): -3.2,
    ("2025-03", "EU 27"): 5.5,
    ("2025-02", "Hong Kong"): 4.0,
}


def nodx() -> Built:
    rows = [
        {"period": p, "measure": "yoy", "value": v, "market": m, "row": i}
        for i, ((p, m), v) in enumerate(NODX.items(), start=3)
    ]
    card = TableCard(
        id="nodx",
        title="Non-oil domestic exports by market",
        source="tables/nodx.xlsx",
        measures=(Measure("yoy", "NODX growth, % y-o-y", "%", "change_pct", basis="yoy"),),
        dimensions=(Dimension("market", "partner", ("China", "EU 27", "Hong Kong")),),
        periods=("2025-02", "2025-03"),
        frequency="monthly",
        rows=len(NODX),
    )
    return Built(card, _frame(rows))

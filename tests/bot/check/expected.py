"""Expected verdicts of the test documents, computed straight from the sample CSV tables
with pandas: never through ingest, the planner or the evaluator.

`claims.yaml` names, for each claim, the table cell a careful reader takes it to be
about; this module reads that cell and applies the claim as written (its decimals, its
bound, its range or multiple) by its own rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[3]
TABLES = ROOT / "samples" / "tables"
_FILES = {
    "monthly": "hk_monthly_trade_headlines_2023-12_to_2026-05.csv",
    "partners": "hk_exports_imports_by_partner_yoy_long.csv",
    "values": "hk_partner_values_stated.csv",
}


@dataclass(frozen=True)
class Expected:
    anchor: str
    value: float
    words: str
    verdict: str
    trade: bool


@dataclass(frozen=True)
class Document:
    path: Path
    claims: tuple[Expected, ...]
    not_claims: tuple[tuple[str, float], ...]


@cache
def table(name: str) -> pd.DataFrame:
    return pd.read_csv(TABLES / _FILES[name], dtype={"period": str})


def documents() -> list[Document]:
    data = yaml.safe_load((Path(__file__).parent / "claims.yaml").read_text("utf-8"))
    return [
        Document(
            ROOT / doc["file"],
            tuple(_expected(c) for c in doc["claims"]),
            tuple((n["anchor"], float(n["value"])) for n in doc.get("not_claims") or ()),
        )
        for doc in data["documents"]
    ]


def _expected(claim: dict[str, Any]) -> Expected:
    verdict = claim.get("expect") or _from_tables(claim)
    return Expected(
        claim["anchor"], float(claim["value"]), claim["words"], verdict, claim.get("trade", True)
    )


def _from_tables(claim: dict[str, Any]) -> str:
    found = _cells(claim)
    verdicts = ["no_data" if v is None else _holds(claim, v) for v in found]
    if "contradicted" in verdicts:
        return "contradicted"
    if verdicts and all(v == "supported" for v in verdicts):
        return "supported"
    return "no_data"


def _cells(claim: dict[str, Any]) -> list[float | None]:
    scale = float(claim.get("scale", 1.0))
    if "cell" in claim:
        name, period, column = claim["cell"]
        rows = table(name)[table(name)["period"] == period]
        cells = [] if rows.empty else [rows.iloc[0][column]]
    elif "partners" in claim:
        frame = table("partners")
        cells = []
        for period, flow, partner in claim["partners"]:
            hit = frame[
                (frame["period"] == period)
                & (frame["flow"] == flow)
                & (frame["partner"] == partner)
            ]
            cells.append(hit.iloc[0]["yoy_pct"] if not hit.empty else None)
    else:
        frame = table("values")
        period, flow, partner = claim["values"]
        hit = frame[
            (frame["period"] == period) & (frame["flow"] == flow) & (frame["partner"] == partner)
        ]
        cells = [hit.iloc[0]["value"] if not hit.empty else None]
    return [None if c is None or pd.isna(c) else float(c) * scale for c in cells] or [None]


def _holds(claim: dict[str, Any], actual: float) -> str:
    return "supported" if _agrees(claim["words"], float(claim["value"]), actual) else "contradicted"


def _agrees(words: str, stated: float, actual: float) -> bool:
    low = words.lower()
    if "doubled" in low:
        if "more than" in low:
            return actual > 100
        if "nearly" in low or "almost" in low:
            return 80 <= actual <= 100
        return 95 <= actual <= 105
    span = re.search(r"([\d.]+)%? to ([\d.]+)%", low)
    decimals = _decimals(words)
    if span:
        return float(span.group(1)) <= _round(actual, decimals) <= float(span.group(2))
    if re.match(r"(over|more than|at least|above)\b", low):
        return actual >= stated
    if re.match(r"(under|less than|at most|below)\b", low):
        return actual <= stated
    digit = 10.0**-decimals
    slack = max(digit, abs(stated) / 20)  # 5% of the number, or one unit of its last digit
    if re.match(r"(nearly|almost)\b", low):
        return stated - slack <= actual <= stated + digit
    if re.match(r"(about|around|roughly)\b", low):
        return abs(actual - stated) <= slack + 1e-9
    return _round(actual, decimals) == stated


def _decimals(words: str) -> int:
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", words)
    return len(number.group(1) or "") if number else 0


def _round(value: float, decimals: int) -> float:
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP))


@dataclass
class Score:
    """How the checker's verdicts compare with the expected ones."""

    documents: int = 0
    claims: int = 0  # expected claims
    trade: int = 0  # expected trade-statistic claims
    extracted_trade: int = 0
    agreed: int = 0  # the checker's verdict equals the expected one
    wrong: list[str] | None = None  # supported/contradicted where the tables say otherwise
    unexpected: list[str] | None = None  # claims the checker read that the fixture lacks
    non_statistics: list[str] | None = None  # dates, ages, pages ... that were checked

    @property
    def recall(self) -> float:
        return self.extracted_trade / self.trade if self.trade else 0.0


def score(found: dict[Path, list[dict[str, Any]]]) -> Score:
    """Compare the checker's claims (the JSON form, per document) with the fixture."""
    result = Score(wrong=[], unexpected=[], non_statistics=[])
    for doc in documents():
        claims = found[doc.path]
        result.documents += 1
        matched: set[int] = set()
        for want in doc.claims:
            result.claims += 1
            result.trade += want.trade
            hit = next(
                (i for i, c in enumerate(claims) if i not in matched and _same(c, want)), None
            )
            if hit is None:
                continue
            matched.add(hit)
            result.extracted_trade += want.trade
            verdict = claims[hit]["verdict"]
            result.agreed += verdict == want.verdict
            if verdict in ("supported", "contradicted") and verdict != want.verdict:
                result.wrong.append(
                    f"{doc.path.name}: {want.anchor!r} {verdict}, expected {want.verdict}"
                )
        for i, claim in enumerate(claims):
            if i not in matched:
                result.unexpected.append(f"{doc.path.name}: {claim['text']!r} ({claim['value']})")
            for anchor, value in doc.not_claims:
                if anchor in claim["sentence"] and abs(abs(claim["value"]) - value) < 1e-9:
                    result.non_statistics.append(f"{doc.path.name}: {anchor!r}")
    return result


def _same(claim: dict[str, Any], want: Expected) -> bool:
    return want.anchor in claim["sentence"] and abs(claim["value"] - want.value) < 1e-9

"""Questions over spans the tables do not publish, claims, units and gaps.

The layouts follow what analysts ingest: a wide monthly table of partners with title
lines and ``..`` for missing values (one economy), a long quarterly table in US$
thousand with a reporter column and a World row (another economy), an annual table of
re-exports by destination, and an article with one wrong number. Every expectation is
computed here from the same text read with the csv module.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import Answer, Engine, check_evidence
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, StoreSettings, open_store

MN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = [(y, m) for y in (2024, 2025) for m in range(1, 13)][:18]  # Jan 2024 .. Jun 2025
PARTNERS = {"United States": 9000.0, "China": 4800.0, "Japan": 2000.0, "Germany": 620.0}
MISSING = {("Germany", (2024, 7)), ("Japan", (2025, 2))}
QUARTERS = [(y, q) for y in (2023, 2024, 2025) for q in range(1, 5)][:10]  # to Q2 2025
AU = {"World": 60e6, "China": 33e6, "Japan": 9e6, "India": 3.9e6}
YEARS = list(range(2019, 2025))
DESTS = {"China": 42000.0, "Japan": 9000.0, "Malaysia": 33000.0}
ARTICLE = """---
title: Viet Nam exports climb in first half
date: 2025-07-06
---

HANOI - Viet Nam's exports kept rising in 2025, officials said on Sunday.

Exports to China rose 12.4% year on year in May 2025, helped by fruit shipments.
"""


def _vn(partner: str, i: int) -> float:
    y, m = MONTHS[i]
    base = PARTNERS[partner]
    return round(base * (1 + 0.01 * m) * (1.2 if y == 2025 else 1.0) + 3.7 * i, 1)


def _vn_total(i: int) -> float:
    return round(sum(_vn(p, i) for p in PARTNERS) * 1.3, 1)


def _au(partner: str, flow: str, k: int) -> int:
    sign = 1 if flow == "Export" else -1
    return int(AU[partner] * (1 + 0.01 * k * sign) + (1000 * k if partner == "Japan" else 0))


def _sg(dest: str, k: int) -> float:
    return round(DESTS[dest] * (1 + 0.03 * k) + 0.3 * k, 1)


def _write(folder: Path) -> None:
    lines = [
        ["General Statistics Office of Viet Nam"],
        ["Table 7.2: Exports of goods by main country and territory, monthly"],
        ["Unit: US$ million"],
        [],
        ["Country/territory", *[f"{MN[m - 1]} {y}" for y, m in MONTHS]],
        ["Total", *[f"{_vn_total(i):,.1f}" for i in range(len(MONTHS))]],
    ]
    for p in PARTNERS:
        cells = [".." if (p, ym) in MISSING else f"{_vn(p, i):,.1f}" for i, ym in enumerate(MONTHS)]
        lines.append([p, *cells])
    lines += [[], ["Note: .. = not available."], ["Source: General Statistics Office of Viet Nam"]]
    _csv(folder / "vn_exports_monthly_wide.csv", lines)
    rows = [["Quarter", "Reporter", "Partner", "Flow", "Trade Value (US$ '000)"]]
    for k, (y, q) in enumerate(QUARTERS):
        for flow in ("Export", "Import"):
            rows += [[f"Q{q} {y}", "Australia", p, flow, f"{_au(p, flow, k):,}"] for p in AU]
    _csv(folder / "au_quarterly_trade_long.csv", rows)
    annual = [["Re-exports by destination, annual (S$ million)"], ["Destination", *map(str, YEARS)]]
    annual += [[d, *[f"{_sg(d, k):.1f}" for k in range(len(YEARS))]] for d in DESTS]
    annual += [[], ["Source: Singapore Department of Statistics"]]
    _csv(folder / "sg_reexports_annual.csv", annual)
    (folder / "vn-exports.md").write_text(ARTICLE, encoding="utf-8")


def _csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def _read_vn(folder: Path) -> dict[str, dict[str, float | None]]:
    """Partner -> 'YYYY-MM' -> value, read back from the CSV text."""
    text = (folder / "vn_exports_monthly_wide.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[4]
    out: dict[str, dict[str, float | None]] = {}
    for row in rows[5 : 6 + len(PARTNERS)]:
        values: dict[str, float | None] = {}
        for label, cell in zip(header[1:], row[1:], strict=True):
            mon, year = label.split()
            key = f"{year}-{MN.index(mon) + 1:02d}"
            values[key] = None if cell == ".." else float(cell.replace(",", ""))
        out[row[0]] = values
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layouts")
    _write(path)
    return path


@pytest.fixture(scope="module")
def engine(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    store = open_store(
        StoreSettings(store=tmp_path_factory.mktemp("store")), embedder=HashingEmbedder()
    )
    report = ingest_paths([folder], store, IngestSettings())
    assert not report.failed
    yield Engine(store, strict=True)
    store.close()


@pytest.fixture(scope="module")
def vn(folder: Path) -> dict[str, dict[str, float | None]]:
    return _read_vn(folder)


def ask(engine: Engine, question: str) -> Answer:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    return answer


def lead(answer: Answer) -> str:
    return answer.text.split("\n")[0]


def total(values: dict[str, float | None], months: list[str]) -> float:
    found = [values[m] for m in months]
    assert all(v is not None for v in found)
    return sum(v for v in found if v is not None)


def pct(now: float, before: float) -> float:
    return round((now / before - 1) * 100, 1)


def months(first: str, last: str) -> list[str]:
    y1, m1 = map(int, first.split("-"))
    y2, m2 = map(int, last.split("-"))
    return [f"{o // 12}-{o % 12 + 1:02d}" for o in range(y1 * 12 + m1 - 1, y2 * 12 + m2)]


def test_change_between_two_quarters_sums_their_months(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    answer = ask(engine, "How did Viet Nam's exports to China in Q2 2025 compare with Q2 2024?")
    now = total(vn["China"], months("2025-04", "2025-06"))
    then = total(vn["China"], months("2024-04", "2024-06"))
    assert answer.figures[0].value == pct(now, then)
    formulas = " ".join(f.formula for f in answer.figures)
    assert " + " in formulas  # the sum of the months is shown


def test_change_between_halves_ignores_a_gap_outside_them(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    answer = ask(engine, "How did exports to Germany in H1 2025 compare with H1 2024?")
    now = total(vn["Germany"], months("2025-01", "2025-06"))
    then = total(vn["Germany"], months("2024-01", "2024-06"))
    assert answer.figures[0].value == pct(now, then)


def test_year_to_date_pair(engine: Engine, vn: dict[str, dict[str, float | None]]) -> None:
    answer = ask(
        engine,
        "What were exports to the United States year to date through April 2025, "
        "and how does that compare with the same period of 2024?",
    )
    now = total(vn["United States"], months("2025-01", "2025-04"))
    then = total(vn["United States"], months("2024-01", "2024-04"))
    # two parts: the value, then its change on the same period of 2024
    assert answer.figures[0].value == round(now, 1)
    assert pct(now, then) in [f.value for f in answer.figures]


def test_rank_over_a_half_leaves_out_a_market_with_a_missing_month(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    answer = ask(engine, "Which markets grew fastest in the first half of 2025?")
    assert answer.chart is not None
    h1, before = months("2025-01", "2025-06"), months("2024-01", "2024-06")
    expected = {p: pct(total(vn[p], h1), total(vn[p], before)) for p in ("United States", "China")}
    got = dict(zip(answer.chart["labels"], answer.chart["values"], strict=True))
    assert "Japan" not in got  # February 2025 is '..'
    for partner, value in expected.items():
        assert got[partner] == value


def test_share_and_compare_for_a_quarter_of_a_monthly_table(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    q1 = months("2025-01", "2025-03")
    answer = ask(engine, "What share of Viet Nam's total exports went to China in Q1 2025?")
    assert answer.figures[0].value == round(
        total(vn["China"], q1) / total(vn["Total"], q1) * 100, 1
    )
    answer = ask(engine, "Compare Viet Nam's exports to China and the United States in Q1 2025")
    values = [f.value for f in answer.figures]
    assert round(total(vn["China"], q1), 1) in values
    assert round(total(vn["United States"], q1), 1) in values


def test_a_total_with_a_missing_month_names_it_and_states_no_number(engine: Engine) -> None:
    answer = ask(engine, "What was the average monthly value of exports to Japan in H1 2025?")
    assert "February 2025" in lead(answer)
    assert not answer.figures
    assert not re.search(r"\d+(?:\.\d+)?%", answer.text.split("**What the articles")[0])


def test_average_annual_value_uses_the_annual_values(engine: Engine) -> None:
    answer = ask(
        engine, "What was the average annual value of re-exports to Japan from 2020 to 2024?"
    )
    expected = sum(_sg("Japan", k) for k in range(1, 6)) / 5
    assert answer.figures[0].value == round(expected, 1)
    assert "/ 5" in answer.figures[0].formula


def test_thousands_are_shown_in_billions_with_the_conversion(engine: Engine) -> None:
    answer = ask(engine, "What were Australia's exports to China in 2024?")
    k = [QUARTERS.index((2024, q)) for q in range(1, 5)]
    thousands = sum(_au("China", "Export", i) for i in k)
    fig = answer.figures[0]
    assert fig.unit == "US$ bn"
    assert fig.value == round(thousands / 1e6, 1)
    assert f"US$ {round(thousands / 1e6, 1)} bn" in lead(answer)
    assert str(thousands) in fig.formula  # the table's own figure and the conversion
    assert "thousand" not in lead(answer)


def test_a_reporter_named_reads_only_its_tables(engine: Engine) -> None:
    answer = ask(engine, "What were Australia's exports to Japan in Q1 2025?")
    assert all("au_quarterly" in s for f in answer.figures for s in f.sources)
    assert all("vn-exports" not in c.source for c in answer.citations)


def test_drove_states_the_total_change_and_what_the_listed_markets_leave(engine: Engine) -> None:
    answer = ask(engine, "Which markets drove the increase in Australia's exports in Q2 2025?")
    now, before = QUARTERS.index((2025, 2)), QUARTERS.index((2024, 2))
    world = pct(_au("World", "Export", now), _au("World", "Export", before))
    assert f"{world}%" in lead(answer)
    base = _au("World", "Export", before)
    listed = sum(
        round((_au(p, "Export", now) - _au(p, "Export", before)) / base * 100, 1)
        for p in ("China", "Japan", "India")
    )
    if abs(listed - world) > 0.1:
        assert "markets it does not list" in answer.text


def test_top_n_lead_names_every_market(engine: Engine) -> None:
    answer = ask(engine, "What were the top 3 destinations for Singapore's re-exports in 2024?")
    for dest in DESTS:
        assert dest in lead(answer)


def test_claimed_rate_is_checked_against_the_levels(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    answer = ask(engine, "An article says exports to China rose 12.4% in May 2025. Is that right?")
    now, then = vn["China"]["2025-05"], vn["China"]["2024-05"]
    assert now is not None
    assert then is not None
    expected = pct(now, then)
    assert answer.figures[0].value == expected
    assert "does not support" in lead(answer)
    assert f"{expected}%" in lead(answer)


@pytest.mark.parametrize("off", [0.0, 2.5])
def test_claimed_span_total_in_billions(
    engine: Engine, vn: dict[str, dict[str, float | None]], off: float
) -> None:
    h1 = total(vn["United States"], months("2025-01", "2025-06"))
    shown = round(h1 / 1000, 1)
    claimed = round(shown + off, 1)
    answer = ask(
        engine,
        f"Is it true that Viet Nam's exports to the United States reached US${claimed} billion "
        "in H1 2025?",
    )
    assert f"US$ {shown} bn" in lead(answer)
    assert ("agrees" in lead(answer)) == (off == 0.0)
    assert any(f.unit == "US$ bn" and f.value == shown for f in answer.figures)


def test_a_quote_the_tables_contradict_is_flagged(engine: Engine) -> None:
    answer = ask(engine, "How much did exports to China grow year on year in May 2025?")
    cited = [c for c in answer.citations if "12.4%" in c.quote]
    if cited:
        assert "The article's 12.4% differs from the table's" in answer.text


def test_no_figure_never_lists_the_period_asked(engine: Engine) -> None:
    answer = ask(engine, "What were exports to Germany in July 2024?")
    assert "July 2024" in lead(answer)
    there = [line for line in answer.text.split("\n") if line.startswith("- Figures on")]
    assert there
    assert "July 2024" not in there[0]
    assert "June 2024" in there[0]


def test_trend_names_missing_months_and_keeps_the_gap(engine: Engine) -> None:
    answer = ask(engine, "How did exports to Germany trend in 2024?")
    assert "July 2024" in lead(answer)
    assert answer.chart is not None
    labels, values = answer.chart["labels"], answer.chart["values"]
    assert len(labels) == 12
    assert values[labels.index("July 2024")] is None


def test_growth_in_the_first_period_a_table_has_says_so(engine: Engine) -> None:
    answer = ask(
        engine, f"Which destinations of Singapore's re-exports grew fastest in {YEARS[0]}?"
    )
    assert "first period" in lead(answer)
    assert str(YEARS[0] - 1) in lead(answer)
    assert not answer.figures


def test_a_claim_in_us_dollars_is_not_about_the_united_states(
    engine: Engine, vn: dict[str, dict[str, float | None]]
) -> None:
    h1 = total(vn["Total"], months("2025-01", "2025-06"))
    shown = round(h1 / 1000, 1)
    answer = ask(
        engine, f"Is it true that Viet Nam's exports reached US${shown} billion in H1 2025?"
    )
    assert "agrees" in lead(answer)
    assert "United States" not in lead(answer)
    assert f"US$ {shown} bn" in lead(answer)


def test_a_balance_without_imports_says_which_flow_is_missing(engine: Engine) -> None:
    answer = ask(engine, "What was Viet Nam's trade balance in March 2025?")
    assert "no imports" in lead(answer)
    assert not answer.figures


def test_number_answers_quote_only_articles_about_their_tables_economy(engine: Engine) -> None:
    answer = ask(engine, "What were exports to India in Q1 2025?")  # only the AU table has India
    assert answer.figures
    assert all("au_quarterly" in s for f in answer.figures for s in f.sources)
    assert all("vn-exports" not in c.source for c in answer.citations)

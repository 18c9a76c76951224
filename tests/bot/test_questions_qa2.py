"""Wrong numbers found by the second QA round, on tables modelled on its layouts.

- A New Zealand quarterly table with Exports, Imports and Balance columns in NZ$ billion
  and a ``2025 Q2 (e)`` estimate; beside it another economy's annual imports in another
  currency (a balance must never be divided by them).
- A Eurostat-style annual table of EU imports by partner (``geo\\time`` header, flags
  ``p``/``e``, ``:`` for missing) with no total row: a question without a partner must not
  be answered with one partner's value.
- A long table of EU exports by HS section, partner and year: a commodity asked for
  must be named in the answer's first sentence.

Every expectation is computed here from the CSV text read back with the csv module.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import Answer, Engine, check_evidence
from bot import formatting as fmt
from bot.records import QueryPlan
from ingest import IngestSettings, ingest_paths
from tests.bot.conftest import fixed_planner
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

QUARTERS = [(2023, q) for q in range(1, 5)] + [(2024, q) for q in range(1, 5)] + [(2025, 1)]
NZ_EXPORTS = [128.9, 105.9, 92.0, 126.6, 94.5, 109.2, 116.4, 128.5, 115.1, 97.4]
NZ_IMPORTS = [101.6, 95.1, 95.6, 127.0, 115.2, 114.7, 100.3, 108.3, 116.8, 88.1]
EU_PARTNERS = ["China", "United States", "Japan", "South Korea", "India", "Turkey"]
EU_YEARS = list(range(2019, 2025))
SECTIONS = ["I Live animals", "XI Textiles", "XVII Vehicles, aircraft, vessels"]
HS_PARTNERS = ["China", "United States", "United Kingdom"]


def _eu(p: int, k: int) -> float:
    return round(80000.0 + 41000.0 * p + 9000.0 * k * (1 if p % 2 else -0.5) + 0.3 * k, 1)


def _hs(s: int, p: int, year: int) -> float:
    base = 12000.0 + 5100.0 * s + 2300.0 * p
    return round(base * (1.07 if (s + p) % 2 else 0.91) if year == 2023 else base, 1)


def _csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def _write(folder: Path) -> None:
    nz = [
        ["New Zealand: quarterly goods trade (NZ$ billion)"],
        ["Quarter", "Exports", "Imports", "Balance"],
    ]
    for i, (y, q) in enumerate([*QUARTERS, (2025, 2)]):
        ex, im = NZ_EXPORTS[i], NZ_IMPORTS[i]
        label = f"{y} Q{q}" + (" (e)" if (y, q) == (2025, 2) else "")
        nz.append([label, f"{ex:.1f}", f"{im:.1f}", f"{ex - im:.1f}"])
    nz += [["(e) estimate"], ["Source: Stats NZ (test data)"]]
    _csv(folder / "nz_quarterly_balance_of_trade.csv", nz)
    jp = [["Japan: imports of goods, annual (JPY billion)"], ["Year", "Imports"]]
    jp += [[str(y), f"{110000.0 + 1234.5 * k:.1f}"] for k, y in enumerate((2022, 2023, 2024))]
    jp += [["Source: Ministry of Finance Japan (test data)"]]
    _csv(folder / "jp_imports_annual.csv", jp)
    eu = "EU27 imports of goods by partner (EUR million)\n"
    eu += "geo\\time," + ",".join(map(str, EU_YEARS)) + "\n"
    for p, name in enumerate(EU_PARTNERS):
        cells = []
        for k, y in enumerate(EU_YEARS):
            cell = ":" if (name, y) == ("India", 2020) else f"{_eu(p, k):.1f}"
            cells.append(cell + (" p" if y == 2024 else ""))
        eu += f"{name}," + ",".join(cells) + "\n"
    eu += "Flags: p provisional, e estimated, : not available\nSource: Eurostat (test data)\n"
    (folder / "eu_imports_partner_annual.csv").write_text(eu, encoding="utf-8")
    hs = [["Title: EU exports by HS section and partner, 2022-2023 (EUR million)"]]
    hs += [["HS section", "Partner", "Year", "Exports (EUR million)"]]
    for s, section in enumerate(SECTIONS):
        for p, partner in enumerate(HS_PARTNERS):
            hs += [[section, partner, str(y), f"{_hs(s, p, y):.1f}"] for y in (2022, 2023)]
    _csv(folder / "eu_exports_hs_section_partner_long.csv", hs)


def _read(folder: Path, name: str) -> list[list[str]]:
    text = (folder / name).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def nz_table(folder: Path) -> dict[str, dict[str, float]]:
    """'2024-Q1' -> {'exports': .., 'imports': .., 'balance': ..} from the CSV text."""
    out: dict[str, dict[str, float]] = {}
    for row in _read(folder, "nz_quarterly_balance_of_trade.csv")[2:]:
        match = re.match(r"(\d{4}) Q(\d)", row[0]) if len(row) == 4 else None
        if match:
            values = [float(c) for c in row[1:]]
            out[f"{match[1]}-Q{match[2]}"] = dict(
                zip(("exports", "imports", "balance"), values, strict=True)
            )
    return out


def eu_table(folder: Path) -> dict[str, dict[int, float | None]]:
    rows = _read(folder, "eu_imports_partner_annual.csv")
    years = [int(y) for y in rows[1][1:]]
    out: dict[str, dict[int, float | None]] = {}
    for row in rows[2 : 2 + len(EU_PARTNERS)]:
        cells = [c.split()[0] for c in row[1:]]
        out[row[0]] = {y: None if c == ":" else float(c) for y, c in zip(years, cells, strict=True)}
    return out


def hs_table(folder: Path) -> dict[tuple[str, str, int], float]:
    rows = _read(folder, "eu_exports_hs_section_partner_long.csv")[2:]
    return {(r[0], r[1], int(r[2])): float(r[3]) for r in rows}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("qa2")
    _write(path)
    return path


@pytest.fixture(scope="module")
def store(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(
        StoreSettings(store=tmp_path_factory.mktemp("qa2-store")), embedder=HashingEmbedder()
    )
    report = ingest_paths([folder], opened, IngestSettings())
    assert not report.failed
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def engine(store: Store) -> Engine:
    return Engine(store, strict=True)


def ask(engine: Engine, question: str) -> Answer:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    return answer


def ask_plan(store: Store, plan: QueryPlan) -> Answer:
    answer = Engine(store, planner=fixed_planner(plan), strict=True).answer(plan.question)
    assert check_evidence(answer) == []
    return answer


def lead(answer: Answer) -> str:
    return answer.text.split("\n")[0]


def table_id(store: Store, stem: str) -> str:
    return next(c.id for c in store.cards() if stem in c.source)


def pct(now: float, before: float) -> float:
    return round((now / before - 1) * 100, 1)


# A1: figures that combine values take every operand from the same table (or economy
# and unit); never another economy's imports in another currency.


def test_unnamed_balance_ratio_divides_by_the_same_tables_imports(
    engine: Engine, folder: Path, store: Store
) -> None:
    nz = nz_table(folder)
    year = [nz[f"2024-Q{q}"] for q in range(1, 5)]
    balance = round(sum(v["balance"] for v in year), 1)
    imports = round(sum(v["imports"] for v in year), 1)
    answer = ask(engine, "What was the trade balance in 2024?")
    nz_id = table_id(store, "nz_quarterly")
    assert {f.table_id for f in answer.figures} == {nz_id}
    assert not any(
        "jp_imports" in s or "eu_imports" in s for f in answer.figures for s in f.sources
    )
    ratio = next(f for f in answer.figures if "% of imports" in f.label)
    assert ratio.value == round(abs(balance) / imports * 100, 1)
    assert fmt.percent(ratio.value) in lead(answer)


def test_balance_plan_listing_another_economys_table_first(folder: Path, store: Store) -> None:
    """The plan's table order must not pull imports from another economy's table."""
    nz = nz_table(folder)
    plan = QueryPlan(
        intent="balance",
        question="What was the trade balance in 2024?",
        flow="balance",
        periods=("2024",),
        table_ids=(table_id(store, "jp_imports"), table_id(store, "nz_quarterly")),
    )
    answer = ask_plan(store, plan)
    nz_id = table_id(store, "nz_quarterly")
    assert {f.table_id for f in answer.figures} == {nz_id}
    imports = sum(nz[f"2024-Q{q}"]["imports"] for q in range(1, 5))
    assert any(abs(f.value - round(imports, 1)) < 1e-9 for f in answer.figures)


def test_a_share_never_divides_by_another_economys_total(store: Store) -> None:
    """Exports to China (EU table, no total) over Japan's imports: no figure at all."""
    plan = QueryPlan(
        intent="share",
        question="What share of imports came from China in 2023?",
        flow="imports",
        partners=("China",),
        periods=("2023",),
        table_ids=(table_id(store, "eu_imports"), table_id(store, "jp_imports")),
    )
    answer = ask_plan(store, plan)
    assert not any(f.unit == "%" for f in answer.figures)
    assert not any("jp_imports" in s for f in answer.figures for s in f.sources)


# A2: a dimension the question leaves open is never settled by taking the first row.


def test_imports_without_a_partner_are_not_one_partners_value(engine: Engine, folder: Path) -> None:
    eu = eu_table(folder)
    answer = ask(engine, "What were EU imports in 2020?")
    values = {v for row in eu.values() for v in row.values() if v is not None}
    assert not any(f.value in values for f in answer.figures)
    assert "281" not in lead(answer)  # no partner's figure stated as the total


def test_a_table_without_a_total_row_lists_the_partners_to_choose_from(
    folder: Path, store: Store
) -> None:
    eu = eu_table(folder)
    plan = QueryPlan(
        intent="lookup",
        question="What were EU imports in 2020?",
        flow="imports",
        periods=("2020",),
        reporter="European Union",
        table_ids=(table_id(store, "eu_imports"),),
    )
    answer = ask_plan(store, plan)
    values = {v for row in eu.values() for v in row.values() if v is not None}
    assert not any(f.value in values for f in answer.figures)
    assert all(name in answer.text for name in ("China", "Japan", "Turkey"))
    assert "no total" in answer.text.lower()


def test_growth_without_a_partner_is_not_one_partners_growth(folder: Path, store: Store) -> None:
    eu = eu_table(folder)
    plan = QueryPlan(
        intent="change",
        question="How much did EU imports grow in 2023?",
        flow="imports",
        periods=("2023",),
        basis="yoy",
        reporter="European Union",
        table_ids=(table_id(store, "eu_imports"),),
    )
    answer = ask_plan(store, plan)
    rates = {pct(r[2023], r[2022]) for r in eu.values() if r[2023] and r[2022]}
    assert not any(f.value in rates for f in answer.figures)


# A3: a commodity asked for is named in the first sentence and the figure labels.


def test_change_of_a_commodity_names_it_in_the_lead(engine: Engine, folder: Path) -> None:
    hs = hs_table(folder)
    section = "XVII Vehicles, aircraft, vessels"
    expected = pct(hs[(section, "United States", 2023)], hs[(section, "United States", 2022)])
    answer = ask(engine, "How much did EU exports of vehicles to the United States change in 2023?")
    assert fmt.percent(abs(expected)) in lead(answer)
    assert "Vehicles" in lead(answer)
    assert all("Vehicles" in f.label for f in answer.figures)


@pytest.mark.parametrize(
    ("intent", "partners", "extra"),
    [
        ("lookup", ("China",), {}),
        ("change", ("China",), {"basis": "yoy"}),
        ("compare", ("China", "United States"), {}),
        ("rank", (), {"top_n": 2}),
        ("trend", ("China",), {}),
    ],
)
def test_every_intent_names_the_commodity_filter(
    store: Store, intent: str, partners: tuple[str, ...], extra: dict[str, object]
) -> None:
    section = "XVII Vehicles, aircraft, vessels"
    plan = QueryPlan(
        intent=intent,  # type: ignore[arg-type]
        question=f"EU exports of vehicles ({intent}) in 2023",
        flow="exports",
        partners=partners,
        filters=(("hs_section", section),),
        periods=("2022", "2023") if intent == "trend" else ("2023",),
        table_ids=(table_id(store, "eu_exports_hs"),),
        **extra,  # type: ignore[arg-type]
    )
    answer = ask_plan(store, plan)
    assert answer.figures, answer.text
    assert "Vehicles" in lead(answer)


# A4: a balance (or a series at or below zero) changes by an amount, not a percentage.


def test_balance_trend_reports_the_absolute_change(engine: Engine, folder: Path) -> None:
    nz = nz_table(folder)
    first, last = nz["2023-Q1"]["balance"], nz["2025-Q2"]["balance"]
    answer = ask(engine, "How did the balance trend from 2023 to 2025?")
    assert not any(f.unit == "%" for f in answer.figures)
    moved = round(last - first, 1)
    assert any(abs(f.value - moved) < 1e-9 for f in answer.figures)
    assert fmt.number(abs(moved), 1) in lead(answer)
    assert fmt.percent(abs(pct(last, first))) not in answer.text


def test_balance_between_two_positive_quarters_is_an_amount(folder: Path, store: Store) -> None:
    nz = nz_table(folder)
    plan = QueryPlan(
        intent="change",
        question="How did the trade balance change between Q3 2024 and Q4 2024?",
        flow="balance",
        periods=("2024-Q3", "2024-Q4"),
        basis="between",
        table_ids=(table_id(store, "nz_quarterly"),),
    )
    answer = ask_plan(store, plan)
    moved = round(nz["2024-Q4"]["balance"] - nz["2024-Q3"]["balance"], 1)
    assert not any(f.unit == "%" for f in answer.figures)
    assert any(abs(f.value - moved) < 1e-9 for f in answer.figures)


# D2: a place no table knows is never answered with the total.


def test_unmatched_place_with_a_commodity_filter_gets_no_figure(store: Store) -> None:
    plan = QueryPlan(
        intent="lookup",
        question="What were EU exports of vehicles to Narnia in 2023?",
        flow="exports",
        filters=(("hs_section", "XVII Vehicles, aircraft, vessels"),),
        periods=("2023",),
        unmatched=("Narnia",),
    )
    answer = ask_plan(store, plan)
    assert not answer.figures
    assert "Narnia" in lead(answer)


def test_unmatched_place_gets_no_figure(store: Store) -> None:
    plan = QueryPlan(
        intent="lookup",
        question="What were exports to Narnia in 2025?",
        flow="exports",
        periods=("2025",),
        unmatched=("Narnia",),
    )
    answer = ask_plan(store, plan)
    assert not answer.figures
    assert "Narnia" in lead(answer)


@pytest.mark.parametrize(
    "question",
    ["What were exports to Narnia in 2025?", "What were EU exports of vehicles to Narnia in 2023?"],
)
def test_narnia_is_not_answered_with_the_total(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.plan is not None
    assert "Narnia" in answer.plan.unmatched
    assert not answer.figures
    assert "Narnia" in lead(answer)


# F: signs before the currency; one mark per value.


def test_negative_amounts_put_the_sign_before_the_currency() -> None:
    assert fmt.display(-3.6, "NZ$ bn", 1) == "-NZ$ 3.6 bn"
    assert fmt.display(-27.3, "HK$ bn", 1) == "-HK$ 27.3 bn"
    assert fmt.display(10.1, "HK$ bn", 1) == "HK$ 10.1 bn"
    assert fmt.display(-1234.5, "EUR million", 1) == "-EUR 1,234.5 million"
    assert fmt.display(-3.6, "million", 1) == "-3.6 million"
    assert fmt.unsigned("-HK$ 27.3 bn") == "HK$ 27.3 bn"
    assert fmt.unsigned("HK$ -38.1 bn") == "HK$ 38.1 bn"


def test_answers_never_write_a_minus_after_the_currency(engine: Engine) -> None:
    answer = ask(engine, "How did the balance trend from 2023 to 2025?")
    assert not re.search(r"\$ -\d", answer.text)
    assert re.search(r"-[A-Z]{0,3}\$ \d", answer.text)  # Q3 2023 was a deficit


def test_an_estimated_balance_is_marked_once(engine: Engine, folder: Path) -> None:
    nz = nz_table(folder)
    answer = ask(engine, "What was New Zealand's trade balance in Q2 2025?")
    first = lead(answer)
    assert fmt.number(nz["2025-Q2"]["balance"], 1) in first
    assert not re.search(r"\) \((?:estimated|based on)", first)
    assert "estimated" in first


# A2 when ingestion does not know the column holds partners (a ``geo\time`` column read
# as an "other" dimension): several rows per year, none a total.

GEO = {"CN": (281724.5, 402910.9), "US": (337706.5, 286433.8), "KR": (73681.0, 86369.8)}


@pytest.fixture(scope="module")
def geo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    import pandas as pd

    from tests.bot.tables import Built, table_record
    from vectorstore import Dimension, Measure, TableCard

    rows = [
        {"period": str(y), "measure": "imports", "geo_time": code, "value": v, "row": 3 + i}
        for i, (code, values) in enumerate(GEO.items())
        for y, v in zip((2020, 2023), values, strict=True)
    ]
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("float64")
    card = TableCard(
        id="eu-geo-imports",
        title="EU27 imports of goods by partner (EUR million)",
        source="tables/eu_geo_imports.csv",
        measures=(Measure("imports", "Imports", "EUR million", "level", 1e6, "imports"),),
        dimensions=(Dimension("geo_time", "other", tuple(GEO)),),
        periods=("2020", "2023"),
        frequency="year",
        rows=len(rows),
    )
    opened = open_store(
        StoreSettings(store=tmp_path_factory.mktemp("geo-store")), embedder=HashingEmbedder()
    )
    built = Built(card, frame)
    opened.put_source(table_record(built), [], [(card, frame)])
    yield opened
    opened.close()


@pytest.mark.parametrize("intent", ["lookup", "change", "trend", "aggregate"])
def test_an_open_dimension_without_a_total_is_never_settled_by_the_first_row(
    geo_store: Store, intent: str
) -> None:
    plan = QueryPlan(
        intent=intent,  # type: ignore[arg-type]
        question="What were EU imports in 2023?",
        flow="imports",
        periods=("2020", "2023") if intent in {"trend", "aggregate"} else ("2023",),
        basis="yoy" if intent == "change" else None,
        table_ids=("eu-geo-imports",),
    )
    answer = ask_plan(geo_store, plan)
    values = {v for pair in GEO.values() for v in pair}
    assert not answer.figures, answer.text
    assert not any(fmt.number(v, 1) in answer.text for v in values)
    if intent == "lookup":
        assert "no total row" in answer.text
        assert all(code in answer.text for code in GEO)


def test_two_flows_are_compared_within_one_economy(folder: Path, store: Store) -> None:
    """Exports beside imports: both from New Zealand's table, never Japan's imports."""
    nz = nz_table(folder)
    plan = QueryPlan(
        intent="compare",
        question="Compare exports and imports in 2024",
        flow="exports",
        flows=("exports", "imports"),
        periods=("2024",),
        table_ids=(table_id(store, "jp_imports"), table_id(store, "nz_quarterly")),
    )
    answer = ask_plan(store, plan)
    assert {f.table_id for f in answer.figures} == {table_id(store, "nz_quarterly")}
    year = [nz[f"2024-Q{q}"] for q in range(1, 5)]
    moved = round(sum(v["exports"] for v in year) - sum(v["imports"] for v in year), 1)
    diff = next(f for f in answer.figures if f.label.startswith("Difference"))
    assert abs(diff.value - moved) < 1e-9


def test_a_level_at_or_below_zero_changes_by_an_amount(folder: Path, store: Store) -> None:
    nz = nz_table(folder)
    plan = QueryPlan(
        intent="compare",
        question="Compare the trade balance in Q4 2023 and Q1 2024",
        flow="balance",
        periods=("2023-Q4", "2024-Q1"),
        table_ids=(table_id(store, "nz_quarterly"),),
    )
    answer = ask_plan(store, plan)
    moved = round(nz["2024-Q1"]["balance"] - nz["2023-Q4"]["balance"], 1)
    assert not any(f.unit == "%" for f in answer.figures)
    assert any(abs(f.value - moved) < 1e-9 for f in answer.figures)
    assert fmt.display(moved, answer.figures[0].unit, 1) in answer.text


def _put(store: Store, card_id: str, title: str, measure: object, values: dict[str, float]) -> str:
    import pandas as pd

    from tests.bot.tables import Built, table_record
    from vectorstore import Measure, TableCard

    assert isinstance(measure, Measure)
    rows = [
        {"period": p, "measure": measure.name, "value": v, "row": 3 + i}
        for i, (p, v) in enumerate(values.items())
    ]
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("float64")
    card = TableCard(
        id=card_id,
        title=title,
        source=f"tables/{card_id}.csv",
        measures=(measure,),
        dimensions=(),
        periods=tuple(values),
        frequency="year",
        rows=len(rows),
    )
    store.put_source(table_record(Built(card, frame)), [], [(card, frame)])
    return card_id


def test_a_published_rate_is_checked_only_against_its_own_economys_levels(
    tmp_path: Path,
) -> None:
    from vectorstore import Measure

    opened = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    try:
        rate = Measure("exports_yoy", "Exports, change", "%", "change_pct", None, "exports", "yoy")
        level = Measure("exports", "Exports", "JPY bn", "level", 1e9, "exports")
        nz = _put(
            opened, "nz-rates", "New Zealand: exports, annual change (%)", rate, {"2024": 5.0}
        )
        jp = _put(
            opened,
            "jp-levels",
            "Japan: exports of goods (JPY bn)",
            level,
            {"2023": 100.0, "2024": 150.0},
        )
        plan = QueryPlan(
            intent="change",
            question="How much did exports grow in 2024?",
            flow="exports",
            periods=("2024",),
            basis="yoy",
            table_ids=(nz, jp),
        )
        answer = ask_plan(opened, plan)
        assert fmt.percent(5.0) in lead(answer)
        assert not any(abs(f.value - pct(150.0, 100.0)) < 1e-9 for f in answer.figures)
        assert not any(f.flag for f in answer.figures)
    finally:
        opened.close()


def test_a_ranking_never_takes_the_first_of_several_rows_per_partner(tmp_path: Path) -> None:
    """Partners by an open 'series' column (two rows each, no total): no ranking figure."""
    import pandas as pd

    from tests.bot.tables import Built, table_record
    from vectorstore import Dimension, Measure, TableCard

    values = {("China", "A"): 50.0, ("China", "B"): 5.0, ("Japan", "A"): 10.0, ("Japan", "B"): 40.0}
    values |= {("Korea", "A"): 30.0, ("Korea", "B"): 1.0}
    rows = [
        {"period": "2024", "measure": "exports", "partner": p, "series": k, "value": v, "row": i}
        for i, ((p, k), v) in enumerate(values.items(), start=3)
    ]
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("float64")
    card = TableCard(
        id="two-series",
        title="Exports by partner, two series (EUR million)",
        source="tables/two_series.csv",
        measures=(Measure("exports", "Exports", "EUR million", "level", 1e6, "exports"),),
        dimensions=(
            Dimension("partner", "partner", ("China", "Japan", "Korea")),
            Dimension("series", "other", ("A", "B")),
        ),
        periods=("2024",),
        frequency="year",
        rows=len(rows),
    )
    opened = open_store(StoreSettings(store=tmp_path / "s"), embedder=HashingEmbedder())
    try:
        opened.put_source(table_record(Built(card, frame)), [], [(card, frame)])
        plan = QueryPlan(
            intent="rank",
            question="Which were the largest export markets in 2024?",
            flow="exports",
            periods=("2024",),
            table_ids=("two-series",),
        )
        answer = ask_plan(opened, plan)
        assert not answer.figures, answer.text
    finally:
        opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Is the NZ$9.3 billion surplus in Q2 2025 an estimate?",
        "Is it true that New Zealand's balance swung to a surplus of NZ$9.3 billion in Q2 2025?",
    ],
)
def test_a_claim_in_nz_dollars_is_checked_against_the_nz_table(
    engine: Engine, folder: Path, question: str
) -> None:
    nz = nz_table(folder)
    answer = ask(engine, question)
    assert "agrees" in lead(answer)
    assert any(abs(f.value - nz["2025-Q2"]["balance"]) < 1e-9 for f in answer.figures)
    assert "estimated" in lead(answer)


def test_a_bare_dollar_claim_takes_the_currency_it_writes(store: Store, folder: Path) -> None:
    from bot.records import Claim

    nz = nz_table(folder)
    plan = QueryPlan(
        intent="claim",
        question="Is the NZ$9.3 billion surplus in Q2 2025 right?",
        flow="balance",
        measure_kind="level",
        periods=("2025-Q2",),
        claim=Claim(9.3, "$ bn", "the NZ$9.3 billion surplus in Q2 2025"),
        table_ids=(table_id(store, "nz_quarterly"),),
    )
    answer = ask_plan(store, plan)
    assert "agrees" in lead(answer)
    assert any(abs(f.value - nz["2025-Q2"]["balance"]) < 1e-9 for f in answer.figures)

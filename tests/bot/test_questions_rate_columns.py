"""Rates printed beside levels: a change column under a flow's group header, a rate row
under a total whose base year is not in the table, and small changes that must not read
as "unchanged". The tables are written by the test; expectations come from the same text
read with the csv module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from bot import Engine, check_evidence
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

# a flow's group header over its years and a change column ("Exports" spans three cells)
BY_GROUP = """Foreign trade by country group and country, 2024 and 2025
EUR million
Country group / country,Exports,,,Imports,,
,2024,2025 (p),Change on previous year in %,2024,2025 (p),Change on previous year in %
Total,1562710,1548905,-0.9,1323540,1341226,1.3
EU member states (EU-27),848210,846731,-0.2,705330,716902,1.6
Third countries (non-EU),714500,702174,-1.7,618210,624324,1.0
Poland,94120,97865,4.0,82310,86447,5.0
United States of America,161360,152418,-5.5,94700,98115,3.6
(p) provisional.
"""
# a rate row under the total: the first year's change is on a year the table lacks
BY_YEAR = """Goods exports by major market, calendar years
(A$ million)
Market,2020,2021,2022
China,"145,320","178,904","177,212"
Japan,"39,880","55,420","98,760"
Total,"321,480","412,760","548,930"
% change,-4.9,28.4,33.0
"""
MONTHLY = """Exports and imports by month (US$ thousand)
Month,Exports,Imports
2025-03,23412870,30110000
2026-03,23418090,30020000
"""


def _row(text: str, label: str, skip: int) -> list[str]:
    return next(r for r in list(csv.reader(io.StringIO(text)))[skip:] if r and r[0] == label)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("rates")
    files = root / "files"
    files.mkdir()
    (files / "trade_by_country_group.csv").write_text(BY_GROUP, encoding="utf-8")
    (files / "exports_by_market.csv").write_text(BY_YEAR, encoding="utf-8")
    (files / "monthly_trade.csv").write_text(MONTHLY, encoding="utf-8")
    store: Store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([files], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


def test_a_change_column_under_a_group_header_is_that_flows_rate(engine: Engine) -> None:
    card = next(c for c in engine.store.cards() if "country_group" in c.source)
    assert card.periods == ("2024", "2025")
    answer = engine.answer("What were exports to Poland in 2025?")
    assert answer.figures[0].value == float(_row(BY_GROUP, "Poland", 4)[2])
    answer = engine.answer(
        "What was the change on the previous year, in per cent, of imports from "
        "EU member states (EU-27) in 2025?"
    )
    assert check_evidence(answer) == []
    assert answer.figures[0].value == float(_row(BY_GROUP, "EU member states (EU-27)", 4)[6])


def test_a_groups_plain_name_matches_its_qualified_label(engine: Engine) -> None:
    answer = engine.answer("What were exports to non-EU countries in 2025?")
    assert answer.figures[0].value == float(_row(BY_GROUP, "Third countries (non-EU)", 4)[2])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("fell by more than 5%", "supported"), ("fell by less than 5%", "contradicted")],
)
def test_a_bound_on_a_fall_is_on_its_size(engine: Engine, claim: str, verdict: str) -> None:
    rate = float(_row(BY_GROUP, "United States of America", 4)[3])
    assert rate < -5
    answer = engine.answer(f"Is it true that exports to the United States {claim} in 2025?")
    assert answer.verdict == verdict


def test_a_change_on_a_year_the_table_lacks_is_its_published_rate(engine: Engine) -> None:
    answer = engine.answer(
        "By how much did total exports change in 2020 compared with 2019, in per cent?"
    )
    assert check_evidence(answer) == []
    assert answer.figures[0].value == float(_row(BY_YEAR, "% change", 2)[1])


def test_a_small_change_is_not_unchanged(engine: Engine) -> None:
    now, before = (float(_row(MONTHLY, m, 1)[1]) for m in ("2026-03", "2025-03"))
    expected = (now / before - 1) * 100
    assert 0 < expected < 0.05
    answer = engine.answer("What was the year-on-year change in exports in March 2026?")
    lead = answer.text.split("\n\n")[0]
    assert "unchanged" not in lead
    assert answer.figures[0].value == pytest.approx(expected, abs=0.005)
    assert answer.figures[0].display == f"{expected:.2f}%"

"""QA round 3: claims with no period, partners written as ISO codes, currencies before the
number, the coverage named when data is missing, and the question length limit.

The tables are modelled on a Eurostat ``geo`` extract (partners as ISO codes, EUR million,
2019 to 2024, one year without India) and a Malaysian monthly destination table (RM million,
January 2024 to June 2025). Expected values are computed here from the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from bot import Engine, check_evidence
from bot import formatting as fmt
from bot.context import coverage
from bot.errors import BotError
from bot.settings import BotSettings
from vectorstore import (
    Dimension,
    HashingEmbedder,
    Measure,
    SourceRecord,
    Store,
    StoreSettings,
    TableCard,
    open_store,
)
from vectorstore.periods import label

YEARS = ("2019", "2020", "2021", "2022", "2023", "2024")
# partner code -> imports per year (EUR million); None where the table has no value
EU = {
    "KR": (45_000.0, 44_100.0, 52_300.0, 58_800.0, 61_200.0, 64_500.0),
    "IN": (40_000.0, 35_500.0, 46_100.0, 55_000.0, 65_300.0, None),
    "US": (190_000.0, 200_100.0, 232_000.0, 358_500.0, 346_800.0, 333_400.0),
}
MONTHS = tuple(f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13))[:18]
MY = {"Japan": 6_100.0, "Singapore": 14_281.6}  # January 2024; later months add 10.5 each


def _my(partner: str, i: int) -> float:
    return MY[partner] + 10.5 * i


def _record(card: TableCard) -> SourceRecord:
    return SourceRecord(
        id=f"src-{card.id}",
        path=card.source,
        sha256=f"sha-{card.id}",
        kind="table",
        title=card.title,
        ingested_at="2026-11-25T08:00:00+00:00",
        tables=(card.id,),
    )


def _eu() -> tuple[TableCard, pd.DataFrame]:
    rows = [
        {"period": y, "measure": "imports", "value": v, "geo": code, "row": 2 + n}
        for n, (code, y, v) in enumerate(
            (c, y, v) for c, vs in EU.items() for y, v in zip(YEARS, vs, strict=True)
        )
        if v is not None
    ]
    card = TableCard(
        id="eu-imports",
        title="EU27 imports of goods by partner (EUR million)",
        source="eu_imports_partner_annual_eurostat.csv",
        measures=(Measure("imports", "Imports", "EUR million", "level", 1e6, "imports"),),
        dimensions=(Dimension("geo", "partner", tuple(EU)),),
        periods=YEARS,
        frequency="annual",
        rows=len(rows),
    )
    return card, _frame(rows)


def _malaysia() -> tuple[TableCard, pd.DataFrame]:
    rows = [
        {"period": p, "measure": "exports", "value": _my(who, i), "destination": who, "row": 0}
        for i, p in enumerate(MONTHS)
        for who in MY
    ]
    for n, row in enumerate(rows, start=4):
        row["row"] = n
    card = TableCard(
        id="my-exports",
        title="Malaysia: Exports by main destination",
        source="my_exports_destination_monthly.xlsx",
        measures=(Measure("exports", "Exports", "RM million", "level", 1e6, "exports"),),
        dimensions=(Dimension("destination", "partner", tuple(MY)),),
        periods=MONTHS,
        frequency="monthly",
        rows=len(rows),
    )
    return card, _frame(rows)


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype("float64")
    frame["row"] = frame["row"].astype("int64")
    return frame


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("qa3")
    opened = open_store(StoreSettings(store=path), embedder=HashingEmbedder())
    for card, frame in (_eu(), _malaysia()):
        opened.put_source(_record(card), [], [(card, frame)])
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def engine(store: Store) -> Engine:
    return Engine(store, strict=True)


def _rate(now: float, then: float) -> float:
    return fmt.round_half_up((now / then - 1) * 100, 1)


def _years_with(code: str) -> list[str]:
    return [y for y, v in zip(YEARS, EU[code], strict=True) if v is not None]


# 1. A claim that names no period is checked against the latest period with a figure.


def test_claimed_rate_with_no_period_is_recomputed_at_the_latest_period(engine: Engine) -> None:
    years = _years_with("IN")  # India has no 2024 value: 2023 vs 2022 is the latest pair
    now, then = EU["IN"][YEARS.index(years[-1])], EU["IN"][YEARS.index(years[-2])]
    expected = _rate(now or 0.0, then or 0.0)
    answer = engine.answer("Is the 52.3% figure for imports from India right?")
    lead = answer.text.split("\n")[0]
    assert answer.plan is not None
    assert answer.plan.periods == ()
    assert "does not support" in lead
    assert f"{expected}%" in lead
    assert "52.3%" in lead
    assert f"latest period the table has a figure for: {years[-1]}" in lead
    assert answer.figures[0].value == expected
    assert answer.figures[0].period == years[-1]
    assert check_evidence(answer) == []


def test_claimed_rate_that_matches_the_latest_period_agrees(engine: Engine) -> None:
    expected = _rate(EU["IN"][4] or 0.0, EU["IN"][3] or 0.0)
    answer = engine.answer(f"Is the {expected}% figure for imports from India right?")
    assert answer.text.startswith("The table agrees with the claim")
    assert "names no period" in answer.text


def test_claimed_level_with_no_period_is_checked_against_the_latest_value(engine: Engine) -> None:
    latest = EU["KR"][-1] or 0.0
    claimed = fmt.round_half_up(latest / 1000, 1) + 1.0  # off by a billion
    answer = engine.answer(f"Is it true that imports from KR were EUR {claimed} billion?")
    lead = answer.text.split("\n")[0]
    assert "does not support" in lead
    assert f"latest period the table has a figure for: {YEARS[-1]}" in lead
    assert answer.figures[0].value == latest
    assert answer.figures[0].period == YEARS[-1]
    assert check_evidence(answer) == []


# 2. Partners written as ISO codes read as names; figures keep the value as written.


def test_iso_code_partner_reads_as_a_name(engine: Engine) -> None:
    answer = engine.answer("What were imports from South Korea in 2023?")
    assert answer.text.startswith("Imports from South Korea (KR) were")
    fig = answer.figures[0]
    assert fig.value == EU["KR"][YEARS.index("2023")]
    assert "KR" in fig.names
    assert "South Korea" not in fig.names
    assert fig.sources[0].startswith("eu_imports_partner_annual_eurostat.csv row ")
    assert check_evidence(answer) == []


def test_ranked_iso_codes_read_as_names(engine: Engine) -> None:
    answer = engine.answer("Which partners had the largest imports in 2023?")
    at = YEARS.index("2023")
    order = sorted(EU, key=lambda code: -(EU[code][at] or 0.0))
    assert [f.value for f in answer.figures] == [EU[code][at] for code in order]
    assert "- India (IN): EUR 65,300 million" in answer.text
    assert "- South Korea (KR): EUR 61,200 million" in answer.text
    assert check_evidence(answer) == []


# 3. The currency goes before the number, however the table writes the unit.


@pytest.mark.parametrize(
    ("unit", "shown"),
    [
        ("RM million", "RM 14,281.6 million"),
        ("RM\u00a0million", "RM 14,281.6 million"),
        ("million RM", "RM 14,281.6 million"),
        ("(RM million)", "RM 14,281.6 million"),
        ("Value (RM million)", "RM 14,281.6 million"),
        ("RM (million)", "RM 14,281.6 million"),
        ("RM'000", "RM 14,281.6 thousand"),
        ("NZ$ bn", "NZ$ 14,281.6 bn"),
        ("S$ million", "S$ 14,281.6 million"),
        ("EUR million", "EUR 14,281.6 million"),
        ("million EUR", "EUR 14,281.6 million"),
        ("€ million", "€ 14,281.6 million"),
        ("€bn", "€ 14,281.6 bn"),
        ("£ bn", "£ 14,281.6 bn"),
        ("£m", "£ 14,281.6 million"),
        ("¥ bn", "¥ 14,281.6 bn"),
        ("CNY million", "CNY 14,281.6 million"),
        ("INR crore", "INR 14,281.6 crore"),
        ("HK$ bn", "HK$ 14,281.6 bn"),
        ("RMB bn", "RMB 14,281.6 bn"),
        ("KGM", "14,281.6 KGM"),
        ("tonnes", "14,281.6 tonnes"),
        ("RM million (provisional)", "RM 14,281.6 million (provisional)"),
    ],
)
def test_currency_comes_before_the_number(unit: str, shown: str) -> None:
    assert fmt.display(14281.6, unit, 1) == shown
    assert fmt.display(-3.5, unit, 1) == "-" + shown.replace("14,281.6", "3.5")


def test_ringgit_answer_puts_rm_first(engine: Engine) -> None:
    answer = engine.answer("What were Malaysia's exports to Singapore in January 2024?")
    shown = f"RM {fmt.number(_my('Singapore', 0), 1)} million"
    assert shown == "RM 14,281.6 million"
    assert shown in answer.text.split("\n")[0]
    assert "RM million" not in answer.text


# 4. What the tables have instead: the real coverage and the nearest periods.


def test_missing_year_names_the_coverage_and_the_nearest(engine: Engine) -> None:
    answer = engine.answer("What were EU imports from India in 2024?")
    years = _years_with("IN")
    there = next(line for line in answer.text.split("\n") if line.startswith("- Figures on"))
    assert f"{years[0]} to {years[-1]}" in there
    assert f"nearest: {years[-2]} and {years[-1]}" in there
    assert "2021, 2022 and 2023" not in there
    assert answer.figures == ()
    assert check_evidence(answer) == []


def test_missing_month_names_the_monthly_coverage(engine: Engine) -> None:
    answer = engine.answer("What were Malaysia's exports to Singapore in July 2025?")
    there = next(line for line in answer.text.split("\n") if line.startswith("- Figures on"))
    assert f"{label(MONTHS[0])} to {label(MONTHS[-1])}" in there
    assert f"{label(MONTHS[-1])})." in there
    assert "April 2025, May 2025" not in there
    assert answer.figures == ()
    assert check_evidence(answer) == []


@pytest.mark.parametrize(
    ("periods", "target", "expected"),
    [
        (["2019", "2020", "2022", "2023"], "2024", "2019 to 2023, none for 2021"),
        (["2019", "2020", "2022", "2023"], "2021", "2019 to 2023"),
        (
            ["2024-01", "2024-02", "2024-04"],
            "2024-05",
            "January 2024 to April 2024, none for March 2024",
        ),
        (["2024-Q1", "2024-Q2", "2024-03"], "2024-Q4", "Q1 2024 to Q2 2024"),
        (["2023"], "2024", "2023"),
        ([], "2024", ""),
    ],
)
def test_coverage(periods: list[str], target: str, expected: str) -> None:
    assert coverage(periods, target) == expected


# 5. The question length limit is a setting (the web API takes 4,000 characters).


def test_long_questions_up_to_the_limit_are_answered(store: Store) -> None:
    engine = Engine(store, strict=True)
    question = "What were imports from South Korea in 2023? " + "Please be precise. " * 200
    assert 2000 < len(question.strip()) <= BotSettings().max_question_chars == 4000
    answer = engine.answer(question)
    assert answer.figures[0].value == EU["KR"][YEARS.index("2023")]
    with pytest.raises(BotError, match="4,000"):
        engine.answer("x" * 4001)


def test_question_limit_comes_from_the_settings(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEBOT_MAX_QUESTION_CHARS", "50")
    settings = BotSettings()
    assert settings.max_question_chars == 50
    engine = Engine(store, settings, strict=True)
    with pytest.raises(BotError, match="50 characters"):
        engine.answer("What were imports from South Korea in 2023? Thanks a lot!")
    assert BotSettings.model_fields["max_question_chars"].description

"""QA round 3 (report sections A1, B1, B3, D1, D3) over the bundled sample tables.

Each question goes through the real planner and engine (strict: an untraced number
raises). Expected values come from the CSV read with the csv module (`samples_data`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot import Answer, Conversation, Engine
from bot.records import QueryPlan
from ingest import IngestSettings, ingest_paths
from tests.bot import samples_data as data
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

_HEADLINES = data.TABLES / "hk_monthly_trade_headlines_2023-12_to_2026-05.csv"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    where: Path = tmp_path_factory.mktemp("qa3r")
    store: Store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    report = ingest_paths([data.TABLES], store, IngestSettings())
    assert not report.failed
    yield Engine(store, strict=True)
    store.close()


def _lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\.?\d*", text)]


def _cell(period: str, column: str) -> str:
    with _HEADLINES.open(newline="", encoding="utf-8") as handle:
        return next(row[column] for row in csv.DictReader(handle) if row["period"] == period)


@pytest.mark.parametrize(
    "question",
    [
        "What was the seasonally adjusted change in exports in December 2025?",
        "What was the SA change in exports in December 2025?",
        "Exports, s.a., change in December 2025?",
        "How did exports change in December 2025, adjusted for seasonality?",
    ],
)
def test_seasonally_adjusted_change_is_the_published_sa_figure(
    engine: Engine, question: str
) -> None:
    expected = data.headline("2025-12", "sa_exports_change_pct")
    unadjusted = data.headline("2025-12", "total_exports_yoy_pct")
    assert expected is not None
    assert unadjusted is not None
    answer = engine.answer(question)
    assert answer.plan is not None
    assert answer.plan.adjustment == "sa"
    assert answer.figures[0].value == pytest.approx(expected), answer.text
    lead = _lead(answer)
    assert abs(expected) in _numbers(lead), lead
    assert _cell("2025-12", "sa_change_basis") in lead  # the row's own basis words
    assert "seasonally adjusted" in lead
    assert unadjusted not in [f.value for f in answer.figures], answer.text


def test_sa_change_of_imports_for_another_month(engine: Engine) -> None:
    expected = data.headline("2024-08", "sa_imports_change_pct")
    assert expected is not None
    answer = engine.answer("What was the seasonally adjusted change in imports in August 2024?")
    assert answer.figures[0].value == pytest.approx(expected), answer.text
    assert _cell("2024-08", "sa_change_basis") in _lead(answer)


def test_questions_without_adjustment_never_get_an_sa_figure(engine: Engine) -> None:
    expected = data.headline("2025-12", "total_exports_yoy_pct")
    answer = engine.answer("What was the change in exports in December 2025?")
    assert answer.plan is not None
    assert answer.plan.adjustment is None
    assert answer.figures[0].value == pytest.approx(expected), answer.text
    assert "seasonally" not in answer.text.lower()
    assert all("sa_" not in source for f in answer.figures for source in f.sources)


def test_no_sa_measure_says_so_and_states_no_number(
    ask: Callable[[QueryPlan], Answer],
) -> None:
    plan = QueryPlan(
        intent="change",
        question="What was the seasonally adjusted change in exports in March 2025?",
        flow="exports",
        measure_kind="change_pct",
        periods=("2025-03",),
        adjustment="sa",
    )
    answer = ask(plan)
    assert not answer.figures, answer.text
    lead = _lead(answer)
    assert "no seasonally adjusted figure" in lead
    assert not _numbers(lead), lead  # not the unadjusted rate (quotes below may have numbers)


def test_sa_words_are_read_by_the_planner(engine: Engine) -> None:
    plain = engine.answer("What was the change in exports in December 2025? Say it.")
    assert plain.plan is not None
    assert plain.plan.adjustment is None
    assert QueryPlan.from_dict(plain.plan.to_dict()) == plain.plan


def test_compare_growth_in_two_periods_compares_the_published_rates(engine: Engine) -> None:
    first = data.headline("2024-01", "total_exports_yoy_pct")
    last = data.headline("2026-01", "total_exports_yoy_pct")
    assert first is not None
    assert last is not None
    answer = engine.answer("Compare export growth in January 2024 and January 2026")
    values = [f.value for f in answer.figures]
    assert first in values, answer.text
    assert last in values, answer.text
    assert data.round_half_up(last - first, 1) in values, answer.text
    lead = _lead(answer)
    assert first in _numbers(lead), lead
    assert last in _numbers(lead), lead


def test_balance_follow_ups_keep_the_balance(engine: Engine) -> None:
    conversation = Conversation()
    engine.answer("What was the trade balance in August 2025?", conversation)
    share = engine.answer("And as a share of imports?", conversation)
    expected = data.headline("2025-08", "balance_pct_of_imports")
    assert expected is not None
    assert share.plan is not None
    assert share.plan.intent == "balance"
    assert expected in _numbers(_lead(share)), share.text
    assert "of imports" in _lead(share)
    earlier = engine.answer("And a year earlier?", conversation)
    balance = data.headline("2024-08", "visible_trade_balance_hkd_bn")
    ratio = data.headline("2024-08", "balance_pct_of_imports")
    assert balance is not None
    assert ratio is not None
    assert earlier.plan is not None
    assert earlier.plan.periods == ("2024-08",)
    assert balance in [f.value for f in earlier.figures], earlier.text
    assert abs(balance) in _numbers(_lead(earlier))
    assert ratio in _numbers(_lead(earlier))


@pytest.mark.parametrize(
    "question",
    [
        "'; DROP TABLE trades; -- What were exports in January 2026?",
        "UPDATE trades SET value = 0; What were exports in January 2026?",
        "What were exports in January 2026? DROP",
    ],
)
def test_sql_like_text_does_not_read_as_a_fall(engine: Engine, question: str) -> None:
    expected = data.headline("2026-01", "total_exports_hkd_bn")
    answer = engine.answer(question)
    assert answer.plan is not None
    assert answer.plan.intent == "lookup", answer.plan
    assert answer.figures[0].value == pytest.approx(expected), answer.text
    assert expected in _numbers(_lead(answer))


def test_lowercase_drop_still_reads_as_a_fall(engine: Engine) -> None:
    answer = engine.answer("How much did exports drop in January 2025?")
    assert answer.plan is not None
    assert answer.plan.intent == "change"


@pytest.mark.parametrize(
    ("question", "row", "column"),
    [
        ("What was the seasonally adjusted change in exports in Q4 2025?", "2025-12", "exports"),
        (
            "What was the seasonally adjusted change in exports in the fourth quarter of 2025?",
            "2025-12",
            "exports",
        ),
        (
            "What was the seasonally adjusted change in imports in the three months to "
            "August 2024?",
            "2024-08",
            "imports",
        ),
    ],
)
def test_sa_change_of_a_quarter_is_read_from_its_last_month_row(
    engine: Engine, question: str, row: str, column: str
) -> None:
    expected = data.headline(row, f"sa_{column}_change_pct")
    assert expected is not None
    answer = engine.answer(question)
    assert answer.figures, answer.text
    assert answer.figures[0].value == pytest.approx(expected), answer.text
    assert _cell(row, "sa_change_basis") in _lead(answer)


def test_sa_change_of_a_quarter_without_an_sa_row_is_not_answered(engine: Engine) -> None:
    assert not _cell("2024-12", "sa_change_basis")
    answer = engine.answer("What was the seasonally adjusted change in exports in Q4 2024?")
    assert not answer.figures, answer.text
    assert "seasonally adjusted" in _lead(answer)

"""Provisional, revised and estimated values (a table's ``flag`` attribute column).

A figure read from a marked row says so beside its value and in its formula; a figure
computed from marked rows says it is based on them. Expectations from the raw rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot import Answer, Engine, check_evidence
from bot.marks import annotated, read_flag
from bot.records import Figure, QueryPlan
from bot.settings import BotSettings
from tests.bot.conftest import fixed_planner
from tests.bot.samples_data import round_half_up
from vectorstore import (
    HashingEmbedder,
    Measure,
    SourceRecord,
    Store,
    StoreSettings,
    TableCard,
    open_store,
)

# period: (exports HK$ bn, flag)
ROWS = {
    "2024-01": (300.0, ""),
    "2024-02": (280.0, ""),
    "2024-03": (310.0, "r"),
    "2025-01": (320.0, ""),
    "2025-02": (290.0, "e"),
    "2025-03": (355.5, "p"),
}


def _built() -> tuple[TableCard, pd.DataFrame]:
    frame = pd.DataFrame(
        [
            {"period": p, "measure": "exports", "value": v, "flag": f, "row": i}
            for i, (p, (v, f)) in enumerate(ROWS.items(), start=2)
        ]
    )
    frame["value"] = frame["value"].astype("float64")
    frame["row"] = frame["row"].astype("int64")
    card = TableCard(
        id="marked",
        title="Monthly exports",
        source="tables/marked.csv",
        measures=(Measure("exports", "Total exports", "HK$ bn", "level", 1e9, "exports"),),
        dimensions=(),
        periods=tuple(ROWS),
        frequency="monthly",
        rows=len(ROWS),
        attributes=("flag",),
    )
    return card, frame


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    where: Path = tmp_path_factory.mktemp("marked")
    opened = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    card, frame = _built()
    record = SourceRecord(
        id="src-marked",
        path=card.source,
        sha256="sha-marked",
        kind="table",
        title=card.title,
        ingested_at="2026-11-25T08:00:00+00:00",
        tables=(card.id,),
    )
    opened.put_source(record, [], [(card, frame)])
    yield opened
    opened.close()


def ask(store: Store, plan: QueryPlan) -> Answer:
    answer = Engine(store, planner=fixed_planner(plan), strict=True).answer(plan.question)
    assert check_evidence(answer) == []
    return answer


def lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def test_a_value_from_a_provisional_row_says_so(store: Store) -> None:
    answer = ask(store, QueryPlan("lookup", "Exports in March 2025?", periods=("2025-03",)))
    fig = answer.figures[0]
    assert fig.value == ROWS["2025-03"][0]
    assert fig.mark == "provisional"
    assert fig.formula.endswith("(provisional)")
    assert f"{fig.display} (provisional)" in lead(answer)
    assert answer.to_dict()["figures"][0]["mark"] == "provisional"


def test_an_unmarked_value_says_nothing(store: Store) -> None:
    answer = ask(store, QueryPlan("lookup", "Exports in January 2025?", periods=("2025-01",)))
    assert answer.figures[0].mark is None
    assert "provisional" not in answer.text


def test_revised_and_estimated_rows(store: Store) -> None:
    revised = ask(store, QueryPlan("lookup", "Exports in March 2024?", periods=("2024-03",)))
    assert "(revised)" in lead(revised)
    estimated = ask(store, QueryPlan("lookup", "Exports in Feb 2025?", periods=("2025-02",)))
    assert "(estimated)" in lead(estimated)


def test_a_rate_computed_from_a_provisional_row_is_based_on_it(store: Store) -> None:
    plan = QueryPlan("change", "Export growth in March 2025?", periods=("2025-03",), basis="yoy")
    answer = ask(store, plan)
    now, before = ROWS["2025-03"][0], ROWS["2024-03"][0]
    fig = answer.figures[-1]
    assert fig.value == round_half_up((now / before - 1) * 100, 1)
    assert fig.mark == "based on provisional and revised figures"
    assert "(based on provisional and revised figures)" in lead(answer)
    assert fig.formula.endswith("(based on provisional and revised figures)")


def test_a_sum_over_months_with_an_estimate_is_based_on_it(store: Store) -> None:
    plan = QueryPlan("lookup", "Exports in Q1 2025?", periods=("2025-Q1",))
    answer = ask(store, plan)
    expected = sum(ROWS[p][0] for p in ("2025-01", "2025-02", "2025-03"))
    fig = answer.figures[0]
    assert fig.value == pytest.approx(expected)
    assert fig.mark == "based on provisional and estimated figures"
    assert "based on provisional and estimated figures" in lead(answer)


@pytest.mark.parametrize(
    ("cell", "word"),
    [
        ("p", "provisional"),
        ("P", "provisional"),
        ("(p)", "provisional"),
        ("prov.", "provisional"),
        ("r", "revised"),
        ("e", "estimated"),
        ("", None),
        ("x", None),
        (None, None),
    ],
)
def test_flag_cells_are_read(cell: str | None, word: str | None) -> None:
    assert read_flag(cell) == word


def test_annotation_goes_beside_the_value_once() -> None:
    fig = Figure("x", -3.2, "%", "as published: -3.2%", ("t row 1",), "-3.2%", mark="revised")
    text = annotated("Exports fell 3.2% in May; 13.2% is another number.", [fig])
    assert text == "Exports fell 3.2% (revised) in May; 13.2% is another number."
    assert annotated(text, [fig]) == text


def test_a_model_sentence_that_drops_the_mark_is_not_used(store: Store) -> None:
    plan = QueryPlan("lookup", "Exports in March 2025?", periods=("2025-03",))
    value = ROWS["2025-03"][0]
    dropped = f"Exports reached HK$ {value} bn in March 2025."
    kept = f"Exports reached HK$ {value} bn (provisional) in March 2025."
    for reply, used in ((dropped, False), (kept, True)):
        model = FakeListChatModel(responses=[reply])
        engine = Engine(store, BotSettings(), model, planner=fixed_planner(plan), strict=True)
        answer = engine.answer(plan.question)
        assert answer.text.startswith(reply) is used
        assert "(provisional)" in lead(answer)

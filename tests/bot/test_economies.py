"""No reporting economy named, tables of several economies able to answer: the answer
says whose table it read and that the others hold the figure too (real planner)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from bot import Answer, Engine, check_evidence
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

# economy -> (title, file, {partner: exports in March 2025, US$ million})
ECONOMIES = {
    "vn": (
        "Table 7.2: Viet Nam exports by market, monthly",
        "tables/vn_exports.csv",
        {"Total": 36000.0, "China": 5100.0, "Japan": 2200.0},
    ),
    "th": (
        "Thailand exports by market, monthly",
        "tables/th_exports.csv",
        {"Total": 26000.0, "China": 3300.0, "Laos": 400.0},
    ),
}


def _table(key: str) -> tuple[SourceRecord, TableCard, pd.DataFrame]:
    title, source, values = ECONOMIES[key]
    frame = pd.DataFrame(
        [
            {"period": "2025-03", "measure": "exports", "value": v, "partner": p, "row": i}
            for i, (p, v) in enumerate(values.items(), start=3)
        ]
    )
    frame["value"] = frame["value"].astype("float64")
    frame["row"] = frame["row"].astype("int64")
    card = TableCard(
        id=key,
        title=title,
        source=source,
        measures=(Measure("exports", "Exports", "US$ million", "level", 1e6, "exports"),),
        dimensions=(Dimension("partner", "partner", tuple(values)),),
        periods=("2025-03",),
        frequency="monthly",
        rows=len(values),
    )
    record = SourceRecord(
        id=f"src-{key}",
        path=source,
        sha256=f"sha-{key}",
        kind="table",
        title=title,
        ingested_at="2026-11-25T08:00:00+00:00",
        tables=(key,),
    )
    return record, card, frame


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    where: Path = tmp_path_factory.mktemp("economies")
    store: Store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    for key in ECONOMIES:
        record, card, frame = _table(key)
        store.put_source(record, [], [(card, frame)])
    yield Engine(store, strict=True)
    store.close()


def ask(engine: Engine, question: str) -> Answer:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    return answer


def lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def test_the_economy_and_table_are_named_and_the_other_is_mentioned(engine: Engine) -> None:
    answer = ask(engine, "What were exports to China in March 2025?")
    fig = answer.figures[0]
    mine = fig.table_id
    assert mine in ECONOMIES
    other = next(k for k in ECONOMIES if k != mine)
    assert fig.value == ECONOMIES[mine][2]["China"]
    names = {"vn": "Viet", "th": "Thailand"}
    text = lead(answer)
    assert text.startswith(names[mine])
    title = ECONOMIES[mine][0].split(": ", 1)[-1]  # "Table 7.2:" is left out
    assert f"(table: {title})" in text
    assert "Other economies' tables also hold figures for this" in text
    assert names[other] in text.split("Other economies'")[1]


def test_a_figure_only_one_economy_has_is_answered_as_before(engine: Engine) -> None:
    answer = ask(engine, "What were exports to Japan in March 2025?")
    assert answer.figures[0].value == ECONOMIES["vn"][2]["Japan"]
    assert "Other economies" not in answer.text
    assert "(table:" not in answer.text


def test_an_economy_named_reads_only_its_table(engine: Engine) -> None:
    answer = ask(engine, "What were Thailand's exports to China in March 2025?")
    assert answer.figures[0].value == ECONOMIES["th"][2]["China"]
    assert lead(answer).startswith("Thailand")
    assert "Other economies" not in answer.text

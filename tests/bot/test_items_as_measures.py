"""Items a table holds as its measures (rows of items over month columns, KITA style):
summed when the question combines them, never answered with one item or the total."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot.engine import Engine
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

ITEMS = """"Korea: Exports by major item, January-March 2025"
(Unit: US$ million)
Item,2025 Jan,2025 Feb,2025 Mar
Total,"48,337.1","47,135.5","52,825.2"
Semiconductors,"10,730.4","9,928.6","11,566.1"
Displays,"1,402.5","1,380.2","1,437.4"
Automobiles,"5,281.9","5,780.8","6,269.5"
Auto parts,"1,902.3","1,950.1","2,011.7"
"""


def _cell(item: str, month: int) -> float:
    rows = {r[0]: r for r in csv.reader(io.StringIO(ITEMS)) if r}
    return float(rows[item][month].replace(",", ""))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("items")
    (folder / "kr_items.csv").write_text(ITEMS, encoding="utf-8")
    where = tmp_path_factory.mktemp("items-store")
    opened = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    report = ingest_paths([folder], opened, IngestSettings())
    assert report.ok
    return opened


def test_two_items_combined_are_summed(store: Store) -> None:
    answer = Engine(store, strict=True).answer(
        "What were Korea's combined exports of semiconductors and displays in March 2025?"
    )
    expected = round(_cell("Semiconductors", 3) + _cell("Displays", 3), 1)
    assert answer.figures[-1].value == pytest.approx(expected)
    assert answer.plan is not None
    assert answer.plan.expression is not None
    assert answer.plan.expression["parts"][0]["op"] == "sum"


def test_one_item_is_read_by_its_name(store: Store) -> None:
    answer = Engine(store, strict=True).answer(
        "What were Korea's semiconductor exports in March 2025?"
    )
    assert answer.figures[0].value == pytest.approx(_cell("Semiconductors", 3))


def test_items_that_add_up_to_a_flow_are_not_items(tmp_path: Path) -> None:
    """Flows written as columns (domestic exports, re-exports) are summed as flows."""
    from bot.plan.reader import _item_label

    assert not _item_label("Re-exports")
    assert not _item_label("Total")
    assert _item_label("Auto parts")

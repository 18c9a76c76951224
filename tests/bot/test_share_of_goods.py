"""Kinds of goods of one table: the share of one in the table's total (none when the
question may mean another part as the whole), and two compared with their difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from ingest import IngestSettings, ingest_paths
from tests.ingest.test_tables_publishers import SRI_LANKA
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


@pytest.fixture
def products(tmp_path: Path) -> Store:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "slc_exports_by_product.csv").write_text(SRI_LANKA, encoding="utf-8")
    store = open_store(StoreSettings(store=tmp_path / "store"), embedder=HashingEmbedder())
    ingest_paths([folder], store, IngestSettings())
    return store


def test_the_share_of_one_kind_of_goods_is_of_the_tables_total(products: Store) -> None:
    try:
        answer = Engine(products, strict=True).answer(
            "What share of total merchandise exports in December 2025 was seafood?"
        )
        share = next(f for f in answer.figures if f.unit == "%")
        assert share.value == pytest.approx(7530.5 / 366366.6 * 100, abs=0.05)
        assert "366366.6" in share.formula
    finally:
        products.close()


def test_no_share_of_the_total_when_the_question_names_another_part(products: Store) -> None:
    try:
        answer = Engine(products, strict=True).answer(
            "What share of agricultural exports in December 2025 was seafood?"
        )
        assert not any("366366.6" in f.formula for f in answer.figures)
    finally:
        products.close()


def test_two_kinds_of_goods_are_compared_with_their_difference(products: Store) -> None:
    try:
        answer = Engine(products, strict=True).answer(
            "How much larger were exports of tea than of seafood in December 2025?"
        )
        gap = next(f for f in answer.figures if f.label.startswith("Difference"))
        assert gap.value == pytest.approx(46027.7 - 7530.5)
        assert "38,497.2" in answer.text.split("\n\n")[0]
    finally:
        products.close()

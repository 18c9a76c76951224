"""A bilingual national release: month labels in two languages ("leden / January 2025"),
unadjusted and seasonally adjusted groups, y/y and m/m columns after each level. Written by
the test; expectations read from the same text with the csv module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from bot import Engine, check_evidence
from bot.answer.coverage import CoverageError
from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

RELEASE = (
    "Tab. 1 Zahraniční obchod se zbožím / Table 1 External trade in goods of Czechia, 2025\n"
    "mld. Kč / CZK bn\n"
    ";Nesezónně očištěno / Not seasonally adjusted;;;;Sezónně očištěno / Seasonally adjusted;\n"
    "Období / Period;Vývoz / Exports;meziročně v % / y/y %;Dovoz / Imports;"
    "meziročně v % / y/y %;Vývoz / Exports;meziměsíčně v % / m/m %\n"
    "leden / January 2025;411,9;5,9;400,7;6,0;408,5;1,0\n"
    "únor / February 2025;410,3;5,5;380,4;-0,2;402,5;-1,5\n"
    "březen / March 2025;431,6;1,4;397,9;1,9;395,4;-1,8\n"
)


def _month(label: str) -> list[float]:
    rows = list(csv.reader(io.StringIO(RELEASE), delimiter=";"))
    row = next(r for r in rows if r and r[0].endswith(label))
    return [float(v.replace(",", ".")) for v in row[1:]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("bilingual")
    files = root / "files"
    files.mkdir()
    (files / "cz_trade_2025.csv").write_text(RELEASE, encoding="utf-8")
    store: Store = open_store(StoreSettings(store=root / "store"), embedder=HashingEmbedder())
    assert not ingest_paths([files], store, IngestSettings()).failed
    yield Engine(store, strict=True)
    store.close()


def test_bilingual_month_labels_are_months(engine: Engine) -> None:
    card = engine.store.cards()[0]
    assert card.periods == ("2025-01", "2025-02", "2025-03")


def test_each_rate_column_belongs_to_the_level_before_it(engine: Engine) -> None:
    answer = engine.answer(
        "How much did Czech imports grow year on year in February 2025 (not seasonally adjusted)?"
    )
    assert check_evidence(answer) == []
    assert answer.figures[0].value == _month("February 2025")[3]


def test_not_seasonally_adjusted_is_never_read_as_adjusted(engine: Engine) -> None:
    card = engine.store.cards()[0]
    unadjusted = [m for m in card.measures if "Not seasonally" in m.label]
    assert unadjusted
    assert all("sa" not in (m.basis or "").split() for m in unadjusted)
    answer = engine.answer("What were Czech exports in March 2025 (not seasonally adjusted)?")
    assert answer.figures[0].value == _month("March 2025")[0]


def test_what_was_over_a_span_is_its_total(engine: Engine) -> None:
    answer = engine.answer("What was the value of unadjusted Czech exports over Q1 2025?")
    expected = sum(_month(m)[0] for m in ("January 2025", "February 2025", "March 2025"))
    assert answer.figures[-1].value == pytest.approx(expected)


def test_in_every_month_is_not_answered_as_in_any_month(engine: Engine) -> None:
    # January alone passes 411: "any month" would say yes; the guard refuses instead
    assert max(_month(m)[0] for m in ("January 2025", "March 2025")) > 411
    with pytest.raises(CoverageError, match="every period"):
        engine.answer("Did unadjusted Czech exports exceed CZK 411 bn in every month of Q1 2025?")

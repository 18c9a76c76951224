"""The checker over five documents (the sample commentary, an official press release, two
wire stories and a commentary written for these tests; 91 claims), against verdicts
computed from the tables with pandas (`expected.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.check import Checker
from ingest import IngestSettings, ingest_paths, load_article
from tests.bot.check.expected import ROOT, Score, documents, score
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


@pytest.fixture(scope="module")
def table_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    where: Path = tmp_path_factory.mktemp("check-tables")
    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    report = ingest_paths([ROOT / "samples" / "tables"], store, IngestSettings())
    assert not report.failed
    yield store
    store.close()


@pytest.fixture(scope="module")
def checked(table_store: Store) -> dict[Path, list[dict[str, Any]]]:
    checker = Checker(table_store)
    found: dict[Path, list[dict[str, Any]]] = {}
    for doc in documents():
        article = load_article(doc.path)
        report = checker.check(article.text, date=article.date, title=article.title)
        found[doc.path] = report.to_dict()["claims"]
    return found


@pytest.fixture(scope="module")
def result(checked: dict[Path, list[dict[str, Any]]]) -> Score:
    return score(checked)


def test_the_fixture_covers_five_documents_and_sixty_claims(result: Score) -> None:
    assert result.documents >= 5
    assert result.claims >= 60


def test_no_claim_is_wrongly_supported_or_contradicted(result: Score) -> None:
    assert result.wrong == []


def test_nine_in_ten_trade_claims_are_extracted(result: Score) -> None:
    assert result.recall >= 0.9, result.recall


def test_no_number_that_is_not_a_statistic_is_checked(result: Score) -> None:
    assert result.non_statistics == []
    assert result.unexpected == []


def test_the_checker_agrees_with_most_expected_verdicts(result: Score) -> None:
    # abstaining (no data, ambiguous) is allowed; most claims should still be decided
    assert result.agreed / result.claims >= 0.8, result.agreed

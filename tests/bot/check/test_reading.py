"""The pieces of the article check: stated numbers, sentences, clauses, tolerance, and how
a claim is read in its context (period, basis, partners), on the sample tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.check import Checker, NoClaimsError
from bot.check.clauses import clauses, signed
from bot.check.numbers import numbers_in
from bot.check.sentences import sentences
from bot.errors import BotError
from bot.records import Claim
from bot.settings import BotSettings
from bot.tolerance import agrees, tolerance
from ingest import IngestSettings, ingest_paths
from tests.bot.check.expected import ROOT
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 35.8% to HK$520.6 billion.", [("35.8%", 35.8), ("HK$520.6 billion", 520.6)]),
        (
            "a 10% to 15% rise, 10-15% and between 3 and 4 per cent",
            [("10% to 15%", 10.0), ("10-15%", 10.0), ("between 3 and 4 per cent", 3.0)],
        ),
        (
            "over 60% growth, more than HK$4 trillion",
            [("over 60%", 60.0), ("more than HK$4 trillion", 4.0)],
        ),
        ("exports nearly doubled", [("nearly doubled", 0.0)]),
        ("On 27 April 2026 a 45-year-old said, on page 3, that 12 firms and 2,000 people", []),
        ("in January 2026, and HK$520,600 million", [("HK$520,600 million", 520600.0)]),
    ],
)
def test_only_numbers_with_a_unit_are_statistics(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(n.words, n.value) for n in numbers_in(text)] == expected


def test_sentences_keep_abbreviations_and_decimals() -> None:
    text = "Exports to the U.S. rose 3.5% in Jan. 2026. Imports fell.\n\nA new paragraph."
    found = sentences(text)
    assert [s.text for s in found] == [
        "Exports to the U.S. rose 3.5% in Jan. 2026.",
        "Imports fell.",
        "A new paragraph.",
    ]
    assert [s.paragraph for s in found] == [0, 0, 1]


def test_each_number_gets_its_own_flow_and_sign() -> None:
    text = (
        "Exports fell 3.2% to HK$284.1 billion, while imports slipped 1.8%, leaving a trade "
        "deficit of HK$41.7 billion, equal to 12.8% of imports."
    )
    read = clauses(text, numbers_in(text))
    assert [(c.flow, c.measure) for c in read] == [
        ("exports", "change"),
        ("exports", "level"),
        ("imports", "change"),
        ("balance", "level"),
        ("balance", "ratio"),
    ]
    assert [signed(text, c) for c in read] == [-3.2, 284.1, -1.8, -41.7, 12.8]


def test_a_number_about_something_else_is_not_trade() -> None:
    text = "Exports rose, but energy costs rose 12% and analysts say exports would grow 5%."
    read = clauses(text, numbers_in(text))
    assert [c.other for c in read] == ["costs", "a forecast"]


@pytest.mark.parametrize(
    ("words", "value", "table", "agreed"),
    [
        ("35.8%", 35.8, 35.84, True),
        ("35.8%", 35.8, 35.86, False),
        ("32%", 32.0, 31.5, True),
        ("over 60%", 60.0, 61.5, True),
        ("over 60%", 60.0, 59.9, False),
        ("about 7.9%", 7.9, 8.2, True),
        ("nearly 40%", 40.0, 38.1, True),
        ("nearly 40%", 40.0, 41.5, False),
        ("10% to 15%", 10.0, 15.04, True),
        ("10% to 15%", 10.0, 15.6, False),
        ("nearly doubled", 100.0, 88.8, True),
        ("more than doubled", 100.0, 99.0, False),
        ("doubled", 100.0, 104.0, True),
    ],
)
def test_tolerance_as_written(words: str, value: float, table: float, agreed: bool) -> None:
    claim = Claim(value, "%", words)
    assert agrees(claim, table) is agreed
    assert tolerance(claim)


@given(st.decimals(min_value=-500, max_value=500, places=1))
def test_a_value_always_agrees_with_itself_as_written(number: object) -> None:
    value = float(str(number))
    assert agrees(Claim(value, "%", f"{abs(value):.1f}%"), value)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    where: Path = tmp_path_factory.mktemp("reading")
    opened = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    ingest_paths([ROOT / "samples" / "tables"], opened, IngestSettings())
    yield opened
    opened.close()


def verdicts(store: Store, text: str, **kwargs: str) -> list[str]:
    return [c.verdict for c in Checker(store).check(text, **kwargs).claims]


def test_a_month_without_its_year_takes_the_articles_date(store: Store) -> None:
    text = "Exports rose 40.8% year on year in May."
    assert verdicts(store, text, date="2026-06-29") == ["supported"]
    assert verdicts(store, text) == ["ambiguous"]  # undated, no year anywhere


def test_the_period_carries_from_the_sentence_before(store: Store) -> None:
    text = "In January 2026, exports grew 33.8% year on year. Exports to Singapore rose 23.4%."
    report = Checker(store).check(text)
    assert [c.verdict for c in report.claims] == ["supported", "contradicted"]
    assert report.claims[1].figure is not None
    assert report.claims[1].figure.display == "32.4%"
    assert "difference of 9.0 percentage points" in report.claims[1].note


def test_another_economys_trade_and_unheld_places_are_no_data(store: Store) -> None:
    text = (
        "Singapore's exports rose 5% in March 2026. Thai exports rose 9% in March 2026. "
        "Trade with the European Union grew 12% in December 2025."
    )
    assert verdicts(store, text) == ["no_data", "no_data", "no_data"]


def test_a_claim_over_two_partners_needs_both(store: Store) -> None:
    text = "In January 2026, exports to Malaysia and Taiwan both rose over 80% year on year."
    assert verdicts(store, text) == ["supported"]  # 81.1% and 88.8%
    text = "In January 2026, exports to Malaysia and Singapore both rose over 80% year on year."
    assert verdicts(store, text) == ["contradicted"]  # Singapore 32.4%


def test_bad_input_and_limits(store: Store) -> None:
    with pytest.raises(NoClaimsError, match="states no figures"):
        Checker(store).check("Trade was busy on 3 May 2026 (page 4).")
    with pytest.raises(BotError, match="at most 2"):
        Checker(store, BotSettings(check_max_claims=2)).check("Exports rose 1%, 2% and 3%.")
    with pytest.raises(BotError, match="too long"):
        Checker(store, BotSettings(check_max_chars=10)).check("Exports rose 12% in 2025.")


def test_a_pronoun_continues_the_sentence_before(store: Store) -> None:
    text = (
        "In the first half of 2025, exports grew 12.5% year on year. In June alone they rose "
        "11.9%, and in May by 15.6%."
    )
    assert verdicts(store, text) == ["supported", "supported", "contradicted"]  # May: 15.5%


def test_a_clause_that_may_be_the_total_is_decided_only_when_both_readings_agree(
    store: Store,
) -> None:
    text = "In March 2026, exports to Singapore rose 125%, far above the 35.8% average."
    assert verdicts(store, text) == ["supported", "ambiguous"]
    text = "Exports to Switzerland more than doubled in September 2025, rising 138.5 percent."
    assert verdicts(store, text) == ["supported", "supported"]  # "rising" continues it

"""The planner over the cards of the sample tables, as ingest reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.planner import plan
from bot.vocabulary import Vocabulary
from ingest import load_tables

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "tables"


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    cards = [card for path in sorted(SAMPLES.glob("*.csv")) for card, _ in load_tables(path)]
    assert cards
    return Vocabulary.from_cards(cards)


def _partner_table(vocab: Vocabulary) -> str:
    """The table with the most partners."""
    sizes = {c.id: len(d.values) for c in vocab.cards if (d := c.dimension("partner")) is not None}
    return max(sizes, key=lambda table_id: sizes[table_id])


def test_partner_growth_goes_to_the_partner_table(vocab: Vocabulary) -> None:
    result = plan("How much did exports to Singapore grow in January 2026?", vocab)
    assert result.intent == "change"
    assert result.partners == ("Singapore",)
    assert result.table_ids[0] == _partner_table(vocab)


def test_aliases_find_the_tables_spelling(vocab: Vocabulary) -> None:
    assert plan("imports from China in 2025-10", vocab).partners == ("Chinese Mainland",)
    assert plan("exports to the US in May 2025", vocab).partners == ("USA",)
    assert plan("exports to Viet Nam in March 2024", vocab).partners == ("Vietnam",)
    assert plan("exports to the UAE", vocab).partners == ("United Arab Emirates",)


def test_reporter_is_neither_partner_nor_unmatched(vocab: Vocabulary) -> None:
    result = plan("What were Hong Kong's total exports in January 2026?", vocab)
    assert result.partners == ()
    assert result.unmatched == ()


def test_unknown_partner_is_unmatched(vocab: Vocabulary) -> None:
    assert plan("exports to Brazil in 2025", vocab).unmatched == ("Brazil",)


def test_totals_go_to_the_headline_table(vocab: Vocabulary) -> None:
    result = plan("What was the trade deficit in September 2024?", vocab)
    assert result.intent == "balance"
    first = vocab.card(result.table_ids[0])
    assert first is not None
    assert any(m.flow == "balance" for m in first.measures)


def test_the_default_today_is_the_latest_month(vocab: Vocabulary) -> None:
    latest = plan("exports in the latest month", vocab).periods
    assert latest == ("2026-05",)
    assert plan("exports year to date", vocab).periods == ("2026-01..2026-05",)


def test_the_reporter_as_a_destination_is_unmatched(vocab: Vocabulary) -> None:
    # the tables report Hong Kong's trade: "exports to Hong Kong" has no answer there
    assert plan("exports to Hong Kong in 2025", vocab).unmatched == ("Hong Kong",)
    assert plan("How much did Hong Kong export to Singapore in 2025?", vocab).unmatched == ()


def test_another_economys_trade_is_not_the_reporters(vocab: Vocabulary) -> None:
    # the tables hold Hong Kong's exports TO Singapore, not Singapore's own exports
    result = plan("How did Singapore's exports grow in January 2026?", vocab)
    assert result.partners == ()
    assert result.unmatched == ("Singapore",)


def test_the_reporter_named_in_passing_is_ignored(vocab: Vocabulary) -> None:
    assert plan("Trade statistics for Hong Kong in 2025", vocab).unmatched == ()
    assert plan("What were total exports in Hong Kong in 2025?", vocab).unmatched == ()


@pytest.mark.parametrize(
    ("question", "partners", "periods"),
    [
        ("mainland exports growth 2025 q4", ("Chinese Mainland",), ("2025-Q4",)),
        ("EXPORTS TO SINGAPORE JAN 2026", ("Singapore",), ("2026-01",)),
        ("balance may25", (), ("2025-05",)),
        ("Singapore exports jan 2026", ("Singapore",), ("2026-01",)),
    ],
)
def test_telegraphic_questions(
    vocab: Vocabulary, question: str, partners: tuple[str, ...], periods: tuple[str, ...]
) -> None:
    result = plan(question, vocab)
    assert (result.partners, result.periods) == (partners, periods)


def test_top5_markets(vocab: Vocabulary) -> None:
    result = plan("top5 mkts mar 2024", vocab)
    assert (result.intent, result.top_n) == ("rank", 5)


def test_latest_means_the_latest_month_of_the_table_that_answers(vocab: Vocabulary) -> None:
    # the partner table ends in March 2026, the headline table in May 2026
    assert plan("Which markets drove the surge last month?", vocab).periods == ("2026-03",)
    assert plan("exports last month", vocab).periods == ("2026-05",)
    assert plan("exports to Singapore in the latest month", vocab).periods == ("2026-03",)


def test_shipments_from_a_partner_are_imports(vocab: Vocabulary) -> None:
    result = plan("shipments from China in 2025", vocab)
    assert (result.flow, result.partners) == ("imports", ("Chinese Mainland",))


@pytest.mark.parametrize(
    ("question", "unmatched"),
    [
        ("exports of electronics in 2025", ("electronics",)),
        ("How much did exports of AI servers grow?", ("AI servers",)),
        ("What share of exports of textiles went to the US?", ("textiles",)),
        ("trade in services in 2025", ("services",)),
        ("What were exports of goods in 2025?", ()),
        ("exports of Hong Kong in 2025", ()),
        ("value of exports in Sept 2025", ()),
        ("imports of the Mainland", ()),
        ("electronics exports in 2025", ("electronics",)),
        ("How did chips imports change?", ("chips",)),
        ("Hong Kong's exports in 2025", ()),
        ("this year's exports", ()),
        ("goods exports", ()),
        ("partners exports", ()),
    ],
)
def test_goods_no_table_holds_are_unmatched(
    vocab: Vocabulary, question: str, unmatched: tuple[str, ...]
) -> None:
    # answering total exports to "exports of electronics" would be a wrong number
    assert plan(question, vocab).unmatched == unmatched


def test_text_questions_about_goods_have_no_unmatched(vocab: Vocabulary) -> None:
    result = plan("What does the article say about electronics exports?", vocab)
    assert (result.intent, result.unmatched) == ("text", ())
    assert "electronics" in result.keywords

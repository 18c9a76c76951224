"""Keyword tokens and BM25 ranking."""

from __future__ import annotations

import logging

from vectorstore.keyword import KeywordIndex, tokenize


def test_tokens_keep_codes_percentages_and_decimals() -> None:
    tokens = tokenize("Exports of HS8542 rose 125% to HK$1,234.5 billion in Q1")

    assert {"hs8542", "125%", "125", "1234.5", "q1", "export", "billion"} <= set(tokens)


def test_decimal_commas_and_thousands_separators() -> None:
    tokens = tokenize("US$ 417,8 bilhões; 12,345,678 units; 3,5% more")

    assert {"417.8", "12345678", "3.5%", "3.5"} <= set(tokens)


def test_stopwords_are_left_out() -> None:
    assert tokenize("the exports of the city to a market") == ["export", "city", "market"]


def test_chinese_text_is_indexed_by_characters_and_pairs() -> None:
    tokens = tokenize("香港出口上升")

    assert "出口" in tokens
    assert "港" in tokens


def test_rank_orders_by_bm25_and_respects_allowed() -> None:
    index = KeywordIndex(
        ["a", "b", "c"],
        ["exports exports rose", "exports fell", "imports fell"],
    )

    assert index.rank("exports") == ["a", "b"]
    assert index.rank("exports", allowed={"b", "c"}) == ["b"]
    assert index.rank("the of") == []
    assert index.rank("unknownword") == []


def test_an_empty_index_ranks_nothing() -> None:
    assert KeywordIndex([], []).rank("exports") == []
    assert KeywordIndex(["a"], ["the of"]).rank("exports") == []


def test_inflections_share_a_stem() -> None:
    assert tokenize("exports exported exporting") == ["export"] * 3
    assert tokenize("grew growth growing grow") == ["grow"] * 4
    assert tokenize("rose rising") == tokenize("rise rise")
    assert tokenize("economies") == tokenize("economy")


def test_a_question_finds_a_passage_in_other_words_forms() -> None:
    index = KeywordIndex(
        ["hit", "miss"],
        ["Exports to Singapore grew 12.5% in January.", "Imports from Japan were flat."],
    )

    assert index.rank("How much did exports to Singapore grow?") == ["hit"]


def test_exact_rank_lists_holders_of_rare_numbers_only() -> None:
    texts = [f"Exports in 2026 rose {n}.5% in month {n}." for n in range(40)]
    texts.append("Exports to Singapore spiked 125% in March 2026.")
    index = KeywordIndex([str(i) for i in range(41)], texts)

    assert index.exact_rank("Is the 125% figure right?") == ["40"]
    assert index.exact_rank("exports in 2026") == []  # every document names 2026
    assert index.exact_rank("125%", allowed={"1"}) == []
    assert index.exact_rank("no numbers here") == []


def test_building_an_index_does_not_turn_on_debug_logging() -> None:
    KeywordIndex(["a", "b"], ["exports to Singapore", "imports from Japan"])
    assert logging.getLogger("bm25s").getEffectiveLevel() >= logging.WARNING

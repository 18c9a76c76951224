"""Quotes are whole verbatim sentences of the passages that name what was asked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.records import Claim, QueryPlan
from bot.retrieval import best_quote, boost_terms, is_prose, retrieve, sentences
from tests.bot import tables
from vectorstore import Passage, Store

TEXT = (
    "Heading without a full stop\n"
    "Exports rose 18.5% in March 2025. Imports grew 16.6% (from HK$ 429.5 bn). "
    "Mr. Lee said U.S. demand fell.\n\nA new paragraph ends here!"
)


def test_sentences_are_whole_and_stripped() -> None:
    found = [TEXT[a:b] for a, b in sentences(TEXT)]
    assert found == [
        "Heading without a full stop",
        "Exports rose 18.5% in March 2025.",
        "Imports grew 16.6% (from HK$ 429.5 bn).",
        "Mr. Lee said U.S. demand fell.",
        "A new paragraph ends here!",
    ]


@given(
    st.lists(
        st.sampled_from(
            ["Exports rose 5.2% in May.", "Imports fell.", "\n\n", " ", "Asia grew 3%!"]
        ),
        max_size=12,
    )
)
@settings(max_examples=60, deadline=None)
def test_every_sentence_is_a_substring(parts: list[str]) -> None:
    text = " ".join(parts)
    for a, b in sentences(text):
        assert text[a:b].strip() == text[a:b]
        assert text[a:b] in text


def test_prose_excludes_tables_and_headings() -> None:
    assert is_prose("Exports rose 18.5% in March 2025, data showed.")
    assert not is_prose("| a | b | c |")
    assert not is_prose("Heading without a full stop")


def test_best_quote_is_verbatim_and_prefers_the_named_partner() -> None:
    plan = QueryPlan(
        "change", "Singapore?", partners=("Singapore",), claim=Claim(125.0, "%", "125%")
    )
    passage = Passage("p", tables.ARTICLE[1], "a.txt", "d", 0)
    quote = best_quote(passage, boost_terms(plan))
    assert quote is not None
    assert quote.text in passage.text
    assert "125% spike in exports to Singapore" in quote.text


def test_retrieve_skips_passages_without_the_partner(made_store: Store) -> None:
    plan = QueryPlan("lookup", "Exports to Taiwan?", partners=("Taiwan",))
    quotes = retrieve(made_store, plan, 4)
    assert quotes
    assert all("Taiwan" in q.text for q in quotes)
    nothing = retrieve(made_store, QueryPlan("lookup", "Fiji?", partners=("Fiji",)), 4)
    assert nothing == []


def test_page_furniture_is_never_quoted(made_store: Store) -> None:
    plan = QueryPlan("text", "What about comments?", keywords=("comment",))
    assert all("Leave a comment" not in q.text for q in retrieve(made_store, plan, 4))

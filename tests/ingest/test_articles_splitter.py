"""Passages are whole sentences, verbatim slices of the article text, with stable ids."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import Article, load_article, split_article
from ingest.splitter import sentence_spans

SAMPLE_ARTICLE = (
    Path(__file__).resolve().parents[2]
    / "samples"
    / "articles"
    / "hk-exports-q1-2026-peoples-daily.txt"
)


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_respect_decimals_abbreviations_and_initials() -> None:
    text = (
        "Exports rose 35.8% in March. Imports from the U.S. fell 2.1% to HK$20.5 bn. "
        "Mr. J. Smith said exports rose, e.g. to Singapore. 2026 looks strong! Really?"
    )
    assert _sentences(text) == [
        "Exports rose 35.8% in March.",
        "Imports from the U.S. fell 2.1% to HK$20.5 bn.",
        "Mr. J. Smith said exports rose, e.g. to Singapore.",
        "2026 looks strong!",
        "Really?",
    ]


def test_a_line_break_ends_a_sentence_and_chinese_stops_split() -> None:
    text = "Key figures\nExports rose 3%\n\n出口上升3%。進口上升5%。"
    assert _sentences(text) == ["Key figures", "Exports rose 3%", "出口上升3%。", "進口上升5%。"]


def test_the_sample_passages_hold_whole_sentences() -> None:
    article = load_article(SAMPLE_ARTICLE)
    passages = split_article(article, chunk_size=600, chunk_overlap=120)
    assert len(passages) > 3
    sentences = set(_sentences(article.text))
    for passage in passages:
        assert passage.text in article.text
        assert set(_sentences(passage.text)) <= sentences
        assert len(passage.text) <= 600
    singapore = [p for p in passages if "125% spike in exports to Singapore" in p.text]
    assert singapore
    assert (
        "Exports to Asia rose by 37.8%, but the hyper-growth in specific markets—such as the 125% "
        "spike in exports to Singapore and over 60% growth in Malaysia and Thailand—points toward "
        "a deep integration of Southeast Asian manufacturing hubs."
    ) in singapore[0].text


def test_passages_carry_the_article_metadata_and_positions() -> None:
    article = load_article(SAMPLE_ARTICLE)
    passages = split_article(article, chunk_size=600, chunk_overlap=120)
    assert [p.position for p in passages] == list(range(len(passages)))
    assert len({p.id for p in passages}) == len(passages)
    assert {p.doc_id for p in passages} == {passages[0].doc_id}
    first = passages[0]
    assert first.source == article.source
    assert first.title == article.title
    assert first.url == "https://peoplesdaily.pdnews.cn/business/er/30052021465"


def test_ids_are_content_hashes() -> None:
    article = Article(text="Exports rose 5%. Imports rose 3%.", source="a.txt")
    again = split_article(article, 600, 0)
    assert [p.id for p in split_article(article, 600, 0)] == [p.id for p in again]
    other = Article(text="Exports rose 6%. Imports rose 3%.", source="a.txt")
    assert split_article(other, 600, 0)[0].id != again[0].id
    moved = Article(text=article.text, source="b.txt")
    assert split_article(moved, 600, 0)[0].id != again[0].id


def test_neighbouring_passages_share_a_sentence() -> None:
    text = " ".join(
        f"Sentence number {i} says exports rose {i}.5% in the month." for i in range(30)
    )
    passages = split_article(Article(text=text, source="s.txt"), chunk_size=200, chunk_overlap=60)
    for before, after in itertools.pairwise(passages):
        last_sentence = _sentences(before.text)[-1]
        assert after.text.startswith(last_sentence)


def test_no_overlap_when_it_is_zero() -> None:
    text = " ".join(f"Sentence {i} is here." for i in range(40))
    passages = split_article(Article(text=text, source="s.txt"), chunk_size=100, chunk_overlap=0)
    joined = " ".join(p.text for p in passages)
    assert joined == text


def test_an_overlong_sentence_is_cut_at_spaces() -> None:
    words = " ".join(f"word{i}" for i in range(200))
    passages = split_article(Article(text=words + ".", source="s.txt"), 100, 20)
    assert all(len(p.text) <= 100 for p in passages)
    assert all(p.text in words + "." for p in passages)
    assert " ".join(p.text for p in passages) == words + "."


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789%$.,", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(_WORD, min_size=1, max_size=120),
    breaks=st.lists(
        st.sampled_from([" ", " ", " ", ". ", "\n", "\n\n"]), min_size=120, max_size=120
    ),
    size=st.integers(min_value=100, max_value=400),
    overlap=st.integers(min_value=0, max_value=150),
)
def test_every_passage_is_a_verbatim_slice_and_all_text_is_covered(
    words: list[str], breaks: list[str], size: int, overlap: int
) -> None:
    text = "".join(w + b for w, b in zip(words, breaks, strict=False)).strip()
    if not text:
        return
    passages = split_article(Article(text=text, source="p.txt"), size, overlap)
    covered = set()
    for passage in passages:
        assert passage.text in text
        assert len(passage.text) <= size
        assert passage.text == passage.text.strip()
    for match in re.finditer(r"\S+", text):
        covered.add(match.group())
    assert covered <= {w for p in passages for w in re.findall(r"\S+", p.text)}


def test_invisible_characters_do_not_reach_passages(tmp_path: Path) -> None:
    path = tmp_path / "soft.txt"
    path.write_text(
        "Exports\u00a0rose 5%\u200b in May.\u00ad Imports\u3000fell.\n", encoding="utf-8"
    )
    (passage,) = split_article(load_article(path), 600, 120)
    assert passage.text == "Exports rose 5% in May. Imports fell."


def test_a_well_filled_passage_ends_with_its_paragraph() -> None:
    first = " ".join(f"Exports to market {i} rose {i}%." for i in range(14))
    second = " ".join(f"Imports from market {i} fell {i}%." for i in range(12))
    text = f"{first}\n\n{second}"
    passages = split_article(Article(text=text, source="p.txt"), chunk_size=600, chunk_overlap=120)
    assert passages[0].text == first
    assert passages[1].text.startswith("Imports from market 0")

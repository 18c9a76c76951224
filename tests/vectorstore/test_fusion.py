"""Reciprocal rank fusion."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vectorstore.fusion import RRF_K, fuse

rankings = st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=2), max_size=12, unique=True)


@given(rankings, rankings)
def test_fused_order_holds_every_input_once(first: list[str], second: list[str]) -> None:
    fused = [item for item, _ in fuse([first, second])]

    assert sorted(fused) == sorted(set(first) | set(second))


@given(rankings, rankings, st.text(alphabet="XYZ", min_size=1, max_size=2))
def test_first_in_both_lists_ranks_first(first: list[str], second: list[str], top: str) -> None:
    fused = fuse([[top, *first], [top, *second]])

    assert fused[0] == (top, 2.0 / (RRF_K + 1))


@given(rankings)
def test_a_single_ranking_keeps_its_order(ranking: list[str]) -> None:
    assert [item for item, _ in fuse([ranking])] == ranking


def test_scores_add_reciprocal_ranks() -> None:
    fused = dict(fuse([["a", "b"], ["b", "c"]]))

    assert fused["b"] == 1 / (RRF_K + 2) + 1 / (RRF_K + 1)
    assert fused["a"] == 1 / (RRF_K + 1)
    assert fused["c"] == 1 / (RRF_K + 2)


def test_ties_go_to_the_first_ranking() -> None:
    assert [item for item, _ in fuse([["kw"], ["vec"]])] == ["kw", "vec"]

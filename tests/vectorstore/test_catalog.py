"""The catalog's filter masks and masked keyword ranking agree with `Filter.admits`."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from tests.vectorstore.factories import article, table
from vectorstore.catalog import Catalog, Filter
from vectorstore.dates import bound


def _catalog() -> Catalog:
    passages = []
    for i, date in enumerate(("2025-03-04", "2026-01-15", None, "2024")):
        record, found = article(f"news-{i}.txt", [f"exports to Singapore rose {i}%"] * 3, date=date)
        passages += [(p, record.id) for p in found]
    cards = [
        (table(f"t{i}", periods=periods)[0], f"src-t{i}")
        for i, periods in enumerate((("2025-01", "2025-12"), ("2026-01",), ("2019-01",)))
    ]
    return Catalog.build([], passages, cards)


CATALOG = _catalog()
SOURCES = sorted({e.source_id for e in CATALOG.entries.values()})
TABLES = sorted(doc_id for kind, doc_id in CATALOG.entries if kind == "table")
DAYS = [None, "2024", "2025-02", "2025-12-31", "2026-01-15", "2027"]


filters = st.builds(
    Filter,
    kinds=st.sampled_from([("passage", "table"), ("passage",), ("table",)]),
    source_ids=st.none() | st.frozensets(st.sampled_from([*SOURCES, "elsewhere"])),
    day_from=st.sampled_from(DAYS).map(lambda d: bound(d, end=False)),
    day_to=st.sampled_from(DAYS).map(lambda d: bound(d, end=True)),
    table_ids=st.none() | st.frozensets(st.sampled_from([*TABLES, "t9"])),
)


@given(filters)
def test_a_filters_mask_admits_what_admits_admits(flt: Filter) -> None:
    mask = CATALOG.mask(flt)
    for position, entry in enumerate(CATALOG.entries.values()):
        assert (mask is None or bool(mask[position])) == flt.admits(entry)


@given(filters)
def test_masked_keyword_ranks_equal_ranking_then_filtering(flt: Filter) -> None:
    query = "exports to Singapore rose 2% 1%"
    bm25, exact = CATALOG.keyword_ranks(query, flt, 5)
    allowed = {f"{e.kind}:{e.id}" for e in CATALOG.entries.values() if flt.admits(e)}
    expected = CATALOG.keyword.ranked(query, allowed)[:5]
    assert [(f"{kind}:{doc_id}", score) for (kind, doc_id), score in bm25] == expected
    expected_exact = CATALOG.keyword.exact_rank(query, allowed)[:5]
    assert [f"{kind}:{doc_id}" for kind, doc_id in exact] == expected_exact


def test_a_filter_admitting_everything_has_no_mask_and_masks_are_kept() -> None:
    assert CATALOG.mask(Filter()) is None
    flt = Filter(kinds=("passage",))
    assert CATALOG.mask(flt) is CATALOG.mask(flt)


def test_top_keeps_ties_at_the_cut_in_position_order() -> None:
    # ten equal documents: the first three by position are the top three
    record, found = article("same.txt", ["copper exports"] * 10)
    catalog = Catalog.build([record], [(p, record.id) for p in found], [])
    bm25, _ = catalog.keyword_ranks("copper", Filter(), 3)
    assert [doc_id for (_, doc_id), _ in bm25] == [p.id for p in found[:3]]
    assert len({score for _, score in bm25}) == 1
    ranked = itertools.islice(catalog.keyword.rank("copper"), 3)
    assert list(ranked) == [f"passage:{p.id}" for p in found[:3]]

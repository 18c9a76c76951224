"""Hybrid search: exact rare terms, filters, ranks."""

from __future__ import annotations

import pytest

from tests.vectorstore.factories import article, table, table_source
from vectorstore import BadFilterError, Store

FILLER = [
    "Hong Kong's total exports rose in the month compared with a year earlier.",
    "Imports from the mainland increased while re-exports stayed flat.",
    "The trade deficit narrowed as shipments of electrical machinery grew.",
    "Analysts expect demand from Asian markets to remain firm this year.",
]


@pytest.fixture
def filled(store: Store) -> Store:
    record, passages = article(
        "jan.txt",
        [*FILLER, "Exports of integrated circuits (HS8542) surged to a record."],
        date="2026-02-27",
    )
    store.put_source(record, passages, [])
    record, passages = article(
        "mar.txt", ["Exports to Singapore rose 125% in March.", *FILLER[:2]], date="2026-04"
    )
    store.put_source(record, passages, [])
    store.put_source(
        *article("undated.txt", ["Exports to Singapore, undated note."], date=None), []
    )
    tables = [table("monthly", periods=("2025-01", "2025-12")), table("partners")]
    store.put_source(table_source("t.csv", tables), [], tables)
    return store


def test_an_exact_rare_code_is_found_first(filled: Store) -> None:
    hits = filled.search("HS8542", k=3)

    assert hits[0].id == "src-jan.txt-p4"
    assert hits[0].keyword_rank == 1
    assert hits[0].passage is not None
    assert "HS8542" in hits[0].passage.text


def test_an_exact_percentage_is_found_first(filled: Store) -> None:
    hits = filled.search("Is the 125% figure right?", k=3)

    assert hits[0].id == "src-mar.txt-p0"
    assert hits[0].keyword_rank == 1


def test_hits_carry_scores_and_ranks_best_first(filled: Store) -> None:
    hits = filled.search("exports Singapore", k=5)

    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.vector_rank is not None or h.keyword_rank is not None for h in hits)
    for hit in hits:
        assert (hit.passage is not None) == (hit.kind == "passage")
        assert (hit.card is not None) == (hit.kind == "table")


def test_kind_restricts_hits(filled: Store) -> None:
    assert {h.kind for h in filled.search("exports partner", k=20, kind="table")} == {"table"}
    assert {h.kind for h in filled.search("exports partner", k=20, kind="passage")} == {"passage"}
    with pytest.raises(BadFilterError, match="Unknown kind"):
        filled.search("exports", kind="chart")  # type: ignore[arg-type]


def test_sources_filter_by_path_id_or_name(filled: Store) -> None:
    by_path = filled.search("exports", k=20, sources=["mar.txt"])
    by_id = filled.search("exports", k=20, sources=["src-mar.txt"])

    assert {h.passage.source for h in by_path if h.passage} == {"mar.txt"}
    assert [h.id for h in by_path] == [h.id for h in by_id]
    assert filled.search("exports", sources=["nothing.txt"]) == []
    assert {h.id for h in filled.search("exports", k=20, sources=["t.csv"])} == {
        "monthly",
        "partners",
    }


def test_date_filters_compare_normalized_days(filled: Store) -> None:
    april_on = filled.search("exports", k=20, date_from="2026-03-01", kind="passage")
    february = filled.search(
        "exports", k=20, date_from="2026-02", date_to="2026-02", kind="passage"
    )

    assert {h.passage.date for h in april_on if h.passage} == {"2026-04"}
    assert {h.passage.date for h in february if h.passage} == {"2026-02-27"}


def test_undated_passages_only_drop_out_under_a_date_filter(filled: Store) -> None:
    unfiltered = {h.id for h in filled.search("undated note", k=30)}
    filtered = {h.id for h in filled.search("undated note", k=30, date_to="2030")}

    assert "src-undated.txt-p0" in unfiltered
    assert "src-undated.txt-p0" not in filtered


def test_date_filters_keep_tables_whose_periods_overlap(filled: Store) -> None:
    in_2025 = filled.search(
        "exports partner", k=20, kind="table", date_from="2025-06", date_to="2025"
    )
    in_2026_q1 = filled.search("exports partner", k=20, kind="table", date_from="2026-Q1")

    assert [h.id for h in in_2025] == ["monthly"]
    assert [h.id for h in in_2026_q1] == ["partners"]


def test_table_ids_restrict_table_hits(filled: Store) -> None:
    hits = filled.search("exports partner", k=20, table_ids=["partners"])

    assert [h.id for h in hits if h.kind == "table"] == ["partners"]
    assert filled.search("exports", kind="table", table_ids=[]) == []


def test_a_bad_date_is_a_clear_error(filled: Store) -> None:
    with pytest.raises(BadFilterError, match="Not a date: 'last spring'"):
        filled.search("exports", date_from="last spring")


def test_empty_query_empty_store_and_zero_k_give_no_hits(store: Store, filled: Store) -> None:
    assert filled.search("   ") == []
    assert filled.search("exports", k=0) == []


def test_an_empty_store_answers_with_no_hits(store: Store) -> None:
    assert store.search("exports to Singapore") == []


def test_k_limits_the_hits(filled: Store) -> None:
    assert len(filled.search("exports", k=2)) == 2


def test_exact_codes_win_among_many_similar_passages(store: Store) -> None:
    words = [
        "exports",
        "imports",
        "rose",
        "fell",
        "machinery",
        "chips",
        "Singapore",
        "Japan",
        "trade",
        "month",
    ]
    for f in range(10):
        texts = [
            " ".join(words[(i + j) % len(words)] for j in range(30)) + f" code{f}x{i}"
            for i in range(30)
        ]
        store.put_source(*article(f"f{f}.txt", texts), [])

    for f, i in [(0, 0), (3, 17), (9, 29), (5, 5)]:
        hits = store.search(f"code{f}x{i}", k=3)
        assert hits[0].id == f"src-f{f}.txt-p{i}"


def test_a_passage_with_the_asked_figure_beats_near_neighbours(store: Store) -> None:
    near = [
        f"Is the export figure for 2026 right? Analysts say the export figure is right {n}."
        for n in range(30)
    ]
    far = "Shipments to Singapore spiked 125% amid semiconductor demand."
    store.put_source(*article("a.txt", [*near, far]), [])

    hits = store.search("Is the 125% export figure for 2026 right?", k=5)

    assert hits[0].passage is not None
    assert hits[0].passage.text == far


def test_hits_carry_similarity_and_keyword_score(filled: Store) -> None:
    hits = filled.search("HS8542 integrated circuits", k=3)

    top = hits[0]
    assert top.keyword_score is not None
    assert top.keyword_score > 0
    assert top.similarity is not None
    assert -1.0 <= top.similarity <= 1.0
    assert all((h.keyword_score is None) == (h.keyword_rank is None) for h in hits)
    assert all((h.similarity is None) == (h.vector_rank is None) for h in hits)


def test_a_table_is_found_by_any_of_its_partners(store: Store) -> None:
    partners = tuple(f"Partnerland{n}" for n in range(80))
    tables = [table("many", partners=partners)]
    store.put_source(table_source("many.csv", tables), [], tables)

    hits = store.search("exports to Partnerland77", kind="table", k=1)

    assert [h.id for h in hits] == ["many"]
    assert hits[0].keyword_rank == 1

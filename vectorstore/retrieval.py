"""Hybrid retrieval: Chroma's nearest vectors and BM25 keyword matches, fused by RRF.

A third ranking joins the fusion when the question holds rare exact terms (numbers,
percentages, codes such as ``125%`` or ``HS8542``): the documents holding them. So a
passage quoting the very figure a question asks about is not buried by passages
that are merely near in meaning.
"""

from __future__ import annotations

from collections.abc import Sequence

from vectorstore import chroma
from vectorstore.catalog import Catalog, Filter, Key, Kind
from vectorstore.embeddings import Embedder
from vectorstore.errors import StoreError
from vectorstore.fusion import fuse
from vectorstore.records import Hit

CANDIDATES_PER_HIT = 3


def embed_query(embedder: Embedder, query: str) -> list[float]:
    """The query's vector; a failing model becomes a StoreError."""
    try:
        return embedder.embed([query])[0]
    except StoreError:
        raise
    except Exception as error:  # a model can fail in many ways
        raise StoreError(f"The embedder {embedder.name!r} failed on the query: {error}") from error


def hybrid_search(
    collections: chroma.Collections,
    embedding: Sequence[float],
    catalog: Catalog,
    query: str,
    k: int,
    flt: Filter,
) -> list[Hit]:
    """The `k` best passages and cards for `query` passing `flt`."""
    if not catalog.entries:
        return []
    depth = k * CANDIDATES_PER_HIT
    vector_scored = vector_rank(collections, embedding, depth, flt, catalog)
    keyword_scored, by_exact = catalog.keyword_ranks(query, flt, depth)
    by_vector = [key for key, _ in vector_scored]
    by_keyword = [key for key, _ in keyword_scored]
    vector_ranks = {key: rank for rank, key in enumerate(by_vector, start=1)}
    keyword_ranks = {key: rank for rank, key in enumerate(by_keyword, start=1)}
    similarities = dict(vector_scored)
    keyword_scores = dict(keyword_scored)
    hits: list[Hit] = []
    # Keyword rankings first: on a tie, an exact term match beats a mere neighbour.
    for key, score in fuse([by_keyword, by_exact, by_vector]):
        entry = catalog.entries.get(key)
        if entry is None or not flt.admits(entry):
            continue  # Chroma and the manifest disagree: trust the manifest
        hits.append(
            Hit(
                kind=entry.kind,
                id=entry.id,
                score=score,
                passage=entry.passage,
                card=entry.card,
                vector_rank=vector_ranks.get(key),
                keyword_rank=keyword_ranks.get(key),
                similarity=similarities.get(key),
                keyword_score=keyword_scores.get(key),
            )
        )
        if len(hits) == k:
            break
    return hits


def vector_rank(
    collections: chroma.Collections,
    embedding: Sequence[float],
    depth: int,
    flt: Filter,
    catalog: Catalog | None = None,
) -> list[tuple[Key, float]]:
    """The `depth` nearest passages and cards passing `flt`, nearest first.

    Each comes with its cosine similarity to the query (1 - Chroma's cosine distance).
    A `catalog` says how many records each collection holds (Chroma is not asked).
    Chroma's ``where`` is passed only when the filter restricts what Chroma holds.
    """
    wanted: list[Kind] = [kind for kind in ("passage", "table") if not flt.empty_for(kind)]
    if not wanted:
        return []
    found: list[tuple[float, Key]] = []
    for kind in wanted:
        collection = collections.passages if kind == "passage" else collections.tables
        count = None if catalog is None else catalog.count(kind)
        where = flt.where(kind)
        for doc_id, distance in chroma.query(collection, embedding, depth, where, count):
            found.append((distance, (kind, doc_id)))
    found.sort(key=lambda item: item[0])
    return [(key, 1.0 - distance) for distance, key in found[:depth]]

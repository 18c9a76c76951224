"""Vectors by text: known ones are reused, the rest are embedded in one call.

Re-ingesting an edited article re-embeds only the passages whose text changed, and a
batch of sources is embedded together (a model is much faster on one large batch
than on many small ones).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from vectorstore.embeddings import Embedder
from vectorstore.errors import StoreError


class VectorCache:
    """The vectors of texts, for one write (or one batch of writes)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._known: dict[str, list[float]] = {}
        self.embedded = 0  # texts this cache sent to the model

    def remember(self, texts: Sequence[str], vectors: Sequence[Sequence[float]]) -> None:
        """Vectors already made by this embedder (e.g. read back from Chroma)."""
        for text, vector in zip(texts, vectors, strict=False):
            if len(vector) == self.embedder.dimension:
                self._known[text] = [float(x) for x in vector]

    def warm(self, texts: Iterable[str]) -> None:
        """Embed, in one call, every text not known yet."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._known]
        if not missing:
            return
        vectors = embed_checked(self.embedder, missing)
        self.embedded += len(missing)
        self._known.update(zip(missing, vectors, strict=True))

    def vectors(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, embedding those not known yet."""
        self.warm(texts)
        return [self._known[t] for t in texts]


def embed_checked(embedder: Embedder, texts: list[str]) -> list[list[float]]:
    """`embedder.embed`, with any failure or malformed result as a StoreError."""
    try:
        vectors = embedder.embed(texts)
    except StoreError:
        raise
    except Exception as error:  # a model can fail in many ways; the store stays unchanged
        raise StoreError(f"The embedder {embedder.name!r} failed: {error}") from error
    if len(vectors) != len(texts) or any(len(v) != embedder.dimension for v in vectors):
        raise StoreError(
            f"The embedder {embedder.name!r} returned vectors of the wrong number or size."
        )
    if not all(math.isfinite(x) for vector in vectors for x in vector):
        raise StoreError(f"The embedder {embedder.name!r} returned vectors that are not finite.")
    return [list(v) for v in vectors]


class QueryVectors:
    """The vectors of recent search queries (least recently used dropped first): a
    question asked again, or searched twice while one answer is written, is embedded
    once. The embedder never changes for a store, so vectors never go stale."""

    def __init__(self, embedder: Embedder, size: int = 1024) -> None:
        self.embedder = embedder
        self.size = size
        self._known: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def of(self, query: str, embed: Callable[[Embedder, str], list[float]]) -> list[float]:
        """The query's vector, made by ``embed`` when it is not kept."""
        with self._lock:
            vector = self._known.get(query)
            if vector is not None:
                self._known.move_to_end(query)
                return vector
        vector = embed(self.embedder, query)  # outside the lock: answers embed in parallel
        if self.size <= 0:
            return vector
        with self._lock:
            self._known[query] = vector
            while len(self._known) > self.size:
                self._known.popitem(last=False)
        return vector

"""Chroma: the client (embedded or a `chroma run` server) and our two collections.

This is the only module of the project that imports chromadb.
Chroma's default embedding function never runs: every collection is opened with
`TradebotEmbeddingFunction`, wrapping our own `Embedder`, and every add and query
passes its embeddings explicitly.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from vectorstore.embeddings import Embedder
from vectorstore.errors import StoreError

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb
from chromadb.api import ClientAPI as ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings

log = logging.getLogger(__name__)

PASSAGES = "passages"
TABLES = "tables"


class TradebotEmbeddingFunction(EmbeddingFunction[Documents]):  # type: ignore[misc]
    """Chroma's view of our `Embedder`, so Chroma never falls back to its own model."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in self.embedder.embed(list(input))]

    @staticmethod
    def name() -> str:
        return "tradebot"

    def get_config(self) -> dict[str, Any]:
        return {"embedder": self.embedder.name, "dimension": self.embedder.dimension}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> TradebotEmbeddingFunction:
        """Chroma rebuilds functions from collection configs; ours cannot embed on its own."""
        return TradebotEmbeddingFunction(
            UnboundEmbedder(str(config.get("embedder", "unknown")), int(config.get("dimension", 0)))
        )

    def is_legacy(self) -> bool:
        return False


class UnboundEmbedder:
    """The embedder of a collection opened outside `open_store`: it refuses to embed."""

    def __init__(self, name: str, dimension: int) -> None:
        self.name = name
        self.dimension = dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise StoreError(
            f"This Chroma collection holds {self.name} vectors; "
            "open it with vectorstore.open_store."
        )


@dataclass(frozen=True)
class Collections:
    """The two collections of one store, named after the embedder that filled them."""

    passages: Collection
    tables: Collection


def chroma_settings() -> Settings:
    """Chroma settings shared by both client kinds: telemetry off."""
    return Settings(anonymized_telemetry=False, allow_reset=False)


def connect(store_dir: Path, chroma_url: str | None) -> ClientAPI:
    """An embedded client under `store_dir/chroma`, or an HTTP client for `chroma_url`."""
    if chroma_url:
        return _http_client(chroma_url)
    path = store_dir / "chroma"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings())
    except OSError as error:
        raise StoreError(f"The store directory {store_dir} is not writable: {error}") from error
    except Exception as error:  # a damaged or foreign database: chromadb raises many kinds
        raise StoreError(f"Cannot open the Chroma database in {path}: {error}") from error


def disconnect(client: ClientAPI) -> None:
    """Release a client (the embedded database closes when its last client does)."""
    close = getattr(client, "close", None)
    if close is None:
        return
    try:
        close()
    except Exception:  # closing is best effort: nothing to undo
        log.debug("Closing the Chroma client failed", exc_info=True)


def _http_client(url: str) -> ClientAPI:
    parsed = urlparse(url if "://" in url else f"http://{url}")
    try:
        port_given = parsed.port
    except ValueError:
        port_given = None
        parsed = parsed._replace(netloc="")
    if not parsed.hostname:
        raise StoreError(f"Not a Chroma server URL: {url!r} (expected e.g. http://127.0.0.1:8000).")
    ssl = parsed.scheme == "https"
    port = port_given or (443 if ssl else 8000)
    try:
        client = chromadb.HttpClient(
            host=parsed.hostname, port=port, ssl=ssl, settings=chroma_settings()
        )
        client.heartbeat()
    except Exception as error:  # chromadb raises many kinds here: all mean "unreachable"
        raise StoreError(f"Cannot reach the Chroma server at {url}: {error}") from error
    return client


def collection_name(kind: str, embedder: Embedder, store_id: str = "") -> str:
    """`passages-<embedder>-<dimension>-<store id>`.

    Switching embedders never mixes vectors, and stores sharing one Chroma server
    never share collections.
    """
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", embedder.name).strip("-_")[:40].strip("-_")
    name = f"{kind}-{slug or 'embedder'}-{embedder.dimension}"
    return f"{name}-{store_id}" if store_id else name


def open_collections(client: ClientAPI, embedder: Embedder, store_id: str = "") -> Collections:
    function = TradebotEmbeddingFunction(embedder)
    try:
        made = [
            client.get_or_create_collection(
                collection_name(kind, embedder, store_id),
                embedding_function=function,
                configuration={"hnsw": {"space": "cosine"}},
            )
            for kind in (PASSAGES, TABLES)
        ]
    except StoreError:
        raise
    except Exception as error:
        raise StoreError(f"Could not open the Chroma collections: {error}") from error
    return Collections(passages=made[0], tables=made[1])


def clean_metadata(metadata: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Chroma metadata cannot hold None (or containers): keep scalars only."""
    return {k: v for k, v in metadata.items() if isinstance(v, str | int | float | bool)}


def add(
    collection: Collection,
    ids: Sequence[str],
    documents: Sequence[str],
    embeddings: Sequence[Sequence[float]],
    metadatas: Sequence[dict[str, Any]],
) -> None:
    """Add records in batches the server accepts."""
    if not ids:
        return
    import numpy as np

    step = 1000
    for start in range(0, len(ids), step):
        end = start + step
        collection.add(
            ids=list(ids[start:end]),
            documents=list(documents[start:end]),
            embeddings=[np.asarray(v, dtype=np.float32) for v in embeddings[start:end]],
            metadatas=[clean_metadata(m) for m in metadatas[start:end]],
        )


def delete(collection: Collection, ids: Sequence[str]) -> None:
    step = 1000
    for start in range(0, len(ids), step):
        collection.delete(ids=list(ids[start : start + step]))


def fetch(collection: Collection, ids: Sequence[str]) -> dict[str, Any]:
    """Documents, embeddings and metadata of `ids` (for rolling back a failed write)."""
    if not ids:
        return {"ids": [], "documents": [], "embeddings": [], "metadatas": []}
    got = collection.get(ids=list(ids), include=["documents", "embeddings", "metadatas"])
    embeddings = got["embeddings"]
    return {
        "ids": list(got["ids"]),
        "documents": list(got["documents"] or []),
        "embeddings": [list(map(float, v)) for v in (embeddings if embeddings is not None else [])],
        "metadatas": [dict(m) for m in (got["metadatas"] or [])],
    }


def query(
    collection: Collection,
    embedding: Sequence[float],
    n: int,
    where: dict[str, Any] | None,
    count: int | None = None,
) -> list[tuple[str, float]]:
    """Ids and cosine distances of the `n` nearest records passing `where`.

    `count`: how many records the collection holds, when the caller knows (asking Chroma
    costs more than the query itself on a large collection).
    """
    count = collection.count() if count is None else count
    if count == 0 or n <= 0:
        return []
    import numpy as np

    result = collection.query(
        query_embeddings=[np.asarray(embedding, dtype=np.float32)],
        n_results=min(n, count),
        where=where,
        include=["distances"],
    )
    ids = result["ids"][0]
    distances = (result["distances"] or [[0.0] * len(ids)])[0]
    return list(zip(ids, (float(d) for d in distances), strict=True))

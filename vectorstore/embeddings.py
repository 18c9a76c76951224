"""Embedders: turn texts into vectors.

`SentenceTransformerEmbedder` runs the bundled all-MiniLM-L6-v2 model offline;
`HashingEmbedder` is a deterministic, model-free stand-in for tests and synthetic
benchmarks (texts sharing words land near each other).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from vectorstore.errors import StoreError
from vectorstore.settings import default_model_path

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

_WORD = re.compile(r"\w+(?:[.,%]\w+)*%?", re.UNICODE)


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into fixed-length vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class HashingEmbedder:
    """Hashed word unigrams and bigrams in a normalized vector: fast, deterministic, no model."""

    def __init__(self, dimension: int = 384) -> None:
        if dimension < 8:
            raise ValueError("a hashing embedder needs at least 8 dimensions")
        self._dimension = dimension

    @property
    def name(self) -> str:
        return f"hashing-{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._embed_one(text) for text in texts]

    def _embed_one(self, text: str) -> list[float]:
        words = [w.lower() for w in _WORD.findall(text)]
        features = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        vector = [0.0] * self._dimension
        for feature in features:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            index = int.from_bytes(digest[:4], "little") % self._dimension
            vector[index] += 1.0 if digest[4] & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vector))
        if norm == 0.0:
            vector[0] = 1.0
            return vector
        return [v / norm for v in vector]


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local directory, loaded on first use, on CPU."""

    def __init__(
        self, model_path: Path | None = None, *, batch_size: int = 64, threads: int | None = None
    ) -> None:
        self._path = Path(model_path) if model_path is not None else default_model_path()
        if not self._path.is_dir():
            raise StoreError(f"No embedding model found at {self._path}.")
        self._batch_size = batch_size
        self.threads = threads or default_threads()
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._dimension = _configured_dimension(self._path)

    @property
    def name(self) -> str:
        return self._path.name if self._path.name != "model" else self._path.parent.name

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = int(self._load().get_sentence_embedding_dimension() or 0)
        return self._dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        vectors: Any = model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [[float(x) for x in row] for row in vectors.tolist()]

    def _load(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                import torch

                torch.set_num_threads(self.threads)

                try:
                    self._model = SentenceTransformer(
                        str(self._path), device="cpu", local_files_only=True
                    )
                except (OSError, ValueError) as error:
                    raise StoreError(
                        f"Could not load the embedding model at {self._path}: {error}"
                    ) from error
            return self._model


def default_threads() -> int:
    """Half the CPU cores, at least 1: a model with more threads than free cores spends
    its time waiting on its own threads (several times slower on a busy machine)."""
    return max(1, (os.cpu_count() or 2) // 2)


def _configured_dimension(path: Path) -> int | None:
    """The output dimension a sentence-transformers directory declares, without loading it."""
    pooling = path / "1_Pooling" / "config.json"
    try:
        value = json.loads(pooling.read_text(encoding="utf-8"))["word_embedding_dimension"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return int(value) if isinstance(value, int) else None

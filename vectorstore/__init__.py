"""vectorstore."""

from vectorstore.embeddings import Embedder, HashingEmbedder, SentenceTransformerEmbedder
from vectorstore.errors import BadFilterError, NotInStoreError, StoreError
from vectorstore.records import Dimension, Hit, Measure, Passage, SourceRecord, TableCard
from vectorstore.settings import StoreSettings
from vectorstore.store import Store, open_store

__all__ = [
    "BadFilterError",
    "Dimension",
    "Embedder",
    "HashingEmbedder",
    "Hit",
    "Measure",
    "NotInStoreError",
    "Passage",
    "SentenceTransformerEmbedder",
    "SourceRecord",
    "Store",
    "StoreError",
    "StoreSettings",
    "TableCard",
    "open_store",
]

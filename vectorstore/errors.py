"""Errors of the store, written for the person running the tool.

- `StoreError`: base of every error the store raises on purpose: a store directory
  that is not writable, a Chroma server that cannot be reached, a write that failed
  and was undone ("nothing was changed"), an embedding model that cannot load.
  - `NotInStoreError`: an unknown source, table or passage was asked for.
  - `BadFilterError`: a search filter that cannot be understood (a bad date or kind).
"""


class StoreError(Exception):
    """Base error of the `vectorstore` package."""


class NotInStoreError(StoreError):
    """The store holds no source, table or passage by that name."""


class BadFilterError(StoreError):
    """A search filter the store cannot understand."""

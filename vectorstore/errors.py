"""Errors of the store, written for the person running the tool."""


class StoreError(Exception):
    """Base error of the `vectorstore` package."""

"""Errors of ingestion, written for the person running the tool."""

from __future__ import annotations


class IngestError(Exception):
    """Base error of the `ingest` package: a file could not be ingested."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class TableLayoutError(IngestError):
    """A table whose structure could not be recognised."""

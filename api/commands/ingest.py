"""Placeholder for the `tradebot ingest` commands; replaced by its real module."""

from __future__ import annotations

import typer


def _todo() -> None:
    raise typer.Exit(2)


ingest = remove = sources = search = _todo

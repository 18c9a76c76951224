"""Placeholder for the `tradebot serve` commands; replaced by its real module."""

from __future__ import annotations

import typer


def _todo() -> None:
    raise typer.Exit(2)
serve = _todo

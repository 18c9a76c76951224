"""Placeholder for the `tradebot post` commands; replaced by its real module."""

from __future__ import annotations

import typer


def _todo() -> None:
    raise typer.Exit(2)
post = _todo

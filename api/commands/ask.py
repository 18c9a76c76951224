"""Placeholder for the `tradebot ask` commands; replaced by its real module."""

from __future__ import annotations

import typer


def _todo() -> None:
    raise typer.Exit(2)


ask = chat = _todo

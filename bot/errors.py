"""Errors of the answer engine, written for the person asking."""


class BotError(Exception):
    """Base error of the `bot` package."""

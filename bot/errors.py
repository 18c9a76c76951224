"""Errors of the answer engine, written for the person asking."""


class BotError(Exception):
    """Base error of the `bot` package."""


class EvidenceError(BotError):
    """An answer stated a number that no figure or quote supports (a bug, never shown)."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        super().__init__("The answer failed the evidence check: " + "; ".join(violations))

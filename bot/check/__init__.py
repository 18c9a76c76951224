"""Fact-check a whole document: every stated figure, read with its period, flow, partner
and measure, checked against the tables as plan expressions (see docs/check.md)."""

from bot.check.checker import Checker, NoClaimsError
from bot.check.report import VERDICTS, CheckedClaim, CheckReport, Verdict

__all__ = ["VERDICTS", "CheckReport", "CheckedClaim", "Checker", "NoClaimsError", "Verdict"]

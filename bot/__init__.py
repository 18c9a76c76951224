"""bot."""

from bot.planner import plan
from bot.vocabulary import Vocabulary, canonical_flow

__all__ = [
    "Vocabulary",
    "canonical_flow",
    "plan",
]

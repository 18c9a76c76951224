"""bot."""

from bot.conversation import Conversation, Turn
from bot.engine import Engine
from bot.errors import BotError, EvidenceError
from bot.evidence import check_evidence
from bot.planner import plan
from bot.records import Answer, Citation, Claim, Figure, QueryPlan
from bot.settings import BotSettings
from bot.vocabulary import Vocabulary, canonical_flow

__all__ = [
    "Answer",
    "BotError",
    "BotSettings",
    "Citation",
    "Claim",
    "Conversation",
    "Engine",
    "EvidenceError",
    "Figure",
    "QueryPlan",
    "Turn",
    "Vocabulary",
    "canonical_flow",
    "check_evidence",
    "plan",
]

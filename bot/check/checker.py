"""Check every stated figure of a document against the tables: `Checker.check`.

The document's sentences are read in order (`bot.check.readings`), each claim becomes
plan expressions (a ``claim`` node over the series it is about, one per reading), the
plan evaluator computes them, and `bot.check.verdicts` turns the values into verdicts.
Every figure carries its formula and source rows, as in chat answers.
"""

from __future__ import annotations

import datetime
import logging

from bot.check.periods import Timeline
from bot.check.readings import ClaimPlan, Reader, Reading
from bot.check.report import CheckedClaim, CheckReport
from bot.check.sentences import sentences
from bot.check.verdicts import judge
from bot.context import no_data
from bot.engine import EngineStore, OneAnswer
from bot.errors import BotError
from bot.evaluate.nodes import Evaluator, Value
from bot.plan.expressions import leaves
from bot.planner import reference_month
from bot.records import QueryPlan
from bot.settings import BotSettings
from bot.vocabulary import Vocabulary, card_reporters
from vectorstore.periods import label as period_label

log = logging.getLogger(__name__)


class NoClaimsError(BotError):
    """The text states no figures (no number with a unit) to check."""


class Checker:
    """Checks documents against the store's tables."""

    def __init__(self, store: EngineStore, settings: BotSettings | None = None) -> None:
        self.store = store
        self.settings = settings or BotSettings()

    def check(self, text: str, *, date: str | None = None, title: str | None = None) -> CheckReport:
        """Every claim of ``text`` with its verdict. ``date`` (ISO) is the article's date:
        a month without its year is the latest such month before it."""
        limit = self.settings.check_max_chars
        if len(text) > limit:
            raise BotError(f"The text is too long to check (over {limit:,} characters).")
        plans = self.read(text, date=date, title=title)
        if not plans:
            raise NoClaimsError(
                "The text states no figures to check: no percentages, percentage points or "
                "amounts with a currency (dates, years, ages and other bare numbers are not "
                "checked)."
            )
        most = self.settings.check_max_claims
        if len(plans) > most:
            raise BotError(
                f"The text states {len(plans)} figures; at most {most} are checked at once. "
                "Check it in parts."
            )
        source = OneAnswer(self.store)
        return CheckReport(tuple(self._judge(p, source) for p in plans), title=title)

    def read(
        self, text: str, *, date: str | None = None, title: str | None = None
    ) -> list[ClaimPlan]:
        """The claims of a text, read but not evaluated."""
        cards = self.store.cards()
        vocab = Vocabulary.from_cards(cards)
        home = frozenset(k for c in cards for k in card_reporters(c))
        today = reference_month(vocab, _parsed(date))
        timeline = Timeline(today=today, dated=_parsed(date) is not None)
        if title:
            timeline.title_periods = timeline._periods(timeline.read(title))
        reader = Reader(vocab, timeline, home)
        return [plan for sentence in sentences(text) for plan in reader.read(sentence)]

    def _judge(self, plan: ClaimPlan, source: OneAnswer) -> CheckedClaim:
        evaluator = Evaluator(QueryPlan(intent="claim", question=plan.sentence[:2000]), source)

        def evaluate(reading: Reading) -> Value:
            found = evaluator.value(reading.expr)
            if not found.verdict and reading.fallback is not None:
                return evaluator.value(reading.fallback)
            return found

        def coverage(reading: Reading | None) -> str:
            return self._coverage(evaluator, reading)

        try:
            return judge(plan, evaluate, coverage)
        except (ArithmeticError, KeyError, ValueError, TypeError) as error:
            log.exception("could not check %r", plan.words)
            name = type(error).__name__
            note = f"Not checked: the computation stopped on an internal error ({name})."
            return CheckedClaim(
                plan.sentence, plan.text, plan.value, plan.unit, "no_data", None, note
            )

    def _coverage(self, evaluator: Evaluator, reading: Reading | None) -> str:
        if reading is not None:
            leaf = leaves(reading.expr.expr)[0]
            ctx = evaluator.context(leaf)
            lines = no_data(ctx, leaf.flow, leaf.period, leaf.partner).lines
            if lines:
                return " ".join(lines)
        covered = [
            f"{card.title} ({period_label(card.periods[0])} to {period_label(card.periods[-1])})"
            for card in self.store.cards()
            if card.periods
        ]
        return (
            "The tables cover: " + "; ".join(covered) + "."
            if covered
            else "The store holds no tables."
        )


def _parsed(text: str | None) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None

"""The answer engine: question -> plan -> figures -> quotes -> Markdown -> evidence check.

`Engine.chain` is a LangChain Runnable made of plain steps (RunnableLambda); each
step takes and returns a `_State`. `Engine.answer` runs it and records the turn in a
`Conversation`. Nothing here reads free text into code: the planner produces a plan,
pandas computes, and the evidence check refuses any number that cannot be traced.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from bot import adjustments, balances, claims, comparisons, cutoffs, economies, findings, spans
from bot.answer import coverage, wording
from bot.answer_cache import AnswerCache, cache_key
from bot.compose import compose as compose_text
from bot.compose import summary
from bot.context import Context, Findings, marked, merge, origin_notes, readable, unknown_names
from bot.conversation import Conversation, Turn
from bot.errors import BotError, EvidenceError
from bot.evaluate.nodes import Evaluator
from bot.evidence import check_evidence, drop_untraced
from bot.llm import Emit, chat_model, rephrase
from bot.plan.expressions import Intent, Plan
from bot.plan.reader import compose
from bot.planning import ModelPlanner, Planning
from bot.records import Answer, Citation, QueryPlan
from bot.retrieval import cite, retrieve
from bot.settings import BotSettings
from bot.textanswers import write_answer
from vectorstore.errors import StoreError
from vectorstore.records import Hit, TableCard

if TYPE_CHECKING:
    import pandas as pd
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

Planner = Callable[[str, QueryPlan | None], QueryPlan]
_HANDLERS: dict[str, Callable[[Context], Findings]] = {
    "lookup": findings.lookup,
    "change": adjustments.change,
    "compare": comparisons.compare,
    "share": findings.share,
    "rank": cutoffs.rank,
    "aggregate": spans.aggregate,
    "trend": spans.trend,
    "balance": balances.balance,
    "claim": claims.claim,
}
_TIDY = ("period", "measure", "value", "row")
_FAILED = "I could not compute that: "
_DIGIT = re.compile(r"\d")


class EngineStore(Protocol):
    """The part of `vectorstore.Store` the engine uses."""

    def cards(self) -> list[TableCard]: ...

    def frame(self, table_id: str) -> pd.DataFrame: ...

    def search(
        self, query: str, k: int = 8, *, kind: Literal["passage", "table"] | None = None
    ) -> list[Hit]: ...

    def generation(self) -> int: ...


@dataclass(frozen=True)
class _State:
    question: str
    previous: QueryPlan | None = None
    plan: QueryPlan | None = None
    findings: Findings | None = None
    citations: tuple[Citation, ...] = ()
    text: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    rules: QueryPlan | None = None  # the rule planner's plan (the model's fallback)
    planning: Planning = field(default_factory=Planning)
    history: tuple[str, ...] = ()  # earlier questions and answers, for the model
    emit: Emit | None = field(default=None, compare=False)  # streams checked sentences


class OneAnswer:
    """The store's cards and frames, read once per answer (the store hands out copies)."""

    def __init__(self, store: EngineStore) -> None:
        self._store = store
        self._cards: list[TableCard] | None = None
        self._frames: dict[str, pd.DataFrame] = {}

    def cards(self) -> list[TableCard]:
        if self._cards is None:
            self._cards = self._store.cards()
        return self._cards

    def frame(self, table_id: str) -> pd.DataFrame:
        if table_id not in self._frames:
            self._frames[table_id] = _checked(table_id, self._store.frame(table_id))
        return self._frames[table_id]


_US = frozenset({"united states", "us", "usa", "u.s.", "united states of america", "america"})
_US_WORDS = re.compile(r"\b(?:U\.?S\.?A?|United States|America)\b(?!\s?\$)", re.I)


def _without_currency(plan: QueryPlan) -> QueryPlan:
    """ "US$183.8 billion" names a currency, not a partner: a United States the question
    names only inside ``US$`` is dropped from the plan's partners and unmatched names."""
    if "$" not in plan.question or _US_WORDS.search(plan.question.replace("US$", "")):
        return plan
    partners = tuple(p for p in plan.partners if p.casefold() not in _US)
    unmatched = tuple(u for u in plan.unmatched if u.casefold() not in _US)
    if (partners, unmatched) == (plan.partners, plan.unmatched):
        return plan
    return replace(plan, partners=partners, unmatched=unmatched)


def _remembered(plan: QueryPlan, found: Findings) -> QueryPlan:
    """A ranking's partners become the conversation's partners ("which of those ...")."""
    if not found.ranked or (plan.intent == "rank" and plan.rank_by == "period"):
        return plan
    return replace(plan, context_partners=found.ranked)


def _checked(table_id: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A frame that keeps the tidy contract; a broken one reads as an empty table."""
    import pandas as pd

    missing = [c for c in _TIDY if c not in frame.columns]
    if missing:
        log.warning("table %s lacks the columns %s; it is left out", table_id, missing)
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in _TIDY})
    for column in ("value", "row"):
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    if frame["row"].isna().any():
        frame = frame[frame["row"].notna()]
    return frame


def _failure(error: Exception) -> str:
    """What went wrong, for the person asking (the traceback is in the log)."""
    return (
        f"the computation stopped on an internal error ({type(error).__name__}). "
        "It has been logged; please rephrase the question or ask about another period."
    )


class Engine:
    """Answers questions about the ingested tables and articles."""

    def __init__(
        self,
        store: EngineStore,
        settings: BotSettings | None = None,
        llm: BaseChatModel | None = None,
        *,
        planner: Planner | None = None,
        strict: bool = False,
        today: date | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or BotSettings()
        self.llm = llm if llm is not None else chat_model(self.settings)
        self.strict = strict
        self._today = today
        self._planner = planner or self._plan_with_vocabulary
        uses_model = self.llm is not None and self.settings.planner != "rules"
        self._phrases = uses_model
        self._reader = (
            ModelPlanner(self.llm, self.settings)
            if uses_model and planner is None and self.llm is not None
            else None
        )
        self._vocab: tuple[tuple[str, ...], Any] | None = None
        # Deterministic answers only: a model plans and phrases differently each time.
        self.cache = AnswerCache(0 if self.llm is not None else self.settings.answer_cache)
        # Computing is CPU-bound Python: threads beyond the cores only take turns on the
        # interpreter lock, slower in total and with a long tail; they queue here instead.
        # Not with a model: its answers mostly wait on the network.
        self._computing: AbstractContextManager[object] = (
            threading.BoundedSemaphore(self.settings.parallel_answers)
            if self.llm is None
            else nullcontext()
        )
        self.chain: Runnable[_State, Answer] = (
            RunnableLambda(self._plan_step)
            | RunnableLambda(self._compute_step)
            | RunnableLambda(self._retrieve_step)
            | RunnableLambda(self._compose_step)
            | RunnableLambda(self._phrase_step)
            | RunnableLambda(self._check_step)
        )

    def answer(
        self, question: str, conversation: Conversation | None = None, *, emit: Emit | None = None
    ) -> Answer:
        """Answer one question; a conversation supplies the last plan and records the turn.
        ``emit`` receives the model's checked sentences as they are written (streaming)."""
        question = " ".join(question.split())
        if not question:
            raise BotError("Please ask a question, for example: How much did exports grow?")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise BotError(f"The question is too long (over {limit:,} characters).")
        previous = conversation.last_plan if conversation is not None else None

        def compute() -> tuple[Answer, bool]:
            with self._computing:
                found = self._compute(question, previous, conversation, emit)
            return found, not found.text.startswith(_FAILED)  # a failure is not kept

        if self.cache.size and emit is None:
            day = self._today or date.today()
            key = cache_key(self.store.generation(), day, question, previous)
            answer = self.cache.get_or_compute(key, compute)
        else:
            answer = compute()[0]
        if conversation is not None:
            conversation.add(
                Turn(
                    question,
                    answer.plan,
                    summary(answer.text),
                    len(answer.figures),
                    len(answer.citations),
                )
            )
        return answer

    def _compute(
        self,
        question: str,
        previous: QueryPlan | None,
        conversation: Conversation | None,
        emit: Emit | None,
    ) -> Answer:
        turns = conversation.turns[-4:] if conversation is not None else []
        history = tuple(f"Q: {t.question}\nA: {t.summary}" for t in turns)
        start = _State(question=question, previous=previous, history=history, emit=emit)
        try:
            return self.chain.invoke(start)
        except (BotError, StoreError):
            raise
        except Exception as error:  # a bug in one step must not crash the caller
            log.exception("could not answer %r", question)
            return Answer(text=f"{_FAILED}{_failure(error)}")

    def plan(self, question: str, conversation: Conversation | None = None) -> QueryPlan:
        """The plan a question becomes (its ``expression`` holds the plan language's JSON),
        without computing anything."""
        previous = conversation.last_plan if conversation is not None else None
        state = self._plan_step(_State(question=" ".join(question.split()), previous=previous))
        assert state.plan is not None
        return state.plan

    def _plan_with_vocabulary(self, question: str, previous: QueryPlan | None) -> QueryPlan:
        from bot.planner import plan
        from bot.vocabulary import Vocabulary

        cards = self.store.cards()
        key = tuple(sorted(c.id for c in cards))
        if self._vocab is None or self._vocab[0] != key:
            self._vocab = (key, Vocabulary.from_cards(cards, reporters=self._reporters(cards)))
        return plan(question, self._vocab[1], previous=previous, today=self._today)

    def _reporters(self, cards: list[TableCard]) -> dict[str, list[str]]:
        """Table id -> the reporting economies its attribute columns name (a reporter
        held in a column, not a dimension, still picks the table)."""
        from bot.vocabulary import reporter_columns

        found: dict[str, list[str]] = {}
        for card in cards:
            columns = reporter_columns(card)
            if not columns:
                continue
            frame = self.store.frame(card.id)
            values = {
                str(v).strip()
                for c in columns
                if c in frame.columns
                for v in frame[c].dropna().unique()[:50]
            }
            found[card.id] = sorted(v for v in values if v)
        return found

    def _plan_step(self, state: _State) -> _State:
        def reread(text: str, previous: QueryPlan | None) -> QueryPlan:
            return _without_currency(self._planner(text, previous))

        query = replace(reread(state.question, state.previous), expression=None)
        if state.previous is not None:
            named = (*state.previous.context_periods, *state.previous.periods)
            query = replace(query, context_periods=tuple(dict.fromkeys(named))[-6:])
        if query.intent != "text":
            labels = [tuple(m.label for m in c.measures) for c in self.store.cards()]
            plan = compose(query, state.previous, reread, labels)
            query = replace(query, expression=plan.to_dict())
        if self._reader is None or self.settings.planner != "llm":
            return replace(state, plan=query, rules=query)
        mine, planning = self._reader.read(self.store.cards(), query, state.previous, state.history)
        return replace(state, plan=mine, rules=query, planning=planning)

    def _compute_step(self, state: _State) -> _State:
        assert state.plan is not None
        found, plan = self._evaluate(state.question, state.plan)
        planning, rules = state.planning, state.rules
        refused = not found.figures and plan.intent != "text"
        if planning.name == "llm" and rules is not None and (refused or plan.intent == "text"):
            # the model's plan found no answer, or it sent a question the rule planner read
            # as a table question to the passages: the rule planner's plan is tried
            theirs, own = self._evaluate(state.question, rules)
            if refused or theirs.figures:
                why = (
                    f"the model's plan gave no answer: {found.lead[:200]}"
                    if refused
                    else "the model sent a question the tables answer to the passages"
                )
                planning = planning.fell_back(why)
                found, plan = theirs, own
        elif refused and self._reader is not None and self.settings.planner == "auto":
            found, plan, planning = self._second_reading(state, found, plan)
        return replace(state, findings=found, plan=plan, planning=planning)

    def _second_reading(
        self, state: _State, found: Findings, plan: QueryPlan
    ) -> tuple[Findings, QueryPlan, Planning]:
        """``auto``: the rule planner's plan gave no answer; the model reads the question."""
        assert self._reader is not None
        assert state.rules is not None
        mine, asked = self._reader.read(
            self.store.cards(), state.rules, state.previous, state.history
        )
        if asked.name != "llm":
            return found, plan, asked
        if mine.intent == "text":
            return found, plan, asked.fell_back("the model sent the question to the passages")
        theirs, mine = self._evaluate(state.question, mine)
        if not theirs.figures:
            return found, plan, asked.fell_back("the model's plan gave no answer either")
        return theirs, mine, asked

    def _evaluate(self, question: str, query: QueryPlan) -> tuple[Findings, QueryPlan]:
        """The findings of a query plan (its expression), after the coverage guard."""
        plan = Plan.from_dict(query.expression) if query.expression else None
        if plan is None or (len(plan.parts) == 1 and isinstance(plan.parts[0], Intent)):
            found = self._intent_findings(query)
            covered = self._covered(question, query, found)
            return covered, _remembered(query, covered)
        source = OneAnswer(self.store)
        parts = []
        for part in plan.parts:
            if isinstance(part, Intent):
                own = QueryPlan.from_dict({**part.query, "expression": None})
                parts.append(self._intent_findings(own))
            else:
                value = Evaluator(query, source).value(part)
                parts.append(marked(readable(wording.findings(part, value))))
                if value.verdict:
                    parts[-1] = replace(parts[-1], verdict=value.verdict)
        found = merge(parts)
        found = replace(found, verdict=next((p.verdict for p in parts if p.verdict), None))
        covered = self._covered(question, query, found)  # a refused ranking names nothing
        return covered, _remembered(query, covered)

    def _covered(self, question: str, query: QueryPlan, found: Findings) -> Findings:
        """The coverage guard: a figure for part of the question, or for another one, is
        replaced by a plain answer naming what could not be answered."""
        gaps = coverage.missed(question, query, found, self.store.cards())
        if not gaps:
            return found
        if self.strict:
            raise coverage.CoverageError(gaps)
        log.warning("coverage: %s", gaps)
        return coverage.refusal(gaps)

    def _intent_findings(self, plan: QueryPlan) -> Findings:
        """Findings of one built-in kind of question (an ``intent`` part of a plan)."""
        if plan.intent == "text":
            return Findings(lead="", answered=True)
        ctx = Context(plan, OneAnswer(self.store))
        if plan.unmatched and not plan.partners:
            # a place or product no table holds: never answer with the total instead
            return unknown_names(ctx)
        intent = plan.intent
        if intent == "share" and plan.flow == "balance":
            intent = "balance"  # "the deficit as a % of imports" is the balance answer
        handler = _HANDLERS.get(intent, findings.lookup)
        found = handler(ctx)
        if intent != "claim":
            found = replace(found, notes=(*found.notes, *origin_notes(found.figures)))
        found = marked(readable(found))
        reporter = getattr(plan, "reporter", None)
        if reporter and found.lead and not _DIGIT.search(reporter):
            found = replace(found, lead=f"{reporter}: {found.lead}")
        elif found.answered and found.figures:
            found = economies.named(ctx, found, handler)
        return found

    def _retrieve_step(self, state: _State) -> _State:
        assert state.plan is not None
        assert state.findings is not None
        found = state.findings
        plan = state.plan
        if plan.intent == "rank" and not plan.partners and found.chart:
            # quote what the articles say about the markets the ranking found
            names = tuple(str(label) for label in found.chart.get("labels", [])[:5])
            plan = replace(plan, partners=names if plan.rank_by != "period" else ())
        if not plan.reporter and plan.intent != "text":
            plan = replace(plan, reporter=self._figures_reporter(found))
        quotes = retrieve(self.store, plan, self.settings.top_k)
        citations = tuple(cite(quotes))
        differs = claims.contradicted(found.figures, citations)
        if differs:
            found = replace(found, notes=(*found.notes, *differs))
        if found.provenance:
            same = claims.same_article(found.provenance, citations)
            if same is not None:
                found = replace(found, notes=(*found.notes, same))
        return replace(state, citations=citations, findings=found)

    def _figures_reporter(self, found: Findings) -> str | None:
        """The one economy the answer's tables report, by name (quotes must be about it)."""
        from bot.vocabulary import card_reporters
        from lexicon.places import display_name

        tables = {f.table_id for f in found.figures if f.table_id}
        keys = {k for c in self.store.cards() if c.id in tables for k in card_reporters(c)}
        return display_name(next(iter(keys))) if len(keys) == 1 else None

    def _compose_step(self, state: _State) -> _State:
        assert state.plan is not None
        assert state.findings is not None
        found, planning = state.findings, state.planning
        if self._phrases and self.llm is not None and state.plan.intent == "text":
            started = time.perf_counter()
            text = write_answer(self.llm, state.question, state.citations, state.emit)
            planning = planning.waited(time.perf_counter() - started)
            if text is not None:  # the model's text answers: the answer is the model's
                found = replace(found, lead=text, answered=True)
                planning = replace(planning, name="llm")
        text = compose_text(found, state.citations, state.plan)
        return replace(state, text=text, findings=found, planning=planning)

    def _phrase_step(self, state: _State) -> _State:
        found = state.findings
        if not self._phrases or self.llm is None or found is None or state.plan is None:
            return state
        if not found.figures or not found.lead or state.plan.intent == "text":
            return state  # a refusal is never rephrased: it could come to read as an answer
        started = time.perf_counter()
        better = rephrase(
            self.llm, state.question, found.lead, found.figures, state.citations, state.emit
        )
        state = replace(state, planning=state.planning.waited(time.perf_counter() - started))
        if better is None:
            return state
        marks = {f.mark for f in found.figures if f.mark and f.mark in found.lead}
        if any(mark not in better for mark in marks):
            log.info("rejected the model's sentence: it drops a provisional/revised mark")
            return state
        candidate = state.text.replace(found.lead, better, 1)
        if check_evidence(self._answer(state, candidate)):
            log.info("rejected the model's sentence: it states an untraced number")
            return state
        return replace(state, text=candidate)

    def _check_step(self, state: _State) -> Answer:
        answer = self._answer(state, state.text)
        violations = check_evidence(answer)
        if not violations:
            return answer
        if self.strict:
            raise EvidenceError(violations)
        log.error("dropping sentences with untraced numbers: %s", violations)
        text, dropped = drop_untraced(answer)
        return replace(answer, text=text, notes=(*answer.notes, *dropped))

    def _answer(self, state: _State, text: str) -> Answer:
        found = state.findings
        return Answer(
            text=text,
            figures=found.figures if found else (),
            citations=state.citations,
            plan=state.plan,
            chart=found.chart if found else None,
            notes=found.notes if found else (),
            verdict=found.verdict if found else None,
            planner=state.planning.name,
            planner_fallback=state.planning.fallback,
            model_seconds=_rounded(state.planning.seconds),
        )


def _rounded(seconds: float | None) -> float | None:
    return round(seconds, 3) if seconds is not None else None

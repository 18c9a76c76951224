"""Who reads the question: the rule planner, or a language model with the rules behind it.

`ModelPlanner.read` asks the model (`bot.plan.model.read_question`) for a plan and turns
it into the `QueryPlan` the engine evaluates: the rule planner's reading of the same
question supplies what the model does not decide (candidate tables, the reporting
economy the question names, names no table holds, retrieval keywords), the model's plan
is the expression. Any failure returns the rule planner's plan, with the reason in
`Planning.fallback` (the answer's metadata).

The two readings must agree on what the question names (`disagreement`): a partner the
rule planner found in the question (or carried from the conversation) that the model's plan
leaves out, a period of the question none of the model's periods overlaps, or another flow,
and the rule planner answers. A plan for another question would compute a right number
for the wrong question; the rules' reading is the cross-check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.plan.expressions import ClaimCheck, Plan, Rank, Select, leaves
from bot.plan.glossary import Glossary
from bot.plan.model import PlanRejectedError, read_question
from bot.records import Claim, Intent, QueryPlan
from bot.settings import BotSettings
from vectorstore.periods import parse
from vectorstore.records import TableCard

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_INTENTS: dict[str, Intent] = {
    "series": "lookup",
    "change": "change",
    "cagr": "change",
    "ratio": "share",
    "rank": "rank",
    "compare": "compare",
    "any": "compare",
    "count": "aggregate",
    "sum": "aggregate",
    "mean": "aggregate",
    "difference": "lookup",
    "claim": "claim",
}


@dataclass(frozen=True)
class Planning:
    """Which planner answered, why the model's plan was not used, the model's seconds."""

    name: str = "rules"
    fallback: str | None = None
    seconds: float | None = None

    def waited(self, seconds: float) -> Planning:
        """The same, with more seconds spent waiting for the model."""
        return replace(self, seconds=(self.seconds or 0.0) + seconds)

    def fell_back(self, reason: str) -> Planning:
        return replace(self, name="rules", fallback=reason)


class ModelPlanner:
    """Reads questions with a chat model; the glossary is rebuilt when the tables change."""

    def __init__(self, model: BaseChatModel, settings: BotSettings) -> None:
        self.model = model
        self.settings = settings
        self._glossary: tuple[tuple[str, ...], Glossary] | None = None

    def glossary(self, cards: Sequence[TableCard]) -> Glossary:
        key = tuple(sorted(c.id for c in cards))
        if self._glossary is None or self._glossary[0] != key:
            self._glossary = (key, Glossary.from_cards(cards))
        return self._glossary[1]

    def read(
        self,
        cards: Sequence[TableCard],
        rules: QueryPlan,
        previous: QueryPlan | None,
        history: Sequence[str],
    ) -> tuple[QueryPlan, Planning]:
        """The model's plan as a query plan, or the rules' plan and the reason."""
        try:
            reading = read_question(
                self.model,
                self.settings,
                rules.question,
                self.glossary(cards),
                table_ids=rules.table_ids,
                history=history,
                previous=previous.expression if previous is not None else None,
            )
        except PlanRejectedError as exc:
            return rules, Planning("rules", str(exc), exc.seconds)
        planning = Planning("llm", None, reading.seconds)
        if reading.plan is None:  # the model sends the question to the passages
            return replace(rules, intent="text", expression=None), planning
        gap = disagreement(rules, reading.plan)
        if gap is not None:
            return rules, planning.fell_back(f"the model's plan {gap}")
        return model_query(rules, reading.plan), planning


def disagreement(rules: QueryPlan, plan: Plan) -> str | None:
    """How the model's plan departs from the names the rule planner read, or None."""
    if rules.intent == "text":
        return None  # the rules understood nothing to compare with
    found = [leaf for part in plan.parts for leaf in leaves(part)]
    named = {_key(leaf.partner) for leaf in found if leaf.partner}
    named |= {_key(p) for part in plan.parts if isinstance(part, Rank) for p in part.exclude}
    missing = [p for p in rules.partners if _key(p) not in named]
    if missing:
        return f"leaves out {missing[0]}, which the question names"
    spans = [_months(leaf.period) for leaf in found]
    asked = [_months(p) for p in rules.periods]
    if asked and spans and not any(a[0] <= s[1] and s[0] <= a[1] for a in asked for s in spans):
        return f"is about other periods than {', '.join(rules.periods)}"
    flows = {leaf.flow for leaf in found}
    if rules.flow in _PLAIN_FLOWS and flows and not flows & {rules.flow, "balance", "trade"}:
        return f"is about {', '.join(sorted(flows))}, not {rules.flow}"
    return None


_PLAIN_FLOWS = ("exports", "imports", "re-exports", "domestic exports")


def _key(name: str) -> str:
    from lexicon.places import code_key, place_key

    return place_key(name) or code_key(name) or name.casefold()


def _months(period: str) -> tuple[int, int]:
    found = parse(period)
    return (found.start, found.end)


def model_query(rules: QueryPlan, plan: Plan) -> QueryPlan:
    """The query plan of a model's plan: its leaves' names, the rules' tables."""
    found = [leaf for part in plan.parts for leaf in leaves(part)]
    first = plan.parts[0]
    intent = _INTENTS.get(first.op, "lookup")
    if isinstance(first, Select) and first.measure == "change_pct":
        intent = "change"
    flows = tuple(dict.fromkeys(leaf.flow for leaf in found))
    claim = None
    if isinstance(first, ClaimCheck):
        claim = Claim(first.stated, first.unit, first.text)
    update: dict[str, Any] = {
        "intent": intent,
        "flow": flows[0] if flows else rules.flow,
        "flows": flows if len(flows) > 1 else (),
        "partners": tuple(dict.fromkeys(leaf.partner for leaf in found if leaf.partner)),
        "periods": tuple(dict.fromkeys(leaf.period for leaf in found)),
        "measure_kind": found[0].measure if found else None,
        "filters": found[0].filters if found else (),
        "basis": found[0].basis if found else None,
        "claim": claim,
        "expression": plan.to_dict(),
    }
    return replace(rules, **update)

"""The bot's own types: the query plan, computed figures, citations and the answer.

They cross into `api` and are serialised to JSON (`Answer.to_dict`), so they hold
plain values only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Intent = Literal[
    "lookup",  # a value for a period
    "change",  # y-o-y, m-o-m, or between two periods
    "share",  # part of a total
    "rank",  # top-N / which markets drove / fastest growing
    "compare",  # two partners or flows side by side
    "aggregate",  # sum or average over a period range
    "balance",  # exports minus imports
    "trend",  # values over a period range
    "claim",  # check a number someone stated
    "text",  # answered by quoting passages
]
Basis = Literal["yoy", "mom", "between"]
Aggregation = Literal["sum", "mean"]


@dataclass(frozen=True)
class Claim:
    """A number stated in the question, to be checked against the tables."""

    value: float
    unit: str  # "%" or a currency unit as written ("HK$ bn")
    text: str  # the words of the claim as asked


@dataclass(frozen=True)
class QueryPlan:
    """What a question asks for, resolved against the ingested data's vocabulary.

    ``partners`` and ``filters`` hold values exactly as they appear in the tables
    (matched case-insensitively, through aliases); ``periods`` are canonical periods
    (see `vectorstore.periods`). ``unmatched`` keeps entities named in the question
    that no table holds, so the answer can say so plainly.
    """

    intent: Intent
    question: str
    flow: str | None = None  # "exports", "imports", "re-exports", "domestic exports", "balance"
    measure_kind: str | None = None  # "level", "change_pct", "share_pct" ... when the question says
    partners: tuple[str, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()  # (dimension name, value) other than partner
    periods: tuple[str, ...] = ()
    basis: Basis | None = None
    aggregation: Aggregation | None = None
    top_n: int | None = None
    order: Literal["desc", "asc"] = "desc"
    claim: Claim | None = None
    table_ids: tuple[str, ...] = ()  # candidate tables, best first
    keywords: tuple[str, ...] = ()  # terms to boost retrieval
    unmatched: tuple[str, ...] = ()
    flows: tuple[str, ...] = ()  # every flow named, in order, when several ("exports vs imports")
    rank_by: str | None = None  # what a rank orders: "partner" (default) or "period"
    reporter: str | None = None  # the reporting economy named ("Viet Nam's exports"), if any
    # a ranking's cut-off: "growth above 50%" -> 50.0, "gt", "%" (value as the question states it)
    threshold: float | None = None
    threshold_op: Literal["gt", "ge", "lt", "le"] | None = None
    threshold_unit: str | None = None  # "%", "pp" or a currency unit as written ("HK$ bn")
    # partners named earlier in the conversation (oldest first), for "which of those ..."
    context_partners: tuple[str, ...] = ()
    # "sa": the question asks for seasonally adjusted figures (only such measures may answer);
    # None: never a seasonally adjusted measure
    adjustment: Literal["sa"] | None = None
    # periods named earlier in the conversation (oldest first), for "between those years"
    context_periods: tuple[str, ...] = ()
    # the plan as expressions over series (`bot.plan.expressions.Plan`, as JSON): what the
    # engine evaluates; built-in kinds appear as "intent" parts
    expression: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QueryPlan:
        claim = data.get("claim")
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
        filters = tuple(tuple(pair) for pair in data.get("filters", ()))
        return cls(
            **{**data, **tuples, "filters": filters, "claim": Claim(**claim) if claim else None}
        )


@dataclass(frozen=True)
class Figure:
    """A number the bot computed (or read) from a table, with how and where from.

    ``formula`` is written in words and numbers, e.g.
    ``"(455.5 / 384.5 - 1) x 100 = 18.5%"``; ``sources`` name table and rows, e.g.
    ``"hk_monthly.csv rows 16, 28"``. ``display`` is the value exactly as it appears
    in the answer text (``"18.5%"``, ``"HK$ 455.5 bn"``).
    """

    label: str
    value: float
    unit: str
    formula: str
    sources: tuple[str, ...]
    display: str
    period: str | None = None
    table_id: str | None = None
    published: float | None = None  # the table's own rate when we recomputed one
    flag: str | None = None  # e.g. "published 18.5% differs from recomputed 18.7%"
    names: tuple[str, ...] = ()  # partner and other dimension values it is about ("EU 27")
    # the source's mark on the values: "provisional", "revised", "estimated" for a value read
    # from a marked row; "based on provisional figures" for one computed from such values
    mark: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", tuple(self.names))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sources"] = list(self.sources)
        data["names"] = list(self.names)
        return data


@dataclass(frozen=True)
class Citation:
    """A verbatim quote from an ingested passage, numbered as in the answer text."""

    id: int
    source: str
    quote: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    passage_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """The whole answer: Markdown text, the figures and the citations it rests on."""

    text: str
    figures: tuple[Figure, ...] = ()
    citations: tuple[Citation, ...] = ()
    plan: QueryPlan | None = None
    # {"type": "line" or "bar", "title", "unit", "labels", "values"}
    chart: dict[str, Any] | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    # a yes/no question's or a claim check's verdict: "yes", "no", "supported",
    # "contradicted"; None otherwise
    verdict: str | None = None
    # who read the question: "rules" or "llm" (the language model), why the model's plan
    # was not used when it was asked, and the seconds spent waiting for the model
    planner: str = "rules"
    planner_fallback: str | None = None
    model_seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON answer of the machine interface."""
        return {
            "answer": self.text,
            "figures": [f.to_dict() for f in self.figures],
            "citations": [c.to_dict() for c in self.citations],
            "plan": self.plan.to_dict() if self.plan else None,
            "chart": self.chart,
            "verdict": self.verdict,
            "planner": {
                "name": self.planner,
                "fallback": self.planner_fallback,
                "model_seconds": self.model_seconds,
            },
        }

"""The plan language: a question is a list of expressions over series.

A leaf (`Select`) selects one value of one series: a flow, a partner, other filters, the
kind of measure (a level, a published rate ...) and a period. Nodes combine values:

========== ===========================================================================
``sum``        the sum of its terms (partners, flows or periods), every one required
``mean``       the mean of its terms
``difference`` left minus right
``ratio``      part / whole x 100 (a share, or one value relative to another)
``change``     now / before - 1, x 100 (y-o-y, m-o-m, or between two periods)
``cagr``       (last / first) ^ (1 / years) - 1, x 100
``rank``       partners ordered by a series at a period: top-n, nth, exclusions,
               countries only (groupings such as ASEAN left out), ascending or not
``any``        whether any term passes a test (``lt 400``): "were imports ever below ..."
``compare``    whether one value passes a test against another: "were exports to A larger
               than to B?"
``claim``      a stated number checked against an expression
``intent``     one of the engine's built-in question kinds (lookup, change, share,
               rank, compare, aggregate, balance, trend, claim), with its query plan
========== ===========================================================================

A `Plan` holds the parts of a question (a two-part question has two) and a version.
`Plan.model_json_schema()` is the JSON Schema (``tradebot schema``, and the API docs).
Plans are data: nothing in them is ever executed; `bot.evaluate` computes them with
pandas.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

VERSION = 1
MeasureKind = Literal["level", "change_pct", "share_pct", "ratio_pct"]
Test = Literal["gt", "ge", "lt", "le", "eq", "ne"]


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Select(_Node):
    """One value of one series."""

    op: Literal["series"] = "series"
    flow: str = Field(
        "exports", description="exports, imports, re-exports, domestic exports, balance"
    )
    partner: str | None = Field(
        None, description="a partner as the table writes it; None: the total"
    )
    filters: tuple[tuple[str, str], ...] = Field((), description="(dimension, value) pairs")
    measure: MeasureKind = "level"
    basis: Literal["yoy", "mom"] | None = Field(None, description="for a published rate")
    adjustment: Literal["sa"] | None = None
    reporter: str | None = Field(None, description="the reporting economy, when named")
    label: str | None = Field(
        None, description="a measure chosen by its label, where a table's items are columns"
    )
    period: str = Field(description="a canonical period: 2024, 2024-Q1, 2024-03, 2024-01..2024-05")

    def words(self) -> str:
        return f"{self.flow}{f' ({self.partner})' if self.partner else ''} {self.period}"


class Sum(_Node):
    op: Literal["sum"] = "sum"
    over: Literal["partners", "flows", "periods", "products"]
    terms: tuple[Expr, ...] = Field(min_length=2)


class Mean(_Node):
    op: Literal["mean"] = "mean"
    over: Literal["partners", "flows", "periods", "products"]
    terms: tuple[Expr, ...] = Field(min_length=2)


class Difference(_Node):
    op: Literal["difference"] = "difference"
    left: Expr
    right: Expr


class Ratio(_Node):
    op: Literal["ratio"] = "ratio"
    part: Expr
    whole: Expr
    of_whole: bool = Field(
        True, description="the part is a part of the whole (a share): never above 100%"
    )


class Change(_Node):
    op: Literal["change"] = "change"
    now: Expr
    before: Expr


class Cagr(_Node):
    op: Literal["cagr"] = "cagr"
    first: Expr
    last: Expr
    years: float = Field(gt=0)


class Rank(_Node):
    """Partners ordered by ``by`` (a `Select` whose partner is left open)."""

    op: Literal["rank"] = "rank"
    by: Select
    order: Literal["desc", "asc"] = "desc"
    top: int | None = Field(None, ge=1, description="the first n; None: all")
    nth: int | None = Field(None, ge=1, description="only the nth (the third largest: 3)")
    exclude: tuple[str, ...] = Field((), description="partners left out (apart from Japan)")
    countries_only: bool = Field(True, description="leave out groupings (ASEAN, EU, world)")
    over: Literal["partners", "periods", "products"] = Field(
        "partners",
        description="what is ranked: partners or products at by.period, or the periods in it",
    )
    grain: Literal["month", "quarter", "year"] | None = Field(
        None, description="with over=periods: the periods ranked (the months of 2025 ...)"
    )
    among: str | None = Field(
        None, description="a grouping's place key: only its members are ranked (GCC)"
    )
    level: Literal["items", "groups"] | None = Field(
        None,
        description="with over=products: groups (sectors, sections: the rows that add up "
        "the rows below them) or items (the default)",
    )


class Exists(_Node):
    """Whether any of the terms passes the test ("were imports ever below 400?")."""

    op: Literal["any"] = "any"
    terms: tuple[Expr, ...] = Field(min_length=1)
    test: Test
    threshold: float
    unit: str | None = None


class Count(_Node):
    """How many of the terms pass the test ("in how many months did exports top 140,000?",
    "in how many years did exports fall?"): every term must have a value."""

    op: Literal["count"] = "count"
    terms: tuple[Expr, ...] = Field(min_length=1)
    test: Test
    threshold: float
    unit: str | None = None


class Compare(_Node):
    """Whether ``left`` passes the test against ``right`` ("were exports to A larger than
    to B?"): a yes or no, with both values."""

    op: Literal["compare"] = "compare"
    left: Expr
    right: Expr
    test: Test


class ClaimCheck(_Node):
    op: Literal["claim"] = "claim"
    stated: float
    unit: str
    text: str
    expr: Expr


class Intent(_Node):
    """One of the engine's built-in question kinds, with its query plan (`QueryPlan`)."""

    op: Literal["intent"] = "intent"
    intent: str
    query: dict[str, Any] = Field(default_factory=dict)


Expr = Annotated[
    Select
    | Sum
    | Mean
    | Difference
    | Ratio
    | Change
    | Cagr
    | Rank
    | Exists
    | Count
    | Compare
    | ClaimCheck
    | Intent,
    Field(discriminator="op"),
]
for _model in (Sum, Mean, Difference, Ratio, Change, Cagr, Exists, Count, Compare, ClaimCheck):
    _model.model_rebuild()


class Plan(_Node):
    """What a question asks: one expression per part, in the order asked."""

    version: Literal[1] = 1
    parts: tuple[Expr, ...] = Field(min_length=1)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_defaults=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        return cls.model_validate(data)


def schema() -> dict[str, Any]:
    """The plan's JSON Schema."""
    return Plan.model_json_schema()


def leaves(expr: Expr) -> list[Select]:
    """Every `Select` under an expression, in order."""
    if isinstance(expr, Select):
        return [expr]
    if isinstance(expr, Rank):
        return [expr.by]
    found: list[Select] = []
    for child in children(expr):
        found.extend(leaves(child))
    return found


def children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Sum | Mean | Exists | Count):
        return expr.terms
    if isinstance(expr, Difference | Compare):
        return (expr.left, expr.right)
    if isinstance(expr, Ratio):
        return (expr.part, expr.whole)
    if isinstance(expr, Change):
        return (expr.now, expr.before)
    if isinstance(expr, Cagr):
        return (expr.first, expr.last)
    if isinstance(expr, ClaimCheck):
        return (expr.expr,)
    return ()


def ops(expr: Expr) -> set[str]:
    """The operations an expression uses (``{"sum", "ratio", "series"}``)."""
    found: set[str] = {expr.op}
    for child in children(expr):
        found |= ops(child)
    return found

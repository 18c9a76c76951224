"""Questions the built-in intents cannot compose, read into expressions.

`compose(query, previous, reread)` takes the query plan the rule planner made (its
partners, flows, periods and filters are already resolved against the tables) and the
words of the question, and returns a `Plan` when the question composes operations:

- two questions in one ("What were imports in Q1, and how fast did they grow?");
- a sum over partners or flows ("combined exports to Korea, India and Vietnam");
- a share whose part is the previous answer ("how big is that relative to all re-exports?");
- a compound annual growth rate; an average of growth rates over a span;
- a ranking with exclusions or an ordinal ("the biggest apart from Japan", "the third
  largest"), and a follow-up that flips it ("and the weakest one?");
- existence over periods ("were imports ever below HK$ 400 bn in 2025?").

Any other question becomes one `Intent` part: the built-in kind the planner chose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.plan.expressions import (
    Any_,
    Cagr,
    Change,
    Expr,
    Intent,
    Mean,
    Plan,
    Rank,
    Ratio,
    Select,
    Sum,
    Test,
)
from bot.records import QueryPlan
from bot.statements import read_threshold
from vectorstore.periods import canonical, parse, span_of

Reread = Callable[[str, QueryPlan | None], QueryPlan]

_COMBINED = re.compile(
    r"\b(?:combined|together|taken together|altogether|in total|in aggregate|jointly|"
    r"sum of|total of|(?:add(?:ed)?|put) together|all (?:three|four|five|of them))\b",
    re.I,
)
_CAGR = re.compile(
    r"\b(?:compound(?:ed)? (?:annual )?(?:average )?(?:growth|rate)|cagr|"
    r"average annual (?:growth|rate)|annuali[sz]ed (?:growth|rate))",
    re.I,
)
_MEAN = re.compile(r"\b(?:average|mean)\b", re.I)
_RATE = re.compile(
    r"\b(?:growth|growth rates?|rates? of (?:growth|change)|change rates?|"
    r"(?:year|month)[- ](?:on|over)[- ](?:year|month) (?:rates?|changes?|growth)|y-?o-?y|m-?o-?m)",
    re.I,
)
_MOM = re.compile(
    r"\bm-?o-?m\b|month[- ](?:on|over)[- ]month|from the (?:previous|prior) month|"
    r"over the previous month",
    re.I,
)
_EXCEPT = re.compile(
    r"\b(?:apart from|excluding|except(?: for)?|other than|besides|aside from|leaving out|"
    r"not counting|bar|ignoring|outside(?: of)?)\s+(?P<rest>.+)$",
    re.I,
)
_ORDINALS = {
    "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9,
    "9th": 9, "tenth": 10, "10th": 10,
}  # fmt: skip
_NTH = re.compile(
    r"\b(?P<n>" + "|".join(_ORDINALS) + r")[- ](?:(?:largest|biggest|highest|smallest|lowest|"
    r"most|least|fastest|slowest|strongest|weakest|top|leading|main)\b|place\b|ranked\b)",
    re.I,
)
_LOW = re.compile(
    r"\b(?:smallest|lowest|least|weakest|slowest|worst|bottom|poorest|minimum)\b", re.I
)
_HIGH = re.compile(
    r"\b(?:largest|biggest|highest|most|strongest|fastest|best|top|leading|maximum)\b", re.I
)
_EVER = re.compile(
    r"\b(?:ever|at any (?:point|time|stage)|in any (?:month|quarter)|any (?:month|quarter)|"
    r"at least once|did .{0,40}\b(?:dip|drop|fall|go|rise|climb|exceed|top)\w*)\b",
    re.I,
)
_POINTING = re.compile(r"\b(?:that|this|it|these|those|them|the (?:sum|total|figure|combined))\b")
_RELATIVE = re.compile(
    r"\b(?:relative to|compared (?:to|with)|as a (?:share|percentage|proportion|part) of|"
    r"share of|percentage of|proportion of|part of|in relation to|out of|of all|of total)\b",
    re.I,
)
# "What were imports in Q1 2025, and how fast did they grow?"
_SECOND_PART = re.compile(
    r"(?:,|;)\s*(?:and\s+)?(?=(?:how|what|which|by how much|did|was|were|is|are)\b)"
    r"|\s+and\s+(?=(?:how (?:fast|much|quickly|big)|by how much|what (?:was|were|is) the)\b)",
    re.I,
)


def compose(query: QueryPlan, previous: QueryPlan | None, reread: Reread) -> Plan:
    """The plan of a question: composed expressions, or its built-in intent."""
    text = query.question
    parts = _two_parts(text, query, previous, reread)
    if parts is not None:
        return parts
    expr = _expression(text, query, previous)
    return Plan(parts=(expr if expr is not None else intent_of(query),))


def intent_of(query: QueryPlan) -> Intent:
    return Intent(intent=query.intent, query=_query_dict(query))


def _query_dict(query: QueryPlan) -> dict[str, object]:
    data = query.to_dict()
    data.pop("expression", None)
    return data


def _two_parts(
    text: str, query: QueryPlan, previous: QueryPlan | None, reread: Reread
) -> Plan | None:
    match = _SECOND_PART.search(text)
    if match is None or query.intent in ("claim", "text", "compare"):
        return None
    first_text, second_text = text[: match.start()].strip(), text[match.end() :].strip()
    if len(first_text.split()) < 3 or len(second_text.split()) < 3:
        return None
    first = reread(first_text, previous)
    if first.intent == "text":
        return None
    second = reread(second_text, first)
    if second.intent == "text" or (second.flow, second.periods, second.partners) == (None, (), ()):
        return None
    exprs = (
        _expression(first_text, first, previous) or intent_of(first),
        _expression(second_text, second, first) or intent_of(second),
    )
    return Plan(parts=exprs)


def _expression(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    for reader in (_ranked, _existence, _cagr, _mean_of_rates, _relative_to_previous, _summed):
        expr = reader(text, query, previous)
        if expr is not None:
            return expr
    return None


def _leaf(query: QueryPlan, period: str, **changes: object) -> Select:
    base = {
        "flow": query.flow if query.flow and query.flow != "trade" else "exports",
        "partner": query.partners[0] if query.partners else None,
        "filters": query.filters,
        "measure": "level",
        "adjustment": query.adjustment,
        "period": period,
    }
    base.update(changes)
    return Select.model_validate(base)


def _summed(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    if not _COMBINED.search(text) or len(query.periods) > 2:
        return None
    flows = tuple(f for f in query.flows if f not in ("balance", "trade"))
    if len(query.partners) >= 2:
        members: list[dict[str, object]] = [{"partner": p} for p in query.partners]
        over = "partners"
    elif len(flows) >= 2:
        members = [{"flow": f} for f in flows]
        over = "flows"
    else:
        return None
    if not query.periods:
        return None

    def total(period: str) -> Sum:
        terms = tuple(_leaf(query, period, **m) for m in members)
        return Sum(over=over, terms=terms)  # type: ignore[arg-type]

    period = query.periods[-1]
    if query.measure_kind == "change_pct" or query.intent == "change":
        from bot.findings import prior

        before = query.periods[0] if len(query.periods) == 2 else prior(period, query.basis or "yoy")
        return Change(now=total(period), before=total(before))
    if query.intent in ("rank", "share", "claim", "text", "balance"):
        return None
    return total(period)


def _relative_to_previous(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``How big is that relative to all re-exports?`` after a figure: previous / whole."""
    if previous is None or not _POINTING.search(text) or not _RELATIVE.search(text):
        return None
    before = previous_expression(previous)
    if before is None or not isinstance(before, Select | Sum):
        return None
    period = _period_of(before)
    if period is None:
        return None
    own_flows = [f for f in query.flows or ((query.flow,) if query.flow else ())]
    flow = own_flows[-1] if own_flows else _flow_of(before)
    whole = Select(
        flow=flow, partner=None, filters=(), measure="level", period=period,
        adjustment=query.adjustment,
    )  # fmt: skip
    if whole == before:
        return None
    return Ratio(part=before, whole=whole)


def previous_expression(previous: QueryPlan) -> Expr | None:
    """The last part of the previous plan as an expression over series (a built-in lookup
    of one value becomes its `Select`)."""
    data = getattr(previous, "expression", None)
    if data:
        plan = Plan.from_dict(data)
        last = plan.parts[-1]
        if not isinstance(last, Intent):
            return last
    if previous.intent == "lookup" and len(previous.periods) == 1 and len(previous.partners) <= 1:
        if previous.measure_kind in (None, "level"):
            return _leaf(previous, previous.periods[0])
    return None


def _period_of(expr: Expr) -> str | None:
    if isinstance(expr, Select):
        return expr.period
    if isinstance(expr, Sum):
        return _period_of(expr.terms[0])
    return None


def _flow_of(expr: Expr) -> str:
    if isinstance(expr, Select):
        return expr.flow
    if isinstance(expr, Sum):
        return _flow_of(expr.terms[0])
    return "exports"


def _cagr(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    if not _CAGR.search(text) or query.intent in ("claim", "text"):
        return None
    periods = _endpoints(query)
    if periods is None:
        return None
    first, last = parse(periods[0]), parse(periods[1])
    if first.length != last.length or last.start <= first.start:
        return None
    years = (last.start - first.start) / 12
    return Cagr(first=_leaf(query, periods[0]), last=_leaf(query, periods[1]), years=years)


def _endpoints(query: QueryPlan) -> tuple[str, str] | None:
    if len(query.periods) == 2:
        return query.periods[0], query.periods[1]
    if len(query.periods) == 1 and ".." in query.periods[0]:
        span = parse(query.periods[0])
        if span.start % 12 == 0 and (span.end + 1) % 12 == 0 and span.length > 12:
            first, last = span.start // 12, span.end // 12
            return str(first), str(last)
    return None


def _mean_of_rates(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    if not (_MEAN.search(text) and _RATE.search(text)) or _CAGR.search(text):
        return None
    if query.intent in ("rank", "claim", "text") or len(query.partners) > 1:
        return None
    months = _months(query)
    if months is None or len(months) < 2:
        return None
    basis = "mom" if _MOM.search(text) else "yoy"
    terms = tuple(_leaf(query, m, measure="change_pct", basis=basis) for m in months)
    return Mean(over="periods", terms=terms)


def _months(query: QueryPlan) -> list[str] | None:
    if not query.periods:
        return None
    start = min(parse(p).start for p in query.periods)
    end = max(parse(p).end for p in query.periods)
    if end - start > 120:
        return None
    return [canonical(span_of(m, m)) for m in range(start, end + 1)]


def _existence(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    if not _EVER.search(text) or query.intent == "text":
        return None
    cut = read_threshold(text)
    if cut is None:
        return None
    value, op, unit = cut
    months = _months(query)
    if months is None:
        return None
    measure = "change_pct" if unit in ("%", "pp") else "level"
    terms = tuple(_leaf(query, m, measure=measure) for m in months)
    test: Test = op  # type: ignore[assignment]
    return Any_(terms=terms, test=test, threshold=value, unit=unit)


def _ranked(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    nth = _NTH.search(text)
    excluded = _EXCEPT.search(text)
    flipped = _flip(text, query, previous)
    if flipped is not None:
        return flipped
    if not (nth or excluded) or query.intent not in ("rank", "lookup", "compare", "change"):
        return None
    if query.rank_by == "period":
        return None
    exclude: tuple[str, ...] = ()
    if excluded is not None:
        rest = excluded.group("rest").casefold()
        exclude = tuple(p for p in query.partners if p.casefold() in rest)
        if not exclude:
            exclude = tuple(query.partners[-1:])
        if not exclude:
            return None
    if set(query.partners) - set(exclude):
        return None  # a partner named outside the exclusion: not a ranking of all
    if not query.periods:
        return None
    growth = query.measure_kind == "change_pct"
    by = _leaf(
        replace(query, partners=()),
        query.periods[-1],
        measure="change_pct" if growth else "level",
        basis=query.basis if growth and query.basis in ("yoy", "mom") else None,
    )
    order = "asc" if _LOW.search(text) and not _HIGH.search(text) else "desc"
    return Rank(
        by=by,
        order=order,
        top=None if nth else (query.top_n or 1),
        nth=_ORDINALS[nth.group("n").lower()] if nth else None,
        exclude=exclude,
    )


def _flip(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``And the weakest one?`` after a ranking: the same ranking, the other way round."""
    if previous is None or len(text.split()) > 8 or not re.match(r"\s*(?:and|what about)\b", text, re.I):
        return None
    if set(query.partners) - set(previous.partners):
        return None  # "And Japan?": another partner, not the ranking flipped
    if query.periods and previous.periods and query.periods != previous.periods:
        return None
    before = None
    data = getattr(previous, "expression", None)
    if data:
        last = Plan.from_dict(data).parts[-1]
        before = last if isinstance(last, Rank) else None
    if before is None and previous.intent == "rank" and previous.rank_by != "period":
        if not previous.periods or previous.partners:
            return None
        growth = previous.measure_kind == "change_pct"
        by = _leaf(
            previous,
            previous.periods[-1],
            measure="change_pct" if growth else "level",
            basis=previous.basis if growth and previous.basis in ("yoy", "mom") else None,
        )
        before = Rank(by=by, order=previous.order, top=previous.top_n or 1)
    if before is None:
        return None
    low, high = bool(_LOW.search(text)), bool(_HIGH.search(text))
    if low == high:
        return None
    order = "asc" if low else "desc"
    nth = _NTH.search(text)
    return before.model_copy(
        update={"order": order, "nth": _ORDINALS[nth.group("n").lower()] if nth else None,
                "top": None if nth else 1}
    )  # fmt: skip

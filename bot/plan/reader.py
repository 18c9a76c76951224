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
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from bot.plan.expressions import (
    Cagr,
    Change,
    ClaimCheck,
    Compare,
    Count,
    Difference,
    Exists,
    Expr,
    Intent,
    Mean,
    Plan,
    Rank,
    Ratio,
    Select,
    Sum,
    Test,
    leaves,
)
from bot.records import QueryPlan
from bot.statements import read_threshold
from lexicon.currencies import CURRENCY_WORDS
from vectorstore.periods import canonical, parse, span_of

Reread = Callable[[str, QueryPlan | None], QueryPlan]

_COMBINED = re.compile(
    r"\b(?:combined|together|taken together|altogether|in total|in aggregate|jointly|"
    r"sum of|total of|(?:add(?:ed)?|put) together|all (?:three|four|five|of them)|plus|"
    r"add(?:ed|ing)? up|summ?(?:ed|ing)?(?: up| together)?|counting both)\b",
    re.I,
)
_TOTAL_TO = re.compile(
    r"\btotal (?:\w+ ){0,2}?(?:exports?|imports?|re-exports?|trade|shipments)\b[^?.]{0,20}?\b"
    r"(?:to|from|with)\b",
    re.I,
)
_SEPARATELY = re.compile(
    r"\b(?:each|separately|respectively|individually|compare|compared|versus|vs\.?|than|"
    r"which|larger|smaller|higher|lower|more|less)\b",
    re.I,
)
_CAGR = re.compile(
    r"\b(?:compound(?:ed)? (?:annual )?(?:average )?(?:growth|rate)|compound(?:ed)? annually|"
    r"annually compounded|cagr|"
    r"average annual (?:growth|rate)|annuali[sz]ed (?:\(?compound\)? )?(?:growth|rate))",
    re.I,
)
_MEAN = re.compile(r"\b(?:average|averaging|averaged|mean)\b", re.I)
_RATE = re.compile(
    r"\b(?:growth|growth rates?|rates? of (?:growth|change)|change rates?|(?:percentage )?changes|"
    r"(?:percentage|per ?cent) changes?|"
    r"(?:year|month)[- ](?:on|over)[- ](?:year|month) (?:rates?|changes?|growth)|y-?o-?y|m-?o-?m)",
    re.I,
)
_PERCENT_CHANGE = re.compile(r"%\s*changes?\b", re.I)
_MOM = re.compile(
    r"\bm-?o-?m\b|month[- ](?:on|over)[- ]month|from the (?:previous|prior) month|"
    r"over the previous month",
    re.I,
)
_EXCEPT = re.compile(
    r"\b(?:apart from|excluding|except(?: for)?|other than|besides|aside from|leaving(?: out)?|"
    r"setting aside|putting aside|not counting|not including|bar|ignoring|without|"
    r"outside(?: of)?)\s+(?P<rest>.+)$",
    re.I,
)
_ORDINALS = {
    "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9,
    "9th": 9, "tenth": 10, "10th": 10,
}  # fmt: skip
_NTH = re.compile(
    r"\b(?P<n>" + "|".join(_ORDINALS) + r")[- ](?:(?:largest|biggest|highest|smallest|lowest|"
    r"most|least|fastest|slowest|strongest|weakest|top|leading|main)\b|place\b|ranked\b)|"
    r"\branked\s+(?P<m>"
    + "|".join(_ORDINALS)
    + r")\b|\bin\s+(?P<k>"
    + "|".join(_ORDINALS)
    + r")\s+place\b",
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
_THAN = re.compile(
    r"\b(?:(?P<high>larger|bigger|higher|greater|more)|(?P<low>smaller|lower|less))\b"
    r"(?:\s+\w+){0,3}?\s+than\b",
    re.I,
)
_GAP = re.compile(
    r"\bby how much\b.{0,100}?\b(?:exceed\w*|outstrip\w*|outpac\w*|surpass\w*|top(?:ped)?|"
    r"(?:more|larger|bigger|higher|greater|(?P<low>smaller|lower|less))\b.{0,60}?\bthan)\b"
    r"|\bhow much (?:more|larger|bigger|higher|greater|(?P<low2>smaller|lower|less))\b"
    r".{0,60}?\bthan\b",
    re.I,
)
_HOW_MANY = re.compile(
    r"\b(?:how many|the number of)\s+(?:(?:calendar|financial|fiscal|of the)\s+)?"
    r"(?P<grain>months?|years?|quarters?)\b",
    re.I,
)
# "lower than in the same month of 2024", "higher than the month before": a sign test on
# the year-on-year (or month-on-month) change
_THAN_BEFORE = re.compile(
    r"\b(?:(?P<low>lower|less|smaller|below)|higher|more|greater|larger|above)\b\s+than\b"
    r".{0,25}?\b(?:same (?:month|quarter|period)|a year (?:earlier|before|ago)|"
    r"(?:previous|preceding|prior) (?:month|quarter|year)|(?:month|year) before)\b",
    re.I,
)
_SUB_PERIOD = re.compile(r"\b(?:months?|monthly|quarters?|quarterly|weeks?)\b", re.I)
_EVER_WORDS = re.compile(
    r"\b(?:ever|at any (?:point|time|stage)|in any (?:month|quarter)|any (?:month|quarter)|"
    r"at least once)\b",
    re.I,
)
_ASKS_YES_NO = re.compile(r"\s*(?:in [^,]+,\s*)?(?:was|were|is|are|did|do|does|had|has)\b", re.I)
_THOSE_PERIODS = re.compile(
    r"\b(?:between|from|across|over) (?:those|these|the) (?:two )?(?:years|months|quarters|"
    r"periods|dates)\b|\bbetween (?:them|the two)\b",
    re.I,
)
_DID_CHANGE = re.compile(
    r"^\s*(?:did|has|have|had)\b[^?]{0,80}?\b(?:(?P<down>fall|fell|fallen|decline[sd]?|drop(?:ped)?|"
    r"decrease[sd]?|shr[iau]nk|contract(?:ed)?|go down|went down)|(?P<up>rise|rose|risen|grow|"
    r"grew|grown|increase[sd]?|expand(?:ed)?|climb(?:ed)?|go up|went up))\b",
    re.I,
)
_POINTS = re.compile(r"\bpercentage points?\b|\bpp\b|\bpoints?\b", re.I)
_RAN = re.compile(
    r"^\s*(?:did|does|do|has|have|had|was there|is there)\b.{0,60}?\b(?:run|record|post|have|"
    r"show|register|see|log)?\w*\s*(?:an?\s+)?(?:trade\s+)?(?P<side>deficit|surplus)\b",
    re.I,
)
_ARITHMETIC = re.compile(
    r"\b(?:arithmetic(?:al)? (?:mean|average)|simple (?:mean|average)|unweighted (?:mean|average)|"
    r"mean of the)\b",
    re.I,
)
_DEFICIT_OR_SURPLUS = re.compile(r"\b(?:deficits?|surplus(?:es)?)\b", re.I)
_BALANCE_WORD = re.compile(r"\b(?:deficit|surplus|trade balance|balance of trade)\b", re.I)
_GROWTH = re.compile(
    r"\b(?:grow|grew|growth|rise|rose|increase|fall|fell|decline|change|how fast|compare|"
    r"per ?cent(?:age)? change|by what percentage|y-?o-?y|year[- ]on[- ]year)\w*",
    re.I,
)
_SHARE = re.compile(r"\b(?:share|proportion|percentage of|per ?cent of|part of|portion)\b", re.I)
_FLOW_WORDS = re.compile(
    r"\b(?:exports?|imports?|re-?exports?|domestic exports?|balance|trade|shipments|sales)\b",
    re.I,
)
_QUESTION = re.compile(
    r"\s*(?:what|how|which|who|when|where|was|were|did|do|does|is|are|has|have|had|can|could|"
    r"give|show|tell|list)\b",
    re.I,
)
_SAME_PERIOD = re.compile(
    r"\bsame (?:period|months?|quarter|time)\b|\ba year (?:earlier|before|ago)\b", re.I
)
_PREVIOUS = re.compile(
    r"\b(?:previous|prior|preceding|last) (?:month|quarter)\b|quarter[- ]on[- ]quarter|"
    r"q-?o-?q\b|month[- ]on[- ]month|m-?o-?m\b",
    re.I,
)
_AMOUNT = re.compile(
    r"\bin (?-i:[A-Z]{1,3}\$|RM|RMB|KSh|€|£|¥|[A-Z]{3}\b) ?(?:thousands?|millions?|billions?|"
    r"mn|bn|m)?\b|\bin (?:value|absolute|dollar|money) terms\b|\bhow much (?:money|value)\b|"
    r"\bdiffer(?:ence)?\b|\bby how (?:much|many) (?:[A-Z]{1,3}\$|dollars|ringgit|euros?)|"
    r"\bin (?:thousands?|millions?|billions?|mn|bn) (?-i:[A-Z]{1,3}\$|[A-Z]{3}\b)|"
    rf"\bin (?:{CURRENCY_WORDS})\b",
    re.I,
)
_POINTING = re.compile(r"\b(?:that|this|it|these|those|them|the (?:sum|total|figure|combined))\b")
_OF_THAT = re.compile(
    r"\b(?:share|proportion|part|percentage|portion|fraction|how much) of (?:that|this|it|"
    r"the (?:total|sum|figure|combined))\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:relative to|compared (?:to|with)|as a (?:share|percentage|proportion|part) of|"
    r"share of|percentage of|proportion of|part of|in relation to|out of|of all|of total)\b",
    re.I,
)
# "What were imports in Q1 2025, and how fast did they grow?"
_SECOND_PART = re.compile(
    r"(?:,|;)\s*(?:and\s+)?(?=(?:how|what|which|by how much|by what|at what|in what|did|was|"
    r"were|is|are)\b)"
    r"|\s+and\s+(?=(?:how (?:fast|much|quickly|big)|by how much|by what|at what|"
    r"what (?:was|were|is) the)\b)"
    # "What were exports in 2025 and their growth rate?"
    r"|\s+and\s+(?=(?:their|its|the)\s+(?:(?:annual|yearly|year-on-year)\s+)?(?:growth|"
    r"rate of growth|percentage change|change)\b)"
    # "What was the balance in 2024, and in 2025?": the same question for another period
    r"|,\s*and\s+(?=(?:in|for|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|q[1-4]|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|first|second|third|fourth)"
    r"[^,;]{0,20}\??\s*$)",
    re.I,
)


def compose(
    query: QueryPlan,
    previous: QueryPlan | None,
    reread: Reread,
    labels: Sequence[Sequence[str]] = (),
) -> Plan:
    """The plan of a question: composed expressions, or its built-in intent. ``labels``
    are the measure labels of each table (items written as columns)."""
    text = query.question
    items = _items_named(text, query, labels)
    if items is not None:
        return Plan(parts=(items,))
    expr = _expression(text, query, previous)
    if expr is not None:
        return Plan(parts=(expr,))
    parts = _two_parts(text, query, previous, reread)
    if parts is not None:
        return parts
    return Plan(parts=(intent_of(query),))


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
    short = re.match(r"(?:in|for|during)\b", second_text, re.I) is not None
    if len(first_text.split()) < 3 or len(second_text.split()) < (2 if short else 3):
        return None
    if not _QUESTION.match(first_text):  # "Among the top ten sources, which grew fastest?"
        return None
    first = reread(first_text, previous)
    if first.intent in ("text", "claim"):
        return None
    alone = reread(second_text, None)
    if _GROWTH.search(second_text) and not alone.partners and not _names_flow(second_text):
        earlier = previous.periods if previous is not None else ()
        second: Expr = intent_of(_growth_of(first, alone, second_text, earlier))
    elif _SHARE.search(second_text) and _POINTING.search(second_text) and first.periods:
        whole_flow = alone.flows or ((alone.flow,) if _names_flow(second_text) else ())
        part = _leaf(first, first.periods[-1])
        flow = whole_flow[-1] if whole_flow and whole_flow[-1] else part.flow
        second = Ratio(part=part, whole=part.model_copy(update={"partner": None, "flow": flow}))
    else:
        merged = reread(second_text, first)
        if merged.intent == "text":
            return None
        if not merged.periods and first.periods:  # "..., and the balance that year?"
            merged = replace(merged, periods=first.periods)
        second = _expression(second_text, merged, first) or intent_of(merged)
    return Plan(parts=(_expression(first_text, first, previous) or intent_of(first), second))


def _names_flow(text: str) -> bool:
    return bool(_FLOW_WORDS.search(text))


def _growth_of(
    first: QueryPlan, alone: QueryPlan, text: str, earlier: tuple[str, ...] = ()
) -> QueryPlan:
    """``..., and how fast did they grow (compared with Q1 2024)?``: the change of what
    the first part asked, year on year unless the words or a base period say otherwise."""
    from bot.findings import prior

    if not first.periods:
        return replace(first, intent="change", measure_kind="change_pct", basis="yoy",
                       question=text, expression=None)  # fmt: skip
    now = first.periods[-1]
    basis = "mom" if _PREVIOUS.search(text) else "yoy"
    periods: tuple[str, ...] = (now,)
    base = [p for p in alone.periods if parse(p).end < parse(now).start]
    if not base:  # "how did they change from November?": a span from the base to now
        target = parse(now)
        length = target.end - target.start
        base = [
            canonical(span_of(parse(p).start, parse(p).start + length))
            for p in alone.periods
            if parse(p).start < target.start <= parse(p).end
        ]
    if _SAME_PERIOD.search(text):  # "compared with the same period of 2024": year on year
        base = []
    if not base and _THOSE_PERIODS.search(text):  # "growth over the two years": from the
        base = [p for p in earlier if parse(p).end < parse(now).start][-1:]  # one asked before
    if base and base[0] != prior(now, "yoy"):
        basis, periods = "between", (base[0], now)
    elif first.flow == "balance":  # a balance changes by an amount: a rate of a deficit misleads
        basis, periods = "between", (base[0] if base else prior(now, basis), now)
    return replace(
        first, intent="change", measure_kind="change_pct", basis=basis,  # type: ignore[arg-type]
        periods=periods, question=text, expression=None,
    )  # fmt: skip


def _expression(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    readers = (
        _another_partner, _added_flow, _about_the_ranked, _counted, _ranked, _ranked_balance,
        _share_of_sum, _share_within_group, _share_within_goods, _existence, _arithmetic_mean,
        _cagr,
        _mean_of_rates, _relative_to_previous, _larger, _excluding, _summed, _amount,
        _share_of_flows, _balance_claim, _share_claim, _between_those, _ran_a_deficit,
        _did_it_change, _points, _gap,
    )  # fmt: skip
    for reader in readers:
        expr = reader(text, query, previous)
        if expr is not None:
            return expr
    return None


def _leaf(query: QueryPlan, period: str, **changes: object) -> Select:
    base: dict[str, object] = {
        "flow": query.flow if query.flow and query.flow != "trade" else "exports",
        "partner": query.partners[0] if query.partners else None,
        "filters": query.filters,
        "measure": "level",
        "adjustment": query.adjustment,
        "reporter": query.reporter,
        "period": period,
    }
    base.update(changes)
    return Select.model_validate(base)


def _summed(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    combined = _COMBINED.search(text) or (
        # "total exports to Spain, France and Belgium": one total of the places named
        _TOTAL_TO.search(text) and len(query.partners) >= 2 and not _SEPARATELY.search(text)
    )
    if not combined or len(query.periods) > 2:
        return None
    flows = _parts_only(tuple(f for f in query.flows if f not in ("balance", "trade")))
    dims = [d for d, _ in query.filters]
    same_dim = [(d, v) for d, v in query.filters if dims.count(d) >= 2]
    everyone = (*query.partners, *query.unmatched)  # a partner no table holds is named
    if len(everyone) >= 2:
        members: list[dict[str, object]] = [{"partner": p} for p in everyone]
        over: Literal["partners", "flows", "products"] = "partners"
    elif len(flows) >= 2:
        members = [{"flow": f} for f in flows]
        over = "flows"
    elif len(same_dim) >= 2:
        rest = tuple(f for f in query.filters if f not in same_dim)
        members = [{"filters": (*rest, f)} for f in same_dim]
        over = "products"
    else:
        return None
    if not query.periods:
        return None

    def total(period: str) -> Sum:
        terms = tuple(_leaf(query, period, **m) for m in members)
        return Sum(over=over, terms=terms)

    period = query.periods[-1]
    if query.measure_kind == "change_pct" or query.intent == "change":
        from bot.findings import prior

        before = (
            query.periods[0] if len(query.periods) == 2 else prior(period, query.basis or "yoy")
        )
        return Change(now=total(period), before=total(before))
    if query.intent in ("rank", "share", "claim", "text", "balance"):
        return None
    return total(period)


def _amount(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``By how much did exports change from 2022 to 2023, in US$ million?``: the
    difference of two levels, not a percentage."""
    if query.intent not in ("change", "compare", "lookup") or len(query.partners) > 1:
        return None
    if not _AMOUNT.search(text) or (query.intent != "change" and len(query.periods) != 2):
        return None
    if len(query.flows) > 1:
        return None
    if "%" in text or re.search(r"\bper ?cent|percentage\b", text, re.I):
        return None
    from bot.findings import prior

    if len(query.periods) == 2:
        before, now = sorted(query.periods, key=lambda p: (parse(p).start, parse(p).end))
    elif len(query.periods) == 1:
        now = query.periods[0]
        before = prior(now, query.basis if query.basis in ("yoy", "mom") else "yoy")
    else:
        return None
    return Difference(left=_leaf(query, now), right=_leaf(query, before))


def _larger(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Were exports to the Netherlands larger than to Hong Kong in 2023?``: yes or no."""
    match = _THAN.search(text)
    if match is None or not (_ASKS_YES_NO.match(text) or _EVER_WORDS.search(text)):
        return None
    if not query.periods:
        return None
    test: Test = "lt" if match.group("low") else "gt"
    period = query.periods[-1]
    if _EVER_WORDS.search(text):  # "any month when imports were larger than exports"
        return _ever_larger(text, query, test)
    if len(query.partners) == 2:
        left, right = (_leaf(query, period, partner=p) for p in query.partners)
    elif len(query.flows) == 2 and not query.partners:
        left, right = (_leaf(query, period, flow=f) for f in query.flows)
    elif len(query.periods) == 2 and len(query.partners) <= 1:
        # the period written after "than" is the one compared with ("this was lower than
        # in 2023": this year against 2023)
        after = text[match.start() :]
        said = [p for p in query.periods if str(parse(p).end_year) in after]
        if len(said) != 1:
            return None
        right_period = said[0]
        left_period = next(p for p in query.periods if p != right_period)
        left, right = _leaf(query, left_period), _leaf(query, right_period)
    else:
        return None
    return Compare(left=left, right=right, test=test)


def _ever_larger(text: str, query: QueryPlan, test: Test) -> Expr | None:
    """Whether in any month (or quarter) of the span one series passed the other: their
    difference, month by month, against zero."""
    months = _months(query, text)
    if months is None or len(months) < 2:
        return None
    if len(query.flows) == 2 and len(query.partners) <= 1:
        pairs = [tuple(_leaf(query, m, flow=f) for f in query.flows) for m in months]
    elif len(query.partners) == 2:
        pairs = [tuple(_leaf(query, m, partner=p) for p in query.partners) for m in months]
    else:
        return None
    terms = tuple(Difference(left=left, right=right) for left, right in pairs)
    return Exists(terms=terms, test=test, threshold=0.0, unit=None)


def _excluding(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Exports to ASEAN other than Vietnam and Singapore``: a grouping minus members."""
    from lexicon.groupings import is_grouping
    from lexicon.places import find_places, place_key

    found = _EXCEPT.search(text)
    if found is None or len(query.partners) < 2 or query.intent in ("rank", "claim", "text"):
        return None
    if _HIGH.search(text) or _LOW.search(text) or not query.periods:
        return None  # a ranking
    whole, members = query.partners[0], query.partners[1:]
    rest = found.group("rest")
    left_out = {m.key for m in find_places(rest)}
    if not is_grouping(whole) or not all(place_key(m) in left_out for m in members):
        return None
    period = query.periods[-1]
    terms = tuple(_leaf(query, period, partner=m) for m in members)
    taken: Expr = terms[0] if len(terms) == 1 else Sum(over="partners", terms=terms)
    return Difference(left=_leaf(query, period, partner=whole), right=taken)


def _between_those(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``What was the percentage change between those two years?``: the two periods the
    conversation named, oldest first."""
    if previous is None or not _THOSE_PERIODS.search(text) or len(query.periods) >= 2:
        return None
    named = [*getattr(previous, "context_periods", ()), *previous.periods]
    periods = sorted(dict.fromkeys(named), key=lambda p: (parse(p).start, parse(p).end))
    if len(periods) < 2:
        return None
    first, last = periods[-2], periods[-1]
    if parse(first).length != parse(last).length:
        return None
    base = replace(previous, partners=previous.partners[:1])
    now, before = _leaf(base, last), _leaf(base, first)
    if _AMOUNT.search(text) and not re.search(r"per ?cent|percentage|%", text, re.I):
        return Difference(left=now, right=before)
    return Change(now=now, before=before)


_CONFIRM = re.compile(
    r"(?:[-–,.:;]|\s)\s*(?:(?:is|was) (?:that|it|this) )?(?:true|right|correct|so)\s*\??\s*$|"
    r",?\s*(?:wasn't|weren't|didn't|isn't|aren't|hasn't|haven't) (?:it|they|there)\s*\??\s*$",
    re.I,
)
_STATED_RAN = re.compile(
    r"\b(?:ran|recorded|posted|had|showed|registered|saw|logged)\s+(?:an?\s+)?(?:\w+\s+){0,2}?"
    r"(?P<side>deficit|surplus)\b",
    re.I,
)
_STATED_CHANGE = re.compile(
    r"\b(?:(?P<down>fell|declined|decreased|dropped|shrank|contracted|went down)|"
    r"(?P<up>rose|grew|increased|expanded|climbed|went up))\b",
    re.I,
)
_CHANGED_AT_ALL = re.compile(
    r"^\s*(?:did|has|have)\b[^?]{0,80}?\bchange[ds]?\b(?!\s+(?:by|from|between))", re.I
)
_UNCHANGED = re.compile(r"\b(?:unchanged|flat|stable|stagnant|stagnated)\b", re.I)
_ASKS_STATE = re.compile(r"^\s*(?:were|was|did|have|has|are|is|stayed?)\b", re.I)


def _confirmed(text: str) -> str | None:
    """A statement put as a question ("Georgia's exports were flat in 2025 - true?"): the
    statement, without its tag; None for any other text."""
    found = _CONFIRM.search(text)
    return text[: found.start()] if found is not None else None


def _ran_a_deficit(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Did Japan run a trade deficit with the EU in March 2025?``: yes or no, with the
    balance."""
    stated = _confirmed(text)
    match = _RAN.search(text) or (_STATED_RAN.search(stated) if stated else None)
    if match is None or len(query.periods) != 1 or len(query.partners) > 1:
        return None
    test: Test = "lt" if match.group("side").lower() == "deficit" else "gt"
    months = _months(query, text) if _EVER_WORDS.search(text) else None
    if months:  # "a surplus in any month of 2025": month by month
        terms = tuple(_leaf(query, m, flow="balance") for m in months)
        return Exists(terms=terms, test=test, threshold=0.0, unit=None)
    leaf = _leaf(query, query.periods[0], flow="balance")
    return Exists(terms=(leaf,), test=test, threshold=0.0, unit=None)


def _did_it_change(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Did exports to the UK fall in 2021?``, ``... increased in 2025 - true?``, ``Were
    exports unchanged?``, ``Did imports change?``: yes or no, with the change (a change
    that rounds to 0.0% is still a change)."""
    if query.claim is not None or len(query.periods) != 1 or len(query.partners) > 1:
        return None
    if query.intent in ("rank", "compare", "text"):
        return None
    stated = _confirmed(text)
    match = _DID_CHANGE.search(text) or (_STATED_CHANGE.search(stated) if stated else None)
    test: Test
    if match is not None:
        test = "lt" if match.group("down") else "gt"
    elif _UNCHANGED.search(text) and (stated or _ASKS_STATE.match(text)):
        test = "eq"
    elif _CHANGED_AT_ALL.search(text):
        test = "ne"
    else:
        return None
    if query.intent == "claim" and stated is None:
        return None
    basis = query.basis if query.basis in ("yoy", "mom") else "yoy"
    leaf = _leaf(query, query.periods[0], measure="change_pct", basis=basis)
    return Exists(terms=(leaf,), test=test, threshold=0.0, unit="%")


def _gap(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``By how much did exports to the EU exceed exports to China in 2025?``: the
    difference of two series named side by side (partners or flows), as an amount; the
    larger-said one first (``how much lower were imports from A than from B`` is B - A)."""
    match = _GAP.search(text)
    if match is None or _ASKS_YES_NO.match(text) or len(query.periods) not in (1, 2):
        return None
    if query.intent in ("claim", "text", "rank") or re.search(r"%|\bper ?cent", text, re.I):
        return None
    period = query.periods[0]
    if len(query.periods) == 2:  # "how much more did Austria export to the US in 2025
        if len(query.partners) > 1 or len(query.flows) > 1:  # than in 2019?"
            return None
        # the later period first, whichever way the words put it: "rose by" or "fell by"
        earlier, later = sorted(query.periods, key=lambda p: parse(p).start)
        return Difference(left=_leaf(query, later), right=_leaf(query, earlier))
    if len(query.partners) == 2:
        left, right = (_leaf(query, period, partner=p) for p in query.partners)
    elif len(query.flows) == 2 and len(query.partners) <= 1:
        left, right = (_leaf(query, period, flow=f) for f in query.flows)
    else:
        return None
    if match.group("low") or match.group("low2"):
        left, right = right, left
    return Difference(left=left, right=right)


def _points(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``By how many percentage points did export growth change from May to June 2025?``:
    the difference of two rates."""
    if not _POINTS.search(text) or len(query.periods) != 2 or len(query.partners) > 1:
        return None
    if query.intent in ("claim", "text", "rank") or not _GROWTH.search(text):
        return None
    first, last = sorted(query.periods, key=lambda p: (parse(p).start, parse(p).end))
    if query.measure_kind == "share_pct" or _SHARE.search(text):
        # "by how many points did the EU's share of exports change": two shares
        now = _leaf(query, last, measure="share_pct")
        return Difference(left=now, right=now.model_copy(update={"period": first}))
    basis = "mom" if _MOM.search(text) else "yoy"
    now = _leaf(query, last, measure="change_pct", basis=basis)
    return Difference(left=now, right=now.model_copy(update={"period": first}))


def _share_claim(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Germany took more than 20% of Romania's exports in 2024``: a claimed share, checked
    against the partner's value over the total."""
    claim = query.claim
    if query.intent != "claim" or claim is None or claim.unit != "%":
        return None
    if not re.search(r"%\s+of\b|\bshare\b|\bper ?cent of\b", claim.text, re.I):
        return None
    if len(query.periods) != 1 or len(query.partners) != 1:
        return None
    part = _leaf(query, query.periods[0])
    whole = part.model_copy(update={"partner": None, "filters": ()})
    return ClaimCheck(
        stated=claim.value, unit="%", text=claim.text, expr=Ratio(part=part, whole=whole)
    )


def _balance_claim(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """A claimed surplus or deficit, checked against the balance (published, or exports
    minus imports by the trade identity) in the claim's unit."""
    claim = query.claim
    if query.intent != "claim" or claim is None or claim.unit in ("%", "pp"):
        return None
    if query.flow != "balance" and not _BALANCE_WORD.search(text):
        return None
    if len(query.periods) != 1 or len(query.partners) > 1:
        return None
    leaf = _leaf(query, query.periods[0], flow="balance")
    moved = _MOVED_BY.search(text)
    if moved is not None:  # "the deficit widened by MAD 18.6 bn": the balance's change
        from bot.findings import prior

        said = _DEFICIT_OR_SURPLUS.search(text) or (
            _DEFICIT_OR_SURPLUS.search(previous.question) if previous is not None else None
        )  # "So it widened by ...?" after a question about the deficit
        if said is None:
            return None
        side = said.group(0).lower()
        larger = moved.group("wider") is not None
        sign = -1 if side.startswith("deficit") == larger else 1
        before = leaf.model_copy(update={"period": prior(leaf.period, "yoy")})
        return ClaimCheck(
            stated=sign * abs(claim.value), unit=claim.unit, text=claim.text,
            expr=Difference(left=leaf, right=before),
        )  # fmt: skip
    return ClaimCheck(stated=claim.value, unit=claim.unit, text=claim.text, expr=leaf)


_MOVED_BY = re.compile(
    r"\b(?:(?P<wider>widen\w*|deepen\w*|grew|grow\w*)|(?P<narrower>narrow\w*|shr[aiu]nk\w*))"
    r"\s+(?:by|of)\b",
    re.I,
)


def _share_of_flows(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``What share of exports to Singapore were re-exports?``: a flow over the flow it is
    part of (by the trade identities), for the same partner and period."""
    from bot.evaluate.identities import identities

    if query.intent != "share" or len(query.flows) < 2 or not query.periods:
        return None
    for identity in identities():
        parts = [t.flow for t in identity.terms if t.sign > 0]
        whole = [f for f in query.flows if f == identity.flow]
        part = [f for f in query.flows if f in parts]
        if whole and part:
            period = query.periods[-1]
            return Ratio(
                part=_leaf(query, period, flow=part[0]), whole=_leaf(query, period, flow=whole[0])
            )
    return None


def _items_named(text: str, query: QueryPlan, labels: Sequence[Sequence[str]]) -> Expr | None:
    """``Korea's exports of semiconductors and displays combined in March 2025``: items a
    table holds as its measures, summed."""
    if not _COMBINED.search(text) or len(query.periods) != 1 or query.partners:
        return None
    if query.intent in ("rank", "claim", "text", "share"):
        return None
    low = text.casefold()
    for table in labels:
        named = [
            label
            for label in table
            if _item_label(label)
            and re.search(rf"\b{re.escape(label.casefold().rstrip('s'))}", low)
        ]
        named = [
            n for n in named if not any(n != m and n.casefold() in m.casefold() for m in named)
        ]
        if len(named) >= 2:
            period = query.periods[0]
            terms = tuple(_leaf(query, period, label=n, filters=()) for n in named)
            return Sum(over="products", terms=terms)
    return None


def _item_label(label: str) -> bool:
    """A measure label that names an item (``Semiconductors``), not a flow or a total."""
    from bot.resolve import flow_key, is_total
    from bot.selection import qualifiers
    from vectorstore.records import Measure

    if len(label) <= 3 or is_total(label):
        return False
    if flow_key(label) in ("exports", "imports", "re-exports", "domestic exports", "balance"):
        return False  # "Domestic exports", "Re-exports": flows, summed as flows
    return bool(qualifiers(Measure(label, label, None), ""))


def _parts_only(flows: tuple[str, ...]) -> tuple[str, ...]:
    """``total exports (domestic exports plus re-exports)``: the whole named beside its
    parts is what they add up to, never a third term."""
    from bot.evaluate.identities import identities

    for identity in identities():
        parts = {t.flow for t in identity.terms if t.sign > 0}
        if identity.flow in flows and parts <= set(flows):
            return tuple(f for f in flows if f != identity.flow)
    return flows


def _relative_to_previous(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``How big is that relative to all re-exports?`` after a figure: previous / whole."""
    if previous is None or not _POINTING.search(text) or not _RELATIVE.search(text):
        return None
    if query.intent == "rank":
        return None  # "Which of those grew faster compared with 2023?"
    before = previous_expression(previous)
    if before is None or not isinstance(before, Select | Sum):
        return None
    period = _period_of(before)
    if period is None:
        return None
    # "relative to all of Hungary's exports in 2025": the whole's own period
    whole_period = query.periods[-1] if query.periods else period
    own_flows = [f for f in query.flows or ((query.flow,) if query.flow else ())]
    flow = own_flows[-1] if own_flows else _flow_of(before)
    reporter = query.reporter or (before.reporter if isinstance(before, Select) else None)
    # "as a share of its exports to the EU": the whole is the partner the follow-up names
    named = query.partners and query.partners != previous.partners  # not carried over
    own = query.partners[-1] if named else None
    mine = before.partner if isinstance(before, Select) else None
    whole = Select(
        flow=flow, partner=own if own != mine else None, filters=(), measure="level",
        period=whole_period,
        adjustment=query.adjustment, reporter=reporter,
    )  # fmt: skip
    if whole == before:
        return None
    share = bool(_SHARE.search(text) or re.search(r"\b(?:of|to) (?:all|total)\b", text, re.I))
    share = share or bool(re.search(r"\btotal\b", text, re.I))  # relative to a total
    if _OF_THAT.search(text):  # "what share of that came from re-exports": that is the whole
        part = whole.model_copy(update={"partner": query.partners[0] if query.partners else None})
        if part == before:
            return None  # the part named is the same series: its words (a product) not read
        return Ratio(part=part, whole=before, of_whole=share)
    return Ratio(part=before, whole=whole, of_whole=share)


def previous_expression(previous: QueryPlan) -> Expr | None:
    """The last part of the previous plan as an expression over series (a built-in lookup
    of one value becomes its `Select`)."""
    data = getattr(previous, "expression", None)
    if data:
        plan = Plan.from_dict(data)
        last = plan.parts[-1]
        if not isinstance(last, Intent):
            return last
    one = len(previous.periods) == 1 and len(previous.partners) <= 1
    if previous.intent == "lookup" and one and previous.measure_kind in (None, "level"):
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


def _arithmetic_mean(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``the arithmetic mean of the three yearly percentage changes``: a mean of rates even
    where the words also say "average annual growth"."""
    if not _ARITHMETIC.search(text):
        return None
    return _mean_of_rates(text, query, previous, explicit=True)


def _share_of_sum(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``What share of total exports went to Viet Nam and Malaysia together?``: a sum over
    the total."""
    if query.intent != "share" or not query.periods or not _COMBINED.search(text):
        return None
    from lexicon.groupings import is_grouping

    groups = [p for p in query.partners if is_grouping(p)]
    if len(groups) == 1 and len(query.partners) >= 3:
        # "Germany, France and Spain together - what percentage of Italy's EU exports?"
        members = tuple(p for p in query.partners if p != groups[0])
        period = query.periods[-1]
        terms = tuple(_leaf(query, period, partner=p) for p in members)
        return Ratio(
            part=Sum(over="partners", terms=terms), whole=_leaf(query, period, partner=groups[0])
        )
    total = _summed(text, replace(query, intent="lookup"), previous)
    if not isinstance(total, Sum) or total.over not in ("partners", "products"):
        return None
    if re.match(r"\s*of\b", text, re.I) and total.over == "partners":
        # "Of exports to Japan and Korea combined, what share went to Japan?"
        last = max(query.partners, key=lambda p: text.casefold().rfind(p.casefold()))
        return Ratio(part=_leaf(query, query.periods[-1], partner=last), whole=total)
    whole = _leaf(query, query.periods[-1], partner=None, filters=())
    return Ratio(part=total, whole=whole)


def _share_within_group(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``What share of exports to non-EU countries went to the United States?``: one
    economy over the grouping named before it as the whole."""
    from lexicon.groupings import is_grouping

    if query.intent != "share" or not query.periods or len(query.partners) != 2:
        return None
    groups = [p for p in query.partners if is_grouping(p)]
    if len(groups) != 1:
        return None
    whole = groups[0]
    part = next(p for p in query.partners if p != whole)
    low = text.casefold()
    if low.find(whole.casefold()) > low.find(part.casefold()) >= 0:
        return None  # "what share of exports to the US went to ... EU": not the shape read
    period = query.periods[-1]
    return Ratio(part=_leaf(query, period, partner=part), whole=_leaf(query, period, partner=whole))


def _share_within_goods(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Within Morocco's automotive exports, how big was the wiring segment's share?``:
    one kind of goods over the kind the question puts it within."""
    if query.intent != "share" or not query.periods or len(query.filters) != 2:
        return None
    within = re.search(r"\b(?:within|among|inside)\b", text, re.I)
    if within is None or query.filters[0][0] != query.filters[1][0]:
        return None
    low = text.casefold()
    after = [f for f in query.filters if low.find(f[1].split()[0].casefold(), within.end()) >= 0]
    if len(after) != 2:
        return None
    whole = min(after, key=lambda f: low.find(f[1].split()[0].casefold(), within.end()))
    part = next(f for f in query.filters if f != whole)
    period = query.periods[-1]
    return Ratio(
        part=_leaf(query, period, filters=(part,)), whole=_leaf(query, period, filters=(whole,))
    )


def _ranked_balance(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``With which country was the largest trade deficit?``: partners by their balance,
    the most negative first for a deficit."""
    side = _DEFICIT_OR_SURPLUS.search(text)
    if query.intent != "rank" or side is None or not query.periods or query.partners:
        return None
    order = "asc" if side.group(0).lower().startswith("deficit") else "desc"
    by = _leaf(query, query.periods[-1], flow="balance", partner=None)
    return Rank(by=by, order=order, top=query.top_n or 1)


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


def _mean_of_rates(
    text: str, query: QueryPlan, previous: QueryPlan | None, *, explicit: bool = False
) -> Expr | None:
    rate = _RATE.search(text) or _PERCENT_CHANGE.search(text)
    if not (_MEAN.search(text) and rate) or (_CAGR.search(text) and not explicit):
        return None
    if query.intent in ("rank", "claim", "text") or len(query.partners) > 1:
        return None
    months = _months(query, text)
    if months is None or len(months) < 2:
        return None
    basis = "mom" if _MOM.search(text) else "yoy"
    terms = tuple(_leaf(query, m, measure="change_pct", basis=basis) for m in months)
    return Mean(over="periods", terms=terms)


def _months(query: QueryPlan, text: str = "") -> list[str] | None:
    """The periods a span asked is made of, at the grain the question names (months unless
    it says quarters or years)."""
    if not query.periods:
        return None
    start = min(parse(p).start for p in query.periods)
    end = max(parse(p).end for p in query.periods)
    if end - start > 240:
        return None
    grain = 1
    if _QUARTER_WORD.search(text) and not _MONTH_WORD.search(text):
        grain = 3
    elif _ANNUAL_WORD.search(text) and not _MONTH_WORD.search(text):
        grain = 12
    if start % grain or (end + 1) % grain:
        grain = 1
    return [canonical(span_of(m, m + grain - 1)) for m in range(start, end + 1, grain)]


def _counted(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``In how many months of 2025 did exports exceed NOK 140,000 million?``, ``in how
    many years did exports fall?``, ``how many months showed a deficit?``: a count over
    every period of the span, at the grain named."""
    match = _HOW_MANY.search(text)
    if match is None or query.intent in ("text", "claim") or len(query.partners) > 1:
        return None
    months = _months(query, match.group("grain"))
    if months is None or len(months) < 2:
        return None
    basis = "mom" if _MOM.search(text) else "yoy"
    side = _DEFICIT_OR_SURPLUS.search(text)
    if side is not None:
        terms = tuple(_leaf(query, m, flow="balance") for m in months)
        test: Test = "lt" if side.group(0).lower().startswith("deficit") else "gt"
        return Count(terms=terms, test=test, threshold=0.0, unit=None)
    than = _THAN_BEFORE.search(text)
    if than is not None and len(query.periods) == 2:  # "... than in the same month of 2024"
        query = replace(query, periods=(max(query.periods, key=lambda p: parse(p).end),))
    cut = read_threshold(text) if than is None else (0.0, "lt" if than.group("low") else "gt", "%")
    if cut is None:
        return None
    value, op, unit = cut
    if unit in ("%", "pp"):
        terms = tuple(_leaf(query, m, measure="change_pct", basis=basis) for m in months)
    else:
        terms = tuple(_leaf(query, m) for m in months)
    return Count(terms=terms, test=op, threshold=value, unit=unit)


def _existence(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    found = _EVER.search(text)
    if found is None or query.intent == "text":
        return None
    explicit = _EVER_WORDS.search(text)
    if not explicit and not _SUB_PERIOD.search(text):
        return None  # "did imports top THB 3.5 trillion in 2025?": the year's value
    cut = read_threshold(text)
    if cut is None:
        return None
    value, op, threshold_unit = cut
    unit: str | None = threshold_unit
    months = _months(query, text)
    if months is None:
        return None
    measure = "change_pct" if unit in ("%", "pp") else "level"
    if query.flow == "balance" and value == 0 and not _RATE_WORDS.search(text):
        measure, unit = "level", None  # "was the balance ever negative": a deficit
    terms = tuple(_leaf(query, m, measure=measure) for m in months)
    test: Test = op  # type: ignore[assignment]
    return Exists(terms=terms, test=test, threshold=value, unit=unit)


_RATE_WORDS = re.compile(
    r"\b(?:growth|grow|grew|rate|change[sd]?|ris(?:e|en)|rose|f[ae]ll|increas\w*|decreas\w*|"
    r"declin\w*|%|per ?cent)",
    re.I,
)


def _ranked(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    nth = _NTH.search(text)
    excluded = _EXCEPT.search(text)
    flipped = _flip(text, query, previous)
    if flipped is not None:
        return flipped
    by_period = _periods_asked(text, query, nth, previous)
    if by_period is not None or (query.intent == "rank" and query.rank_by == "period"):
        return by_period
    scoped = _ranked_scoped(text, query, nth)
    if scoped is not None:
        return scoped
    if not (nth or excluded) or query.intent not in ("rank", "lookup", "compare", "change"):
        return None
    if not nth and not (_HIGH.search(text) or _LOW.search(text)):
        return None  # "exports to Europe outside the EU": an exclusion, not a ranking
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
    order = _order_asked(text)
    return Rank(
        by=by,
        order=order,
        top=None if nth else (query.top_n or 1),
        nth=_ordinal(nth) if nth else None,
        exclude=exclude,
    )


def _ranked_scoped(text: str, query: QueryPlan, nth: re.Match[str] | None) -> Expr | None:
    """A ranking of products, or of partners outside a grouping."""
    if query.intent == "rank" and _PRODUCT_WORD.search(text) and query.periods:
        return _ranked_products(text, query, nth)
    outside = _ranked_outside(text, query, nth)
    if outside is not None:
        return outside
    if query.periods and not (query.partners or query.filters) and _PRODUCT_RANKED.search(text):
        return _ranked_products(text, query, nth)  # "Georgia's largest import section"
    return None


def _ranked_outside(text: str, query: QueryPlan, nth: re.Match[str] | None) -> Expr | None:
    """``Which non-EU country was the largest market?``: partners ranked, the members of
    the grouping the scope is outside of (the EU) left out."""
    from lexicon.groupings import left_out_by
    from lexicon.places import display_name, place_key

    if query.intent != "rank" or len(query.partners) != 1 or not query.periods:
        return None
    members = left_out_by(place_key(query.partners[0]) or "")
    if not members:
        return None
    by = _leaf(replace(query, partners=()), query.periods[-1])
    order = _order_asked(text)
    nth_n = _ordinal(nth) if nth else None
    exclude = tuple(sorted(display_name(k) for k in members))
    return Rank(by=by, order=order, top=None if nth_n else (query.top_n or 1), nth=nth_n,
                exclude=exclude)  # fmt: skip


_FALLING_MOST = re.compile(
    r"\b(?:steepest|sharpest|biggest|largest|greatest|deepest|heaviest|worst)\s+(?:\w+\s+)?"
    r"(?:declines?|falls?|drops?|decreases?|contractions?|slumps?)\b|"
    r"\b(?:fell|declined|dropped|decreased|shrank|contracted)\s+(?:the\s+)?most\b",
    re.I,
)


def _order_asked(text: str) -> Literal["asc", "desc"]:
    """``asc`` for the smallest, the weakest or the steepest fall; else ``desc``."""
    if _FALLING_MOST.search(text):
        return "asc"
    return "asc" if _LOW.search(text) and not _HIGH.search(text) else "desc"


def _ordinal(match: re.Match[str]) -> int:
    """The place an ordinal names (``third largest``, ``ranked third``, ``in third place``)."""
    word = match.group("n") or match.group("m") or match.group("k")
    return _ORDINALS[word.lower()]


def _ranked_products(text: str, query: QueryPlan, nth: re.Match[str] | None) -> Expr:
    """``Which commodity group earned the most in the June 2025 quarter?``."""
    growth = query.measure_kind == "change_pct"
    by = _leaf(
        query,
        query.periods[-1],
        measure="change_pct" if growth else "level",
        basis="yoy" if growth else None,
    )
    by = by.model_copy(update={"filters": ()})
    order = _order_asked(text)
    nth_n = _ordinal(nth) if nth else None
    level = "groups" if _asks_groups(text) else None
    return Rank(by=by, order=order, top=None if nth_n else (query.top_n or 1), nth=nth_n,
                over="products", level=level)  # fmt: skip


_GROUP_WORD = re.compile(r"\b(?:sectors?|groups?|categor(?:y|ies)|sections?|chapters?)\b", re.I)
_LEFT_OUT = re.compile(
    r"\b(?:ignor\w*|exclud\w*|apart from|aside from|other than|except|without|leaving)\b", re.I
)


def _asks_groups(text: str) -> bool:
    """Whether a ranking of products asks for groups (sectors, sections), not for the
    sector totals a question leaves out ("ignoring the sector totals, which product")."""
    for match in _GROUP_WORD.finditer(text):
        clause = re.split(r"[,;:.?]", text[: match.start()])[-1]  # its clause, up to it
        if not _LEFT_OUT.search(clause):
            return True
    return False


_PRODUCT_NOUN = (
    r"(?:sections?|chapters?|products?|commodit(?:y|ies)|categor(?:y|ies)|product groups?|"
    r"goods groups?|items?|sectors?|industr(?:y|ies))"
)
_RANK_WORD = (
    r"(?:largest|biggest|highest|smallest|lowest|top|main|leading|least|most|weakest|"
    r"strongest)"
)
_PRODUCT_RANKED = re.compile(
    rf"\b{_RANK_WORD}(?:[- ][\w-]+){{0,2}}[- ]{_PRODUCT_NOUN}\b|"
    rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}{_PRODUCT_NOUN}\b[^?]*\b{_RANK_WORD}\b|"
    # "Of Argentina's four export categories, which was the biggest?"
    rf"\b{_PRODUCT_NOUN}\s*,\s*(?:which|what)\b[^?]*\b{_RANK_WORD}\b",
    re.I,
)
_PRODUCT_WORD = re.compile(
    r"\b(?:commodit(?:y|ies)|products?|goods (?:groups?|categories)|groups?|categor(?:y|ies)|"
    r"items?|sectors?|export earners?|earners?|chapters?|sections?)\b",
    re.I,
)


def _periods_asked(
    text: str, query: QueryPlan, nth: re.Match[str] | None, previous: QueryPlan | None
) -> Expr | None:
    """A ranking of the periods of a span: asked as one, or by its words ("the
    second-strongest month", "when was the deficit deepest?")."""
    if query.intent == "rank" and query.rank_by == "period":
        return _ranked_periods(text, query, nth, previous)
    if not query.partners and _PERIOD_RANKED.search(text):
        return _ranked_periods(text, query, nth, previous)
    return None


_PERIOD_RANKED = re.compile(
    r"\b(?:strongest|weakest|biggest|largest|highest|lowest|smallest|best|worst|deepest|"
    r"widest)[- ](?:\w+\s+)?(?:months?|quarters?)\b|^\s*when\b[^?]*\b(?:deepest|widest|"
    r"largest|biggest|highest|lowest|smallest)\b|\b(?:which|what) (?:month|quarter)\b[^?]*"
    r"\b(?:deepest|widest|narrowest)\b",
    re.I,
)


def _ranked_periods(
    text: str, query: QueryPlan, nth: re.Match[str] | None, previous: QueryPlan | None = None
) -> Expr | None:
    """``Which month of 2025 had the second-highest exports?``, ``In which year did exports
    grow fastest?``: the periods of a span, ranked."""
    growth = query.measure_kind == "change_pct"
    side = _DEFICIT_OR_SURPLUS.search(text) if query.flow == "balance" else None
    if side is None and query.flow == "balance" and previous is not None:
        side = _DEFICIT_OR_SURPLUS.search(previous.question)  # "And in 2025?"
    if not (nth or growth or side) or not query.periods:
        return None
    start = min(parse(p).start for p in query.periods)
    end = max(parse(p).end for p in query.periods)
    grain = (
        "year" if _YEAR_WORD.search(text) else "quarter" if _QUARTER_WORD.search(text) else "month"
    )
    span = canonical(span_of(start, end))
    by = _leaf(
        replace(query, partners=query.partners[:1]),
        span,
        measure="change_pct" if growth else "level",
        basis="yoy" if growth else None,
    )
    order = _order_asked(text)
    if side is not None:  # the largest deficit is the lowest balance; the smallest, the highest
        deficit = side.group(0).lower().startswith("deficit")
        order = "asc" if deficit != bool(_LOW.search(text) and not _HIGH.search(text)) else "desc"
    nth_n = _ordinal(nth) if nth else None
    return Rank(by=by, order=order, top=None if nth_n else 1, nth=nth_n, exclude=(),
                over="periods", grain=grain)  # fmt: skip


_MONTH_WORD = re.compile(r"\bmonth(?:s|ly)?\b", re.I)
_ANNUAL_WORD = re.compile(r"\b(?:annual(?:ly)?|yearly|years)\b", re.I)
_YEAR_WORD = re.compile(r"\b(?:which|what) years?\b|\byears?\b", re.I)
_QUARTER_WORD = re.compile(r"\bquarters?\b", re.I)


_ADD = re.compile(r"^\s*(?:and\s+)?(?:now\s+)?add(?:ing)?\b", re.I)


def _added_flow(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``Add the re-exports to Oman - what's the total?`` after a figure of one flow: the
    previous figure plus the flow named, for the same partner and period."""
    if previous is None or not _ADD.search(text):
        return None
    before = previous_expression(previous)
    flows = [f for f in query.flows or ((query.flow,) if query.flow else ()) if f]
    if not isinstance(before, Select) or len(flows) != 1 or flows[0] == before.flow:
        return None
    return Sum(over="flows", terms=(before, before.model_copy(update={"flow": flows[0]})))


_AND_PARTNER = re.compile(
    r"^\s*(?:and|what about|how about)\s+(?:for|to|with|from|in)?\s*(?:the\s+)?[^?]{1,40}\??\s*$",
    re.I,
)


def _another_partner(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``And for South Korea?`` after a composed question (a compound annual rate, a
    balance made by the identity): the same expression with the partner swapped."""
    if previous is None or not _AND_PARTNER.match(text) or len(query.partners) != 1:
        return None
    data = getattr(previous, "expression", None)
    last = Plan.from_dict(data).parts[-1] if data else None
    if last is None or isinstance(last, Intent | Select | Rank):
        return None  # a lookup or a built-in kind is merged by the planner already
    olds = {leaf.partner for leaf in leaves(last)}
    if len(olds) != 1:
        return None
    old = olds.pop()
    if old is None or old == query.partners[0]:
        return None
    return _with_partner(last, old, query.partners[0])


def _with_partner(expr: Expr, old: str, new: str) -> Expr:
    """The expression with each leaf of partner ``old`` on partner ``new``."""
    if isinstance(expr, Select):
        return expr.model_copy(update={"partner": new}) if expr.partner == old else expr
    changes: dict[str, object] = {}
    for name in type(expr).model_fields:
        value = getattr(expr, name)
        if isinstance(value, tuple) and value and all(hasattr(v, "op") for v in value):
            changes[name] = tuple(_with_partner(v, old, new) for v in value)
        elif hasattr(value, "op") and not isinstance(value, str):
            changes[name] = _with_partner(value, old, new)
    return expr.model_copy(update=changes)


_POINTED = re.compile(
    r"\b(?:that|it|there|this one|that one|that (?:market|country|destination|partner|section|"
    r"product|item|category|group))\b",
    re.I,
)
_ORDINAL_ALONE = re.compile(
    r"^\s*(?:and|what about|how about)\s+(?:the\s+)?(" + "|".join(_ORDINALS) + r")\b", re.I
)
_GREW = re.compile(r"\b(?:grow|grew|growth|ris(?:e|en)|rose|increas|f[ae]ll|declin|chang)\w*", re.I)
_HOW_MUCH = re.compile(r"\bhow (?:much|big|large)\b|\bwhat (?:was|is) (?:its|the) value\b", re.I)


def _about_the_ranked(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``How much was that?`` or ``By how much did exports there grow that year?`` after
    a ranking of one: the value, or the growth, of the partner (or product) ranked."""
    if previous is None or query.partners or query.filters or not _POINTED.search(text):
        return None
    if _RELATIVE.search(text) or _OF_THAT.search(text):
        return None  # "relative to all re-exports": a share of the figure, read elsewhere
    last = _previous_rank(previous)
    if last is None or last.over == "periods" or last.top not in (None, 1):
        return None
    if not previous.context_partners:  # the ranking was refused: nothing to point at
        return None
    if last.top is None and last.nth is None:
        return None
    growth = bool(_GREW.search(text))
    if last.over == "products":
        # a ranking by value names the product and its value; anything else needs its series
        plain = last.by.measure == "level" and not growth and not last.by.filters
        return last if plain and _HOW_MUCH.search(text) and not _AMOUNT.search(text) else None
    named = previous.context_partners[:1]
    if not named:
        return None
    if _EXCEPT.search(text):  # "And apart from that one?": the ranking without it
        return last.model_copy(update={"exclude": (*last.exclude, named[0]), "nth": None})
    if growth:
        return last.by.model_copy(
            update={"partner": named[0], "measure": "change_pct", "basis": "yoy"}
        )
    if _HOW_MUCH.search(text):
        return last.by.model_copy(update={"partner": named[0], "measure": "level"})
    return None


def _among(text: str, query: QueryPlan) -> str | None:
    """The grouping a ranking is within ("the weakest of the GCC states"), when the
    vocabulary knows its members."""
    from lexicon.groupings import members_of
    from lexicon.places import place_key

    if not re.search(r"\b(?:of|among|within|in)\s+the\b", text, re.I):
        return None
    keys = [k for p in query.partners if (k := place_key(p)) and members_of(k)]
    return keys[0] if len(keys) == 1 and len(query.partners) == 1 else None


def _previous_rank(previous: QueryPlan) -> Rank | None:
    """The ranking the previous answer gave, as an expression (a built-in ranking of
    partners becomes its `Rank`)."""
    data = getattr(previous, "expression", None)
    if data:
        last = Plan.from_dict(data).parts[-1]
        if isinstance(last, Rank):
            return last
    if previous.intent != "rank" or previous.rank_by == "period":
        return None
    if not previous.periods or previous.partners:
        return None
    growth = previous.measure_kind == "change_pct"
    by = _leaf(
        previous,
        previous.periods[-1],
        measure="change_pct" if growth else "level",
        basis=previous.basis if growth and previous.basis in ("yoy", "mom") else None,
    )
    return Rank(by=by, order=previous.order, top=previous.top_n or 1)


def _flip(text: str, query: QueryPlan, previous: QueryPlan | None) -> Expr | None:
    """``And the weakest one?`` after a ranking: the same ranking, the other way round."""
    if (
        previous is None
        or len(text.split()) > 8
        or not re.match(r"\s*(?:and|what about)\b", text, re.I)
    ):
        return None
    among = _among(text, query)
    if set(query.partners) - set(previous.partners) and among is None:
        return None  # "And Japan?": another partner, not the ranking flipped
    if previous.flow == "trade":
        return None  # a ranking of total trade is never flipped into one of exports
    if query.periods and previous.periods and query.periods != previous.periods:
        return None
    before = _previous_rank(previous)
    if before is None:
        return None
    if among is not None:
        before = before.model_copy(update={"among": among})
    low, high = bool(_LOW.search(text)), bool(_HIGH.search(text))
    alone = _ORDINAL_ALONE.search(text)
    if low == high and alone is not None:  # "And the second?": the same order, one place on
        return before.model_copy(update={"nth": _ORDINALS[alone.group(1).lower()], "top": None})
    if low == high:
        return None
    order = "asc" if low else "desc"
    nth = _NTH.search(text)
    return before.model_copy(
        update={"order": order, "nth": _ordinal(nth) if nth else None,
                "top": None if nth else 1}
    )  # fmt: skip

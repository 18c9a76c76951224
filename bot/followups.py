"""Follow-up questions: merge what a short question says with the previous plan.

``"And Malaysia?"`` replaces the partners, ``"What about imports?"`` the flow,
``"And in February?"`` the month (keeping the year), ``"What about the year
before?"`` moves the periods back a year, ``"Compare that with 2024"`` sets the
same period of 2024 beside the previous one, ``"Which of those grew fastest?"``
ranks the previous partners (or every partner) for the same period and flow.
A question that stands on its own (its own flow and its own partner or period,
no pronoun pointing back) starts afresh.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from bot.mentions import Mentions
from bot.records import Basis, QueryPlan
from bot.timewords import MOM, YOY
from bot.vocabulary import Vocabulary
from lexicon.places import place_key
from vectorstore.periods import Period, canonical, parse

_OPENERS = re.compile(
    r"^\s*(?:and|what about|how about|what of|same for|same (?:question )?(?:but )?for|"
    r"instead)\b",
    re.IGNORECASE,
)
_SOFT_OPENERS = re.compile(r"^\s*(?:now|also|then|but|ok(?:ay)?|so|only|just|for)\b", re.I)
_BACK_REFERENCE = re.compile(
    r"\b(?:those|these|them|the same|same period|same month|the year before|the previous year|"
    r"a year earlier|the month before|instead|as well|too|also|from then|since then|"
    r"that year|that month)\b",
    re.IGNORECASE,
)
_POINTER = re.compile(
    r"\b(?:that|it|its|there|this one|that one|they|their|these figures)\b", re.IGNORECASE
)
_THOSE = re.compile(
    r"\b(?:of )?(?:those|these|them|the same (?:markets|partners|countries))\b", re.I
)


def is_followup(text: str, own: QueryPlan, *, shift: int = 0) -> bool:
    """Whether a question leans on the previous one rather than standing alone."""
    if shift:
        return True
    if _OPENERS.match(text):
        return True
    has_subject = bool(own.partners or own.unmatched or own.flow)
    complete = bool(own.flow) and bool(own.partners or own.unmatched or own.periods)
    if _BACK_REFERENCE.search(text):
        return True
    if complete:  # "it" and "that" in a full question point inside it
        return False
    if _SOFT_OPENERS.match(text):
        return True
    if _POINTER.search(text):
        return True
    words = len(text.split())
    return words <= 6 and not (has_subject and own.periods)


def merge(
    own: QueryPlan, previous: QueryPlan, text: str, *, shift: int, explicit: bool
) -> QueryPlan:
    """The previous plan with what the follow-up changes."""
    intent = own.intent if explicit else previous.intent
    measure_kind = own.measure_kind or previous.measure_kind
    if intent == "balance" and own.flow and own.flow != "balance" and not explicit:
        # "And exports?" after a balance: that flow's figure, no longer the balance
        intent, measure_kind = "lookup", own.measure_kind or "level"
    if previous.intent == "balance" and own.intent == "share" and _OF_IMPORTS.search(text):
        # "And as a share of imports?" after a balance: the balance as % of imports
        intent, measure_kind = "balance", "ratio_pct"
        own = replace(own, flow=None, flows=(), partners=(), unmatched=())
    partners, unmatched = own.partners, own.unmatched
    if not (partners or unmatched):
        partners, unmatched = previous.partners, previous.unmatched
    periods = own.periods or previous.periods
    if shift:
        periods = tuple(canonical(parse(p).shift(shift)) for p in previous.periods)
    elif own.basis == "yoy" and not own.periods:
        periods = _compared_year(previous) or periods
    since = _since_then(own, previous, text) or _between_asked(own, previous, text)
    if since is not None:  # "how much did they grow from that year to 2025?"
        periods, own = since, replace(own, basis="between")
    merged = replace(
        previous,
        intent=intent,
        question=own.question,
        flow=own.flow or previous.flow,
        flows=own.flows or (() if own.flow else previous.flows),
        measure_kind=measure_kind,
        partners=partners,
        unmatched=unmatched,
        filters=own.filters or previous.filters,
        periods=periods,
        basis=own.basis or _kept_basis(previous, own),
        aggregation=own.aggregation or (previous.aggregation if intent == "aggregate" else None),
        top_n=own.top_n or (previous.top_n if intent == "rank" else None),
        # "And the lowest?" after a ranking: the other way round
        order=_order(own, previous, text, explicit=explicit),
        claim=own.claim,
        rank_by=own.rank_by or (previous.rank_by if intent == "rank" else None),
        reporter=own.reporter or previous.reporter,
    )
    if own.intent == "rank" and explicit:
        return _rank(merged, own, previous, text)
    if own.intent == "compare" and explicit:
        merged = _compare(merged, own, previous)
    elif _AGAINST_PERIOD.search(text) and _one_other_period(own, previous):
        # "How does that compare with 2024, in percent?" after a figure for 2025
        merged = _compare_periods(merged, own, previous)
    return _cut_off(_settled(merged))


_AGAINST_PERIOD = re.compile(r"\bcompare[sd]?\s+(?:with|to|against)\b|\bversus\b|\bvs\.?\s", re.I)


def _one_other_period(own: QueryPlan, previous: QueryPlan) -> bool:
    """The follow-up names one period, other than the one period asked before."""
    if len(own.periods) != 1 or len(previous.periods) != 1 or own.periods == previous.periods:
        return False
    return parse(own.periods[0]).length == parse(previous.periods[0]).length  # like for like


_OF_IMPORTS = re.compile(
    r"\b(?:share|percent(?:age)?|per ?cent|ratio|proportion)\s+of\s+(?:total\s+)?imports\b|"
    r"%\s*of\s+(?:total\s+)?imports\b",
    re.IGNORECASE,
)
_YEAR_BACK = re.compile(
    r"\b(?:a year (?:earlier|before|ago)|the (?:year|period) before|the previous year|"
    r"the same (?:month|quarter|period) (?:of )?(?:the )?(?:a |one )?(?:year|last year))",
    re.IGNORECASE,
)


_DIRECTION = re.compile(
    r"\b(?:(?P<low>lowest|smallest|least|weakest|slowest|bottom)|highest|largest|biggest|most|"
    r"strongest|fastest|top)\b",
    re.IGNORECASE,
)


def _order(
    own: QueryPlan, previous: QueryPlan, text: str, *, explicit: bool
) -> Literal["desc", "asc"]:
    """A ranking's direction: the follow-up's own, else the word it uses ("And the
    lowest?"), else the previous one."""
    if explicit:
        return own.order
    found = _DIRECTION.search(text)
    if found is None or previous.intent != "rank":
        return previous.order
    return "asc" if found.group("low") else "desc"


_AGAINST = re.compile(
    r"\b(?:on|from|since|compared (?:with|to)|versus|vs\.?|over|against|relative to)\s+"
    r"(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|q[1-4]|h[12]|[a-z]+\s+\d{4}|\d{4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
_CHANGED = re.compile(
    r"\b(?:up|down|grow|grew|growth|rise|rose|fall|fell|change|changed|increase|decrease)\w*",
    re.IGNORECASE,
)
_SINCE_THEN = re.compile(
    r"\b(?:from|since|after|between) (?:that|this|the same) (?:year|month|quarter|period)\b|"
    r"\b(?:from|since) then\b",
    re.IGNORECASE,
)


def _since_then(own: QueryPlan, previous: QueryPlan, text: str) -> tuple[str, str] | None:
    """``from that year to 2025``: the previous answer's period, then the one named;
    ``how much was that up on Q1 2025?``: the period named, then the previous answer's."""
    if len(own.periods) != 1 or not previous.periods:
        return None
    then, named = previous.periods[-1], own.periods[0]
    if _SINCE_THEN.search(text):
        return (then, named) if parse(then).end < parse(named).start else None
    if _AGAINST.search(text) and _CHANGED.search(text) and parse(named).end < parse(then).start:
        return named, then
    return None


def _between_asked(own: QueryPlan, previous: QueryPlan, text: str) -> tuple[str, str] | None:
    """``How much did they change?`` after figures for 2025 and then 2024: the change
    between the two periods the conversation asked about, oldest first."""
    if own.intent != "change" or own.periods or len(previous.periods) != 1:
        return None
    if YOY.search(text) or MOM.search(text) or own.basis not in (None, "yoy"):
        return None  # "year on year": the basis asked, not the two periods
    earlier = [p for p in previous.context_periods if p not in previous.periods]
    if not earlier:
        return None
    pair = sorted((earlier[-1], previous.periods[0]), key=lambda p: parse(p).start)
    if parse(pair[0]).length != parse(pair[1]).length:
        return None
    return pair[0], pair[1]


def _compared_year(previous: QueryPlan) -> tuple[str, ...] | None:
    """``How did it change year on year?`` right after ``What about a year earlier?``:
    the change from that earlier period to the one asked before it (a year later)."""
    if len(previous.periods) != 1 or not _YEAR_BACK.search(previous.question):
        return None
    return (canonical(parse(previous.periods[0]).shift(12)),)


def _cut_off(merged: QueryPlan) -> QueryPlan:
    """A ranking's cut-off is kept by ``And in February?``, dropped by anything not a rank."""
    if merged.intent == "rank" or merged.threshold_op is None:
        return merged
    return replace(merged, threshold=None, threshold_op=None, threshold_unit=None)


def _settled(merged: QueryPlan) -> QueryPlan:
    """An inherited intent the merged plan no longer fits: a claim without its number,
    a comparison with one side left."""
    sides = max(len(merged.partners), len(merged.flows), len(merged.periods))
    if (merged.intent == "claim" and merged.claim is None) or (
        merged.intent == "compare" and sides < 2
    ):
        growth = merged.measure_kind == "change_pct"
        return replace(merged, intent="change" if growth else "lookup", flows=())
    return merged


def _compare(merged: QueryPlan, own: QueryPlan, previous: QueryPlan) -> QueryPlan:
    """``Compare that with 2024 / with Malaysia / with imports``."""
    if own.partners and previous.partners and set(own.partners) != set(previous.partners):
        partners = tuple(dict.fromkeys((*previous.partners, *own.partners)))
        return replace(merged, partners=partners, periods=previous.periods)
    if own.flow and previous.flow and own.flow != previous.flow and not own.flows:
        return replace(merged, flows=(previous.flow, own.flow), flow=previous.flow)
    if own.periods and previous.periods:
        return _compare_periods(merged, own, previous)
    return merged


def _compare_periods(merged: QueryPlan, own: QueryPlan, previous: QueryPlan) -> QueryPlan:
    before = parse(previous.periods[-1])
    target = parse(own.periods[0])
    if target.kind == "year" and before.kind != "year":
        other = before.shift((target.start_year - before.start_year) * 12)
    else:
        other = target
    pair = tuple(sorted({canonical(other), canonical(before)}, key=lambda p: parse(p).start))
    if len(pair) < 2:
        return merged
    if previous.measure_kind == "change_pct" or previous.basis in ("yoy", "mom"):
        return replace(merged, intent="compare", periods=pair, basis=previous.basis or "yoy")
    return replace(merged, intent="change", periods=pair, basis="between")


def _rank(merged: QueryPlan, own: QueryPlan, previous: QueryPlan, text: str) -> QueryPlan:
    """``Which of those grew fastest?``: the previous partners if pointed at, else all."""
    partners = own.partners
    if not partners and _THOSE.search(text):
        # the last plan's partners, else every partner the conversation named
        earlier = (previous.partners, previous.context_partners)
        partners = next((names for names in earlier if len(names) >= 2), ())
    periods = own.periods or previous.periods[-1:]
    basis: Basis | None = merged.basis if merged.basis != "between" else "yoy"
    cut = (own.threshold, own.threshold_op, own.threshold_unit)
    return replace(
        merged,
        partners=partners,
        unmatched=own.unmatched,
        periods=periods,
        basis=basis,
        threshold=cut[0],
        threshold_op=cut[1],
        threshold_unit=cut[2],
    )


MAX_CONTEXT_PARTNERS = 12


def remember_partners(
    final: QueryPlan, previous: QueryPlan | None, *, leaned: bool
) -> tuple[str, ...]:
    """The partners named so far in the conversation, oldest first (the last 12), for
    ``Which of those grew fastest?`` after ``And Japan?``. A question of its own naming
    two or more partners starts the list afresh."""
    if previous is None or (not leaned and len(final.partners) >= 2):
        return final.partners[-MAX_CONTEXT_PARTNERS:]
    earlier = (*previous.context_partners, *previous.partners)
    names = tuple(dict.fromkeys((*earlier, *final.partners)))
    return names[-MAX_CONTEXT_PARTNERS:]


def _kept_basis(previous: QueryPlan, own: QueryPlan) -> Basis | None:
    """The previous basis, unless it compared two periods and one new period replaces them."""
    if previous.basis == "between" and own.periods:
        return "yoy" if len(own.periods) < 2 and own.measure_kind == "change_pct" else None
    return previous.basis


_NEW_SUBJECT = re.compile(r"^\s*(?:and|what about|how about|same for|now)\b", re.I)


def switch_reporter(mentions: Mentions, vocab: Vocabulary, text: str) -> Mentions:
    """``And Viet Nam?`` after ``Thailand's exports``: another reporting economy (one
    some table reports), not a partner. For follow-ups of a plan with a reporter and
    no partner."""
    named = (*mentions.partners, *mentions.unmatched)
    if mentions.reporter or len(named) != 1 or not _NEW_SUBJECT.match(text):
        return mentions
    key = place_key(named[0])
    if key is None or key not in vocab.reporters:
        return mentions
    return replace(mentions, partners=(), unmatched=(), reporter=key, reporter_name=named[0])


def sane_previous(previous: QueryPlan | None) -> QueryPlan | None:
    """A previous plan (perhaps stored long ago) without periods that no longer parse."""
    if previous is None:
        return None
    periods = tuple(p for p in previous.periods if _parses(p))
    return previous if periods == previous.periods else replace(previous, periods=periods)


def _parses(text: str) -> bool:
    try:
        parse(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def anchor_of(previous: QueryPlan | None) -> Period | None:
    """The period a follow-up's yearless month is placed near."""
    if previous is None or not previous.periods:
        return None
    try:
        return parse(previous.periods[-1])
    except ValueError:
        return None

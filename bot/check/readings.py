"""Each stated number of a document read as plan expressions: a `claim` node over the
series it is about, one per reading (partner, period and basis).

A claim the tables cannot hold (energy costs, a forecast, another economy's trade, a
product, a place no table has) gets a ``problem`` instead of readings, and is reported
as *no data*; one whose period is open gets every candidate period as a reading, and is
*ambiguous*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.check.clauses import Clause, clauses, signed
from bot.check.numbers import numbers_in
from bot.check.periods import Timeline, When
from bot.check.sentences import Sentence
from bot.findings import prior
from bot.mentions import Mentions, read_mentions
from bot.plan.expressions import Change, ClaimCheck, Expr, Ratio, Select, Sum
from bot.vocabulary import Vocabulary
from lexicon.places import find_demonyms, find_places, place_key
from vectorstore.periods import label as period_label
from vectorstore.periods import parse

_CONTINUES = re.compile(
    r"^\W*(?:(?:and|but|or|while|then)\s+)?(?:(?:later|again|also|further|then)\s+)?"
    r"(?:ris\w*|rose|up\b|down\b|fall\w*|fell|increas\w*|jump\w*|grow\w*|grew|climb\w*|"
    r"surg\w*|gain\w*|declin\w*|dropp?\w*|soar\w*|by\b|to\b|in\b|at\b|from\b|after\b|"
    r"over\b|more than|nearly|almost|about|around|some\b|[-+−]?\d)",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:they|it|these|those|them)\b", re.I)
_CURRENCY = re.compile(r"\b(?:US|HK|NZ|A|AU|C|CA|S|SG|NT)\$")  # "US$" names no partner
_LIST_GAP = re.compile(r"^\s*(?:,|and|&|, and|or)\s*(?:the\s+)?$", re.I)
_TOTAL = re.compile(r"\b(?:total|overall|all)\b", re.I)
_BASIS_WORDS = {"yoy": "year on year", "mom": "on the previous month"}


@dataclass(frozen=True)
class Reading:
    """One way to read a claim: its expression and the words for it."""

    expr: ClaimCheck
    words: str  # "exports to Singapore, year on year, March 2026"
    period: str
    partner: str | None
    alternative: bool = False  # a reading of an unstated basis other than year on year
    # the same reading from a measure named for the partner ("Exports to Asia y-o-y
    # change"), used when the partner's own series has no figure
    fallback: ClaimCheck | None = None


@dataclass(frozen=True)
class ClaimPlan:
    """A stated number, what it was read as, and how to check it."""

    sentence: str
    text: str
    value: float
    unit: str
    words: str  # the number as written, qualifier included
    readings: tuple[Reading, ...] = ()
    problem: str | None = None  # why the tables cannot hold it (no data)
    open_reason: str | None = None  # why the period is open (ambiguous)
    basis_stated: bool = True
    open_partner: bool = False  # the partner is that of the claim before, or the total


class Reader:
    """Reads a document's claims in order, keeping what the text said before each."""

    def __init__(self, vocab: Vocabulary, timeline: Timeline, home: frozenset[str]) -> None:
        self.vocab = vocab
        self.timeline = timeline
        self.home = home  # place keys of the economies the tables report
        self.labels = _partner_labels(vocab)  # (flow, place key) -> a rate measure's label
        # the last claim's paragraph, flow, flow word and partners ("they" refers to them)
        self.subject: tuple[int, str | None, str | None, tuple[str | None, ...]] = (
            -1,
            None,
            None,
            (None,),
        )

    def read(self, sentence: Sentence) -> list[ClaimPlan]:
        numbers = numbers_in(sentence.text)
        plans: list[ClaimPlan] = []
        partners: tuple[str | None, ...] = (None,)
        claimed: tuple[str, ...] = ()
        for clause in clauses(sentence.text, numbers):
            if self._refers_back(clause, sentence, plans):  # "In June they rose 11.9%"
                clause = replace(clause, flow=self.subject[1], flow_word=self.subject[2])
                partners = self.subject[3]
            elif clause.flow is None and clause.other is None and plans:  # "..., and in May 15%"
                clause = replace(clause, flow=self.subject[1], flow_word=self.subject[2])
            mentions = read_mentions(_CURRENCY.sub(_blank, clause.text), self.vocab)
            named: tuple[str | None, ...] = _partners(clause.text, mentions)
            earlier = tuple(p for p in partners if p)
            open_partner = False
            if not named and earlier and not clause.own_flow and not _TOTAL.search(clause.text):
                # "..., and 30% in April" continues the partner; "..., far above the 35.8%
                # average" may be the total: both readings, decided only if they agree
                open_partner = not _CONTINUES.match(clause.text)
                named = (*earlier, None) if open_partner else earlier
            partners = named or (None,)
            self.subject = (sentence.paragraph, clause.flow, clause.flow_word, partners)
            before = sentence.text[: clause.start]
            when = self.timeline.when(clause.text, before, sentence.text, sentence.paragraph)
            plan = self._labelled(self._plan(sentence.text, clause, mentions, partners, when))
            plans.append(replace(plan, open_partner=open_partner))
            if not claimed and when.source in ("clause", "sentence") and not when.open_reason:
                claimed = when.periods
        self.timeline.note(sentence.paragraph, sentence.text, claimed)
        return plans

    def _plan(
        self,
        sentence: str,
        clause: Clause,
        mentions: Mentions,
        partners: tuple[str | None, ...],
        when: When,
    ) -> ClaimPlan:
        value = signed(sentence, clause)
        number = clause.number
        base = ClaimPlan(sentence, _shown(clause), value, number.unit, number.words)
        problem = self._problem(clause, mentions, when)
        if problem:
            return _with(base, problem=problem)
        basis = when.basis if number.is_rate else None
        readings = tuple(
            reading
            for period in when.periods
            for partner in partners
            for reading in _readings(clause, value, partner, period, basis)
        )
        if not readings and not when.open_reason:
            return _with(base, problem="the tables hold no series of this kind")
        return _with(
            base, readings=readings, open_reason=when.open_reason, basis_stated=basis is not None
        )

    def _refers_back(self, clause: Clause, sentence: Sentence, plans: list[ClaimPlan]) -> bool:
        """A clause without a flow whose subject is a pronoun for the previous sentence's
        last claim, in the same paragraph."""
        if clause.flow is not None or clause.other is not None or plans:
            return False
        same = self.subject[0] == sentence.paragraph and self.subject[1] is not None
        return same and bool(_PRONOUN.search(sentence.text[: clause.number.start]))

    def _labelled(self, plan: ClaimPlan) -> ClaimPlan:
        """Readings of a partner's rate that a measure named for it can also give."""
        readings = []
        for reading in plan.readings:
            leaf = reading.expr.expr
            key = place_key(reading.partner) if reading.partner else None
            label = self.labels.get((leaf.flow, key)) if isinstance(leaf, Select) else None
            if label and isinstance(leaf, Select) and leaf.measure == "change_pct":
                own = leaf.model_copy(update={"partner": None, "label": label})
                reading = replace(reading, fallback=reading.expr.model_copy(update={"expr": own}))
            readings.append(reading)
        return replace(plan, readings=tuple(readings))

    def _problem(self, clause: Clause, mentions: Mentions, when: When) -> str | None:
        if clause.other:
            return f"it is about {clause.other}, which the trade tables do not hold"
        if clause.flow is None:
            return "the sentence names no trade flow (exports, imports, balance)"
        foreign = self._foreign_reporter(clause.text, mentions)
        if foreign:
            return f"it is about {foreign}'s trade; the tables report {self._home_words()}"
        if mentions.goods:
            return f"the tables hold no figures for {mentions.goods[0]}"
        if mentions.unmatched:  # a place no table holds: never the total instead
            return f"it names {mentions.unmatched[0]}, which no table holds figures for"
        if clause.number.unit == "pp":
            return "changes in percentage points are not checked"
        if clause.number.is_rate and clause.flow == "balance" and clause.measure == "change":
            return "percentage changes of a trade balance are not checked"
        if when.problem:
            return when.problem
        if not clause.number.is_rate and _currency(clause.number.unit) is None:
            return "a number in millions or billions without a currency is not a trade value"
        return None

    def _foreign_reporter(self, text: str, mentions: Mentions) -> str | None:
        """Another economy's own trade (``Singapore's exports``, ``Thai exports``)."""
        for place in find_places(text):
            possessive = re.match(r"['’]s\b", text[place.end : place.end + 2])
            if possessive and place.key not in self.home:
                return place.text
        for demonym in find_demonyms(text):
            if demonym.key not in self.home:
                return demonym.text
        return None

    def _home_words(self) -> str:
        from lexicon.places import display_name

        names = sorted(display_name(k) for k in self.home)
        return f"{' and '.join(names)}'s trade" if names else "one economy's trade"


_NAMED_RATE = re.compile(
    r"^(?P<flow>exports|imports) (?:to|from) (?P<place>[A-Za-z .'-]+?) y-o-y change$", re.I
)


def _partner_labels(vocab: Vocabulary) -> dict[tuple[str, str | None], str]:
    """Rate measures named for one partner (``Exports to Asia y-o-y change``)."""
    found: dict[tuple[str, str | None], str] = {}
    for card in vocab.cards:
        for measure in card.measures:
            match = _NAMED_RATE.match(measure.label)
            if match and measure.kind == "change_pct":
                key = place_key(match.group("place"))
                found[(match.group("flow").lower(), key)] = measure.label
    return found


def _shown(clause: Clause) -> str:
    """The claim's words: its clause, from the last comma before the number when what
    follows still names the claim's flow ("... , though they must balance this against a
    10% to 15% increase in energy costs" -> "though they must ...")."""
    text = clause.text
    offset = (
        clause.number.start - clause.start - (len(clause.text) - len(clause.text.lstrip(" ,;")))
    )
    commas = [m.end() for m in re.finditer(r",\s+", text[: max(0, offset)])]
    if not commas:
        return text
    rest = text[commas[-1] :]
    word = clause.flow_word if clause.own_flow else None
    if (word and word.lower() not in rest.lower()) or len(rest.split()) < 4:
        return text
    return rest


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _with(plan: ClaimPlan, **changes: object) -> ClaimPlan:
    return replace(plan, **changes)  # type: ignore[arg-type]


def _currency(unit: str) -> str | None:
    match = re.search(r"[A-Z]{0,3}\$|[A-Z]{3}|€|£|¥", unit)
    return match.group(0) if match else None


def _partners(text: str, mentions: Mentions) -> tuple[str, ...]:
    """The partners a clause is about: all of a list (``Malaysia and Thailand``), else the
    one nearest its number."""
    named = [(text.find(n), n) for n in mentions.names]
    keys = [place_key(n) for _, n in named]
    held = list(mentions.partners)
    if len(held) <= 1:
        return tuple(held)
    spots = sorted(p for p, _ in named if p >= 0)
    listed = all(
        _LIST_GAP.match(text[a + len(na) : b])
        for (a, na), (b, _) in zip(sorted(named), sorted(named)[1:], strict=False)
        if a >= 0
    )
    if listed or not spots or None in keys:
        return tuple(held)
    return tuple(held[-1:])


def _readings(
    clause: Clause, value: float, partner: str | None, period: str, basis: str | None
) -> list[Reading]:
    flow = clause.flow or "exports"
    stated = {"stated": value, "unit": clause.number.unit, "text": clause.number.words}
    where = _partner_words(flow, partner)
    when = period_label(period)
    if clause.measure == "level":
        expr = _level(flow, partner, period)
        return [Reading(ClaimCheck(**stated, expr=expr), f"{where}, {when}", period, partner)]
    if clause.measure == "ratio":
        expr = Select(flow="balance", measure="ratio_pct", period=period)
        words = f"the trade balance as a percentage of imports, {when}"
        return [Reading(ClaimCheck(**stated, expr=expr), words, period, partner)]
    if clause.measure == "share":
        if partner is None or flow in ("balance", "trade"):
            return []
        part = _level(flow, partner, period)
        whole = _level(flow, None, period)
        words = f"the share of {where} in all {flow}, {when}"
        return [
            Reading(
                ClaimCheck(**stated, expr=Ratio(part=part, whole=whole)), words, period, partner
            )
        ]
    return _rates(flow, partner, period, basis, stated, f"{where}, {{basis}}, {when}")


def _rates(
    flow: str,
    partner: str | None,
    period: str,
    basis: str | None,
    stated: dict[str, object],
    words: str,
) -> list[Reading]:
    """A rate of change: year on year (published, else from the levels) or on the previous
    month; with the basis unstated, month on month is an alternative reading of a month."""
    found: list[Reading] = []
    monthly = parse(period).kind == "month"
    for each in (basis,) if basis else (("yoy", "mom") if monthly else ("yoy",)):
        expr = _rate(flow, partner, period, each or "yoy")
        words_of = words.format(basis=_BASIS_WORDS[each or "yoy"])
        check = ClaimCheck(expr=expr, **stated)
        found.append(
            Reading(check, words_of, period, partner, alternative=each == "mom" and not basis)
        )
    return found


def _rate(flow: str, partner: str | None, period: str, basis: str) -> Expr:
    if flow == "trade":
        before = prior(period, basis)
        return Change(now=_level(flow, partner, period), before=_level(flow, partner, before))
    if basis == "mom":
        now = Select(flow=flow, partner=partner, measure="level", period=period)
        return Change(now=now, before=now.model_copy(update={"period": prior(period, "mom")}))
    return Select(flow=flow, partner=partner, measure="change_pct", basis="yoy", period=period)


def _level(flow: str, partner: str | None, period: str) -> Expr:
    if flow == "trade":  # total trade: exports plus imports
        terms = tuple(
            Select(flow=f, partner=partner, measure="level", period=period)
            for f in ("exports", "imports")
        )
        return Sum(over="flows", terms=terms)
    return Select(flow=flow, partner=partner, measure="level", period=period)


def _partner_words(flow: str, partner: str | None) -> str:
    name = "total trade" if flow == "trade" else "the trade balance" if flow == "balance" else flow
    if partner is None:
        return name
    joint = {"imports": "from", "balance": "with", "trade": "with"}.get(flow, "to")
    return f"{name} {joint} {partner}"

"""The coverage guard: an answer uses everything the question names, or says what not.

The evidence check makes sure every number is traced; this guard makes sure the numbers
answer *the question asked*. Each operation the question names (a sum, an average of
rates, a compound rate, an exclusion, an ordinal, "ever"), each measure word (prices,
volumes) and each flow must be used by the evaluated plan, and a figure about one flow is
never the answer about another (domestic exports for exports). Otherwise the answer says
plainly which part it could not answer and states no figure. In strict mode (tests) a
miss raises `CoverageError`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.context import Findings
from bot.errors import BotError
from bot.mentions import read_flows, without_definitions
from bot.plan.expressions import Intent, Plan, Rank, ops
from bot.records import Figure, QueryPlan
from lexicon.currencies import CURRENCY_WORDS
from vectorstore.records import TableCard


class CoverageError(BotError):
    """An answer left out part of the question (a bug in strict mode, never shown)."""

    def __init__(self, missed: list[str]) -> None:
        self.missed = missed
        super().__init__("The answer failed the coverage check: " + "; ".join(missed))


_OPERATIONS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "cagr",
        re.compile(
            r"\b(?:compound(?:ed)?\)? (?:annual|growth|rate|average)|compound(?:ed)? annually|cagr|"
            r"annuali[sz]ed)",
            re.I,
        ),
        "a compound annual growth rate",
    ),
    (
        "difference",
        re.compile(
            r"\bminus\b|\bnot (?:shown|listed) separately\b|\bnet of\b|\bleft over\b|"
            r"\bremainder\b|\bunlisted\b|"
            r"\bby how much\b.{0,100}?\b(?:exceed\w*|outstrip\w*|surpass\w*|outpac\w*)|"
            r"\bhow much (?:more|larger|bigger|higher|greater|smaller|lower|less)\b"
            r".{0,60}?\bthan\b|\bgap\b",
            re.I,
        ),
        "the difference asked",
    ),
    (
        "every",  # "did exports exceed CZK 400 bn in every month?": no node answers "all"
        re.compile(
            r"\b(?:in|during) (?:every|each|all (?:the )?)\s*(?:months?|quarters?|years?)\b",
            re.I,
        ),
        "whether every period passed the level asked",
    ),
    (
        "any",
        re.compile(r"\b(?:ever|at any (?:point|time)|in any (?:month|quarter))\b", re.I),
        "whether any period passed the level asked",
    ),
)
_MEASURES = re.compile(
    r"\b(?:prices?|unit values?|price index|volumes?|quantit(?:y|ies)|tonnes?|tons|kilograms?|"
    r"kg|deflators?|real terms|in real|constant prices|terms of trade|exchange rates?|"
    r"tariffs?|duties|gdp|inflation|population|employment|jobs|containers?|teus?|"
    r"passengers?|vessels? calls?|port calls?)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\bwhat will\b|\bwill (?:\w+\s+){0,4}?(?:be|reach|grow|rise|fall|exceed|top)\b|"
    r"\bforecasts?\b|\bprojected\b|\bprojections?\b|\bexpected to\b|\boutlook\b|"
    r"(?<!the )\bnext (?:year|month|quarter)\b|\bin (?:20[3-9]\d)\b",
    re.I,
)
# "how many containers": a count of things; markets, months and the like are counted by
# the engine, amounts ("how many US$ million") are values
_HOW_MANY = re.compile(
    r"\bhow many\b(?!\s+(?:(?:percentage\s+)?points?\b|(?-i:[A-Z]{1,3})?\$|(?-i:[A-Z]{3})\b|"
    rf"(?:thousands?|millions?|billions?|{CURRENCY_WORDS})\b|(?:\w+\s+)?(?:markets?|countries|"
    r"country|partners?|destinations?|economies|suppliers?|sources?|products?|items?|goods|"
    r"sectors?|categories|groups?|sections?|months?|quarters?|years?|periods?|times)\b))",
    re.I,
)
_CONTRIBUTION = re.compile(r"\bcontribut\w*|\bpercentage points? of (?:the )?growth\b", re.I)
_COMBINED = re.compile(
    r"\b(?:combined|together|altogether|in total|jointly|sum of|plus|"
    r"what(?: is|'s|’s) the total|the total of|(?:counting|including|covering) both)\b|"
    r"\badd(?:ed|ing)?\b.{1,80}\bto\b",
    re.I,
)
_EXCLUDED = re.compile(
    r"\b(?:apart from|excluding|except(?: for)?|other than|aside from|leaving|setting aside|"
    r"not counting|outside(?: of)? the)\b",
    re.I,
)
# "excluding re-exports" names a flow (the figure of domestic exports answers it)
_EXCLUDED_WORDS_ONLY = re.compile(
    r"\b(?:excluding|except|other than|apart from)\s+(?:re-?exports|imports|exports|oil|"
    r"gold|ships)\b",
    re.I,
)
_RANKED = re.compile(
    r"\b(?:largest|biggest|highest|smallest|lowest|top|main|leading|most|least|peak(?:ed|s)?|"
    r"trough|fastest|slowest|strongest|weakest|faster|slower|stronger|weaker)\b",
    re.I,
)
_WHICH = re.compile(
    r"\bwhich\b|\bwhat (?:market|partner|country|commodity|product)|"
    # "What was Georgia's largest import section?": a name asked, not a total
    r"\bwhat (?:was|were|is|are)\b[^?]{0,60}?\b(?:largest|biggest|highest|smallest|lowest|top|"
    r"main|leading)(?:[- ][\w-]+){0,2}[- ](?:markets?|partners?|destinations?|suppliers?|"
    r"sources?|sections?|chapters?|products?|commodit(?:y|ies)|categor(?:y|ies)|items?|"
    r"groups?|sectors?|countr(?:y|ies)|buyers?|customers?|exports?|imports?)\b",
    re.I,
)
_ORDINAL = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[- ](?:largest|biggest|highest|"
    r"smallest|lowest|most|least|fastest|slowest|top|leading|main)\b|\branked\s+(?:second|"
    r"third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b|\bin\s+(?:second|third|fourth|fifth)\s+place",
    re.I,
)
_DIFFERENCE = "Difference, "  # how `bot.figures.difference` labels a comparison's gap
_FLOW_LABELS = {
    "exports": re.compile(r"(?<![-\w])(?<!domestic )(?<!re-)exports\b|total exports", re.I),
    "re-exports": re.compile(r"re-?exports", re.I),
    "domestic exports": re.compile(r"domestic exports", re.I),
    "imports": re.compile(r"imports", re.I),
}


def missed(
    question: str, query: QueryPlan, found: Findings, cards: Sequence[TableCard] = ()
) -> list[str]:
    """The parts of the question the findings do not answer (empty: covered)."""
    if not found.figures:
        return []
    plan = Plan.from_dict(query.expression) if query.expression else None
    used = set().union(*(ops(p) for p in plan.parts)) if plan else set()
    if query.intent == "balance" or query.flow == "balance":
        used.add("difference")  # "exports minus imports" is the balance
    if query.intent == "compare" and any(f.label.startswith(_DIFFERENCE) for f in found.figures):
        used.add("difference")  # a comparison of the two named states their difference
    ranks = [p for p in (plan.parts if plan else ()) if isinstance(p, Rank)]
    builtin = {p.intent for p in (plan.parts if plan else ()) if isinstance(p, Intent)}
    operations = [
        w
        for op, p, w in _OPERATIONS
        if p.search(question)
        and op not in used
        # "how much higher than a year earlier, in per cent?" is a rate, not an amount
        and not (op == "difference" and _IN_PERCENT.search(question))
    ]
    points = _POINTS_ASKED.search(question) and not any(f.unit == "pp" for f in found.figures)
    kind = _QUALIFIED_ITEM.search(question)
    unused = [kind.group("q")] if kind and _unused_kind(kind.group("q"), found) else []
    return [
        *operations,
        *(["the difference in percentage points asked"] if points else []),
        *([f"the {word} items asked (the ranking is of all items)" for word in unused]),
        *_rankings(question, query, ranks, used, ranked="rank" in builtin),
        *_measures(question, query, found, used),
        *([] if operations else _yes_or_no(question, query, found, used)),
        *_unknown(query, found),
        *_flows(question, query, found),
        *_places(question, query, found, cards),
        *_several_items(question, found, cards, used),
        *_goods(question, found, cards),
    ]


def _goods(question: str, found: Findings, cards: Sequence[TableCard]) -> list[str]:
    """Kinds of goods the question names by a word some table holds for its goods
    (``phosphate-sector exports`` beside ``Phosphates and derivatives``) while no figure is
    about them: the answer would be a total, or other goods."""
    from bot.mentions import content_stems

    held: set[str] = set()
    for card in cards:  # goods any table holds: "machinery" asked of a table without goods
        for dim in card.dimensions:
            if dim.role == "commodity":
                held |= _goods_stems(dim.values)
    about = set().union(*(content_stems(f"{f.label} {' '.join(f.names)}") for f in found.figures))
    missed = []
    for phrase in _phrases(question, held):  # "basmati rice": one kind, either word will do
        if not phrase & about:
            missed.append(f"{' '.join(sorted(phrase))} (no figure is about those goods)")
    return missed


@functools.lru_cache(maxsize=256)
def _goods_stems(values: tuple[str, ...]) -> frozenset[str]:
    """The goods words of a dimension's values, worked out once per dimension (every
    answer checks them)."""
    from bot.mentions import content_stems

    return frozenset(stem for value in values for stem in content_stems(value))


def _phrases(question: str, held: set[str]) -> list[set[str]]:
    """Runs of neighbouring words that the table holds for goods: "phosphates and
    automotive" is two, "basmati rice" one."""
    from bot.mentions import content_stems

    phrases: list[set[str]] = []
    run: set[str] = set()
    for word in re.findall(r"[A-Za-z]+", question):
        stems = content_stems(word) & held
        if stems:
            run |= stems
        elif run:
            phrases.append(run)
            run = set()
    return [*phrases, run] if run else phrases


# "Which textile product earned the most?": a ranking within a kind of product
_QUALIFIED_ITEM = re.compile(
    r"\b(?:which|what)\s+(?P<q>[a-z-]{4,})\s+(?:products?|items?|commodit(?:y|ies)|goods|"
    r"categor(?:y|ies)|sectors?)\b",
    re.I,
)
_ANY_ITEM = frozenset(
    {"single", "individual", "export", "exported", "exports", "import", "imported", "imports",
     "main", "major", "other", "trade", "traded", "leading", "merchandise", "manufactured",
     "product"}
)  # fmt: skip


def _unused_kind(word: str, found: Findings) -> bool:
    """A kind of item the question ranks within ("textile") that no figure's label names."""
    low = word.lower()
    return low not in _ANY_ITEM and not any(low in f.label.lower() for f in found.figures)


_IN_PERCENT = re.compile(r"\bin (?:per ?cent|percent|%)|\bas a percentage\b", re.I)
_POINTS_ASKED = re.compile(
    r"\bin (?:percentage )?points\b|\bhow many (?:percentage )?points\b", re.I
)
_YES_NO = re.compile(
    r"^\s*(?:in [^,?]{1,40},\s*)?(?:was|were|is|are|did|does|do|has|have|had)\b[^?]*\b(?:higher|"
    r"lower|more|less|larger|smaller|bigger|greater|above|below|exceed\w*|over|under|rise|"
    r"rose|fall|fell|grow|grew|increase\w*|decrease\w*|decline\w*|among|one of|in the top|"
    r"beat|miss(?:ed)?|surpass\w*|outstrip\w*|top(?:ped)?|meet|met|reach(?:ed)?|"
    r"highest|lowest|largest|smallest|biggest|record|peak)\b",
    re.I,
)


def _left_out(question: str) -> bool:
    """Words that leave something out ("apart from Japan"), other than a place's own name
    ("countries outside the EU" is Extra-EU)."""
    from lexicon.places import find_places

    places = [(m.start, m.end) for m in find_places(question)]
    return any(
        not any(s <= hit.start() < e for s, e in places) for hit in _EXCLUDED.finditer(question)
    )


def _yes_or_no(question: str, query: QueryPlan, found: Findings, used: set[str]) -> list[str]:
    """A yes-or-no question ("Were exports higher ...?") answered without a yes or no."""
    if not _YES_NO.search(question) or found.verdict or query.intent in ("claim", "text"):
        return []
    if used & {"any", "compare", "claim"}:
        return []
    return ["the yes-or-no answer asked"]


def _unknown(query: QueryPlan, found: Findings) -> list[str]:
    """A name the question uses that no table holds ("And to Atlantis?"), answered with a
    figure about something else and not named."""
    lead = found.lead.casefold()
    return [f"{u} (no table holds it)" for u in query.unmatched if u.casefold() not in lead]


def _rankings(
    question: str, query: QueryPlan, ranks: list[Rank], used: set[str], *, ranked: bool = False
) -> list[str]:
    """An ordinal, an exclusion or a "which ... largest" the plan does not rank by."""
    gaps = []
    if _ORDINAL.search(question) and not any(r.nth for r in ranks):
        gaps.append("the place in the ranking asked")
    excluded = _left_out(question) and not any(r.exclude for r in ranks)
    if excluded and "difference" not in used and not _EXCLUDED_WORDS_ONLY.search(question):
        gaps.append("the figure without the partners or products left out")
    which = _WHICH.search(question) and _RANKED.search(question)
    if which and not ranks and not ranked:
        gaps.append("the ranking asked")
    named = len(query.partners) + len(query.unmatched)
    both = bool(re.search(r"\b(?:counting|including|covering) both\b", question, re.I))
    flows = len({f for f in read_flows(question) if f in _FLOW_LABELS})
    several = named >= 2 or both or flows >= 2
    combined = _COMBINED.search(without_definitions(question))
    if combined and several and "sum" not in used and query.flow != "balance":
        gaps.append("the combined value of the partners named")
    return gaps


def _measures(question: str, query: QueryPlan, found: Findings, used: set[str]) -> list[str]:
    """Prices or volumes asked but values given; a rate asked but levels given; adjusted and
    unadjusted figures both asked."""
    gaps = []
    asked = _MEASURES.search(question)
    if asked and not any(_MEASURES.search(f.label) for f in found.figures):
        gaps.append(f"{asked.group(0)} (the tables give values only)")
    percent = any(f.unit in ("%", "pp") for f in found.figures)
    amount = _AMOUNT_ASKED.search(question) and _CHANGE_WORDS.search(question)
    if amount and not any(_is_amount_change(f) for f in found.figures):
        gaps.append("the change as an amount asked (the figures are rates)")
    if _asks_change(question, query, used) and not percent:
        gaps.append("the rate of change asked (the figures are levels)")
    if _SHARE_ASKED.search(question) and query.intent != "claim":
        if not percent:
            gaps.append("the share asked (the figures are levels)")
        elif _SHARE_WORDS.search(question) and not any(
            _SHARE_LABEL.search(f.label) for f in found.figures
        ):
            gaps.append("the share asked (the figures are rates of change)")
    if _FUTURE.search(question):
        gaps.append("a forecast (the tables hold published figures only)")
    if _HOW_MANY.search(question) and not any(f.unit == "count" for f in found.figures):
        gaps.append("the number asked (the figures are values, not counts)")
    contribution = _CONTRIBUTION.search(question)
    if contribution and not any(_CONTRIBUTION.search(f.label) for f in found.figures):
        gaps.append("the contribution to growth asked (the figures are values or rates)")
    if _SA.search(question) and _NSA.search(question):
        labels = " ".join(f.label for f in found.figures)
        if not (_SA.search(labels) and _NSA.search(labels)):
            gaps.append("both the seasonally adjusted and the unadjusted figures")
    return gaps


def _several_items(
    question: str, found: Findings, cards: Sequence[TableCard], used: set[str]
) -> list[str]:
    """Two items a table holds as measures ("semiconductors and displays combined")
    answered with one of them."""
    if "sum" in used or not _COMBINED.search(question):
        return []
    tables = {f.table_id for f in found.figures if f.table_id}
    text = question.casefold()
    named = {
        m.label.casefold()
        for c in cards
        if c.id in tables
        for m in c.measures
        if len(m.label) > 3 and m.label.casefold().rstrip("s") in text
    }
    return ["the combined value of the items named"] if len(named) >= 2 else []


def _places(
    question: str, query: QueryPlan, found: Findings, cards: Sequence[TableCard]
) -> list[str]:
    """A place the question names that the answer is not about (as partner or reporter)
    and does not name: "exports of New Zealand" answered with Ireland's table."""
    from bot.vocabulary import card_reporters
    from lexicon.groupings import is_grouping
    from lexicon.places import find_places, place_key

    tables = {f.table_id for f in found.figures if f.table_id}
    used = {k for c in cards if c.id in tables for k in card_reporters(c)}
    # a partner of the plan counts when no figure was given (figures name what they use),
    # and a grouping always: it may scope a ranking ("among the non-EU countries")
    planned = [p for p in query.partners if not found.figures or is_grouping(p)]
    named = [*planned, *query.unmatched, *(n for f in found.figures for n in f.names)]
    if query.reporter:
        named.append(query.reporter)
    used |= {k for k in (place_key(n) for n in named) if k}
    used |= {m.key for m in find_places(found.lead)}
    used |= {m.key for line in found.lines for m in find_places(line)}
    return [
        f"{m.text} (the answer's tables are about other places)"
        for m in find_places(question)
        if m.key not in used and not _grouping_word(m.key)
    ]


def _grouping_word(key: str) -> bool:
    """ "World", "all markets": a total, which every answer may be about."""
    return key in {"WORLD"}


_SHARE_ASKED = re.compile(
    r"\b(?:what|which) (?:share|proportion|percentage|per ?cent(?:age)?)\b|\bas a (?:share|"
    r"percentage|proportion) of\b|\bshare of\b|\bhow much of\b.{0,120}\bas a percentage\b",
    re.I,
)
_AMOUNT_ASKED = re.compile(
    r"\babsolute (?:increase|decrease|change|rise|fall|growth|gain|drop)\b|"
    r"\bin (?:(?-i:[A-Z]{1,3}\$|[A-Z]{3}|KSh|RM|RMB)|€|£|¥) ?(?:thousands?|millions?|billions?|"
    r"mn|bn|m)\b|\bin (?:absolute|value|money) terms\b|\bin (?:thousands?|millions?|billions?) "
    r"of\b|\bin (?:thousands?|millions?|billions?|mn|bn) (?-i:[A-Z]{1,3}\$|[A-Z]{3}\b)|"
    rf"\bin (?:{CURRENCY_WORDS})\b",
    re.I,
)
_CHANGE_WORDS = re.compile(
    r"\b(?:chang|grow|grew|ris|rose|fell|fall|increas|decreas|declin)\w*", re.I
)


def _is_amount_change(fig: Figure) -> bool:
    """A change stated as an amount: a computed difference, or a published change level."""
    if fig.unit in ("%", "pp", "count"):
        return False
    return " - " in fig.formula or bool(
        re.search(r"\b(?:change|difference|minus|increase|decrease|gap)\b", fig.label, re.I)
    )


_SHARE_WORDS = re.compile(
    r"\bshare\b|\bproportion\b|\bpercentage of\b|\bper ?cent of\b|"
    r"^(?!.*\bby what\b)(?=.*\bwhat (?:percentage|per ?cent)\b)(?!.*\b(?:chang|grow|grew|ris|rose|"
    r"fell|fall|increas|decreas|declin|drop)\w*)|"
    r"\bhow much of\b.{0,120}\bas a percentage\b",
    re.I,
)
# a figure that is a part of a whole (a computed share or ratio, or a published share)
_SHARE_LABEL = re.compile(
    r"\bshare\b|\bas a percentage of\b|% of\b|\bof total\b|\bproportion\b|\bratio\b|"
    r"\bcoverage\b|\bper ?cent of\b",
    re.I,
)
_RATE_ASKED = re.compile(
    r"%\s*changes?\b|\bper ?cent(?:age)? changes?\b|\bgrowth rates?\b|"
    r"\brates? of (?:growth|change)\b",
    re.I,
)
_SA = re.compile(r"(?<!un)(?<!not )seasonally adjusted|\bs\.?a\.?\b", re.I)
_NSA = re.compile(r"\bunadjusted\b|\bnot seasonally adjusted\b|\boriginal\b", re.I)
_PERCENT_ASKED = re.compile(
    r"%|\bper ?cent|\bpercentage\b|\bhow fast\b|\bgrowth rate\b|\brate of\b", re.I
)


def _asks_change(question: str, query: QueryPlan, used: set[str]) -> bool:
    """A question for a rate of change (not an amount): a percentage, a growth rate."""
    if used & {"difference", "any", "compare", "claim", "rank", "cagr", "change", "mean"}:
        return False
    if query.intent != "change":  # "the average annual % change": a rate, whatever the kind
        return bool(_RATE_ASKED.search(question)) and query.intent not in ("claim", "text")
    return bool(_PERCENT_ASKED.search(question)) or query.measure_kind == "change_pct"


def _flows(question: str, query: QueryPlan, found: Findings) -> list[str]:
    """A question about one flow answered only with figures about another."""
    from bot.mentions import read_flows

    named = [f for f in read_flows(question) if f in _FLOW_LABELS]
    if len(named) != 1 or query.intent in ("claim", "text"):
        return []
    pattern = _FLOW_LABELS[named[0]]
    if any(pattern.search(f.label) for f in found.figures) or pattern.search(found.lead):
        return []
    return [f"{named[0]} (the tables give other flows)"]


def refusal(gaps: list[str]) -> Findings:
    """A plain answer naming what could not be answered, with no figure."""
    text = "; ".join(gaps)
    return Findings(
        f"I cannot answer that as asked: the tables do not give {text}.", answered=False
    )

"""The cues in a question: what kind of answer it wants, and any number it claims.

`read_cues(text)` reads words only (no tables): growth words, share words, ranking
words (``top 5``, ``fastest``, ``smallest``), comparison words, aggregation words
(``total``, ``average``), trend words, text-question words (``why``, ``what does
the article say``) and claims (``Is the 125% figure right?``, ``An article says
exports rose 125% ...``). The planner combines them with the periods and places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.records import Claim
from bot.statements import Threshold, read_claim, read_threshold


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


_GROWTH = _words(
    r"grow(?:s|n|ing|th)?\b",
    r"grew\b",
    r"ris(?:e|es|en|ing)\b",
    r"rose\b",
    r"increas",
    r"decreas",
    r"declin",
    r"fall(?:s|en|ing)?\b",
    r"fell\b",
    r"drop",
    r"chang",
    r"surg",
    r"jump",
    r"plung",
    r"slump",
    r"contract",
    r"expan",
    r"shr[iu]nk",
    r"soar",
    r"rebound",
    r"slow(?:ed|ing|down)",
    r"narrow(?:s|ed|ing)?\b",
    r"widen(?:s|ed|ing)?\b",
    r"accelerat",
    r"y-?o-?y\b",
    r"yoy\b",
    r"year[- ](?:on|over)[- ]year",
    r"m-?o-?m\b",
    r"[ym]/[ym]\b",
    r"month[- ](?:on|over)[- ]month",
    r"percent(?:age)? (?:change|growth)",
    r"how fast",
    r"up or down",
    r"gain",
    r"(?:went|go|gone) (?:up|down)",
    r"climb",
    r"dip",
    r"how did [^?]{1,80}\b(?:move|develop|evolve|fare)\b",
    r"growth rate",
    r"rate of growth",
    r"(?:best|worst|top|strongest|weakest|poorest)[- ]perform",
    r"perform(?:ed|s)? (?:best|worst|strongest|weakest|well|badly|poorly)",
    r"(?:out|under)perform",
)
_SHARE = _words(
    r"share\b",
    r"shares of",
    r"proportion",
    r"percentage of",
    r"per ?cent of",
    r"% of",
    r"portion",
    r"fraction",
    r"part of (?:total|all|the total)",
    r"what part",
    r"weight of",
    # "How much of Morocco's import bill was energy, in percent?"
    r"how much of\b[^?]{0,80}\b(?:was|were|came from|went to)\b[^?]*\b(?:per ?cent|%)",
)
_RANK = _words(
    r"top\s*\d+",
    r"top\b",
    r"bottom\s*\d+",
    r"rank",
    r"largest",
    r"biggest",
    r"peak(?:ed|s)?\b",
    r"trough",
    r"bottom(?:ed)? out",
    r"smallest",
    r"highest",
    r"lowest",
    r"fastest",
    r"slowest",
    r"strongest",
    r"weakest",
    r"(?<!at )most\b",
    r"(?<!at )least\b",
    r"leading",
    r"led\b",
    r"lead(?:s|ing)? the",
    r"drove",
    r"driv(?:e|es|ing|en)",
    r"best",
    r"worst",
    r"(?:main|key|principal) (?:\w+ )?(?:markets|partners|destinations|sources|drivers)",
    r"major",
    r"biggest contributors?",
    r"contribut",
    r"outperform",
    r"lagg",
)
_SET_WORDS = _words(
    r"which (?:[\w'’-]+ ){0,4}(?:markets?|partners?|countr(?:y|ies)|destinations?|economies|"
    r"commodit(?:y|ies)|products?|groups?|categor(?:y|ies)|items?|sectors?|earners?|"
    r"economy|regions?|sources?|suppliers?|places|territories|ones|of (?:those|these|them))",
    r"what (?:markets?|partners?|countr(?:y|ies)|destinations?|economies|regions?|sources?)",
    r"(?:markets?|partners?|destinations?|countries|economies) (?:that|which|with|drove|led)",
    r"how many (?:\w+ )?(?:markets|partners|countries|destinations|economies|sources)",
    r"where (?:did|do|does|have|has|was|were|is|are)\b",
    # "New Zealand's top export destination", "Kenya's largest re-export market"
    r"(?:top|largest|biggest|main|leading|principal|smallest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:markets?|partners?|destinations?|sources?|suppliers?|buyers?|customers?)\b",
)
_HOW_MANY = _words(r"how many")
_SIZE = _words(
    r"largest",
    r"biggest",
    r"smallest",
    r"highest",
    r"lowest",
    r"main\b",
    r"major",
    r"key\b",
    r"principal",
    r"leading",
    r"most important",
    r"top\b(?![- ]?perform)(?!\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)",
    r"top (?:\w+ )?(?:by value|in value)",
)
_PERIOD_SET = _words(
    r"which (?:month|quarter|year|period)s?",
    r"what (?:month|quarter|year|period)s?",
    r"(?:best|worst|strongest|weakest) (?:month|quarter|year)",
    r"how many (?:month|quarter|year|period)s\b",
)
_ASCENDING = _words(
    r"smallest",
    r"trough",
    r"bottom(?:ed)? out",
    r"lowest",
    r"slowest",
    r"weakest",
    r"(?<!at )least",
    r"worst",
    r"bottom",
    r"underperform",
    r"fell most",
    r"declines?\b",
    r"decreas",
    r"negative",
    r"(?:fall|falls|drop|drops|shrink|contract)\b",
    r"fell the most",
    r"declined (?:the )?most",
    r"dropped (?:the )?most",
    r"biggest (?:fall|drop|decline)",
    r"largest (?:fall|drop|decline)",
    r"(?:fell|declined|dropped|shrank|contracted)\b",
)
_COMPARE = _words(
    r"compar",
    r"versus\b",
    r"vs\.?(?!\w)",
    r"against\b",
    r"difference between",
    r"relative to",
    r"how do(?:es)? .{1,60} (?:stack up|measure up)",
    r"side by side",
    r"(?:higher|lower|bigger|smaller|larger|more|less|faster|slower)\b.{0,40}\bthan\b",
    r"(?:higher|lower|bigger|smaller|larger|more|less|faster|slower|stronger|weaker)\b"
    r".{0,60}\bor\b",
)
_SUM = _words(
    r"sum\b",
    r"combined",
    r"altogether",
    r"cumulative",
    r"cumulated",
    r"in total\b",
    r"add(?:ed)? up",
    r"aggregate",
    r"total (?:for|over|of all|across)",
    r"overall total",
)
_MEAN = _words(r"average", r"mean\b", r"avg\b", r"per month", r"typical month", r"monthly average")
_SERIES = _words(
    r"monthly\b(?! average)",
    r"by month",
    r"quarterly\b",
    r"by quarter",
    r"month-by-month",
    r"over the (?:months|quarters|years)",
)
_PLURAL_SET = _words(
    r"(?:markets|mkts|partners|destinations|countries|economies|suppliers|sources|regions)\b",
    r"the (?:\w+ ){0,2}(?:market|partner|destination|country|economy|supplier|source)\b",
)
_TREND = _words(
    r"trend",
    r"evolv",
    r"evolution",
    r"over time",
    r"trajectory",
    r"develop(?:ed|ment)",
    r"month by month",
    r"each month",
    r"every month",
    r"time series",
    r"history",
    r"how ha(?:ve|s) .{1,60} (?:moved|developed|performed|changed|fared|done)",
    r"path",
    r"chart",
    r"plot",
    r"graph",
    r"movement",
    r"pattern",
)
_TEXT = _words(
    r"why\b",
    r"what does (?:the|this|that|an?) (?:article|report|story|text|piece|author)",
    r"what do(?:es)? .{0,40}\b(?:say|said|mention|write|report)",
    r"according to",
    r"explain",
    r"reasons?\b",
    r"what (?:is|are|was|were) (?:behind|driving|causing)",
    r"what caused",
    r"causes?\b",
    r"summar",
    r"tell me about",
    r"outlook",
    r"forecast",
    r"expect",
    r"opinion",
    r"impact of",
    r"effect of",
    r"how (?:will|would|could|might)",
    r"risks?\b",
    r"mention",
)
_COURSE = _words(
    r"how (?:did|do|does|have|has|had|were|was|are|is) .{1,60}?\b(?:develop|evolv|perform|"
    r"fare|fared|move|moved|progress|behave|shape[ds]? up|trend)",
)
_BALANCE = _words(r"(?:trade )?balance", r"deficit", r"surplus", r"net exports", r"trade gap")
_RATIO = _words(
    r"as (?:a )?(?:%|percent(?:age)?|share) of",
    r"relative to (?:imports|exports)",
    r"ratio",
    r"(?:%|percent) of (?:imports|exports)",
)
_LEVEL = _words(
    r"how much\b",
    r"value",
    r"worth",
    r"total\b",
    r"amount",
    r"how big",
    r"size",
    r"hk\$",
    r"us\$",
    r"dollars?",
    r"billions?",
    r"millions?",
)
_N_WORDS = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
_RANKING_WORDS = (
    r"(?:top|bottom|first|leading|largest|biggest|smallest|fastest|slowest|best|worst|main|"
    r"highest|lowest|major)"
)
_TOP_N = re.compile(
    rf"\b{_RANKING_WORDS}\s*{_N_WORDS}\b(?!\s*(?:%|per|months?|quarters?|years?))|"
    rf"\b{_N_WORDS}\s+(?:\w+\s+)?{_RANKING_WORDS}\b",
    re.IGNORECASE,
)
_SMALL_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class Cues:
    """Word cues found in a question (no tables involved)."""

    growth: bool = False
    share: bool = False
    rank: bool = False
    rank_periods: bool = False
    ascending: bool = False
    top_n: int | None = None
    compare: bool = False
    aggregation: str | None = None  # "sum" | "mean"
    trend: bool = False
    course: bool = False  # "how did exports develop / perform": over a stretch of time
    series: bool = False  # "monthly", "by quarter": one value per period
    text: bool = False
    balance: bool = False
    ratio: bool = False
    level: bool = False
    size: bool = False  # "largest", "main": a rank by value
    claim: Claim | None = None
    threshold: Threshold | None = None  # "growth above 50%": (50.0, "gt", "%")


def read_cues(text: str, *, period_spans: tuple[tuple[int, int], ...] = ()) -> Cues:
    """The cues of a question; ``period_spans`` keep years out of claimed numbers."""
    sets = (_SET_WORDS, _TOP_N, _PERIOD_SET, _PLURAL_SET)
    rank = bool(_RANK.search(text)) and any(p.search(text) for p in sets)
    rank = rank or bool(
        _SET_WORDS.search(text) and (_GROWTH.search(text) or _HOW_MANY.search(text))
    )
    chosen = bool(_SET_WORDS.search(text) or _PERIOD_SET.search(text))
    threshold = read_threshold(text, period_spans) if rank or chosen else None
    rank = rank or threshold is not None  # "which markets had exports above HK$10 bn"
    balance = bool(_BALANCE.search(text))
    ratio = bool(_RATIO.search(text)) and balance  # "deficit as % of imports"
    return Cues(
        growth=bool(_GROWTH.search(text)),
        share=bool(_SHARE.search(text) or _RATIO.search(text)) and not ratio,
        rank=rank,
        rank_periods=bool(_PERIOD_SET.search(text)),
        ascending=bool(_ASCENDING.search(text)),
        top_n=read_top_n(text),
        compare=bool(_COMPARE.search(text)),
        aggregation="mean" if _MEAN.search(text) else "sum" if _SUM.search(text) else None,
        trend=bool(_TREND.search(text)),
        course=bool(_COURSE.search(text)),
        series=bool(_SERIES.search(text)),
        text=bool(_TEXT.search(text)),
        balance=balance,
        ratio=ratio,
        level=bool(_LEVEL.search(text)),
        size=bool(_SIZE.search(text)),
        claim=read_claim(text, period_spans, stated=not rank),
        threshold=threshold,
    )


def read_top_n(text: str) -> int | None:
    match = _TOP_N.search(text)
    if match is None:
        return None
    word = (match.group(1) or match.group(2)).lower()
    n = int(word) if word.isdigit() else _SMALL_NUMBERS[word]
    return n if 1 <= n <= 50 else None

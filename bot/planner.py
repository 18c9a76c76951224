"""Question (+ the previous plan) -> `QueryPlan`, deterministically, without an LLM.

`plan(question, vocab, previous=None, today=None)` reads the periods
(`bot.timeparse`), the places, dimension values and flows the tables hold
(`bot.mentions`), and the word cues (`bot.intents`); decides the intent, the
measure kind and the basis; merges a follow-up with the previous plan
(`bot.followups`); and lists the candidate tables (`bot.candidates`).

Conventions of the plans it makes (what the engine can rely on):

- ``periods`` empty: the question named no period (use the latest available).
- ``change`` with ``basis="between"``: ``periods`` holds the two ends, oldest first.
  With ``"yoy"``/``"mom"``: the period(s) whose change is asked.
- ``aggregate`` and ``trend``: ``periods`` holds one span covering the range asked
  (``"2026-01..2026-05"``, ``"2025"``); ``since 2024`` runs to the latest month.
- ``compare``: two or more ``partners``, or two ``flows``, or two ``periods``.
- ``rank``: ``top_n`` None means "all, best first"; ``order`` ``"asc"`` for
  smallest/slowest/fell most; ``rank_by`` ``"partner"`` or ``"period"``.
- ``claim``: ``claim`` holds the number as stated; other fields narrow where to check.
- ``unmatched``: places the question names that no table holds (and a reporting
  economy no table reports).
- ``reporter``: the reporting economy named (``Viet Nam's exports``, ``Thai imports``,
  ``exports of Thailand``), as written; ``table_ids`` then holds only its tables.
- Two periods a year apart with a growth rank or a y-o-y change (``in Q2 2025 compared
  with Q2 2024``): the later one only, ``basis="yoy"``. A rank between two other
  periods: both, oldest first, ``basis="between"``.
- ``quarter-on-quarter``/``q-o-q``/``on the previous quarter``: ``basis="between"`` with
  the quarter before and the quarter asked, oldest first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Literal

from bot.candidates import rank_tables, reporter_tables, respell
from bot.followups import (
    anchor_of,
    is_followup,
    merge,
    remember_partners,
    sane_previous,
    switch_reporter,
)
from bot.intents import Cues, read_cues
from bot.keywords import read_keywords
from bot.mentions import Mentions, read_mentions
from bot.records import Aggregation, Basis, Intent, QueryPlan
from bot.timeparse import TimeSpec, read_time
from bot.vocabulary import Vocabulary
from vectorstore.periods import Period, canonical, parse

MAX_QUESTION_CHARS = 2000
_STRONG_TEXT = re.compile(
    r"\b(?:why\b|what does (?:the|this|that|an?) (?:article|report|story|text|piece|author)|"
    r"what (?:do|does|did) .{0,40}\b(?:say|said|write|wrote|mention|report)|"
    r"according to (?:the|this|that) (?:article|report|story|text|piece|author|news|press|"
    r"commentary|newsletter|analysts?|experts?)|"
    r"how (?:does|did) .{0,40}\bdescribe|what is said|"
    r"explain|reasons?\b|what (?:is|are|was|were) (?:behind|driving|causing)|what caused|"
    r"what (?:drove|drives|fuell?ed|explains|is fuell?ing)|"
    r"summari[sz]e|outlook|forecasts?\b|prospects?\b|risks?\b|impact of|effects? of|"
    r"expect(?:ed|ations?)?\b|how (?:will|would|could|might)\b|what (?:will|would) happen)",
    re.IGNORECASE,
)
_ADJUSTED = re.compile(
    r"\bseasonally[- ]adjusted\b|\bs\.?a\.?\b(?= (?:basis|terms|change|exports|imports))|"
    r"\b(?:3|three)[- ]months? (?:to|ending|on)\b",
    re.IGNORECASE,
)
# "seasonally adjusted", "SA" (capitals only), "s.a.", "adjusted for seasonality"
_SEASONAL = re.compile(
    r"(?i:\bseasonal(?:ly)?[- ]adjust(?:ed|ment)\b|\badjusted for seasonal(?:ity|s)?\b|"
    r"\bs\.a\.(?!\w))|\bSA\b"
)
_NOT_SEASONAL = re.compile(
    r"\b(?:not|non|un)[- ]?(?:seasonally[- ])?adjusted\b|\bunadjusted\b|\bn\.?s\.?a\b", re.I
)
_RATE = re.compile(r"\b(?:growth )?rates?\b|\bpace\b", re.I)
# "compare export growth in January 2024 and January 2026": the two published rates
_GROWTH_WORD = re.compile(r"\bgrowth\b|\bchanges?\b", re.I)
# SQL-like text pasted into a question ("'; DROP TABLE trades; --"): statements up to their
# semicolon, comment markers, and the verbs in capitals, which must not read as "fell"
_SQL_VERBS = r"DROP|DELETE|UPDATE|INSERT|SELECT|ALTER|TRUNCATE|CREATE|GRANT|EXEC"
_SQL = re.compile(
    rf"(?i:\b(?:{_SQL_VERBS})\b\s+(?:(?:TABLE|FROM|INTO|DATABASE|SCHEMA|VIEW|INDEX|\w+\s+SET)\b|\*)"
    rf"[^;]*;)|['\"`]\s*;|;\s*--|(?<![\w-])--(?![\w-])|\b(?:{_SQL_VERBS})S?\b"
)
_THEY = re.compile(r"\b(?:they|it|its|their|these|those)\b", re.I)
_POINTING = re.compile(r"\b(?:that|this|those|these|they|them|it)\b", re.I)
_VERIFY = re.compile(
    r"\b(?:right|correct|true|accurate|wrong|verify|check|confirm|really|indeed|says?|said|"
    r"claims?|claimed|reports?|reported)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_FAST = re.compile(r"\b(?:fastest|slowest|quickest)\b", re.I)
_OVER = re.compile(
    r"\b(?:over|through(?:out)?|across|during|in the course of)\s+(?:the\s+)?"
    r"(?:(?:whole|entire|full|course of|span of)\s+(?:the\s+)?)?(?:year\s+)?$",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    r"\b(?:which|what) (?:\w+ )?(?:market|partner|country|destination|economy|region|source|"
    r"supplier|month|quarter|year)\b(?!s)|\bthe (?:fastest|slowest|largest|biggest|smallest|"
    r"top|leading|main) (?:\w+ )?(?:market|partner|country|destination|economy)\b(?!s)",
    re.IGNORECASE,
)
_OPS: dict[str, Literal["gt", "ge", "lt", "le"]] = {"gt": "gt", "ge": "ge", "lt": "lt", "le": "le"}
_NEEDS_SUBJECT = frozenset({"change", "lookup", "aggregate", "trend", "compare", "share"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")


def clean_question(question: str) -> str:
    """The question as parsed: no control characters, dashes unified, at most 2,000 chars."""
    text = unicodedata.normalize("NFKC", str(question)[: MAX_QUESTION_CHARS * 2])
    text = _CONTROL.sub(" ", text).replace("–", "-").replace("—", " - ")
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUESTION_CHARS]


_FRACTIONS = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION_OF = re.compile(r"\b(?:a|one)\s+(half|third|quarter|fifth|tenth)\s+of\b", re.I)
_HALF_A = re.compile(r"\bhalf an? (billion|million|trillion)\b", re.I)


def in_figures(text: str) -> str:
    """Amounts written in words as figures: "a fifth of" -> "20% of", "half a billion" ->
    "0.5 billion" (so claims and cut-offs read them)."""
    text = _FRACTION_OF.sub(lambda m: f"{_FRACTIONS[m.group(1).lower()]:g}% of", text)
    return _HALF_A.sub(lambda m: f"0.5 {m.group(1)}", text)


def reference_month(vocab: Vocabulary, today: date | str | None = None) -> Period:
    """The month "this year" and "last month" are relative to.

    Default: the latest month in the data. A date: the month before it (the latest
    month statistics can exist for). A canonical period: its last month.
    """
    if isinstance(today, str):
        try:
            end = parse(today).end
            return Period(end // 12, end % 12 + 1, end // 12, end % 12 + 1)
        except ValueError:
            today = None
    if isinstance(today, date):
        month = today.year * 12 + today.month - 2
        return Period(month // 12, month % 12 + 1, month // 12, month % 12 + 1)
    latest = vocab.latest()
    if latest is not None:
        return latest
    now = date.today()
    return Period(now.year, now.month, now.year, now.month)


def plan(
    question: str,
    vocab: Vocabulary,
    previous: QueryPlan | None = None,
    today: date | str | None = None,
) -> QueryPlan:
    """What the question asks, resolved against the tables' vocabulary."""
    text = _SQL.sub(" ", clean_question(question))
    text = re.sub(r"\s+", " ", text).strip(" ;'\"`")
    text = in_figures(text)
    if not text:
        return QueryPlan(intent="text", question=text)
    text = fiscal_years(text, vocab)
    ref = reference_month(vocab, today)
    previous = sane_previous(previous)
    time = read_time(text, ref, anchor=anchor_of(previous))
    mentions = read_mentions(text, vocab)
    if previous is not None and previous.reporter and not previous.partners:
        mentions = switch_reporter(mentions, vocab, text)  # "And Viet Nam?"
    mentions = _set_scene(mentions, previous, vocab)
    cues = read_cues(text, period_spans=time.spans)
    intent, explicit = decide_intent(text, cues, time, mentions)
    own = _build(text, intent, cues, time, mentions)
    own = _one_sided(own)
    leaned = previous is not None and _leans_back(text, own, time, previous)
    if previous is not None and leaned:
        own = merge(own, previous, text, shift=time.shift, explicit=explicit)
    elif own.intent in _NEEDS_SUBJECT and not _has_subject(own):
        own = replace(own, intent="text", measure_kind=None, basis=None, aggregation=None)
    elif own.intent == "claim" and not own.periods and previous is not None:
        own = replace(own, periods=previous.periods[-1:])  # the period talked about
    final = _finish(own, vocab, mentions, time)
    if leaned and previous is not None:  # "How did it change?" keeps "ship exports"' words
        carried = tuple(k for k in previous.keywords if k not in final.keywords)
        final = replace(final, keywords=(*final.keywords, *carried)[:32])
    final = replace(final, context_partners=remember_partners(final, previous, leaned=leaned))
    final = replace(final, adjustment=adjustment(text, previous if leaned else None))
    if today is None and time.relative and final.table_ids:
        # "last month" for a question only one table answers: that table's latest month
        own_latest = _latest_of(vocab, final.table_ids[0])
        if own_latest is not None and own_latest.end < ref.end:
            return plan(question, vocab, previous, canonical(own_latest))
    return final


def _set_scene(mentions: Mentions, previous: QueryPlan | None, vocab: Vocabulary) -> Mentions:
    """``Let's look at Peru.`` then ``What were agro-exports in 2025?``: the economy a
    conversation turned to, for a question that names none."""
    if mentions.reporter is not None or mentions.partners or previous is None:
        return mentions
    if previous.intent != "text" or previous.flow or previous.periods or previous.partners:
        return mentions
    from lexicon.places import display_name, find_places

    keys = {m.key for m in find_places(previous.question) if m.key in vocab.reporters}
    if len(keys) != 1:
        return mentions
    key = keys.pop()
    return replace(mentions, reporter=key, reporter_name=display_name(key))


_FISCAL = re.compile(
    r"\b(?:FY\s?|fiscal (?:year )?)?((?:19|20)\d{2})[-/–](\d{2})\b(?![-/]\d)", re.I
)


_MONTH_RANGE = re.compile(
    r"\b[a-z]{3,9}\.?\s?[-–]\s?[a-z]{3,9}\.?,?\s(?:of\s)?(?:fy\s?|fiscal (?:year )?)?$", re.I
)


def fiscal_years(text: str, vocab: Vocabulary) -> str:
    """``2023-24`` names a fiscal year: the one twelve-month span the tables hold that runs
    from 2023 into 2024 (April-March in India's tables, July-June in Australia's), written
    canonically; left as written when the tables hold none or several."""

    def span(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(2))
        if (first + 1) % 100 != second or _MONTH_RANGE.search(text[: match.start()]):
            return match.group(0)  # "July-January 2025-26": the months say the span
        spans = {
            p
            for p in vocab.periods
            if ".." in p
            and parse(p).length == 12
            and parse(p).start_year == first
            and parse(p).end_year == first + 1
        }
        return spans.pop() if len(spans) == 1 else match.group(0)

    return _FISCAL.sub(span, text)


def adjustment(text: str, previous: QueryPlan | None = None) -> Literal["sa"] | None:
    """``"sa"`` when the question (or the plan it follows up) asks for seasonally adjusted
    figures; never when it says they are not ("not seasonally adjusted", "unadjusted")."""
    if _NOT_SEASONAL.search(text):
        return None
    if _SEASONAL.search(text):
        return "sa"
    return previous.adjustment if previous is not None else None


def _latest_of(vocab: Vocabulary, table_id: str) -> Period | None:
    card = vocab.card(table_id)
    if card is None:
        return None
    return Vocabulary.from_cards([card]).latest()


def _one_sided(own: QueryPlan) -> QueryPlan:
    """``Compare Malaysia and Germany`` where no table holds Germany: Malaysia alone
    (the unmatched name is reported), not Malaysia's exports against its imports."""
    if own.intent != "compare" or not own.unmatched or len(own.partners) >= 2:
        return own
    if max(len(own.flows), len(own.periods)) >= 2:
        return own
    intent: Intent = "change" if own.measure_kind == "change_pct" else "lookup"
    return replace(own, intent=intent)


def _has_subject(own: QueryPlan) -> bool:
    """Whether a question names anything the tables could answer about."""
    return bool(own.flow or own.partners or own.unmatched or own.periods or own.filters)


def _leans_back(text: str, own: QueryPlan, time: TimeSpec, previous: QueryPlan) -> bool:
    if own.intent == "claim" and not text.lower().startswith("and"):
        # "A report says they rose 5.3%": the claim is about what was just asked
        return bool(_THEY.search(text)) and not (own.partners or own.reporter)
    if own.intent == "text" and not (own.partners or own.flow or own.periods or time.shift):
        # "Why?", "What drove that?": the same subject, to find the passages about it
        about = bool(previous.partners or previous.flow or previous.periods)
        opener = re.match(r"\s*(?:and|what about|how about)\b", text, re.I)
        pointing = len(text.split()) <= 6 or _POINTING.search(text)
        return about and bool(opener or pointing)
    return is_followup(text, own, shift=time.shift)


def decide_intent(text: str, cues: Cues, time: TimeSpec, mentions: Mentions) -> tuple[Intent, bool]:
    """The intent, and whether the question's own words asked for it (not a default)."""
    if cues.claim is not None and not (cues.rank and not _VERIFY.search(text)):
        return "claim", True  # but "Which markets drove the 40.8% surge?" ranks
    if _STRONG_TEXT.search(text):
        return "text", True
    if cues.rank:
        return "rank", True
    if cues.share:
        return "share", True
    growth = _asks_growth(text, cues, time)
    sides = len(mentions.partners) + len(mentions.unmatched) >= 2 or len(mentions.flows) >= 2
    two_periods = len(time.periods) >= 2 and not time.endpoints
    if cues.compare and two_periods and not sides:
        # the same series at two times: a change between them, unless rates are compared
        rates = time.basis is not None or bool(_RATE.search(text) or _GROWTH_WORD.search(text))
        if time.basis == "yoy" and _year_apart(_ordered(time)) and not _RATE.search(text):
            rates = False  # "grew y-o-y in Q2 2025 compared with Q2 2024": one change
        return ("compare" if rates else "change"), True
    if cues.compare and not sides and not two_periods and (time.basis or time.shift):
        return "change", True  # "compare March 2026 with a year earlier"
    if cues.compare and (sides or not growth):
        return "compare", True
    if cues.trend or ((time.since or time.rolling) and not growth and not cues.aggregation):
        return "trend", True
    if _runs_over(text, cues, time, growth):
        return "trend", True
    long = not time.periods or any(p.length > 1 for p in time.periods)
    if cues.series and long and not cues.aggregation and not growth:
        return "trend", True
    return _figure_intent(cues, time, mentions, growth)


_ONE_VALUE = re.compile(r"\s*(?:what (?:was|is)\b|how much\b)", re.I)


def _runs_over(text: str, cues: Cues, time: TimeSpec, growth: bool) -> bool:
    """``How did exports develop over 2025?``, ``imports over 2025``, ``through 2025``:
    values across a stretch of time (not a total, not one change)."""
    if cues.aggregation or time.ytd or len(time.periods) > 1:
        return False
    long = all(p.length > 1 for p in time.periods)
    if cues.course and long:
        return True
    if not time.periods or not long or growth or cues.level:
        return False
    if _ONE_VALUE.match(text):  # "What was the balance over the first half?": its total
        return False
    start = time.spans[0][0] if time.spans else 0
    return bool(_OVER.search(text[max(0, start - 40) : start]))


def _figure_intent(
    cues: Cues, time: TimeSpec, mentions: Mentions, growth: bool
) -> tuple[Intent, bool]:
    multi_month = any(p.length > 1 and p.kind == "span" for p in time.periods)
    if cues.aggregation == "sum" and growth:  # "cumulative growth": a change over the span
        return "change", True
    if cues.aggregation:
        return "aggregate", True
    if not growth and (time.ytd or multi_month) and (cues.level or mentions.flows):
        return "aggregate", True
    if time.endpoints and not growth:  # "exports from January to March 2026"
        return ("aggregate" if cues.level else "trend"), True
    if growth or time.endpoints:
        return "change", True
    if cues.text and not (mentions.partners or time.periods or mentions.flows):
        return "text", True
    if cues.balance:
        return "balance", True
    if len(mentions.flows) >= 2:  # "exports and imports in May 2025": side by side
        return "compare", True
    if mentions.flows or mentions.partners or mentions.unmatched or time.periods or cues.level:
        return "lookup", False
    return "text", False


def _asks_growth(text: str, cues: Cues, time: TimeSpec) -> bool:
    """Growth words, a basis (``y-o-y``), ``fastest``, or a percentage not of a share."""
    percent = bool(_PERCENT.search(text)) and not (cues.share or cues.ratio)
    return cues.growth or bool(_FAST.search(text)) or time.basis is not None or percent


def _measure_kind(intent: Intent, cues: Cues, time: TimeSpec, growth: bool) -> str | None:
    if intent == "share" or (intent == "rank" and cues.share):
        return "share_pct"
    if cues.ratio:
        return "ratio_pct"
    if intent == "claim" and cues.claim is not None:
        return "level" if cues.claim.unit not in ("%", "pp") else "change_pct" if growth else None
    if growth or intent == "change":
        return "change_pct"
    if cues.level or intent in ("aggregate", "balance") or (intent == "rank" and cues.size):
        return "level"
    return None


def _basis(
    intent: Intent, time: TimeSpec, kind: str | None, periods: tuple[str, ...], adjusted: bool
) -> Basis | None:
    if time.basis == "yoy":
        return "yoy"
    if time.basis == "mom" or (time.shift == -1 and intent == "change"):
        return "mom"
    if time.shift == -12 and intent == "change":
        return "yoy"
    if intent in ("change", "rank") and (time.endpoints or len(periods) >= 2):
        return "between"
    if adjusted:  # seasonally adjusted changes have their own basis ("3 months to ...")
        return None
    if kind == "change_pct" and intent in ("change", "rank", "compare", "claim", "lookup"):
        return "yoy"
    return None


def _periods(intent: Intent, time: TimeSpec) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(canonical(p) for p in time.periods))
    if intent in ("trend", "aggregate") and len(names) > 1:
        covering = time.covering()
        return (canonical(covering),) if covering else names
    ordered = _ordered(time)
    # "in Q2 2025 compared with Q2 2024": the later is asked, the earlier its base
    if _year_apart(ordered) and (intent == "rank" or (intent, time.basis) == ("change", "yoy")):
        return ordered[-1:]
    if intent == "rank" and len(ordered) == 2:
        return ordered  # a rank of the changes between two periods, oldest first
    if intent == "change" and len(names) >= 2 and time.basis is None:
        return (ordered[0], ordered[-1])
    if intent in ("compare", "claim"):
        return ordered  # a claim "in 2023-24 over 2022-23" is about the later period
    return names


def _ordered(time: TimeSpec) -> tuple[str, ...]:
    names = dict.fromkeys(canonical(p) for p in time.periods)
    return tuple(sorted(names, key=lambda p: (parse(p).start, parse(p).end)))


def _year_apart(ordered: tuple[str, ...]) -> bool:
    """Two periods of the same length a year apart (``Q2 2024``, ``Q2 2025``)."""
    if len(ordered) != 2:
        return False
    first, last = parse(ordered[0]), parse(ordered[1])
    return first.length == last.length and last.start - first.start == 12


def _aggregation(intent: Intent, cues: Cues) -> Aggregation | None:
    if intent != "aggregate":
        return None
    return "mean" if cues.aggregation == "mean" else "sum"


def _flow(intent: Intent, cues: Cues, mentions: Mentions) -> str | None:
    if intent == "balance" or (cues.balance and (cues.ratio or not mentions.flows)):
        return "balance"
    if "balance" in mentions.flows and intent != "compare":
        return "balance"
    return mentions.flows[0] if mentions.flows else None


def _build(text: str, intent: Intent, cues: Cues, time: TimeSpec, mentions: Mentions) -> QueryPlan:
    growth = _asks_growth(text, cues, time)
    kind = _measure_kind(intent, cues, time, growth)
    periods = _periods(intent, time)
    top_n = cues.top_n
    cut = cues.threshold if intent == "rank" else None
    if intent == "rank" and top_n is None and _SINGLE.search(text) and cut is None:
        top_n = 1
    ascending = cues.ascending if cut is None else cut[1] in ("lt", "le")
    return QueryPlan(
        intent=intent,
        question=text,
        flow=_flow(intent, cues, mentions),
        flows=mentions.flows if len(mentions.flows) >= 2 and not cues.ratio else (),
        measure_kind=kind,
        partners=mentions.partners,
        filters=mentions.filters,
        periods=periods,
        basis=_basis(intent, time, kind, periods, bool(_ADJUSTED.search(text))),
        aggregation=_aggregation(intent, cues),
        top_n=top_n if intent == "rank" else None,
        order="asc" if ascending and intent == "rank" else "desc",
        claim=cues.claim if intent == "claim" else None,
        unmatched=mentions.unmatched + (mentions.goods if intent != "text" else ()),
        rank_by=("period" if cues.rank_periods else "partner") if intent == "rank" else None,
        reporter=mentions.reporter_name,
        threshold=cut[0] if cut else None,
        threshold_op=_OPS[cut[1]] if cut else None,
        threshold_unit=cut[2] if cut else None,
    )


def _finish(own: QueryPlan, vocab: Vocabulary, mentions: Mentions, time: TimeSpec) -> QueryPlan:
    tables = rank_tables(own, vocab) if own.intent != "text" else ()
    if own.reporter:
        own, tables = reporter_tables(own, vocab, tables)
    if tables and own.partners:
        own = replace(own, partners=respell(own.partners, vocab.card(tables[0])))
    return replace(own, table_ids=tables, keywords=read_keywords(own, mentions.names))

"""Periods written in natural language -> canonical periods (`vectorstore.periods`).

`read_time(text, today)` finds months (``March 2026``, ``Mar-26``, ``2026-03``),
quarters (``Q1 2026``, ``1Q26``, ``first quarter of 2026``), halves (``H1``,
``first half``), years (``2025``, ``full year 2025``, ``FY2025``), spans (``first
five months of 2026``, ``Jan-May 2026``, ``year to date``, ``in the last 6
months``, ``since 2024``), relative years and months (``this year``, ``last
year``, ``last month``), ranges (``from Q1 2025 to Q1 2026``, ``between January
and March 2026``) and the comparison basis (``y-o-y``, ``m-o-m``).

``today`` is the reference month: by default the latest month in the data, so
"last year" means the year before the data's latest year, not the wall clock's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.timewords import (
    AHEAD_MONTH,
    AHEAD_YEAR,
    MASTER,
    MOM,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PATTERNS,
    QOQ,
    RANGE_WORDS,
    SHIFT_MONTH,
    SHIFT_YEAR,
    YOY,
    YTD,
)
from vectorstore.periods import Period, span_of


@dataclass
class _Mention:
    start: int
    end: int
    unit: str  # month | quarter | half | year | span | first_n
    index: int = 0
    year: int | None = None
    period: Period | None = None
    months: int = 0  # "three months to March": the span's length
    relative: bool = False  # read against today ("last year", "latest", "in the last 6 months")


@dataclass(frozen=True)
class TimeSpec:
    """What a question says about time.

    ``periods`` are the periods named, in the order written (a ``Jan-May 2026``
    range is one span); ``endpoints`` is set when two of them came as ``from A to
    B`` / ``between A and B``; ``since`` when a range is open-ended up to ``today``.
    """

    periods: tuple[Period, ...] = ()
    endpoints: bool = False
    basis: str | None = None  # "yoy" | "mom"
    ytd: bool = False
    since: bool = False
    rolling: bool = False  # "in the last 6 months": a window ending today
    relative: bool = False  # some period was read against today ("last year", "YTD")
    shift: int = 0  # months: -12 for "the year before", -1 for "the month before"
    partial: bool = False  # a month/quarter named without its year
    spans: tuple[tuple[int, int], ...] = field(default=())  # where in the text

    def covering(self) -> Period | None:
        """One span from the first named month to the last."""
        if not self.periods:
            return None
        return span_of(min(p.start for p in self.periods), max(p.end for p in self.periods))


def _mask(text: str, pattern: re.Pattern[str]) -> tuple[str, bool]:
    found = False

    def blank(match: re.Match[str]) -> str:
        nonlocal found
        found = True
        return " " * len(match.group(0))

    return pattern.sub(blank, text), found


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'’")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


_SPAN_KINDS = frozenset(
    {
        "n_to", "year_to", "past_one", "ago", "same_in", "first_n", "last_n", "span_iso",
        "split_span", "split_year",
    }
)  # fmt: skip


def _mention(kind: str, m: re.Match[str], at: tuple[int, int], today: Period) -> _Mention | None:
    g, (start, end) = m.groupdict(), at
    year = _year_of(g.get("y") or g.get("y2") if kind == "month" else g.get("y"))
    if kind in _SPAN_KINDS:
        return _span_mention(kind, g, at, today, year)
    if kind == "quarter":
        if g.get("ord"):
            q = 4 if g["ord"].lower() in ("final", "last") else ORDINALS[g["ord"].lower()]
        else:
            q = int(g.get("q") or g.get("q2") or 0)
        return _Mention(start, end, "quarter", q, year)
    if kind == "half":
        h = ORDINALS[g["ord"].lower()] if g.get("ord") else int(g.get("h") or g.get("h2") or 0)
        return _Mention(start, end, "half", h, year)
    if kind == "month_iso":
        return _Mention(start, end, "month", int(g["m"]), year)
    if kind == "month":
        follow = m.string[m.end() : m.end() + 3].lstrip(".")
        return _month_mention(m.group("mon"), at, year, follow=follow)
    return _relative(kind, start, end, today, year)


def _span_mention(
    kind: str, g: dict[str, str | Any], at: tuple[int, int], today: Period, year: int | None
) -> _Mention | None:
    start, end = at
    if kind in ("n_to", "year_to"):
        n = _number(g["n"]) if kind == "n_to" else 12
        month = MONTHS[g["mon"].lower().rstrip(".")]
        return _Mention(start, end, "n_to", month, year, months=n) if 1 <= n <= 36 else None
    if kind == "past_one":
        months = {"year": 12, "quarter": 3, "month": 1}[g["unit"].lower()]
        unit = "rolling" if months > 1 else "span"  # "the past month": the latest month
        return _Mention(start, end, unit, period=span_of(today.end - months + 1, today.end))
    if kind == "ago":
        return _Mention(start, end, "ago")
    if kind == "same_in":  # "the same period of 2024": the period named before, in 2024
        return _Mention(start, end, "ago", year=year)
    if kind == "first_n":
        n = _number(g["n"])
        return _Mention(start, end, "first_n", n, year) if 1 <= n <= 12 else None
    if kind == "last_n":
        n, unit = _number(g["n"]), g["unit"].lower().rstrip("s")
        months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
        if not 1 <= months <= 600:
            return None
        return _Mention(start, end, "rolling", period=span_of(today.end - months + 1, today.end))
    if kind in ("split_span", "split_year"):
        return _split(kind, g, at)
    if kind == "span_iso":
        first = int(g["y"]) * 12 + int(g["m"]) - 1
        last = int(g["y2"]) * 12 + int(g["m2"]) - 1
        ok = 1 <= int(g["m"]) <= 12 and 1 <= int(g["m2"]) <= 12 and first <= last
        return _Mention(start, end, "span", period=span_of(first, last)) if ok else None
    return None


def _split(kind: str, g: dict[str, str | Any], at: tuple[int, int]) -> _Mention | None:
    """A span across two years written with a split year: ``July-June 2024-25`` (July 2024
    to June 2025), ``FY 2024-25`` (April 2024 to March 2025, as tables are read)."""
    first_year = int(g["y"])
    last_year = first_year - first_year % 100 + int(g["y2"])
    if last_year < first_year:
        last_year += 100
    if last_year != first_year + 1:  # not a split year ("2024-13"): the year alone
        return _Mention(*at, "year", year=first_year) if kind == "split_year" else None
    if kind == "split_year":
        return _Mention(*at, "span", period=Period(first_year, 4, last_year, 3))
    first = MONTHS[g["mon"].lower().rstrip(".")]
    last = MONTHS[g["mon2"].lower().rstrip(".")]
    if first <= last:
        return None
    period = span_of(first_year * 12 + first - 1, last_year * 12 + last - 1)
    return _Mention(*at, "span", period=period)


def _month_mention(
    word: str, at: tuple[int, int], year: int | None, follow: str
) -> _Mention | None:
    if word.lower() == "may" and year is None and word != "May":
        return None  # the verb "may"
    short = word.lower() in ("mar", "dec", "sep", "jan") and len(word) == 3
    if short and year is None and not follow.startswith(("-", "–", " t")):
        return None  # short words stand for months only next to a year or a range
    return _Mention(at[0], at[1], "month", MONTHS[word.lower()], year)


def _relative(kind: str, start: int, end: int, today: Period, year: int | None) -> _Mention:
    if kind == "this_year":
        return _Mention(start, end, "year", year=today.end_year)
    if kind == "last_year":
        return _Mention(start, end, "year", year=today.end_year - 1)
    if kind in ("last_month", "latest"):
        return _Mention(start, end, "span", period=span_of(today.end, today.end))
    if kind in ("last_quarter", "this_quarter"):
        first = today.end - today.end % 3  # the quarter holding today
        if kind == "last_quarter" and today.end % 3 != 2:
            first -= 3  # the latest complete quarter
        return _Mention(start, end, "span", period=span_of(first, first + 2))
    return _Mention(start, end, "year", year=year)


def _complete(mention: _Mention, year: int) -> Period:
    if mention.period is not None:
        return mention.period
    y, i = mention.year or year, mention.index
    if mention.unit == "month":
        return Period(y, i, y, i)
    if mention.unit == "quarter":
        return Period(y, 3 * i - 2, y, 3 * i)
    if mention.unit == "half":
        return Period(y, 6 * i - 5, y, 6 * i)
    if mention.unit == "first_n":
        return Period(y, 1, y, i)
    if mention.unit == "n_to":
        last = y * 12 + i - 1
        return span_of(last - mention.months + 1, last)
    return Period(y, 1, y, 12)


# read against the latest month a table reaches ("this year"/"last year" keep the data's year)
_RELATIVE_KINDS = frozenset(
    {"last_month", "latest", "last_n", "past_one", "last_quarter", "this_quarter"}
)


def _scan(text: str, today: Period) -> list[_Mention]:
    found: list[_Mention] = []
    for match in MASTER.finditer(text):
        name = next(k for k, v in match.groupdict().items() if v is not None and k[0] == "k")
        kind = PATTERNS[int(name[1:])][0]
        sub = re.compile(PATTERNS[int(name[1:])][1], re.I).match(text, match.start(), match.end())
        if sub is None:
            continue
        mention = _mention(kind, sub, (match.start(), match.end()), today)
        if mention is not None and (mention.year is None or 1950 <= mention.year <= 2099):
            mention.relative = kind in _RELATIVE_KINDS
            found.append(mention)
    return found


def _default_year(mention: _Mention, mentions: list[_Mention], fallback: int) -> int:
    """A month or quarter without its year takes the next (else previous) year named."""
    later = [m.year for m in mentions if m.start > mention.start and m.year is not None]
    earlier = [m.year for m in mentions if m.start < mention.start and m.year is not None]
    if later:
        return later[0]
    if earlier:
        return earlier[-1]
    return fallback


def _join(text: str, mentions: list[_Mention], periods: list[Period]) -> tuple[list[Period], bool]:
    """Fold ``A-B`` / ``A to B`` ranges into spans; keep ``from A to B`` as endpoints."""
    out: list[Period] = []
    endpoints = False
    i = 0
    while i < len(periods):
        if i + 1 < len(periods):
            gap = text[mentions[i].end : mentions[i + 1].start].strip(" .").lower()
            before = text[max(0, mentions[i].start - 9) : mentions[i].start].strip().lower()
            opener = before.endswith(("from", "between"))
            if gap in RANGE_WORDS and (opener or gap not in ("and", "versus", "vs")):
                first, last = periods[i], periods[i + 1]
                if first.start > last.end and mentions[i].year is None:
                    first = first.shift(-12)  # "November to February 2026": November 2025
                if opener and first.start <= last.end:
                    out.extend([first, last])
                    endpoints = True
                elif first.start <= last.end:
                    out.append(span_of(first.start, last.end))
                else:
                    out.extend([first, last])
                i += 2
                continue
        out.append(periods[i])
        i += 1
    return out, endpoints


_QUARTER_END = {"mar": 1, "march": 1, "jun": 2, "june": 2, "sep": 3, "sept": 3, "september": 3,
                "dec": 4, "december": 4}  # fmt: skip
_ENDING_QUARTER = re.compile(
    r"\b(?:the\s+)?(?P<m1>march|june|september|december|mar|jun|sept?|dec)\.?\s+(?P<y1>\d{4})"
    r"\s+quarter\b|\bquarter\s+(?:ending|ended|to)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<m2>march|june|september|december|mar|jun|sept?|dec)\.?\s+(?P<y2>\d{4})\b|"
    r"\b(?:the\s+)?(?P<m3>march|june|september|december|mar|jun|sept?|dec)\.?\s+quarter"
    r"(?:\s+of)?\s+(?P<y3>\d{4})\b",
    re.IGNORECASE,
)


def _ending_quarters(text: str) -> str:
    """``the December 2025 quarter`` and ``the quarter ended June 2025`` (as Australian and
    New Zealand releases name quarters) read as ``Q4 2025``, ``Q2 2025``; the text keeps its
    length so positions found later still point into the question."""

    def quarter(m: re.Match[str]) -> str:
        month = (m.group("m1") or m.group("m2") or m.group("m3")).lower()
        year = m.group("y1") or m.group("y2") or m.group("y3")
        short = f"Q{_QUARTER_END[month]} {year}"
        return short + " " * (len(m.group(0)) - len(short))

    text = _ENDING_QUARTER.sub(quarter, text)
    return _YEAR_ENDED_DECEMBER.sub(lambda m: m.group("y").ljust(len(m.group(0))), text)


# "the year ended December 2022" is calendar 2022 (other months end fiscal years: left alone)
_YEAR_ENDED_DECEMBER = re.compile(
    r"\b(?:the\s+)?(?:calendar\s+)?year\s+(?:ended|ending|to)\s+(?:31\s+)?dec(?:ember)?\.?\s+"
    r"(?P<y>\d{4})\b",
    re.I,
)


def read_time(
    text: str,
    today: Period,
    *,
    year_hint: int | None = None,
    anchor: Period | None = None,
) -> TimeSpec:
    """Everything the text says about time, resolved against ``today`` (a month).

    ``anchor`` is the period of the conversation so far (a follow-up's previous plan):
    a month without its year goes nearest to it (``year_hint``: the anchor is that
    year); without either, such a month takes the latest year up to ``today``.
    """
    if anchor is None and year_hint is not None:
        anchor = Period(year_hint, 1, year_hint, 12)
    masked, flags = _masked(_ending_quarters(text))
    ytd_match = YTD.search(masked)
    masked = YTD.sub(lambda m: " " * len(m.group(0)), masked)
    mentions = _attach_years(masked, _scan(masked, today))
    if mentions and all(m.unit == "ago" and m.year is None for m in mentions):
        # "the same period last year"
        mentions, flags = [], {*flags, "back_year"}
    partial = bool(mentions) and all(m.year is None and m.period is None for m in mentions)
    periods = [
        _complete(m, _default_year(m, mentions, _fallback_year(m, today, anchor))) for m in mentions
    ]
    periods = _resolve_ago(mentions, periods, today)
    joined, endpoints = _join(masked, mentions, periods)
    since = _open_range(masked, mentions)
    if since and joined:
        joined[-1] = span_of(joined[-1].start, max(today.end, joined[-1].end))
    if ytd_match is not None:
        joined = _year_to_date(ytd_match, joined, today, _same_years(mentions))
    if "qoq" in flags:  # a quarter and the one before it, as two ends
        joined, endpoints = _quarter_on_quarter(joined, today), True
    return TimeSpec(
        periods=tuple(joined),
        endpoints=endpoints,
        basis="yoy" if "yoy" in flags else "mom" if "mom" in flags else None,
        ytd=ytd_match is not None,
        since=since,
        rolling=any(m.unit == "rolling" for m in mentions),
        relative=ytd_match is not None or any(m.relative for m in mentions) or partial,
        shift=_shift(flags),
        partial=partial and not any(m.unit == "ago" for m in mentions),
        spans=tuple((m.start, m.end) for m in mentions),
    )


def _attach_years(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """``Q4 of last year``: a year right after a yearless month or quarter is its year."""
    out: list[_Mention] = []
    for mention in mentions:
        if mention.unit == "year" and mention.year is None and mention.period is None:
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.year is None
            and last.period is None
            and mention.unit == "year"
            and text[last.end : mention.start].strip().lower() in ("", "of", "in", ",", "of the")
        ):
            last.year, last.end = mention.year, mention.end
            continue
        out.append(mention)
    return out


def _shift(flags: set[str]) -> int:
    """Months a follow-up moves the previous period by ("the year before": -12, "a year
    later": +12)."""
    for flag, months in (("back_year", -12), ("back_month", -1), ("ahead_year", 12),
                         ("ahead_month", 1)):  # fmt: skip
        if flag in flags:
            return months
    return 0


def _masked(text: str) -> tuple[str, set[str]]:
    """The text with basis and shift phrases blanked out, and which were found."""
    flags: set[str] = set()
    for name, pattern in (("yoy", YOY), ("mom", MOM), ("qoq", QOQ), ("back_year", SHIFT_YEAR),
                          ("back_month", SHIFT_MONTH), ("ahead_year", AHEAD_YEAR),
                          ("ahead_month", AHEAD_MONTH)):  # fmt: skip
        text, found = _mask(text, pattern)
        if found:
            flags.add(name)
    return text, flags


def _resolve_ago(mentions: list[_Mention], periods: list[Period], today: Period) -> list[Period]:
    """``the same month last year``: the period named before it, a year earlier."""
    out = list(periods)
    for i, mention in enumerate(mentions):
        if mention.unit != "ago":
            continue
        others = [p for j, p in enumerate(periods) if mentions[j].unit != "ago"]
        before = [p for j, p in enumerate(periods[:i]) if mentions[j].unit != "ago"]
        base = before[-1] if before else others[0] if others else today
        years = -1 if mention.year is None else mention.year - base.end_year
        out[i] = base.shift(12 * years)
    return out


def _fallback_year(mention: _Mention, today: Period, anchor: Period | None) -> int:
    if anchor is not None:
        return _nearest_year(mention, today, anchor)
    if mention.unit == "month":
        return today.end_year if mention.index <= today.end_month else today.end_year - 1
    if mention.unit == "quarter":
        return today.end_year if 3 * mention.index <= today.end_month else today.end_year - 1
    if mention.unit == "half":
        return today.end_year if 6 * mention.index <= today.end_month else today.end_year - 1
    return today.end_year


def _nearest_year(mention: _Mention, today: Period, anchor: Period) -> int:
    """The year that puts a yearless month or quarter nearest the conversation's period
    (``And in December?`` after January 2026: December 2025), not after ``today``."""

    def distance(year: int) -> tuple[bool, int, bool]:
        period = _complete(mention, year)
        gap = max(0, period.start - anchor.end, anchor.start - period.end)
        # equally near ("And in Q3?" after Q1 2025): the conversation's own year
        return (period.start > today.end, gap, year != anchor.end_year)

    years = range(anchor.end_year - 1, anchor.end_year + 2)
    return min(years, key=distance)


def _quarter_on_quarter(periods: list[Period], today: Period) -> list[Period]:
    """The quarter asked (holding the last period named, else the latest complete
    quarter up to ``today``) and the quarter before it, oldest first."""
    if periods:
        end = periods[-1].end
        first = end - end % 3
    else:
        first = today.end - today.end % 3 - (0 if today.end % 3 == 2 else 3)
    return [span_of(first - 3, first - 1), span_of(first, first + 2)]


def _open_range(text: str, mentions: list[_Mention]) -> bool:
    """``since 2024`` / ``from March 2025`` with no end: a range up to today."""
    if len(mentions) != 1:
        return False
    before = text[max(0, mentions[0].start - 14) : mentions[0].start].strip().lower()
    return before.endswith(("since", "after", "starting", "starting in", "from", "beginning"))


def _same_years(mentions: list[_Mention]) -> list[int]:
    """Years of ``the same period of 2024`` mentions."""
    return [m.year for m in mentions if m.unit == "ago" and m.year is not None]


def _year_to_date(
    match: re.Match[str], periods: list[Period], today: Period, same: list[int]
) -> list[Period]:
    """``YTD`` up to the month named (else ``today``): January to that month; ``the
    same period of 2024`` beside it: the same months of 2024."""
    if same and len(periods) > len(same):
        ref = periods[-1 - len(same)]
        span = span_of(ref.end_year * 12, ref.end)
        return [span, *(span.shift(12 * (y - ref.end_year)) for y in same)]
    if match.group("y"):
        year = int(match.group("y"))
        last = min(today.end, year * 12 + 11)
        return [span_of(year * 12, last), *periods]
    if periods:
        ref = periods[-1]
        return [*periods[:-1], span_of(ref.end_year * 12, ref.end)]
    return [span_of(today.end_year * 12, today.end)]

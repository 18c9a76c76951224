"""The words and patterns periods are written in (used by `bot.timeparse`).

Month names and abbreviations, ordinals and small numbers, the basis phrases
(``y-o-y``, ``m-o-m``, ``from a year earlier``), the shifts (``the year before``),
year-to-date, and one pattern per way of writing a period, tried left to right.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR4 = r"(?<![\d,$])(?<!\d\.)(?:19[5-9]\d|20\d\d)(?![.,]\d|\s?(?:%|bn\b|billion|mn\b|million))"
YEAR = rf"(?:{YEAR4}|['’]\d\d)"
NUM = r"(?P<n>\d{1,2}|" + "|".join(NUMBERS) + r")"
ORD = r"(?P<ord>" + "|".join(ORDINALS) + r"|final|last)"

YOY = re.compile(
    r"\b(?:y-?o-?y|yoy|y/y|year[- ](?:on|over)[- ]year|(?:from|over|than|on|versus|vs\.?|"
    r"compared? (?:with|to)|against) (?:(?:a|the) )?(?:same (?:month|period|quarter) (?:of |in )?"
    r"(?:a year (?:earlier|ago|before)|last year|the (?:previous|prior) year)|"
    r"(?:a|the|one) year (?:earlier|ago|before)|(?:the )?(?:previous|prior) year))",
    re.IGNORECASE,
)
MOM = re.compile(
    r"\b(?:m-?o-?m|m/m|month[- ](?:on|over)[- ]month|(?:from|over|on|versus|vs\.?|compared "
    r"(?:with|to)|against) (?:the )?(?:previous|prior|preceding|last) month|a month (?:earlier|"
    r"ago|before))",
    re.IGNORECASE,
)
QOQ = re.compile(
    r"\b(?:q-?o-?q|q/q|quarter[- ](?:on|over)[- ]quarter|(?:from|over|on|versus|vs\.?|compared "
    r"(?:with|to)|against) (?:the )?(?:previous|prior|preceding|last) quarter|a quarter (?:earlier|"
    r"ago|before))",
    re.IGNORECASE,
)
SHIFT_YEAR = re.compile(
    r"\b(?:(?:the|a) year (?:before|earlier|prior)|(?:the )?(?:previous|prior|preceding) year|"
    r"a year ago)\b",
    re.IGNORECASE,
)
SHIFT_MONTH = re.compile(
    r"\b(?:(?:the|a) month (?:before|earlier)|(?:the )?(?:previous|prior|preceding) month)\b",
    re.IGNORECASE,
)
# forward from the period talked about; "next year" alone is the future (a forecast)
AHEAD_YEAR = re.compile(
    r"\b(?:(?:a|one) year (?:later|after(?:wards)?|on)|(?:the )?(?:following|subsequent) year|"
    r"the next year|the year after)\b(?![^?]*\bwill\b)",
    re.IGNORECASE,
)
AHEAD_MONTH = re.compile(
    r"\b(?:(?:a|one) month (?:later|after(?:wards)?|on)|(?:the )?(?:following|subsequent) "
    r"month|the next month|the month after)\b(?![^?]*\bwill\b)",
    re.IGNORECASE,
)
YTD = re.compile(
    r"\b(?:year[- ]to[- ]date|ytd|so far (?:this year|in (?P<y>\d{4}))|this year so far)\b",
    re.IGNORECASE,
)

_MONTH2 = r"(?P<mon2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PATTERNS: tuple[tuple[str, str], ...] = (
    # a fiscal span across two years: "July-June 2024-25", "July-January of FY 2025-26"
    (
        "split_span",
        rf"\b{MONTH}\s?[-–]\s?{_MONTH2},?\s(?:of\s)?(?:(?:fy|fiscal year|financial year)\s?)?"
        rf"(?P<y>{YEAR4})\s?[-/–]\s?(?P<y2>\d\d)\b",
    ),
    ("first_n", rf"\bfirst {NUM} months(?: of(?: the year)?)?(?:,? (?P<y>{YEAR}))?"),
    (
        "n_to",
        rf"\b{NUM} months (?:to|ending(?: in)?|through|until|up to) {MONTH}"
        rf"(?:,? (?P<y>{YEAR4}))?",
    ),
    ("year_to", rf"\b(?:year|twelve months) (?:to|ending(?: in)?) {MONTH}(?:,? (?P<y>{YEAR4}))?"),
    (
        "past_one",
        r"\b(?:past|(?<=over the )last|(?<=in the )last|(?<=during the )last) "
        r"(?P<unit>year|quarter|month)\b(?!,? (?:of|in) (?:19|20)\d\d)",  # not "... of 2024"
    ),
    (
        "ago",
        r"\b(?:the )?same (?:period|month|quarter|time) (?:of |in )?(?:last year|a year "
        r"(?:earlier|ago|before)|the (?:previous|prior) year)",
    ),
    (
        "same_in",
        rf"\b(?:the )?same (?:period|months?|quarter|time|span) (?:of|in) (?P<y>{YEAR4})\b",
    ),
    ("last_n", rf"\b(?:last|past|previous|latest) {NUM} (?P<unit>months?|quarters?|years?)"),
    ("span_iso", rf"\b(?P<y>{YEAR4})-(?P<m>\d\d)\.\.(?P<y2>{YEAR4})-(?P<m2>\d\d)\b"),
    ("quarter", rf"\b(?P<y>{YEAR4})\s?[-/ ]?\s?q(?P<q>[1-4])\b"),
    ("quarter", rf"\b(?:q(?P<q>[1-4])|(?P<q2>[1-4])q)(?:\s?[-/ ]?\s?(?P<y>{YEAR}|\d\d))?\b"),
    (
        "last_quarter",
        r"\b(?:last|latest|previous|past|most recent) quarter\b(?!,? (?:of|in)\b|,? \d)",
    ),
    ("this_quarter", r"\b(?:this|current) quarter\b"),
    ("quarter", rf"\b{ORD} quarter(?: of| in)?(?:,? (?P<y>{YEAR}))?"),
    ("half", rf"\b(?P<y>{YEAR4})\s?[-/ ]?\s?h(?P<h>[12])\b"),
    ("half", rf"\b(?:h(?P<h>[12])|(?P<h2>[12])h)(?:\s?[-/ ]?\s?(?P<y>{YEAR}|\d\d))?\b"),
    ("half", rf"\b(?P<ord>first|second|1st|2nd) half(?: of| in)?(?:,? (?P<y>{YEAR}))?"),
    ("month_iso", rf"\b(?P<y>{YEAR4})[-/](?P<m>0?[1-9]|1[0-2])\b(?![-/]\d)"),
    ("month_iso", rf"\b(?P<m>0?[1-9]|1[0-2])/(?P<y>{YEAR4})\b"),
    (
        "month",
        rf"\b{MONTH}(?:(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? (?:of )?| ?[-/] ?)(?P<y>{YEAR4})|"
        rf"\s?[-'’]?\s?(?P<y2>\d\d)(?![\d,.:]|\s?(?:st|nd|rd|th|%)))?\b",
    ),
    ("this_year", r"\b(?:this|current) year\b"),
    ("last_year", r"\blast year\b"),
    ("last_month", r"\b(?:last|latest|this|current|most recent) month\b"),
    ("latest", r"\b(?:latest|most recent|newest)\b(?: (?:data|figures?|period|numbers?))?"),
    # "FY 2024-25", "2024/25": April to March, as tables are read
    (
        "split_year",
        rf"\b(?:(?:fy|fiscal year|financial year)\s?)?(?P<y>{YEAR4})\s?[-/–]\s?(?P<y2>\d\d)\b"
        r"(?![-/.]\d)",
    ),
    (
        "year",
        rf"\b(?:(?:full[- ]year|fy|calendar year|year)\s?)?(?P<y>{YEAR4})\b"
        r"(?: (?:full[- ]year|as a whole))?",
    ),
)
MASTER = re.compile(
    "|".join(
        f"(?P<k{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p)})" for i, (_, p) in enumerate(PATTERNS)
    ),
    re.IGNORECASE,
)
RANGE_WORDS = {"to", "-", "–", "through", "thru", "until", "till", "and", "up to", "versus", "vs"}

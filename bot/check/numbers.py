"""The numbers a sentence states as statistics, each with its qualifier as written.

A statistic is a number with a unit: a rate (``35.8%``, ``3 percentage points``), a level
(``HK$520.6 billion``, ``RMB 10 bn``), a bound (``over 60%``, ``more than HK$4
trillion``), a range (``10% to 15%``, ``10-15%``) or a multiple (``nearly doubled``).
Bare numbers (years, dates, days, ages, page numbers, counts) are not statistics and are
never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.statements import StatedNumber, stated_numbers

_QUALIFIER = re.compile(
    r"(?:\b(?:just |slightly |well )?(?:over|more than|above|at least|in excess of|upwards of|"
    r"under|less than|below|at most|up to|about|around|roughly|approximately|some|nearly|"
    r"almost|close to)\s+)$",
    re.I,
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_MULTIPLE = re.compile(
    r"\b(?:(?:nearly|almost|more than|over|roughly|about)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)


@dataclass(frozen=True)
class Number:
    """A stated statistic: where it stands in its sentence and how it is written."""

    start: int
    end: int
    words: str  # as written, qualifier included: "over 60%", "10% to 15%", "nearly doubled"
    value: float  # as written, unsigned (the low end of a range)
    unit: str  # "%", "pp", "HK$ bn" ...
    high: float | None = None  # the high end of a range
    multiple: bool = False  # "doubled": a change of +100%

    @property
    def is_rate(self) -> bool:
        return self.unit in ("%", "pp")


def numbers_in(sentence: str) -> list[Number]:
    """The statistics a sentence states, in order."""
    found: list[Number] = []
    stated = stated_numbers(sentence)
    skip: set[int] = set()
    for i, number in enumerate(stated):
        if i in skip:
            continue
        following = stated[i + 1] if i + 1 < len(stated) else None
        if following is not None and _joined(sentence, number, following):
            found.append(_range(sentence, number, following))
            skip.add(i + 1)
            continue
        found.append(_single(sentence, number))
    for match in _MULTIPLE.finditer(sentence):
        found.append(Number(match.start(), match.end(), match.group(0), 0.0, "%", multiple=True))
    return sorted(found, key=lambda n: n.start)


def _joined(sentence: str, first: StatedNumber, second: StatedNumber) -> bool:
    """``10% to 15%``, ``10-15%``: two numbers of one range (same unit, a joining word)."""
    gap = sentence[first.end : second.start]
    ordered = 0 <= first.value <= second.value
    if re.match(r"^\s*and\s*$", gap):  # "between 3% and 4%", never a list ("2% and 3%")
        return ordered and bool(_BETWEEN.search(sentence[max(0, first.start - 12) : first.start]))
    return first.unit == second.unit and ordered and bool(_RANGE_JOIN.match(gap))


def _range(sentence: str, low: StatedNumber, high: StatedNumber) -> Number:
    start = low.start
    between = _BETWEEN.search(sentence[max(0, start - 12) : start])
    if between:
        start -= len(between.group(0))
    return Number(
        start, high.end, sentence[start : high.end], low.value, high.unit, high=high.value
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_LOW = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*$", re.I
)


_BETWEEN_LOW = re.compile(r"\bbetween\s+(\d+(?:\.\d+)?)\s+and\s+$", re.I)


def _low_end(text: str, high: float) -> bool:
    """Whether a bare number before ``to``/``-`` is a range's low end (never a year)."""
    return not _YEAR.fullmatch(text) and 0 <= float(text.replace(",", "")) <= high


def _single(sentence: str, number: StatedNumber) -> Number:
    start = number.start
    head = sentence[max(0, start - 30) : start]
    if number.value < 0 and head[-1:].isdigit():  # "10-15%" read as 10 and -15%
        head, number = head + "-", StatedNumber(start + 1, number.end, -number.value, number.unit)
        start += 1
    low = _BARE_LOW.search(head) or _BETWEEN_LOW.search(head)
    if low and _low_end(low.group(1), number.value):  # "10-15%": the low end without its unit
        start -= len(low.group(0))
        value = float(low.group(1).replace(",", ""))
        words = sentence[start : number.end]
        return Number(start, number.end, words, value, number.unit, high=number.value)
    qualifier = _QUALIFIER.search(sentence[max(0, start - 30) : start])
    if qualifier:
        start -= len(qualifier.group(0))
    return Number(start, number.end, sentence[start : number.end], number.value, number.unit)

"""When a stated number agrees with a table's value: the rounding of the claim as written.

- An exact claim agrees when the table's value, rounded to the claim's own decimals,
  equals it: ``32%`` agrees with 32.0 and 31.96, ``35.8%`` with 35.75 up to 35.85.
- A bound: ``over 60%`` agrees with anything at or above 60, ``under 5%`` at or below 5;
  a bound on a fall or a deficit written as a positive number is on its size (``fell by
  more than 5%``: -5 or below).
- An approximation (``about``, ``around``): within 5% of the number or one unit of its
  last digit, whichever is wider; ``nearly``, ``almost``: as much below, and at most one
  unit of its last digit above (``nearly 40%`` agrees with 38.1).
- A range (``10% to 15%``, ``10-15%``, ``between 10% and 15%``): the rounded value lies
  in it.
- A multiple (``doubled``, ``tripled``, ``halved``): a change of +100%, +200%, -50%,
  within 5 points; ``nearly doubled`` from +80% up to +100%, ``more than doubled`` above.

`agrees` decides; `tolerance` says in words what was allowed (shown beside a verdict).
"""

from __future__ import annotations

import re

from bot import formatting as fmt
from bot.records import Claim

ABOVE = re.compile(r"\b(?:over|more than|above|at least|exceed\w*|upwards of)\b", re.I)
BELOW = re.compile(r"\b(?:under|less than|below|at most|up to)\b", re.I)
ABOUT = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close to)\b", re.I)
NEARLY = re.compile(r"\b(?:nearly|almost|close to|just under|just shy of)\b", re.I)
_RELATIVE = 0.05  # an approximation allows 5% of the number (or one unit of its last digit)
RANGE = re.compile(
    r"(?:between\s+)?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent|percent)?\s*"
    r"(?:-|–|—|to|and)\s*(?P<high>\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent|percent)",
    re.I,
)
_MINUS = re.compile(r"(?<!\w)[-\u2212]\s*\d")
MULTIPLE = re.compile(r"\b(?P<word>doubled|tripled|trebled|quadrupled|halved)\b", re.I)
MULTIPLES = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0}
MULTIPLES["halved"] = -50.0
_MULTIPLE_SLACK = 5.0  # points either side of a "doubled"
_NEARLY_SLACK = 20.0  # "nearly doubled": up to this many points short


def agrees(claim: Claim, value: float) -> bool:
    """Whether the table's ``value`` (in the claim's unit) supports the claim as written."""
    multiple = MULTIPLE.search(claim.text)
    if multiple:
        low, high = multiple_range(claim.text, MULTIPLES[multiple.group("word").lower()])
        return low - 1e-9 <= value <= high + 1e-9
    span = RANGE.search(claim.text)
    if span and not (ABOVE.search(claim.text) or BELOW.search(claim.text)):
        decimals = max(_decimals(span.group("low")), _decimals(span.group("high")))
        rounded = fmt.round_half_up(value, decimals)
        low, high = _number(span.group("low")), _number(span.group("high"))
        if claim.value < 0:
            low, high = -high, -low
        return low - 1e-9 <= rounded <= high + 1e-9
    # "fell by more than 5%", "a deficit of over HK$ 2 bn": the bound is on the size of a
    # negative figure written as a positive number
    sized = claim.value < 0 and not _MINUS.search(claim.text)
    if ABOVE.search(claim.text):
        return value <= claim.value if sized else value >= claim.value
    if BELOW.search(claim.text):
        return claim.value <= value <= 0 if sized else value <= claim.value
    decimals = written_decimals(claim)
    if ABOUT.search(claim.text):
        low, high = approximation(claim)
        return low - 1e-9 <= value <= high + 1e-9
    return abs(fmt.round_half_up(value, decimals) - claim.value) < 1e-9


def approximation(claim: Claim) -> tuple[float, float]:
    """The values an approximate claim allows: ``about 34%`` 32.3 to 35.7 (5% either
    side, at least one unit of its last digit); ``nearly 40%`` 38 to 41."""
    unit = 10.0 ** -written_decimals(claim)
    step = max(unit, abs(claim.value) * _RELATIVE)
    if NEARLY.search(claim.text):
        return (
            (claim.value - step, claim.value + unit)
            if claim.value >= 0
            else (claim.value - unit, claim.value + step)
        )
    return claim.value - step, claim.value + step


def multiple_range(text: str, change: float) -> tuple[float, float]:
    """The changes (in %) a multiple word allows: ``nearly doubled`` is 80 to 100."""
    if ABOUT.search(text):
        return (change - _NEARLY_SLACK, change) if change > 0 else (change, change + 10.0)
    if ABOVE.search(text):
        return (change, float("inf"))
    if BELOW.search(text):
        return (float("-inf"), change)
    return (change - _MULTIPLE_SLACK, change + _MULTIPLE_SLACK)


def tolerance(claim: Claim) -> str:
    """What the check allowed, in words (``35.75 to 35.85: the rounding of 35.8%``)."""
    unit = "%" if fmt.is_percent(claim.unit) else f" {claim.unit}"
    multiple = MULTIPLE.search(claim.text)
    if multiple:
        low, high = multiple_range(claim.text, MULTIPLES[multiple.group("word").lower()])
        return f"a change {_bounds(low, high)} ({multiple.group(0)!r} as written)"
    span = RANGE.search(claim.text)
    if span and not (ABOVE.search(claim.text) or BELOW.search(claim.text)):
        return f"the rounded value within the range {span.group(0).strip()} as written"
    shown = fmt.number(abs(claim.value), written_decimals(claim))
    if claim.value < 0 and not _MINUS.search(claim.text) and ABOVE.search(claim.text):
        return f"at most -{shown}{unit} (a fall or deficit of at least {shown}{unit} as written)"
    if claim.value < 0 and not _MINUS.search(claim.text) and BELOW.search(claim.text):
        return f"-{shown}{unit} to 0 (a fall or deficit of at most {shown}{unit} as written)"
    if ABOVE.search(claim.text):
        return f"at least {_signed(claim.value, shown)}{unit} (a lower bound as written)"
    if BELOW.search(claim.text):
        return f"at most {_signed(claim.value, shown)}{unit} (an upper bound as written)"
    decimals = written_decimals(claim)
    if ABOUT.search(claim.text):
        low, high = approximation(claim)
        return (
            f"{fmt.number(low, decimals + 1)} to {fmt.number(high, decimals + 1)}{unit} (an "
            "approximation as written)"
        )
    half = 0.5 * 10.0**-decimals
    places = decimals + 1
    return (
        f"{fmt.number(claim.value - half, places)} to {fmt.number(claim.value + half, places)}"
        f"{unit} (the rounding of {_signed(claim.value, shown)}{unit} as written)"
    )


def written_decimals(claim: Claim) -> int:
    """The decimals of the claimed number as the claim writes it (``4.5`` -> 1), never of
    another number in its sentence (a year)."""
    for match in re.finditer(r"\d[\d,]*(?:\.(\d+))?", claim.text):
        number = float(match.group(0).replace(",", ""))
        if abs(number - abs(claim.value)) < 1e-9:
            return len(match.group(1) or "")
    return 1


def _bounds(low: float, high: float) -> str:
    if high == float("inf"):
        return f"above {low:+g}%"
    if low == float("-inf"):
        return f"below {high:+g}%"
    return f"from {low:+g}% to {high:+g}%"


def _signed(value: float, shown: str) -> str:
    return f"-{shown}" if value < 0 else shown


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _number(text: str) -> float:
    return float(text.replace(",", ""))

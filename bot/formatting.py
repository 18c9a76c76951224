"""How numbers and units are written in answers.

One place decides rounding and display, so the number in a sentence, in a formula and
in `Figure.display` are always the same characters. Percentages are shown with one
decimal; levels with the precision the table itself publishes (see `precision`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import pycountry

PERCENT_DECIMALS = 1
_MAX_DECIMALS = 4
_CURRENCY = re.compile(r"^(?:[A-Z]{0,3}\$|[A-Z]{3}|€|£|¥|₦|RMB|RM|KSh)$")


def precision(values: Iterable[float]) -> int:
    """The number of decimals a column is published with (the most any value needs)."""
    best = 0
    for value in values:
        if value is None or not math.isfinite(value):
            continue
        for decimals in range(_MAX_DECIMALS + 1):
            if abs(round(value, decimals) - value) < 1e-9 * max(1.0, abs(value)):
                best = max(best, decimals)
                break
        else:
            best = _MAX_DECIMALS
    return best


def decimals_of(text: str) -> int:
    """Decimals written in a number as text (``"18.50"`` -> 2, ``"125"`` -> 0)."""
    match = re.search(r"\d(?:[\d,]*)(?:\.(\d+))?", text)
    if match is None or match.group(1) is None:
        return 0
    return len(match.group(1))


def is_percent(unit: str | None) -> bool:
    return bool(unit) and unit.strip() in {"%", "percent", "per cent", "pct"}  # type: ignore[union-attr]


def number(value: float, decimals: int) -> str:
    """``1234.5`` -> ``"1,234.5"``; rounding half away from zero, never ``-0.0``."""
    rounded = round_half_up(value, decimals)
    if rounded == 0:
        rounded = 0.0
    return f"{rounded:,.{decimals}f}"


def round_half_up(value: float, decimals: int) -> float:
    """Round as statisticians publish (2.25 -> 2.3), not banker's rounding."""
    factor = 10**decimals
    scaled = abs(value) * factor
    result = math.floor(scaled + 0.5 + 1e-9) / factor
    return math.copysign(result, value) if result else 0.0


def display(value: float, unit: str | None, decimals: int) -> str:
    """A value with its unit as people read it: ``18.5%``, ``HK$ 455.5 bn``, ``56.4 pp``."""
    if is_percent(unit):
        return f"{number(value, decimals)}%"
    text = number(value, decimals)
    if not unit or not unit.strip():
        return text
    currency, rest = split_currency(unit)
    if currency:  # the currency before the number, the sign before both: -HK$ 27.3 bn
        sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
        return f"{sign}{currency} {digits} {rest}".strip()
    return f"{text} {rest}"


_GLUED = re.compile(r"^([A-Z]{0,3}\$|€|£|¥|RMB|RM)('000|000s|k|m|mn|bn)$")
_SCALE_IN_BRACKETS = re.compile(r"\((?:thousands?|millions?|billions?|bn|mn|'000)\)", re.I)
_SHORT_SCALES = {"'000": "thousand", "000s": "thousand", "k": "thousand", "m": "million"}


def split_currency(unit: str) -> tuple[str, str]:
    """A unit's currency and the rest of it, however the table writes them:
    ``RM million``, ``million RM``, ``(RM million)``, ``RM'000``, ``£m``, ``EUR million``
    -> (``RM``, ``million``) ...; ("", unit) when it names no currency."""
    words = " ".join(unit.replace("\u00a0", " ").split())
    inner = re.search(r"\(([^()]+)\)", words)
    if inner and inner.group(0) != words and split_currency(inner.group(1))[0]:
        return split_currency(inner.group(1))  # "Value (RM million)"
    if words.startswith("(") and words.endswith(")"):
        words = words[1:-1].strip()
    tokens = words.split(" ")
    for i, token in enumerate(tokens):
        bare = token.strip("(),")
        glued = _GLUED.match(bare)
        if glued:
            scale = _SHORT_SCALES.get(glued.group(2), glued.group(2))
            rest = [*tokens[:i], scale, *tokens[i + 1 :]]
        elif _CURRENCY.match(bare) and _known_currency(bare):
            rest = tokens[:i] + tokens[i + 1 :]
        else:
            continue
        tail = [w.strip("()") if _SCALE_IN_BRACKETS.fullmatch(w) else w for w in rest]
        tail = [_SHORT_SCALES.get(w, w) if w == "'000" else w for w in tail if w]
        return glued.group(1) if glued else bare, " ".join(tail).strip(" ,")
    return "", words


def _known_currency(token: str) -> bool:
    """A currency sign or an ISO 4217 code (not any three capitals: ``KGM`` is kilograms)."""
    if not re.fullmatch(r"[A-Z]{3}", token) or token == "RMB":
        return True
    return pycountry.currencies.get(alpha_3=token) is not None


def written_decimals(value: float) -> int:
    """A number's decimals as a person wrote it (``140,000`` -> 0, ``4.5`` -> 1)."""
    return 0 if float(value).is_integer() else decimals_of(repr(value))


def rate_decimals(value: float) -> int:
    """Decimals for a computed rate: one, or as many more (up to three) as it takes for a
    small change not to read as 0.0% ("unchanged")."""
    if 0 < abs(value) < 0.2:  # a small change keeps its digits: 0.08%, never 0.1%
        return 2 if abs(value) >= 0.01 else 3
    for decimals in range(PERCENT_DECIMALS, 4):
        if round_half_up(value, decimals) != 0:
            return decimals
    return PERCENT_DECIMALS


def percent(value: float) -> str:
    return display(value, "%", rate_decimals(value))


def points(value: float) -> str:
    """A difference of two percentages, in percentage points."""
    return f"{number(value, PERCENT_DECIMALS)} pp"


def operand(value: float, decimals: int) -> str:
    """A number inside a formula (no unit, no thousands separator)."""
    rounded = round_half_up(value, decimals)
    if rounded == 0:
        rounded = 0.0
    return f"{rounded:.{decimals}f}"


def direction(value: float, up: str = "up", down: str = "down", flat: str = "unchanged") -> str:
    if value > 0:
        return up
    if value < 0:
        return down
    return flat


def join_words(items: list[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b and c"``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def unsigned(shown: str) -> str:
    """A display string without its minus sign (``-HK$ 38.1 bn`` -> ``HK$ 38.1 bn``; also
    ``HK$ -38.1 bn`` as older answers wrote it)."""
    return re.sub(r"^-(?=\S)|-(?=\d)", "", shown.strip(), count=1)

"""Numbers as statistical tables write them.

`parse_number` reads one cell: thousands separators (``1,234.5``, ``1 234``), signs
and the unicode minus, parentheses negatives (``(12.3)``), percent signs, currency
prefixes (``HK$``), footnote marks (``455.5*``, ``12.3(a)``, ``7.1r``, ``123.4 p``,
superscripts) and missing markers (``-``, ``..``, ``N.A.``, ``x``, empty).

It answers a `Cell`: the float (NaN for a missing marker), or None when the text is
not a number at all.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MISSING_MARKERS = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        "–",
        "—",
        "..",
        "...",
        "…",
        ".",
        "n.a.",
        "n.a",
        "na",
        "n/a",
        "nan",
        "none",
        "null",
        "x",
        "*",
        "**",
        "***",
        ":",
        "c",
        "np",
        "n.p.",
        "nil",
        "s",
        "#n/a",
        "#value!",
        "#ref!",
        "#div/0!",
        "not available",
    }
)

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵖʳ⁺⁻⁽⁾ⁿ†‡§¶"
_SPACES = "\u00a0\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_MINUSES = "\u2212\u2012\u2013\u2014\ufe63\uff0d"
_CURRENCY = re.compile(
    r"^(?:HK\$|US\$|S\$|A\$|NT\$|C\$|RMB|HKD|USD|EUR|GBP|CNY|SGD|JPY|[$€£¥₹])\s*", re.IGNORECASE
)
_TRAILING_MARK = re.compile(
    r"(?:(?<=\S)\s*\((?:[a-z]|\d{1,2}|[a-z]{1,3}\d?|[a-z][a-z .]{1,14})\)"
    r"|(?<=\S)\s*\[(?:[a-z]|\d{1,2})\]"
    r"|\s*[*#†‡§¶]+|\s*\b[prefe]{1,2}\b|(?<=\d)[prfe]{1,2}"
    r"|(?<=\d)\s*(?:hkd|usd|eur|rmb|cny|gbp|sgd|jpy))$",
    re.IGNORECASE,
)
_POINTS = re.compile(r"(?<=\d)\s*(?:pp|ppt|ppts|pts|% ?pts|percentage points?)$", re.I)
_PLAIN = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$", re.IGNORECASE)
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SPACE_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$")
_APOSTROPHE_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:'\d{3})+(?:\.\d+)?$")
_DOT_THOUSANDS_COMMA_DECIMAL = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+,\d+$")
_COMMA_DECIMAL = re.compile(r"^[+-]?\d+,\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d+\.\d+$")
_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3}){2,}$")
_DOT_THOUSAND = re.compile(r"^[+-]?\d{1,3}\.\d{3}$")


@dataclass(frozen=True, slots=True)
class Cell:
    """What a cell holds: a number, a missing marker (NaN), or text (``value is None``)."""

    value: float | None
    percent: bool = False
    bracketed: bool = False

    @property
    def is_number(self) -> bool:
        return self.value is not None and not math.isnan(self.value)

    @property
    def is_missing(self) -> bool:
        return self.value is not None and math.isnan(self.value)


_TEXT = Cell(None)
_MISSING = Cell(math.nan)


def clean_text(text: str) -> str:
    """Unicode-normalised text with odd spaces folded and surrounding space removed."""
    if text.isascii():
        return " ".join(text.split()) if "\n" in text or "\t" in text else text.strip()
    text = unicodedata.normalize("NFC", text)
    for space in _SPACES:
        text = text.replace(space, " ")
    return " ".join(text.split()) if "\n" in text or "\t" in text else text.strip()


def is_missing_marker(text: str) -> bool:
    """True for the markers tables use for 'no figure' (``-``, ``..``, ``N.A.``, empty)."""
    return parse_cell(text).is_missing


def parse_cell(text: str, *, decimal_comma: bool = False) -> Cell:
    """Read one cell; see the module docstring for what is understood."""
    return _parse_cell(text, decimal_comma)


@lru_cache(maxsize=1 << 13)  # values of a large table are mostly unique
def _parse_cell(text: str, decimal_comma: bool) -> Cell:
    raw = clean_text(text)
    if raw.lower() in MISSING_MARKERS or raw.lower().strip("()[]") in MISSING_MARKERS:
        return _MISSING
    body, percent = _strip_decorations(raw)
    if body is None:
        return _TEXT
    if body.lower() in MISSING_MARKERS:
        return _MISSING
    negative = bracketed = False
    if body.startswith("(") and body.endswith(")"):
        bracketed, body = True, body[1:-1].strip()
        negative = body[:1] not in "+-"  # (12.3) is negative; (+12.3) and (-12.3) are signed
        body, more_percent = _strip_percent(body)
        percent = percent or more_percent
    number = _read_digits(body, decimal_comma=decimal_comma)
    if number is None:
        return _TEXT
    return Cell(-number if negative else number, percent, bracketed)


def parse_number(text: str, *, decimal_comma: bool = False) -> float | None:
    """The number in a cell, NaN for a missing marker, None for text."""
    return parse_cell(text, decimal_comma=decimal_comma).value


def _strip_decorations(raw: str) -> tuple[str | None, bool]:
    body = "".join(ch for ch in raw if ch not in _SUPERSCRIPTS)
    for minus in _MINUSES:
        body = body.replace(minus, "-")
    body = body.strip()
    for _ in range(3):
        stripped = _TRAILING_MARK.sub("", body).strip()
        if stripped == body:
            break
        body = stripped
    body = body.lstrip("*#†‡").strip()
    body, percent = _strip_percent(body)
    sign = ""
    if body[:1] in "+-" and len(body) > 1:
        sign, body = body[0], body[1:].strip()
    body = _CURRENCY.sub("", body)
    body, more_percent = _strip_percent(body)
    if not body or not any(ch.isdigit() for ch in body):
        return None, False
    return sign + body, percent or more_percent


def _strip_percent(body: str) -> tuple[str, bool]:
    for suffix in ("%", "per cent", "percent", "pct"):
        if body.lower().endswith(suffix):
            return body[: -len(suffix)].strip(), True
    if match := _POINTS.search(body):
        return body[: match.start()].strip(), False
    return body, False


def _read_digits(body: str, *, decimal_comma: bool) -> float | None:
    sign = ""
    if body[:1] in "+-":
        sign, body = body[0], body[1:].strip()
    if decimal_comma and (
        _DOT_THOUSANDS_COMMA_DECIMAL.match(body)
        or _COMMA_DECIMAL.match(body)
        or _DOT_THOUSAND.match(body)
    ):
        return _to_float(sign + body.replace(".", "").replace(",", "."))
    if _PLAIN.match(body):
        return _to_float(sign + body)
    if _DOT_THOUSANDS.match(body):
        return _to_float(sign + body.replace(".", ""))
    if _COMMA_THOUSANDS.match(body):
        return _to_float(sign + body.replace(",", ""))
    if _SPACE_THOUSANDS.match(body):
        return _to_float(sign + body.replace(" ", "").replace(",", "."))
    if _APOSTROPHE_THOUSANDS.match(body):
        return _to_float(sign + body.replace("'", ""))
    if _DOT_THOUSANDS_COMMA_DECIMAL.match(body):
        return _to_float(sign + body.replace(".", "").replace(",", "."))
    if _COMMA_DECIMAL.match(body) and len(body.split(",")[1]) != 3:
        return _to_float(sign + body.replace(",", "."))
    return None


def _to_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def uses_decimal_comma(cells: list[str]) -> bool:
    """True when a table writes ``1.234,5`` or ``12,5`` and never ``1,234.5`` or ``12.5``."""
    european = english = 0
    for text in cells[:20000]:
        body = clean_text(text).lstrip("+-−(").rstrip(")%").strip()
        if _DOT_THOUSANDS_COMMA_DECIMAL.match(body) or (
            _COMMA_DECIMAL.match(body) and len(body.split(",")[1]) != 3
        ):
            european += 1
        elif (_COMMA_THOUSANDS.match(body) and "." in body) or (
            _DOT_DECIMAL.match(body) and len(body.split(".")[1]) != 3
        ):
            english += 1
    return european > 0 and european >= 2 * english

"""What a numeric column measures, read from its header and the lines around the table.

``total_exports_hkd_bn`` -> Total exports, HK$ bn (scale 1e9), level, flow exports;
``imports_yoy_pct`` -> Imports y-o-y change, %, change_pct, basis yoy;
``(HK$ million)`` on a line above a wide table -> the unit of its period columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.tables.currency import currency_patterns, find_currency
from ingest.tables.plan import latin_part
from ingest.tables.roles import flow_of, place_kind
from vectorstore.records import Measure, MeasureKind

_SCALES: tuple[tuple[str, str, float], ...] = (
    (r"\btrillions?\b|\btn\b|\btrn\b|\btrilion\b", "trillion", 1e12),
    # "dollars x 1,000,000" (Statistics Canada), "× 1 000"
    (r"[x×]\s*1[, ]?000[, ]?000[, ]?000\b", "bn", 1e9),
    (r"[x×]\s*1[, ]?000[, ]?000\b", "million", 1e6),
    (r"[x×]\s*1[, ]?000\b(?![, ]?\d)", "thousand", 1e3),
    (r"100 million|hundred million|亿|億", "100 million", 1e8),
    (r"\bbillions?\b|\bbn\b|\bbln\b|\bbilion\b|\bmiliar\b|(?<=\$)\s?b\b|\bbil\b", "bn", 1e9),
    (
        r"\bmillions?\b|\bmn\b|\bmln\b|\bjuta\b|\bmio\b|\bmil\b|(?<=\$)\s?m\b|\bm\b(?=\s*\))|百万|百萬",
        "million",
        1e6,
    ),
    (r"ten thousand|\b10 thousand|\b10,000\b|万|萬", "10 thousand", 1e4),
    (
        r"'000|\b000s\b|\bthousands?\b|\bribu\b|\bth\b|(?<=\$)\s?k\b|\bk\b(?=\s*\))|千|"
        # "EUR 1000", "1 000 EUR": a currency counted in thousands
        r"(?:\b(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|bgn|jpy|[a-z]{2}\$)|€|\$)\s*"
        r"1[ .]?000\b(?![ .,]?\d)|(?:^|[\s(])1[ .]?000\s*(?:eur|usd|€|\$|euros?|dollars?)\b",
        "thousand",
        1e3,
    ),
)
_QUANTITIES = re.compile(
    r"(?:(?<!['\d])\b(10+) ?)?(?<![a-z])"
    r"(tonnes?|tons?|kg|kilograms?|teus?|units|pieces|litres|barrels)\b"
)
_PERCENT = re.compile(r"%|\bpct\b|\bper ?cent(age)?\b|\bpc\b")
_POINTS = re.compile(r"percentage points?|\bpp\b|\bppts?\b|\bpts\b")
_INDEX = re.compile(r"\bindex\b|=\s*100\b")
_SHARE = re.compile(r"\bshare\b|% of total|pct of total|per ?cent of total|proportion|\bweight\b")
_CHANGE = re.compile(
    r"\byoy\b|y-o-y|\by o y\b|\by/y\b|\bm/m\b|\bq/q\b|year[ -]on[ -]year|\bmom\b|m-o-m|"
    r"month[ -]on[ -]month|\bqoq\b|"
    r"q-o-q|quarter[ -]on[ -]quarter|growth|\bchanges?\b|\bchg\b|\bch\b|increase|decrease|"
    r"\bvar\b|variation|rate of|\bdelta\b|\bdiff|"
    r"(?:^|\)\s*|\bp\s+)rates?\s*(?:\(%\))?\s*$"  # a bare "Rate" beside "Amount": growth
)
_RATIO = re.compile(r"pct of|% of|per ?cent of|\bratio\b|\bto gdp\b|% gdp|\bas a? share of")
_COUNT = re.compile(r"^(number|no\.?|count) of\b|\bcount\b|\bnumber of\b")
_BASES: tuple[tuple[str, str], ...] = (
    (r"(?<!not )(?<!non-)(?<!non )\b(?:sa|seasonally adjusted)\b|(?<!n\.)\bs\.a\.", "sa"),
    (r"\b3[ -]?months?\b|three[ -]months?|\b3m\b", "3m"),
    (r"\byoy\b|y-o-y|\by o y\b|\by/y\b|year[ -]on[ -]year|a year (earlier|ago)|previous year|"
     r"same (month|period|quarter|months)\b|corresponding (month|period|quarter)|"
     r"over the year|annual (change|growth)|\byoy\b", "yoy"),
    (r"\bmom\b|m-o-m|\bm/m\b|month[ -]on[ -]month|previous month|preceding month", "mom"),
    (r"\bqoq\b|q-o-q|\bq/q\b|quarter[ -]on[ -]quarter|previous quarter|preceding quarter", "qoq"),
)  # fmt: skip
_ADJUSTED_LEVEL = re.compile(
    r"(?<!not )(?<!non-)(?<!un)\bseasonally[- ]adjusted\b|\bs\.a\.|\(sa\)|,\s*sa\b", re.I
)
_UNADJUSTED = re.compile(
    r"\bnot seasonally\b|\bnon-seasonally\b|\bunadjusted\b|\bn\.?s\.?a\b", re.I
)
_UNIT_SEPARATORS = re.compile(r";|\band\b|,(?!\d{3}\b)|\s/\s|/(?=\s*%)", re.I)
_RELATIVE = frozenset({"change_pct", "share_pct", "ratio_pct"})
_CURRENCY_SYMBOLS = re.compile(r"[¥€£₹]")
_SCALE_WORDS = re.compile(r"\b(thousands?|millions?|billions?|mn|bn|m|k)\b|[万億亿千]", re.I)
_RATE = re.compile(
    r"\byoy\b|y-o-y|year[ -]on[ -]year|growth rate|rate of change|per ?cent(age)? changes?|"
    r"% change|\bshare\b|% of",
    re.I,
)
_YTD = re.compile(
    r"\bytd\b|year[ -]to[ -]date|since (the )?(beginning|start) of the year|"
    r"\bjan(uary)?[ -]to[ -]date|\bcumulative (for the|this|of the) year|"
    # "End Dec. 2024", "end-June 2025": the months of the year to the end of that month
    r"\bend[ .-]+(of[ -]+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"\bytd\b", "year-to-date"),
    (r"\bsa\b", "seasonally adjusted"),
    (r"\byoy\b", "y-o-y"),
    (r"\bmom\b", "m-o-m"),
    (r"\bqoq\b", "q-o-q"),
    (r"\bpct of\b", "as % of"),
    (r"\bchg\b", "change"),
    (r"\bhk\b", "HK"),
    (r"\bus\b", "US"),
    (r"\beu\b", "EU"),
)
_UNIT_WORDS = re.compile(
    r"(?:\b(?:hkd|usd|rmb|cny|eur|gbp|sgd|jpy|rm|myr|nzd|aud|cad|krw|thb|inr|bn|mn|mln|pct|pc|billions?|millions?|thousands?|"
    r"trillions?|in|of|per ?cent)|(?:[a-z]{1,3})?\$|%|'000|€|£|¥)\s*$"
    r"|\(([^)]*)\)\s*$|\[([^]]*)\]\s*$",
    re.I,
)


@dataclass(frozen=True)
class Unit:
    """A unit found in a text: what people read, and the multiplier to base units."""

    text: str | None
    scale: float | None = None
    percent: bool = False


def find_unit(text: str) -> Unit:
    """The unit a header, title or unit line states (``(HK$ million)`` -> HK$ million, 1e6)."""
    low = " " + text.lower().replace("_", " ") + " "
    # "Primary products (PP)": a name's initials in capitals, not percentage points
    if _POINTS.search(" " + re.sub(r"\bPP\b", " ", text).lower().replace("_", " ") + " "):
        return Unit("percentage points")
    if _PERCENT.search(low):
        return Unit("%", percent=True)
    currency = find_currency(text)
    scale = next(((word, value) for p, word, value in _SCALES if re.search(p, low)), None)
    quantity = _QUANTITIES.search(low)
    words = [part for part in (currency, scale[0] if scale else None) if part]
    if quantity and not currency:
        words.append(f"{quantity[1]} {quantity[2]}" if quantity[1] else quantity[2])
    if _INDEX.search(low) and not words:
        return Unit("index")
    if not words:
        return Unit(None)
    if scale and not currency and not quantity and not re.search(r"\$|dollar|value", low):
        return Unit(scale[0], scale[1])
    multiple = scale[1] if scale else (1.0 if currency else None)
    if quantity and quantity[1] and not currency:
        multiple = (multiple or 1.0) * int(quantity[1])
    return Unit(" ".join(words), multiple)


def measure_kind(text: str, unit: Unit) -> MeasureKind:
    """level, change_pct, share_pct, ratio_pct, count or other, from the words of a header."""
    low = text.lower().replace("_", " ")
    if _SHARE.search(low):
        return "share_pct"
    if _CHANGE.search(low):
        return "change_pct" if unit.percent or unit.text is None else "other"
    if _RATIO.search(low):
        return "ratio_pct"
    if _COUNT.search(low):
        return "count"
    if unit.percent or unit.text in {"percentage points", "index"}:
        return "other"
    return "level"


def measure_basis(text: str) -> str | None:
    """What a change is relative to (``yoy``, ``mom``, ``ytd yoy``, ``sa 3m`` ...), or None."""
    low = text.lower().replace("_", " ")
    parts = [name for pattern, name in _BASES if re.search(pattern, low)]
    if is_year_to_date(text) and parts:
        parts.insert(0, "ytd")
    return " ".join(parts) or None


def is_relative(text: str) -> bool:
    """True for a header of a change, share or ratio (``% change``, ``Share (%)``, ``yoy``)."""
    low = text.lower().replace("_", " ")
    return bool(_CHANGE.search(low) or _SHARE.search(low) or _RATIO.search(low))


def is_total(text: str) -> bool:
    """True for a header summing the period columns beside it (``Total``, ``Sum``)."""
    return bool(re.search(r"\b(total|sum|cumulative|all months|whole year)\b", text.lower()))


def is_year_to_date(text: str) -> bool:
    """True when a header says its figures run from January (``ytd``, ``year to date``)."""
    return bool(_YTD.search(text.lower().replace("_", " ")))


def readable_label(text: str) -> str:
    """A header as people read it: ``total_exports_yoy_pct`` -> ``Total exports y-o-y change``;
    a header already written for people keeps its capitals (``FOB``, ``US dollars``)."""
    text = latin_part(text)
    identifier = " " not in text.strip()
    label = _words(text).lower() if identifier else text
    label = re.sub(r"^%\s+|\(%\)", " ", label).strip()
    for _ in range(4):
        label = _UNIT_WORDS.sub("", label).strip(" ,;:-")
    label = f" {label} "
    for pattern, replacement in _EXPANSIONS:
        label = re.sub(pattern, replacement, label, flags=re.I)
    if re.search(r"y-o-y|m-o-m|q-o-q", label) and not re.search(r"change|growth|chg", label, re.I):
        label = re.sub(r"(y-o-y|m-o-m|q-o-q)", r"\1 change", label, count=1)
    words = label.split()
    if identifier or text == text.lower():
        words = [_capitalise_place(word) for word in words]
    label = " ".join(words)
    return label[:1].upper() + label[1:] if label else text.strip()


def strip_units(text: str) -> str:
    """A header without the unit words at its end: ``Japan HK$ mn`` -> ``Japan``."""
    for _ in range(4):
        text = _UNIT_WORDS.sub("", text).strip(" ,;:-")
    return text


def _words(text: str) -> str:
    """Underscores and camelCase as spaces, the case of the rest kept."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z0-9])", " ", text)
    return spaced.replace("_", " ")


def _capitalise_place(word: str) -> str:
    return word.capitalize() if len(word) > 2 and place_kind(word) else word


def is_unit_only(text: str) -> bool:
    """True for a header that states only a unit (``HK$ bn``, ``(%)``, ``US$ '000``)."""
    if find_unit(text).text is None:
        return False
    low = " " + text.lower().replace("_", " ") + " "
    currency = find_currency(text)
    patterns = currency_patterns() + [p for p, _, _ in _SCALES]
    if currency is not None and currency.isalpha():
        patterns.append(rf"\b{re.escape(currency.lower())}\b")
    patterns += [
        _PERCENT.pattern,
        _POINTS.pattern,
        _QUANTITIES.pattern,
        r"\b(in|of|units?|values?)\b",
    ]
    for pattern in patterns:
        low = re.sub(pattern, " ", low)
    return not re.search(r"[a-z]", low)


def describe(name: str, header: str, context: str, *, percent_values: bool = False) -> Measure:
    """A `Measure` for a column: its own header first, then the title and unit lines."""
    if is_unit_only(header):
        measure = describe(name, "", f"{header} {context}", percent_values=percent_values)
        return _with_unit(measure, find_unit(header))
    own = find_unit(header)
    outer = context_unit(header, context) if context else Unit(None)
    if own.text and outer.text and not outer.percent and _stray_symbol(header):
        own = Unit(None)  # a lone "¥" in a label never outranks the title's unit
    if percent_values and not own.text:
        own = Unit("%", percent=True)
    weak = not own.text and _needs_context(header)
    borrow = weak and (outer.percent or (outer.text is None and bool(_RATE.search(context))))
    words = f"{header} {context}" if borrow else header
    unit = own if own.text else outer
    kind = measure_kind(words, unit)
    if kind in _RELATIVE and not own.text:
        unit = Unit("%", percent=True)
    if unit.percent and kind == "level":
        kind = "other"
    if kind == "count" and not own.text:
        unit = Unit(None)
    basis = measure_basis(words) if kind in _RELATIVE or kind == "other" else None
    if kind == "level" and _ADJUSTED_LEVEL.search(header) and not _UNADJUSTED.search(header):
        basis = "sa"  # "Exports, seasonally adjusted" beside "Exports, unadjusted"
    flow = flow_of(header) or _single_flow(context)
    label = readable_label(header) if header.strip() else _label_from(flow, kind, basis)
    return Measure(name, label, unit.text, kind, unit.scale, flow, basis)


def _stray_symbol(header: str) -> bool:
    """Whether a header's only sign of a currency is one symbol (``¥``, ``€``, ``£``): not a
    unit someone wrote, more likely a mis-decoded byte or a decoration."""
    symbols = _CURRENCY_SYMBOLS.findall(header)
    if len(symbols) != 1:
        return False
    rest = _CURRENCY_SYMBOLS.sub(" ", header)
    return find_unit(rest).text is None and not _SCALE_WORDS.search(header)


def context_unit(header: str, context: str) -> Unit:
    """The unit the lines around a table give a column. A line listing several units
    (``(US$ million; y-o-y in per cent)``) gives each column the part that describes it:
    changes, shares and ratios the percent part, levels the currency or quantity part."""
    for line in context.splitlines():
        parts = unit_parts(line)
        relative = any(u.percent or u.text == "percentage points" for _, u in parts)
        # "New Zealand dollars (NZ$), millions": one unit written in two parts
        if len({unit.text for _, unit in parts}) >= 2 and relative:
            chosen = _part_for(header, parts)
            if chosen is not None:
                return chosen
    return find_unit(context)


def unit_parts(line: str) -> list[tuple[str, Unit]]:
    """The units a line states, each with the words around it (split at ``;``, ``and``,
    ``,``, `` / ``)."""
    pieces = _UNIT_SEPARATORS.split(line)
    found = [(piece.lower(), find_unit(piece)) for piece in pieces]
    return [(piece, unit) for piece, unit in found if unit.text]


def _part_for(header: str, parts: list[tuple[str, Unit]]) -> Unit | None:
    relative = [(p, u) for p, u in parts if u.percent or u.text == "percentage points"]
    levels = [unit for part, unit in parts if (part, unit) not in relative]
    low = header.lower().replace("_", " ")
    if not is_relative(header):
        return levels[0] if levels else None
    for pattern in (_SHARE, _RATIO, _CHANGE):
        if pattern.search(low):
            named = next((unit for part, unit in relative if pattern.search(part)), None)
            if named is not None:
                return named
    return relative[0][1] if relative else None


def _with_unit(measure: Measure, unit: Unit) -> Measure:
    if unit.percent and measure.kind == "level":
        return replace(measure, unit=unit.text, scale=None, kind="other")
    return replace(measure, unit=unit.text, scale=unit.scale)


def _single_flow(text: str) -> str | None:
    flows = {flow_of(part) for part in re.split(r"\band\b|,|/|&|\bvs\b", text, flags=re.I)}
    flows.discard(None)
    return flows.pop() if len(flows) == 1 else None


def _needs_context(header: str) -> bool:
    low = header.lower().replace("_", " ")
    return not (_CHANGE.search(low) or _SHARE.search(low) or _RATIO.search(low))


def _label_from(flow: str | None, kind: MeasureKind, basis: str | None) -> str:
    base = flow.capitalize() if flow else "Value"
    if kind == "change_pct":
        return f"{base} {basis.replace('yoy', 'y-o-y') + ' ' if basis else ''}change".strip()
    if kind == "share_pct":
        return f"{base} share"
    return base

"""Text columns sorted into dimensions and attributes.

A text column is, in this order: the unit column (``unit``), month labels under year
columns (wide), the indicator naming each row's measure (``indicator``, ``series name``, or
row labels carrying units in a wide table), an attribute (sources, notes, urls, free text,
codes beside their names), or a dimension with a role (partner, flow, commodity, region).
Columns of role "other" become dimensions only when the rows need them to be told apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.tables.layout import Layout
from ingest.tables.measures import find_unit
from ingest.tables.plan import ColumnPlan, TextColumn, ValueColumn, header_words, slug
from ingest.tables.read import GridRow
from ingest.tables.roles import dimension_role
from lexicon.measures import derived_kind
from lexicon.places import place_key

RESERVED = frozenset({"period", "measure", "value", "row"})
_UNIT_NAME = re.compile(r"^(units?|unit of measure(ment)?|uom|currency|unit measure)$")
_INDICATOR_NAME = re.compile(
    r"^(indicator|measure|variable|series|statistic|concept|metric|item)s?"
    r"( (name|description|label|desc))?$"
)
_ATTRIBUTE_NAME = re.compile(
    r"\bsources?\b|\bnotes?\b|comment|remark|\burls?\b|\blinks?\b|\bfiles?\b|file ?name|"
    r"\bflags?\b|footnote|status|reference|\bref\b|publish|release|updated|confiden|quality|"
    r"method|explanation|comparison|basis|\bspan\b|^is\b|^has\b|estimated"
)
# section codes: "0-9", "84", "XVII", "I-V"
_SHORT_CODE = re.compile(r"[0-9]{1,4}(?:\s?[-–]\s?[0-9]{1,4})?|[IVXL]+(?:\s?[-–]\s?[IVXL]+)?")
_DESCRIPTION_NAME = re.compile(r"\b(description|desc|name|label|title|heading)s?\b")
_CODE_NAME = re.compile(r"\b(code|id|iso|abbr|abbreviation|key)\b")
_PIVOT_CORNER = re.compile(r"\s*[\\/]\s*(?:time|time_period|period|year|date)\s*$", re.I)
_PERIOD_NAME = re.compile(r"\b(year|yr|month|mth|quarter|qtr|period|date|time)\b")
_MEASURE_WORDS = re.compile(
    r"\b(yoy|y-o-y|growth|change|share|balance|ratio|index|rate|value|volume|total)\b", re.I
)
_MONTH_LABEL = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^q[1-4]$", re.I
)
_DUPLICATE_LIMIT = 0.1


@dataclass
class _Sorted:
    """Text columns as they are sorted, before dimensions are chosen."""

    unit: int | None = None
    indicator: int | None = None
    month: int | None = None
    attributes: list[TextColumn] = field(default_factory=list)
    candidates: list[tuple[TextColumn, bool]] = field(default_factory=list)


def plan_texts(
    layout: Layout,
    rows: list[GridRow],
    values: tuple[ValueColumn, ...],
    texts: list[tuple[int, str]],
) -> ColumnPlan:
    """Sort the text columns of a table; the value columns are already known."""
    found = _Sorted()
    for column, header in texts:
        _sort(found, layout, values, column, header, [row.cell(column) for row in rows])
    _name_codes(found, texts, rows)
    candidates = _demote_codes(found.candidates, texts)
    dimensions, optional = _split_roles(candidates, rows)
    key = [*layout.period_columns, *(d.column for d in dimensions)]
    if found.indicator is not None:
        key.append(found.indicator)
    if found.month is not None:  # months under year columns tell the rows apart already
        key.append(found.month)
    chosen = _needed(rows, key, optional, wide=layout.wide)
    named_key = [*key, *(c.column for c in chosen)]
    fallback = [a for a in found.attributes if _is_short_label(a, rows, found.unit)]
    rescued = _needed(rows, named_key, fallback, wide=layout.wide)
    chosen += [TextColumn(c.column, c.name, "other") for c in rescued]
    attributes = [a for a in found.attributes if a not in rescued]
    attributes.extend(TextColumn(c.column, c.name, None) for c in optional if c not in chosen)
    dims = sorted([*dimensions, *chosen], key=lambda c: c.column)
    named = _unique_names([*dims, *sorted(attributes, key=lambda c: c.column)])
    return ColumnPlan(
        values=values,
        dimensions=tuple(named[: len(dims)]),
        attributes=tuple(TextColumn(c.column, c.name, None) for c in named[len(dims) :]),
        unit_column=found.unit,
        indicator_column=found.indicator,
        month_column=found.month,
    )


def _sort(
    found: _Sorted,
    layout: Layout,
    values: tuple[ValueColumn, ...],
    column: int,
    header: str,
    cells: list[str],
) -> None:
    header = _PIVOT_CORNER.sub("", header)  # Eurostat's "geo\\time": the rows are "geo"
    words = header_words(header)
    name = _name(header, column)
    if _UNIT_NAME.match(words):
        found.unit = column
        found.attributes.append(TextColumn(column, name, None))
    elif found.month is None and _is_month_labels(cells, layout):
        found.month = column
    elif found.indicator is None and _is_indicator(words, cells, values, layout):
        found.indicator = column
    elif _ATTRIBUTE_NAME.search(words) or _PERIOD_NAME.search(words) or _is_free_text(cells):
        found.attributes.append(TextColumn(column, name, None))
    else:
        role = dimension_role(words, cells)
        if role == "other" and _is_long_text(cells):
            found.attributes.append(TextColumn(column, name, None))
            return
        digits = all(cell.isdigit() for cell in cells if cell)
        fallback = "code" if digits else "item" if role == "other" else role
        candidate = TextColumn(column, name if header else fallback, role)
        coded = digits or all(_SHORT_CODE.fullmatch(cell) for cell in cells if cell)
        found.candidates.append((candidate, bool(_CODE_NAME.search(words)) or coded))


def _name_codes(found: _Sorted, texts: list[tuple[int, str]], rows: list[GridRow]) -> None:
    """A column of codes (``XVII``, ``84``) with its names in the next column (``Description``,
    kept as an attribute for its long texts): the names are the dimension, the codes an
    attribute beside them."""
    headers = dict(texts)
    for index, (candidate, is_code) in enumerate(found.candidates):
        beside = next((a for a in found.attributes if a.column == candidate.column + 1), None)
        if not is_code or candidate.role in {None, "other"} or beside is None:
            continue
        named = _DESCRIPTION_NAME.search(header_words(headers.get(beside.column, "")))
        if not named and not _are_names([row.cell(beside.column) for row in rows]):
            continue
        found.attributes.remove(beside)
        found.attributes.append(TextColumn(candidate.column, candidate.name, None))
        found.candidates[index] = (TextColumn(beside.column, beside.name, candidate.role), False)


def _are_names(cells: list[str]) -> bool:
    """Cells of words (``Food and live animals``), not numbers or short codes."""
    present = [cell for cell in cells if cell]
    words = [cell for cell in present if sum(ch.isalpha() for ch in cell) >= 0.6 * len(cell)]
    return (
        bool(present)
        and len(words) == len(present)
        and not _is_long_text(present)
        and sum(len(cell) for cell in present) / len(present) >= 8
    )


def _demote_codes(
    candidates: list[tuple[TextColumn, bool]], texts: list[tuple[int, str]]
) -> list[tuple[TextColumn, bool]]:
    """A code column beside a named column of the same thing (``partnerCode`` beside
    ``partnerDesc``) is not a dimension of its own."""
    headers = dict(texts)
    stems = {
        _stem(headers[c.column]) for c, is_code in candidates if not is_code and c.role != "other"
    }
    result = []
    for column, is_code in candidates:
        if is_code and _stem(headers[column.column]) in stems:
            column = TextColumn(column.column, column.name, "other")
        result.append((column, is_code))
    return result


def _stem(header: str) -> str:
    words = header_words(header).split()
    return words[0] if words else ""


def _split_roles(
    candidates: list[tuple[TextColumn, bool]], rows: list[GridRow]
) -> tuple[list[TextColumn], list[TextColumn]]:
    """One column per role (names before codes, then the most values); the rest are optional."""
    dimensions: list[TextColumn] = []
    optional: list[TextColumn] = []
    by_role: dict[str, list[tuple[TextColumn, bool]]] = {}
    for column, is_code in candidates:
        by_role.setdefault(column.role or "other", []).append((column, is_code))
    for role, group in by_role.items():
        if role == "other":
            optional.extend(column for column, _ in group)
            continue
        ranked = sorted(group, key=lambda item: _rank(item, rows))
        dimensions.append(ranked[0][0])
        optional.extend(TextColumn(c.column, c.name, "other") for c, _ in ranked[1:])
    return dimensions, optional


def _rank(item: tuple[TextColumn, bool], rows: list[GridRow]) -> tuple[bool, int, int]:
    column, is_code = item
    return is_code, -len({row.cell(column.column) for row in rows}), column.column


def _is_month_labels(cells: list[str], layout: Layout) -> bool:
    """Row labels ``Jan``, ``Feb`` (or ``Q1``) under year columns: together they are months."""
    if not layout.wide or any(h.period.kind != "year" for h in layout.period_headers):
        return False
    present = [cell for cell in cells if cell]
    return bool(present) and all(_MONTH_LABEL.match(cell) for cell in present)


def _is_indicator(
    words: str, cells: list[str], values: tuple[ValueColumn, ...], layout: Layout
) -> bool:
    """A column naming what each row measures: ``indicator``, ``series name`` or, in a wide
    table, unique row labels such as ``Total exports (HK$ bn)``, ``Exports y-o-y (%)``."""
    if _INDICATOR_NAME.match(words):
        return len({v.group for v in values}) == 1 if layout.wide else len(values) == 1
    if not layout.wide:
        return False
    present = [cell for cell in cells if cell]
    if not present or len(set(present)) < len(present):
        return False
    # rows annotating the row above (a share, an index) and places are never measure cues
    present = [c for c in present if not derived_kind(c)] or present
    named = [c for c in present if place_key(c) is None]
    units = sum(1 for cell in named if find_unit(cell).text)
    cues = sum(1 for cell in named if find_unit(cell).text or _MEASURE_WORDS.search(cell))
    if cues / len(present) >= 0.5:
        return True
    return units > 0 and dimension_role(words, present) in {"flow", "other"}


def _is_free_text(cells: list[str]) -> bool:
    """Empty, or mostly urls and file paths."""
    present = [cell for cell in cells if cell]
    if not present:
        return True
    pathlike = sum(1 for cell in present if "://" in cell or re.search(r"\w/\w.*\.\w{2,4}$", cell))
    return pathlike / len(present) > 0.5


def _is_long_text(cells: list[str]) -> bool:
    present = [cell for cell in cells if cell]
    return bool(present) and sum(len(cell) for cell in present) / len(present) > 40


def _is_short_label(column: TextColumn, rows: list[GridRow], unit: int | None) -> bool:
    """An attribute that could still tell rows apart: few, short values (``nominal``/``real``)."""
    if column.column == unit:
        return False
    values = {row.cell(column.column) for row in rows} - {""}
    return 1 < len(values) <= 20 and all(len(value) <= 40 for value in values)


def _needed(
    rows: list[GridRow], key: list[int], optional: list[TextColumn], *, wide: bool
) -> list[TextColumn]:
    """The 'other' text columns the rows need to tell their values apart."""
    key = list(key)
    chosen: list[TextColumn] = []
    by_cardinality = sorted(optional, key=lambda c: len({r.cell(c.column) for r in rows}))
    share = _duplicate_share(rows, key)
    for candidate in by_cardinality:
        if share <= _DUPLICATE_LIMIT:
            break
        distinct = len({r.cell(candidate.column) for r in rows})
        if not wide and distinct >= 0.9 * len(rows) and len(rows) >= 5:
            continue
        narrower = _duplicate_share(rows, [*key, candidate.column])
        if narrower < share:
            key.append(candidate.column)
            chosen.append(candidate)
            share = narrower
    return chosen


def _duplicate_share(rows: list[GridRow], columns: list[int]) -> float:
    if not rows:
        return 0.0
    keys = Counter(tuple(row.cell(c) for c in columns) for row in rows)
    return sum(count for count in keys.values() if count > 1) / len(rows)


def _name(header: str, column: int) -> str:
    return slug(header) or f"column_{column + 1}"


def _unique_names(columns: list[TextColumn]) -> list[TextColumn]:
    seen: set[str] = set(RESERVED)
    result = []
    for column in columns:
        name, number = column.name, 2
        while name in seen:
            name, number = f"{column.name}_{number}", number + 1
        seen.add(name)
        result.append(TextColumn(column.column, name, column.role))
    return result

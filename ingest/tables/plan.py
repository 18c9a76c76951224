"""The plan of a table's columns: which hold values, dimensions, attributes, units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vectorstore.periods import Period
from vectorstore.records import DimensionRole


@dataclass(frozen=True)
class ValueColumn:
    """A column of numbers; ``period`` is set in wide layouts (the column's period);
    ``member`` is the dimension value its header names (``Japan`` in ``Month | Japan | USA``)."""

    column: int
    header: str
    period: Period | None = None
    group: str = ""
    percent: bool = False
    basis: str | None = None
    member: str = ""


@dataclass(frozen=True)
class TextColumn:
    """A text column kept as a dimension (``role`` set) or an attribute (``role`` None)."""

    column: int
    name: str
    role: DimensionRole | None


@dataclass(frozen=True)
class ColumnPlan:
    """The columns of one table, by what they hold."""

    values: tuple[ValueColumn, ...]
    dimensions: tuple[TextColumn, ...]
    attributes: tuple[TextColumn, ...]
    unit_column: int | None = None
    indicator_column: int | None = None
    month_column: int | None = None
    skipped: tuple[str, ...] = ()
    header_dimension: TextColumn | None = None


def header_words(header: str) -> str:
    """A header as lower-case words: ``partnerCode`` and ``partner_code`` -> ``partner code``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z0-9])", " ", header)
    spaced = spaced.replace("_", " ")
    return " ".join(spaced.lower().split())


def slug(text: str) -> str:
    """A column or measure name from a header: ``primaryValue`` -> ``primary_value``."""
    return re.sub(r"[\W_]+", "_", header_words(latin_part(text))).strip("_")


def latin_part(text: str) -> str:
    """The English of a bilingual cell (``中國內地 Chinese Mainland`` -> ``Chinese Mainland``);
    other text as it is."""
    if not re.search(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]", text):
        return text
    if len(re.findall(r"[A-Za-z]", text)) < 3:
        return text
    latin = re.sub(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+", " ", text)
    return " ".join(latin.split()).strip(" ,;:-/")

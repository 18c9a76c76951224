"""The table card: what a table holds, for retrieval and for plans.

The id is stable for a source path and sheet (``hk-monthly-trade-headlines-1a2b3c4d``); the
title comes from the title lines above the header, else from the file (and sheet) name.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ingest.tables.frame import TidyTable
from ingest.tables.measures import find_unit
from vectorstore.periods import frequency, parse
from vectorstore.records import TableCard

_ACRONYMS = frozenset(
    {"hk", "us", "usa", "uk", "eu", "yoy", "ytd", "hs", "sitc", "gdp", "csd", "asean", "sar"}
)
_UNIT_TOKENS = re.compile(
    r"\b(hk|us|usd|hkd|rmb|eur|gbp|dollars?|billions?|millions?|thousands?|trillions?|bn|mn|"
    r"mln|per ?cent|percent|values?|in|of|and|unit|units|tonnes?)\b"
)
_TABLE_WORDS = re.compile(r"export|import|trade|re-export", re.I)
_TABLE_START = re.compile(r"^\s*table\b", re.I)
_TITLE_LINE = re.compile(r"^\s*(table\s+)?title\s*[:：]\s*", re.I)
_METADATA = re.compile(r"^\s*[\w ]{2,25}\s*[:：]")
_TABLE_NUMBER = re.compile(r"^\s*table\s+[\w.-]+\s*[:.]?\s*$", re.I)
_TITLE_SKIP = re.compile(r"^\s*(unit|units|in|currency|values? in)\b[\s:]*", re.I)


def table_id(source: str, sheet: str | None, part: int = 1) -> str:
    """A stable id from the source path, sheet and (for stacked tables) the table's place:
    a readable slug and a short hash."""
    stem = Path(source).stem + (f" {sheet}" if sheet else "") + (f" {part}" if part > 1 else "")
    slug = re.sub(r"[^0-9a-z]+", "-", stem.lower()).strip("-")[:48].strip("-") or "table"
    key = f"{source}\x00{sheet or ''}" + (f"\x00{part}" if part > 1 else "")
    digest = hashlib.sha1(key.encode()).hexdigest()[:8]
    return f"{slug}-{digest}"


def readable_name(source: str, sheet: str | None = None) -> str:
    """``hk_monthly_trade_headlines_2023-12`` -> ``HK monthly trade headlines 2023-12``."""
    words = re.sub(r"[_\s]+", " ", Path(source).stem).strip().split()
    shown = [w.upper() if w.lower() in _ACRONYMS else w for w in words]
    title = " ".join(shown) or "Table"
    title = title[:1].upper() + title[1:]
    return f"{title} ({sheet})" if sheet else title


def split_above(above: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The title among the lines above the header, and the other lines (subtitles, units).

    A ``Title:`` line wins, then a ``Table 3 ...`` line, then a line about trade that is not
    a ``Key: value`` metadata line, then the first line with words."""
    candidates = [
        line for line in above if not _is_unit_line(line) and re.search(r"[^\W\d_]{3}", line)
    ]
    if not candidates:
        return None, above
    chosen = next(
        (
            line
            for test in (_TITLE_LINE.match, _TABLE_START.match, _about_trade)
            for line in candidates
            if test(line)
        ),
        candidates[0],
    )
    others = tuple(line for line in above if line is not chosen)
    title = _TITLE_LINE.sub("", chosen).strip() or chosen
    after = candidates[candidates.index(chosen) + 1 :]
    if _TABLE_NUMBER.match(title) and after:
        return f"{title}: {after[0]}", tuple(line for line in others if line is not after[0])
    return title, others


def _about_trade(line: str) -> bool:
    return bool(_TABLE_WORDS.search(line)) and not _METADATA.match(line)


def _is_unit_line(line: str) -> bool:
    if _TITLE_SKIP.match(line):
        return True
    if find_unit(line).text is None:
        return False
    stripped = line.strip()
    if stripped[:1] in "([" and stripped[-1:] in ")]":
        return True
    words = re.findall(r"[a-z]{3,}", _UNIT_TOKENS.sub(" ", stripped.lower()))
    return not words


def make_card(
    table: TidyTable,
    *,
    source: str,
    sheet: str | None,
    above: tuple[str, ...],
    notes: tuple[str, ...],
    single_sheet: bool,
    part: int = 1,
) -> TableCard:
    """The card of one tidy table (``part`` counts the tables stacked in one sheet)."""
    title, subtitles = split_above(above)
    if title is None:
        title = readable_name(source, None if single_sheet else sheet)
        title += f" (table {part})" if part > 1 else ""
    periods = sorted(set(table.frame["period"]), key=lambda p: (parse(p).start, parse(p).end))
    return TableCard(
        id=table_id(source, sheet, part),
        title=title,
        source=source,
        measures=table.measures,
        dimensions=table.dimensions,
        periods=tuple(periods),
        frequency=frequency(periods),
        rows=len(table.frame),
        attributes=table.attributes,
        notes=tuple(line for line in (*subtitles, *notes) if line),
        sheet=sheet,
    )

"""Conflicts inside one table that would make a figure wrong if one side were picked silently.

- *Units*: a title in ``HK$ million`` over a unit line in ``US$ thousand`` is a 1,000-fold and
  currency disagreement; the table is refused until the file says one thing.
- *Duplicate rows*: two rows giving different values for the same period, measure,
  dimensions and attributes (Japan 2025: 100 and 900). Neither value is used: both become
  missing, and a note on the card names the rows, so a question about that figure gets no
  number rather than a wrong one. Rows that name different sources are reports that
  disagree; answers show those side by side.
"""

from __future__ import annotations

import math

import pandas as pd

from ingest.errors import TableLayoutError
from ingest.tables.currency import find_currency
from ingest.tables.measures import Unit, find_unit, is_unit_only, unit_parts

_SHOWN_CONFLICTS = 5


def check_units(title: str | None, lines: tuple[str, ...], where: str) -> None:
    """Raise `TableLayoutError` when the title's unit and a unit line disagree."""
    if not title:
        return
    stated = find_unit(title)
    if not stated.text or stated.percent:
        return
    for line in lines:
        if not is_unit_only(line):
            continue
        units = [(find_currency(text), unit) for text, unit in unit_parts(line)]
        levels = [(currency, unit) for currency, unit in units if not unit.percent]
        if levels and all(_disagree(title, stated, c, u) for c, u in levels):
            raise TableLayoutError(
                where,
                f"the title gives the unit {stated.text} but the line {line!r} gives "
                f"{levels[0][1].text}; correct the file so that it states one unit",
            )


def _disagree(title: str, stated: Unit, currency: str | None, unit: Unit) -> bool:
    own = find_currency(title)
    if own and currency and own != currency:
        return True
    scales = (stated.scale, unit.scale)
    return all(s not in (None, 1.0) for s in scales) and scales[0] != scales[1]


def withhold_conflicts(
    frame: pd.DataFrame, keys: list[str]
) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The frame with conflicting duplicate values made missing, and notes naming them.
    Only the rows whose keys repeat are grouped (a large table has few or none: it is not
    copied)."""
    repeated = frame.duplicated(keys, keep=False) & frame["value"].notna()
    if not repeated.any():
        return frame, ()
    known = frame[repeated]
    spread = known.groupby(keys, sort=False, dropna=False)["value"].transform("nunique")
    clashing = known[spread > 1]
    if clashing.empty:
        return frame, ()
    groups = clashing.groupby(keys, sort=False, dropna=False)
    notes = [_describe(group, keys) for _, group in groups]
    frame = frame.copy()
    frame.loc[clashing.index, "value"] = math.nan
    if len(notes) > _SHOWN_CONFLICTS:
        more = len(notes) - _SHOWN_CONFLICTS
        notes = [*notes[:_SHOWN_CONFLICTS], f"... and {more} more such conflicts."]
    return frame, tuple(notes)


def _describe(group: pd.DataFrame, keys: list[str]) -> str:
    first = group.iloc[0]
    names = [str(first[c]) for c in keys if c != "period" and str(first[c])]
    rows = " and ".join(str(int(r)) for r in group["row"])
    values = " and ".join(f"{v:,.10g}" for v in group["value"])
    return (
        f"Rows {rows} give different values for {', '.join(names)} in {first['period']} "
        f"({values}); neither is "
        "used until the file is corrected."
    )

"""Rate rows: a growth rate a wide table prints as a row under a series.

Yearbooks print ``% change over a year earlier`` as a row directly under ``Total``,
not as a column. Read as it stands, that row would be a partner named "% change ..."
with levels in percent. `attach_rate_rows` gives its values to the row above instead,
as a change measure of that row's series (unit ``%``, basis ``yoy`` or ``mom``), and
says so in the card's notes.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from ingest.tables.frame import TidyTable
from lexicon.measures import derived_kind, rate_basis
from vectorstore.records import Dimension, Measure


def attach_rate_rows(table: TidyTable) -> TidyTable:
    """The table with each rate row given to the row above it (see the module docstring)."""
    frame = table.frame
    for dim in table.dimensions:
        labels = [v for v in dim.values if derived_kind(v)]
        if not labels or len(labels) == len(dim.values) or dim.name not in frame.columns:
            continue
        return _attached(table, dim, labels)
    return table


def attach_rate_measures(table: TidyTable) -> TidyTable:
    """A table read with one measure per row (``Total exports``, ``% change ...``,
    ``Imports``, ``% change ...``): each rate row is the rate of the level row above it,
    never one measure shared by the rates of different flows."""
    frame = table.frame
    shared = [m for m in table.measures if m.kind == "change_pct" and m.flow is None]
    if not shared or table.dimensions:
        return table
    by_row = frame.drop_duplicates("row").set_index("row")["measure"]
    levels = {m.name: m for m in table.measures if m.kind == "level"}
    measures = [m for m in table.measures if m not in shared]
    frame = frame.copy()
    for rate in shared:
        for row in sorted(set(frame.loc[frame["measure"] == rate.name, "row"])):
            parent = levels.get(str(by_row.get(row - 1, "")))
            if parent is None:
                return table  # not directly under a level row: leave the table as read
            made = replace(_rate_measure(parent, rate.label), label=f"{parent.label}, {rate.label}")
            if made.name not in {m.name for m in measures}:
                measures.append(made)
            frame.loc[(frame["row"] == row) & (frame["measure"] == rate.name), "measure"] = (
                made.name
            )
    return replace(table, frame=frame, measures=tuple(measures))


def annual_rates_are_yoy(table: TidyTable) -> TidyTable:
    """A rate of change published only for whole years compares each year with the one
    before: its basis is ``yoy`` even when the header does not say so ("Rate")."""
    measures = []
    for measure in table.measures:
        if measure.kind == "change_pct" and measure.basis is None:
            periods = set(table.frame.loc[table.frame["measure"] == measure.name, "period"])
            if periods and all(_YEAR.fullmatch(str(p)) for p in periods):
                measure = replace(measure, basis="yoy")
        measures.append(measure)
    return replace(table, measures=tuple(measures))


def rates_take_their_levels_flow(table: TidyTable) -> TidyTable:
    """A rate column printed right after a level column (``Exports | y/y % | Imports | y/y
    %``) is that level's rate: it takes the level's flow, so the imports' rate never answers
    for exports. A rate after another rate, or after a level without a flow, is left open."""
    measures = list(table.measures)
    levels = [m for m in measures if m.kind == "level"]
    for i, measure in enumerate(measures):
        if i == 0 or measure.flow or measure.kind not in ("change_pct", "share_pct"):
            continue
        before = measures[i - 1]
        if before.kind != "level" or not before.flow:
            continue
        # "Y-o-y change Total" after "Imports" names another level: not the imports' rate
        others = set().union(*(_words(m.label) for m in levels if m is not before))
        if not _words(measure.label) & (others - _words(before.label)):
            measures[i] = replace(measure, flow=before.flow)
    return replace(table, measures=tuple(measures))


def _words(label: str) -> set[str]:
    return set(re.findall(r"\w+", label.casefold()))


_YEAR = re.compile(r"\d{4}")


def _attached(table: TidyTable, dim: Dimension, labels: list[str]) -> TidyTable:
    frame = table.frame.copy()
    rows = frame.drop_duplicates("row").set_index("row")[dim.name]
    measures = list(table.measures)
    notes = list(table.notes)
    by_name = {m.name: m for m in table.measures}
    for label in labels:
        mine = frame[dim.name] == label
        for row in sorted(set(frame.loc[mine, "row"])):
            above = [r for r in rows.index if r < row and not derived_kind(str(rows[r]))]
            between = [r for r in rows.index if above and max(above) < r < row]
            if not above or any(not derived_kind(str(rows[r])) for r in between):
                return table  # not under a series (rates only between): leave as read
            if row - max(above) > 1 + len(between):
                return table
            parent = str(rows[max(above)])
            at = mine & (frame["row"] == row)
            for name in sorted(set(frame.loc[at, "measure"])):
                rate = _rate_measure(by_name[name], label)
                if rate.name not in {m.name for m in measures}:
                    measures.append(rate)
                    by_name[rate.name] = rate
                frame.loc[at & (frame["measure"] == name), "measure"] = rate.name
            frame.loc[at, dim.name] = parent
            notes.append(
                f"The row {label!r} (row {row}) is {_WHAT[derived_kind(label) or '']} of "
                f"{parent!r}: it is read as that series' {_AS[derived_kind(label) or '']}, not as "
                "a row of its own."
            )
    values = tuple(v for v in dim.values if v not in labels)
    dims = tuple(replace(d, values=values) if d.name == dim.name else d for d in table.dimensions)
    frame["measure"] = frame["measure"].astype(str)
    return TidyTable(
        pd.DataFrame(frame).reset_index(drop=True),
        tuple(measures),
        dims,
        table.attributes,
        tuple(notes),
    )


_WHAT = {"share_pct": "the share", "index": "an index", "change_pct": "the rate of change"}
_AS = {"share_pct": "share", "index": "index", "change_pct": "growth rate"}


def _rate_measure(level: Measure, label: str) -> Measure:
    kind = derived_kind(label)
    if kind == "share_pct":  # "% of total imports": the row's share of the table's total
        return Measure(
            name=f"{level.name}_share_pct",
            label=f"{level.label}, {label.strip()}",
            unit="%",
            kind="share_pct",
            flow=level.flow,
        )
    if kind == "index":  # "corresponding period of previous year = 100"
        return Measure(
            name=f"{level.name}_index",
            label=f"{level.label}, {label.strip()}",
            unit="index",
            kind="other",
            flow=level.flow,
            basis="yoy"
            if re.search(r"previous|preceding|year|corresponding", label, re.I)
            else None,
        )
    basis = rate_basis(label)
    return Measure(
        name=f"{level.name}_{basis}_pct",
        label=f"{level.label}, {label.strip()}",
        unit="%",
        kind="change_pct",
        flow=level.flow,
        basis=basis,
    )

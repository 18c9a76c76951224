"""Partners written as columns: ``Year | Total all countries | China | Australia ...``, or
inside the column names: ``Exports to EU | Exports to non-EU | Total exports``.

Some releases (Stats NZ, many yearbooks) put the periods in rows and one column per
partner. Read column by column, each partner would be a measure of its own, and the
total column could even be taken for a label. `partners_from_columns` turns such columns
into one measure (the table's flow) with a ``partner`` dimension, as a long table has it.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from ingest.tables.frame import TidyTable
from lexicon.places import place_key
from vectorstore.records import Dimension, Measure

_TOTAL = re.compile(r"^\s*(?:total|all|world)\b", re.I)
_NUMBER = re.compile(r"^\s*-?[\d,]+(?:\.\d+)?\s*$")
_MIN_PARTNERS = 3


def partners_from_columns(table: TidyTable, flow: str | None) -> TidyTable:
    """The table with partner columns melted into a ``partner`` dimension (see above)."""
    levels = [m for m in table.measures if m.kind == "level"]
    placed = [m for m in levels if place_key(m.label) is not None]
    if len(placed) < _MIN_PARTNERS or len(placed) < 0.6 * len(levels):
        return table
    if any(d.role == "partner" and not _numeric(d) for d in table.dimensions):
        return table
    if len({(m.unit, m.scale) for m in placed}) != 1:
        return table
    frame = table.frame
    numeric = [d for d in table.dimensions if _numeric(d) and d.name in frame.columns]
    first = placed[0]
    name = re.sub(r"\W+", "_", (flow or "value").lower()).strip("_") or "value"
    measure = Measure(name, (flow or "value").capitalize(), first.unit, "level", first.scale, flow)
    labels = {m.name: m.label for m in placed}
    parts = [
        frame[frame["measure"].isin(labels)].assign(
            partner=lambda f: f["measure"].map(labels), measure=name
        )
    ]
    for dim in numeric:  # a "Total all countries" column read as a label
        rows = frame.drop_duplicates(["row", "period"]).copy()
        rows["value"] = pd.to_numeric(rows[dim.name].astype(str).str.replace(",", ""))
        parts.append(rows.assign(partner=_label(dim.name), measure=name))
    drop = [d.name for d in numeric]
    melted = pd.concat(parts, ignore_index=True).drop(columns=drop, errors="ignore")
    others = tuple(d for d in table.dimensions if d not in numeric)
    partners = tuple(sorted(set(melted["partner"].astype(str))))
    note = (
        f"The columns {', '.join(repr(m.label) for m in placed[:3])} ... are trade partners: "
        "read as one measure with a partner dimension."
    )
    return replace(
        table,
        frame=melted.reset_index(drop=True),
        measures=(measure, *(m for m in table.measures if m not in placed)),
        dimensions=(Dimension("partner", "partner", partners), *others),
        notes=(*table.notes, note),
    )


def _numeric(dim: Dimension) -> bool:
    return bool(dim.values) and all(_NUMBER.match(str(v)) for v in dim.values)


def _label(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if _TOTAL.match(words) else words


_NAMED = re.compile(
    r"^(?P<flow>exports?|imports?|(?:trade )?balance)\s+(?:to|from|with)\s+(?P<who>.+)$", re.I
)
_TOTAL_FLOW = re.compile(r"^(?:total\s+)?(?P<flow>exports?|imports?|(?:trade )?balance)$", re.I)


def partners_from_measure_names(table: TidyTable) -> TidyTable:
    """``Exports to EU``, ``Exports to non-EU``, ``Total exports`` ...: one measure per flow
    with a ``partner`` dimension (``EU``, ``non-EU``, ``Total``)."""
    if any(d.role == "partner" for d in table.dimensions):
        return table
    split: dict[str, tuple[str, str]] = {}
    for m in table.measures:
        if m.kind != "level":
            continue
        named = _NAMED.match(m.label.strip()) or _TOTAL_FLOW.match(m.label.strip())
        if named is None:
            continue
        who = named.groupdict().get("who") or "Total"
        split[m.name] = (_flow_word(named.group("flow")), who.strip())
    partners = {who for _, who in split.values() if who != "Total"}
    if len(partners) < 2:
        return table
    by_name = {m.name: m for m in table.measures}
    frame = table.frame.copy()
    frame["partner"] = ""
    measures: list[Measure] = [m for m in table.measures if m.name not in split]
    made: dict[str, Measure] = {}
    for name, (flow, who) in split.items():
        old = by_name[name]
        if flow not in made:
            made[flow] = Measure(
                re.sub(r"\W+", "_", flow), flow.capitalize(), old.unit, "level", old.scale, flow
            )
            measures.append(made[flow])
        rows = frame["measure"] == name
        frame.loc[rows, "partner"] = who
        frame.loc[rows, "measure"] = made[flow].name
    kept = frame[frame["partner"] != ""]
    rest = frame[frame["partner"] == ""].drop(columns=["partner"])
    if not rest.empty:
        return table  # other measures share the rows: leave the table as read
    values = tuple(sorted(set(kept["partner"])))
    note = "Partners named in the column headers (" + ", ".join(sorted(partners)) + ") are "
    note += "read as a partner dimension."
    return replace(
        table,
        frame=kept.reset_index(drop=True),
        measures=tuple(measures),
        dimensions=(Dimension("partner", "partner", values), *table.dimensions),
        notes=(*table.notes, note),
    )


def _flow_word(text: str) -> str:
    low = text.lower()
    if "balance" in low:
        return "balance"
    return "exports" if low.startswith("export") else "imports"

"""Kinds of goods written under a flow in one label column.

Many publishers list, in one column of row labels, a flow's total and then the kinds of
goods it is made of (Statistics Iceland: ``Exports fob, total``, then ``Marine
products``, ``Industrial products``, ``of which aluminium ...``, then ``Imports fob,
total``). Read as one flow dimension, ``Marine products`` would be a flow of its own and
no question could reach it. `goods_under_flows` splits such a column: a row naming no
flow takes the flow of the nearest flow row above it, and its label becomes a value of a
new ``goods`` dimension (commodity role); the flow rows themselves are the ``Total`` of
their goods. A column whose values all name flows, or none of them, is left as it is.

`goods_named_as_a_flow` reads the other way round what a product table writes with the
flow's word in a group's name (Sri Lanka Customs: ``3. Mineral Exports`` above ``Total
Merchandise Exports``): when every value of the flow column names the same flow and one of
them is its total, the others are kinds of goods of that total.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from ingest.tables.frame import TidyTable
from ingest.tables.roles import flow_of
from vectorstore.records import Dimension, Measure

GOODS = "goods"
TOTAL = "Total"
_TOTAL = re.compile(r"^\s*total\b", re.I)


def goods_under_flows(table: TidyTable) -> TidyTable:
    """The table with kinds of goods moved out of its flow dimension (see the module)."""
    flows = [d for d in table.dimensions if d.role == "flow"]
    if len(flows) != 1 or any(d.name == GOODS for d in table.dimensions):
        return table
    dim = flows[0]
    named = {value: flow_of(value) for value in dim.values}
    goods = [value for value, flow in named.items() if flow is None]
    if not goods or len(goods) == len(named) or "row" not in table.frame.columns:
        return table
    frame = table.frame
    labels = frame[dim.name].astype(str).to_numpy(dtype=object)
    # the source row of each label (a wide layout: one row a label), flows by position
    first = frame.groupby(frame[dim.name].astype(str))["row"].min()
    if not set(named) <= set(first.index):
        return table
    first_row = {label: int(first[label]) for label in named}
    flow_rows = sorted((first_row[v], v) for v, f in named.items() if f is not None)
    parent: dict[str, str] = {}
    for value in goods:
        above = [label for row, label in flow_rows if row < first_row[value]]
        if not above:
            return table  # kinds of goods before any flow: not this layout
        parent[value] = above[-1]
    is_goods = np.isin(labels, goods)
    frame = frame.copy()
    frame[GOODS] = np.where(is_goods, labels, TOTAL)
    pairs = zip(labels, is_goods, strict=True)
    frame[dim.name] = [parent[label] if good else label for label, good in pairs]
    kept = tuple(v for v in dim.values if v not in parent)
    new_dims = tuple(replace(d, values=kept) if d is dim else d for d in table.dimensions)
    goods_dim = Dimension(GOODS, "commodity", (TOTAL, *goods))
    return replace(table, frame=frame, dimensions=(*new_dims, goods_dim))


def goods_named_as_a_flow(table: TidyTable) -> TidyTable:
    """The table with groups named after their flow moved into its goods (see the module).
    Every row takes the total's flow (a group's name written once and carried down over
    the rows below it included); a group's own row, which read ``Total`` in the table's
    one commodity dimension (or has none), takes the group's name there instead."""
    flows = [d for d in table.dimensions if d.role == "flow"]
    if len(flows) != 1 or len(flows[0].values) < 2:
        return table
    dim = flows[0]
    named = [flow_of(value) for value in dim.values]
    if None in named or len(set(named)) != 1:
        return table
    totals = [value for value in dim.values if _TOTAL.match(value)]
    goods = [d for d in table.dimensions if d.role == "commodity"]
    if len(totals) != 1 or len(goods) > 1:
        return table
    total = totals[0]
    target = goods[0].name if goods else GOODS
    frame = table.frame.copy()
    labels = frame[dim.name].fillna("").astype(str)
    own = frame[target].fillna(TOTAL).astype(str) if target in frame.columns else None
    group = (labels != total) & (labels != "")
    if own is not None:
        group &= own == TOTAL
    frame[target] = np.where(group, labels, own if own is not None else TOTAL)
    frame[dim.name] = total
    groups = tuple(v for v in dim.values if v != total)
    if goods:
        kept = goods[0]
        extra = tuple(v for v in groups if v not in kept.values)
        new_goods = replace(kept, values=(*kept.values, *extra))
        dims = tuple(
            new_goods if d is kept else replace(d, values=(total,)) if d is dim else d
            for d in table.dimensions
        )
    else:
        dims = tuple(replace(d, values=(total,)) if d is dim else d for d in table.dimensions)
        dims = (*dims, Dimension(GOODS, "commodity", (TOTAL, *groups)))
    return replace(table, frame=frame, dimensions=dims)


def goods_as_measures(table: TidyTable) -> TidyTable:
    """Kinds of goods written as columns after their flow's total (INDEC: ``Total
    exports``, ``Primary products (PP)``, ``Manufactures of agricultural origin (MOA)``
    ..., then ``Imports``): when the columns right after a total add up to it, they are
    kinds of goods of that total's flow, moved into a ``goods`` dimension."""
    if any(d.role == "commodity" for d in table.dimensions):
        return table
    measures = list(table.measures)
    for index, total in enumerate(measures):
        if total.kind != "level" or total.flow is None or not _TOTAL.match(total.label):
            continue
        parts = []
        for part in measures[index + 1 :]:
            if part.kind != "level" or part.flow is not None or part.unit != total.unit:
                break
            parts.append(part)
        if len(parts) >= 2 and _add_up(table, total.name, [p.name for p in parts]):
            return _moved(table, total.name, {p.name: _goods_label(p) for p in parts})
    return table


def _add_up(table: TidyTable, total: str, parts: list[str]) -> bool:
    """Whether, on every source row holding them all, the parts sum to the total (to 0.5%)."""
    frame = table.frame[table.frame["measure"].isin([total, *parts])]
    wide = frame.pivot_table(index=["row", "period"], columns="measure", values="value")
    wide = wide.dropna()
    if wide.empty or total not in wide.columns:
        return False
    summed = wide[parts].sum(axis=1)
    gap = (summed - wide[total]).abs() <= 0.005 * wide[total].abs() + 1.0
    return bool(gap.all())


def _goods_label(measure: Measure) -> str:
    """The label with the initials the header gave it (``Manufactures of industrial origin
    (MOI)``): people ask with them."""
    words = measure.name.split("_")
    label_words = re.findall(r"[a-z0-9]+", measure.label.lower())
    extra = words[len(label_words) :] if words[: len(label_words)] == label_words else []
    initials = "".join(extra)
    if 2 <= len(initials) <= 5 and initials.isalpha() and len(extra) == 1:
        return f"{measure.label} ({initials.upper()})"
    return measure.label


def _moved(table: TidyTable, total: str, parts: dict[str, str]) -> TidyTable:
    frame = table.frame.copy()
    names = frame["measure"].astype(str)
    is_part = names.isin(list(parts)).to_numpy()
    frame[GOODS] = np.where(is_part, names.map(parts).fillna(""), TOTAL)  # other flows: totals
    frame["measure"] = np.where(is_part, total, names)
    measures = tuple(m for m in table.measures if m.name not in parts)
    goods = Dimension(GOODS, "commodity", (TOTAL, *parts.values()))
    note = (
        f"The columns {', '.join(repr(v) for v in parts.values())} add up to the total "
        f"beside them: they are read as kinds of goods of it (dimension {GOODS!r})."
    )
    return replace(
        table, frame=frame, measures=measures, dimensions=(*table.dimensions, goods),
        notes=(*table.notes, note),
    )  # fmt: skip

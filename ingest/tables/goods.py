"""Kinds of goods written under a flow in one label column.

Many publishers list, in one column of row labels, a flow's total and then the kinds of
goods it is made of (Statistics Iceland: ``Exports fob, total``, then ``Marine
products``, ``Industrial products``, ``of which aluminium ...``, then ``Imports fob,
total``). Read as one flow dimension, ``Marine products`` would be a flow of its own and
no question could reach it. `goods_under_flows` splits such a column: a row naming no
flow takes the flow of the nearest flow row above it, and its label becomes a value of a
new ``goods`` dimension (commodity role); the flow rows themselves are the ``Total`` of
their goods. A column whose values all name flows, or none of them, is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ingest.tables.frame import TidyTable
from ingest.tables.roles import flow_of
from vectorstore.records import Dimension

GOODS = "goods"
TOTAL = "Total"


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
    rows = frame["row"].to_numpy()
    # the source row of each label (a wide layout: one row a label), flows by position
    first_row = {label: int(rows[labels == label].min()) for label in named}
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

"""Tables that list a flow only by parts (partners, commodities) with no total row.

The rule: when a question leaves a dimension open (no partner, no commodity) and a
table holds several rows for it with none of them a total ("Total", "World", "All
partners", "EU27_2020" ...), the engine never picks one row, and never adds the rows up
into a total either: a list of partners or sections is rarely complete, and a missing
value (``:``) would silently drop out of the sum. The answer says the table has no
total and names the values to choose from (`choices`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import formatting as fmt
from bot.resolve import build_series, flow_key, is_total
from bot.selection import Want, ambiguous, ordered_cards, slice_keys
from vectorstore.records import Dimension, TableCard

if TYPE_CHECKING:
    from bot.context import Context

_DIGIT = re.compile(r"\d")  # listed names must not look like numbers to the evidence check
_SHOWN = 12
_ROLE_WORDS = {"partner": "partner", "commodity": "commodity", "region": "region"}


def choices(ctx: Context, partner: str | None) -> list[str]:
    """One line per dimension that stops a table from answering because it has no total
    row: what the table lists, to choose from."""
    lines: list[str] = []
    seen: set[str] = set()
    for card in ordered_cards(ctx.source, ctx.plan):
        for dim in _blocking(ctx, card, partner):
            names = [v for v in dim.values if not _DIGIT.search(v)]
            key = f"{dim.name}:{','.join(names)}"
            if not names or key in seen:
                continue
            seen.add(key)
            shown = _listed(names[:_SHOWN]) + (", ..." if len(names) > _SHOWN else "")
            lines.append(
                f"The table of {ctx.flow_words} has no total row; it lists them only by "
                f"{_words(dim)}: {shown}. Name one of them; the rows are not added up into a total."
            )
    return lines[:2]


def _blocking(ctx: Context, card: TableCard, partner: str | None) -> list[Dimension]:
    """The dimensions without a total that alone keep the card from serving the plan."""
    flow = flow_key(ctx.flow)
    want = Want(("level",), ctx.flow, partner, ctx.plan.filters)
    given = {name.casefold() for name, _ in ctx.plan.filters}
    for measure in card.measures:
        if measure.kind != "level" or (measure.flow and flow_key(measure.flow) != flow):
            continue
        open_ = [d for d in card.dimensions if _open(d, given, partner, ctx.plan.intent)]
        keys = slice_keys(card, measure, want)
        if keys is not None:
            frame = ctx.source.frame(card.id)
            series = build_series(card, frame, measure, keys)
            chosen = {name for name, _ in keys}
            left = [d for d in open_ if d.name not in chosen]
            return left if left and ambiguous(series, frame) else []
        filled = tuple((d.name, d.values[0]) for d in open_)
        trial = Want(("level",), ctx.flow, partner, (*ctx.plan.filters, *filled))
        if open_ and slice_keys(card, measure, trial) is not None:
            return open_
    return []


def _open(dim: Dimension, given: set[str], partner: str | None, intent: str) -> bool:
    if dim.role == "flow" or dim.name.casefold() in given or len(dim.values) < 2:
        return False
    if dim.role == "partner" and (partner is not None or intent == "rank"):
        return False
    return not any(is_total(v) for v in dim.values)


def _listed(names: list[str]) -> str:
    """``a, b and c``; ``a; b; c`` when a name holds a comma (``Vehicles, aircraft``)."""
    if any("," in n for n in names):
        return "; ".join(names)
    return fmt.join_words(names)


def _words(dim: Dimension) -> str:
    return _ROLE_WORDS.get(dim.role) or dim.name.replace("_", " ")

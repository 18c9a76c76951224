"""Which reporting economy an answer is for, when the question names none.

When tables of several reporting economies could answer ("What were exports to China
in Q1 2025?" with Viet Nam's and Australia's tables ingested), the answer says whose
table it read (``Viet Nam (table: Exports of goods by main country ...): ...``) and
that the other economies' tables also hold the figure. With one economy, or none
known, the answer is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import formatting as fmt
from bot.context import Context, Findings
from bot.evidence import untraced
from vectorstore.records import TableCard

_TABLE_NUMBER = re.compile(r"^\s*table\s+[\w.\-]+\s*[:.\-\u2013]\s*", re.I)


def reporters_of(card: TableCard) -> set[str]:
    from bot.vocabulary import card_reporters

    return set(card_reporters(card))


def named(ctx: Context, found: Findings, handler: Callable[[Context], Findings]) -> Findings:
    """The findings with their economy and table named, when other economies' tables
    could answer the same plan too."""
    cards = {c.id: c for c in ctx.source.cards()}
    tables = [t for t in dict.fromkeys(f.table_id for f in found.figures) if t in cards]
    mine = {k for t in tables for k in reporters_of(cards[t])}
    if len(mine) != 1:
        return found
    key = next(iter(mine))
    others: dict[str, list[str]] = {}
    for card in cards.values():
        keys = reporters_of(card)
        if len(keys) == 1 and key not in keys:
            others.setdefault(next(iter(keys)), []).append(card.id)
    holding = [k for k, ids in others.items() if _answers(ctx, handler, k, ids)]
    if not holding:
        return found
    from lexicon.places import display_name

    name = display_name(key)
    title = _title(cards[tables[0]])
    where = f"{name} (table: {title})" if title else name
    also = fmt.join_words([display_name(k) for k in holding])
    lead = (
        f"{where}: {found.lead} Other economies' tables also hold figures for this "
        f"({also}); name the economy to get theirs, e.g. \"{display_name(holding[0])}'s "
        f'{ctx.flow}".'
    )
    return replace(found, lead=lead)


def _answers(
    ctx: Context, handler: Callable[[Context], Findings], key: str, table_ids: list[str]
) -> bool:
    """Whether another economy's tables answer the plan (with figures)."""
    from lexicon.places import display_name

    plan = replace(ctx.plan, reporter=display_name(key), table_ids=tuple(table_ids))
    other = handler(Context(plan, ctx.source))
    return other.answered and bool(other.figures)


def _title(card: TableCard) -> str:
    """The table's title without a leading ``Table 7.2:``; empty when it still holds
    numbers that are not years (the evidence check would refuse them)."""
    title = " ".join(_TABLE_NUMBER.sub("", card.title).split()).rstrip(".")
    return "" if not title or untraced(title, ()) else title

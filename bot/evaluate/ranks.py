"""The rank node: partners ordered by one series at one period, from one table.

Groupings (world, regions, trade blocs such as ASEAN or the euro area) are left out of a
ranking of countries, exclusions are matched by name or place, and an ordinal picks one
place ("the third largest"). Ties at the cut are named, never broken silently.
"""

from __future__ import annotations

from bot import figures as figs
from bot.evaluate.nodes import Evaluator, Value, _failed
from bot.plan.expressions import Rank
from bot.records import Figure
from bot.resolve import Series, is_region, is_total, same
from lexicon.groupings import is_grouping, is_residual, members_of
from lexicon.measures import is_rate_label
from lexicon.places import place_key


def rank(ev: Evaluator, node: Rank) -> Value:
    if node.over == "periods":
        return _rank_periods(ev, node)
    if node.over == "products":
        return _rank_products(ev, node)
    leaf = node.by
    ctx = ev.context(leaf)
    found = ctx.partners((leaf.measure,), leaf.period, leaf.basis)
    if node.countries_only:
        found = [s for s in found if not _grouping(s)]
    found = [s for s in found if not any(_same_place(s.partner or "", x) for x in node.exclude)]
    if node.among:  # "the weakest of the GCC states": its members only
        members = members_of(node.among)
        found = [s for s in found if place_key(s.partner or "") in members]
    items = []
    for series in found:
        obs = series.first(leaf.period)
        if obs is not None:
            items.append((obs.value, series, figs.published(series, obs)))
    if len(items) < 2:
        return _failed(f"{leaf.flow} by partner in {leaf.period}")
    return _chosen(node, items)


Item = tuple[float, Series, Figure]


def _chosen(node: Rank, items: list[Item]) -> Value:
    items.sort(key=lambda item: item[0], reverse=node.order == "desc")
    if node.nth is not None:
        if node.nth > len(items):
            return _failed(f"a partner in place {node.nth} (the table lists {len(items)})")
        chosen = [items[node.nth - 1]]
    else:
        chosen = items if node.top is None else items[: node.top]
    edge = chosen[-1][0]
    ties = [i for i in items if i[0] == edge and i not in chosen]
    if ties:
        return _failed("a single partner: several share that place")
    figures = tuple(f for _, _, f in chosen)
    names = tuple(_name(series, node) for _, series, _ in chosen)
    return Value(figures[0], figures, anchor=chosen[0][1], names=names)


def _name(series: Series, node: Rank) -> str:
    """What was ranked, as the table writes it: the partner, or a product."""
    if node.over == "periods":
        return ""
    if node.over == "products":
        roles = {d.name: d.role for d in series.card.dimensions}
        return next((v for k, v in series.keys if roles.get(k) == "commodity"), "")
    return series.partner or ""


def _rank_products(ev: Evaluator, node: Rank) -> Value:
    """The products of one table ranked by one series (its total row left out)."""
    leaf = node.by
    if node.level == "groups" and leaf.measure != "level":
        # which rows are groups is told by their levels adding up, never by their rates
        return _failed(f"the {leaf.measure.replace('_pct', '')} of groups of products")
    found = ev.series(leaf, at=False)
    cards = [s.card for s in found if s.card.dimension("commodity") is not None]
    if not cards:
        return _failed(f"{leaf.flow} by product in {leaf.period}")
    card = cards[0]
    dim = card.dimension("commodity")
    assert dim is not None
    items = []
    for product in dim.values:
        if is_total(product) or is_rate_label(product):
            continue
        one = leaf.model_copy(update={"filters": (*leaf.filters, (dim.name, product))})
        value = ev.value(one)
        anchor = value.anchor
        if value.figure is not None and anchor is not None and anchor.card.id == card.id:
            items.append((value.figure.value, anchor, value.figure))
    items = _without_subtotals(items, leaf.period, node.level)
    items = [i for i in items if not is_residual(_name(i[1], node))]
    if len(items) < 2:
        return _failed(f"{leaf.flow} by product in {leaf.period}")
    return _chosen(node, items)


def _without_subtotals(items: list[Item], period: str, level: str | None = None) -> list[Item]:
    """Rows that add up the rows right below them (a sector over its products) are
    subtotals: left out of a ranking of products; a ranking of groups (``level`` "groups":
    sectors, sections) keeps them and leaves out the rows they add up instead."""
    rows = []
    for item in items:
        obs = item[1].first(period)
        rows.append((obs.row if obs is not None else -1, item))
    rows.sort(key=lambda pair: pair[0])
    keep, groups, covered = [], [], set()
    for i, (_, item) in enumerate(rows):
        total, size = 0.0, 0
        for _, below in rows[i + 1 :]:
            total += below[0]
            size += 1
            if abs(total - item[0]) <= max(0.051, abs(item[0]) * 1e-4) and total != below[0]:
                break
            if total > item[0] + abs(item[0]) * 1e-4 + 0.051:
                size = 0
                break
        else:
            size = 0
        if size:
            groups.append(item)
            covered |= set(range(i + 1, i + 1 + size))
        else:
            keep.append(item)
    if level == "groups":
        return [*groups, *(item for j, (_, item) in enumerate(rows) if j not in covered
                           and item in keep)]  # fmt: skip
    return keep


def _rank_periods(ev: Evaluator, node: Rank) -> Value:
    """The periods of a span ranked by one series (``the second-highest month``)."""
    pieces = _pieces(node.by.period, node.grain or "month")
    if not pieces:
        return _failed(f"the {node.grain or 'month'}s of {node.by.period}")
    items = []
    for piece in pieces:
        found = ev.value(node.by.model_copy(update={"period": piece}))
        if found.figure is not None and found.anchor is not None:
            items.append((found.figure.value, found.anchor, found.figure))
    if len(items) * 2 < len(pieces):
        return _failed(f"{node.by.flow} for most {node.grain or 'month'}s of {node.by.period}")
    if len({s.card.id for _, s, _ in items}) > 1:
        return _failed("values from one table")
    return _chosen(node, items)


def _pieces(period: str, grain: str) -> list[str]:
    from bot.resolve import split_period
    from vectorstore.periods import parse

    try:
        whole = parse(period)
    except ValueError:
        return []
    if grain == "year":
        first, last = whole.start // 12, whole.end // 12
        return [str(y) for y in range(first, last + 1) if y * 12 >= whole.start]
    return split_period(whole, grain) or []


def _grouping(series: Series) -> bool:
    name = series.partner or ""
    return is_region(name) or is_grouping(name)


def _same_place(name: str, excluded: str) -> bool:
    if same(name, excluded):
        return True
    mine, theirs = place_key(name), place_key(excluded)
    return mine is not None and mine == theirs

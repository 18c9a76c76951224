"""Series across a dimension: every partner's value for a period, and values near a number.

Rankings read one slice per partner; claim checks look for a stated number anywhere.
Both only read the rows they need, so they stay fast on tables of a million rows.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt
import pandas as pd

from bot.lookup import INDEXES
from bot.records import QueryPlan
from bot.resolve import (
    Observation,
    Series,
    TableSource,
    build_series,
    is_total,
    is_ytd,
    measure_precision,
    observations_of,
    series_rows,
    split_period,
)
from bot.selection import (
    ANY_PARTNER,
    Want,
    adjusts_by_dimension,
    ambiguous,
    ordered_cards,
    score,
    seasonally_adjusted,
    slice_keys,
)
from vectorstore.periods import parse
from vectorstore.records import Measure, TableCard


def partners_at(source: TableSource, plan: QueryPlan, want: Want, period: str) -> list[Series]:
    """Every partner with a value for the period, one series each (the best fitting)."""
    cards = ordered_cards(source, plan)
    tables = [_partners_in(source, plan, want, period, card) for card in cards]
    # one table: partners ranked across tables of different reporters or units mislead
    return max(tables, key=len, default=[])


def _partners_in(
    source: TableSource, plan: QueryPlan, want: Want, period: str, card: TableCard
) -> list[Series]:
    best: dict[str, tuple[float, Series]] = {}
    anyone = replace(want, partner=ANY_PARTNER, period=period)
    dim = card.dimension("partner")
    if dim is None:
        return []
    frame: pd.DataFrame | None = None
    adjusted = getattr(plan, "adjustment", None) == "sa"
    for measure in card.measures:
        keys = slice_keys(card, measure, anyone) if measure.kind in want.kinds else None
        if keys is None:
            continue
        if seasonally_adjusted(measure) != adjusted and not adjusts_by_dimension(card):
            continue  # adjusted figures answer adjusted questions only, and only those
        frame = source.frame(card.id) if frame is None else frame
        for series in _split_by(card, frame, measure, keys, dim.name, period, around(period)):
            fit = score(series, plan, anyone)
            name = (series.partner or "").casefold()
            if name and (name not in best or best[name][0] < fit):
                best[name] = (fit, series)
    return [series for _, series in best.values()]


def around(period: str) -> set[str]:
    """A period and the ones a ranking compares it with (a month and a year before)."""
    try:
        parsed = parse(period)
    except ValueError:
        return {period}
    shifts = (0, -12, -1, -parsed.length)
    found: set[str] = set()
    for shift in shifts:
        moved = parsed.shift(shift)
        found.add(str(moved))
        for kind in ("month", "quarter", "half", "year"):
            found.update(split_period(moved, kind) or ())  # the parts a span is summed from
    return found


def _split_by(
    card: TableCard,
    frame: pd.DataFrame,
    measure: Measure,
    keys: tuple[tuple[str, str], ...],
    name: str,
    period: str,
    keep: set[str],
) -> list[Series]:
    decimals = measure_precision(card, frame, measure.name)
    rows = series_rows(card, frame, measure.name, keys, None if is_ytd(measure) else keep)
    found: list[Series] = []
    observations = observations_of(card, measure, rows)  # all at once, split below
    for label, positions in _groups(rows[name].astype(str).to_numpy(dtype=object)):
        if is_total(label):
            continue
        mine = tuple(observations[i] for i in positions)
        series = Series(card, measure, (*keys, (name, label)), mine, decimals)
        if series.at(period) and not ambiguous(series, frame):
            found.append(series)
    return found


def _groups(labels: npt.NDArray[np.object_]) -> list[tuple[str, npt.NDArray[np.intp]]]:
    """The positions of each label, labels in order of first appearance (what
    ``groupby(sort=False).indices`` gives, without pandas' per-group overhead)."""
    codes, uniques = pd.factorize(labels)
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return [(str(uniques[codes[g[0]]]), g) for g in np.split(order, bounds) if len(g)]


def near(
    card: TableCard, frame: pd.DataFrame, names: list[str], target: float, tolerance: float
) -> pd.DataFrame:
    """The rows of the measures named whose value is within the tolerance of a target."""
    index = INDEXES.of(card, frame)
    if index is None:
        close = (frame["value"] - target).abs() <= tolerance
        return frame[frame["measure"].isin(names) & close]
    found = [index.near(name, target, tolerance) for name in dict.fromkeys(names)]
    return index.frame.take(np.sort(np.concatenate(found)) if found else [])


def matching_values(
    source: TableSource, plan: QueryPlan, kinds: tuple[str, ...], target: float, tolerance: float
) -> list[tuple[Series, Observation]]:
    """Every published value within the tolerance of a target, with its series."""
    found: list[tuple[Series, Observation]] = []
    for card in ordered_cards(source, plan):
        names = [m.name for m in card.measures if m.kind in kinds]
        if not names:
            continue
        frame = source.frame(card.id)
        for rec in near(card, frame, names, target, tolerance).to_dict("records")[:20]:
            measure = card.measure(str(rec["measure"]))
            assert measure is not None
            keys = tuple(
                (d.name, str(rec[d.name])) for d in card.dimensions if pd.notna(rec.get(d.name))
            )
            series = build_series(card, frame, measure, keys)
            obs = next((o for o in series.observations if o.row == int(rec["row"])), None)
            if obs is not None:
                found.append((series, obs))
    return found

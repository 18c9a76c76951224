"""Which values may be combined into one figure.

A ratio, share, balance, difference or sum takes all its operands from one table, or
from tables of the same reporting economy in the same unit and currency. New Zealand's
balance over the EU's imports (NZ$ bn over EUR million) is a wrong number, so every
place that combines values from two series asks `combinable` first. Within one table,
series of different reporters (a reporter column) are different economies too.
"""

from __future__ import annotations

from functools import lru_cache

from bot.resolve import Series
from vectorstore.records import TableCard


@lru_cache(maxsize=512)
def _reporters(card: TableCard) -> tuple[tuple[str, tuple[str, str] | None], ...]:
    from bot.vocabulary import card_reporters

    return tuple(card_reporters(card).items())


def economy(series: Series) -> frozenset[str]:
    """The reporting economies a series is about (by place key); empty when unknown.
    With a reporter column, only the reporter the series selects."""
    from bot.vocabulary import is_reporter_name
    from lexicon.places import place_key

    picked = {
        place_key(value) or value.casefold()
        for name, value in series.keys
        if is_reporter_name(name)
    }
    keys = _reporters(series.card)
    chosen = {key for key, selector in keys if selector is not None and selector in series.keys}
    return frozenset(picked or chosen or (key for key, selector in keys if selector is None))


def same_economy(a: Series, b: Series) -> bool:
    """Both series report the same economy: one table (with the same reporter), or
    tables whose economy is known and the same."""
    mine, theirs = economy(a), economy(b)
    if a.card.id == b.card.id:
        return mine == theirs
    return bool(mine) and mine == theirs


def same_unit(a: Series, b: Series) -> bool:
    """The same unit and currency, written the same way, at the same scale."""
    if _unit(a) != _unit(b):
        return False
    scales = (a.measure.scale, b.measure.scale)
    return None in scales or scales[0] == scales[1]


def combinable(a: Series, b: Series) -> bool:
    """Values of the two series may be added, subtracted or divided."""
    return same_unit(a, b) and same_economy(a, b)


def _unit(series: Series) -> str:
    return " ".join(series.unit.split()).casefold()


def relative(series: Series, *values: float) -> bool:
    """Whether a percentage change of these values means something: never for a trade
    balance (it changes sign), and only when every value is above zero; otherwise the
    change is reported as an amount."""
    return series.flow != "balance" and all(v > 0 for v in values)

"""The names a plan may use: the tables' flows, partners, dimension values, measures, periods.

`Glossary.from_cards(cards)` is read from the table cards alone. A language model sees
`Glossary.describe` (trimmed to the tables the question is most likely about), and every
name in the plan it returns must pass `Glossary.check`: a partner, filter, measure label or
reporter no table holds, a period that is not canonical, or a number the question never
states makes the plan unusable (the rule planner answers instead).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.plan.expressions import (
    Cagr,
    Change,
    ClaimCheck,
    Compare,
    Count,
    Difference,
    Exists,
    Expr,
    Intent,
    Mean,
    Plan,
    Rank,
    Ratio,
    Select,
    Sum,
)
from bot.vocabulary import canonical_flow, card_reporters, measure_flow
from lexicon.places import code_key, display_name, place_key
from vectorstore.periods import canonical, parse
from vectorstore.records import TableCard

_CHILDREN: dict[type, tuple[str, ...]] = {
    Sum: ("terms",),
    Mean: ("terms",),
    Exists: ("terms",),
    Count: ("terms",),
    Difference: ("left", "right"),
    Compare: ("left", "right"),
    Ratio: ("part", "whole"),
    Change: ("now", "before"),
    Cagr: ("first", "last"),
    ClaimCheck: ("expr",),
}
# the nodes a model's plan may use: these are the ones whose names and numbers are checked
CHECKED = frozenset({Select, Rank, *_CHILDREN})
FLOWS = ("exports", "imports", "re-exports", "domestic exports", "balance", "trade")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


class UnknownNameError(ValueError):
    """A plan names something the tables do not hold (the message says what)."""


@dataclass(frozen=True)
class Glossary:
    """What the ingested tables hold, by name."""

    cards: tuple[TableCard, ...]
    partners: dict[str, str] = field(default_factory=dict)  # casefold or place key -> as held
    filters: dict[str, dict[str, str]] = field(default_factory=dict)  # dimension -> values
    labels: dict[str, str] = field(default_factory=dict)  # casefold label -> label
    reporters: frozenset[str] = frozenset()  # place keys

    @classmethod
    def from_cards(cls, cards: Iterable[TableCard]) -> Glossary:
        cards = tuple(cards)
        partners: dict[str, str] = {}
        filters: dict[str, dict[str, str]] = {}
        for card in cards:
            for dim in card.dimensions:
                if dim.role in ("partner", "region"):
                    for value in dim.values:
                        partners.setdefault(value.casefold(), value)
                        key = place_key(value) or code_key(value)
                        if key:
                            partners.setdefault(key, value)
                elif dim.role != "flow":
                    held = filters.setdefault(dim.name.casefold(), {})
                    held.update({v.casefold(): v for v in dim.values})
        labels = {m.label.casefold(): m.label for c in cards for m in c.measures}
        reporters = frozenset(k for c in cards for k in card_reporters(c))
        return cls(cards, partners, filters, labels, reporters)

    def describe(
        self, question: str, table_ids: Sequence[str] = (), *, tables: int = 6, names: int = 40
    ) -> str:
        """The vocabulary as prompt text, trimmed: the tables the question is likely about
        first, and in each dimension the values the question names first."""
        rank = {t: i for i, t in enumerate(table_ids)}
        cards = sorted(self.cards, key=lambda c: rank.get(c.id, len(rank)))[:tables]
        text = question.casefold()
        return "\n\n".join(_card_text(c, text, names) for c in cards) or "(no tables)"

    def check(self, plan: Plan, question: str) -> Plan:
        """The plan with names spelt as the tables hold them; `UnknownNameError` otherwise."""
        stated = {_plain(n) for n in _NUMBER.findall(question)}
        return plan.model_copy(
            update={"parts": tuple(self._checked(p, stated) for p in plan.parts)}
        )

    def _checked(self, expr: Expr, stated: set[str]) -> Expr:
        if isinstance(expr, Intent):
            raise UnknownNameError("a built-in intent (the model may only compose series)")
        if isinstance(expr, Select):
            return self._leaf(expr)
        if isinstance(expr, Rank):
            exclude = tuple(self._partner(p) for p in expr.exclude)
            return expr.model_copy(update={"by": self._leaf(expr.by), "exclude": exclude})
        if isinstance(expr, ClaimCheck | Exists | Count):
            # signed as meant ("fell 1.2%" is -1.2): the question writes the magnitude
            number = abs(expr.stated if isinstance(expr, ClaimCheck) else expr.threshold)
            if _plain(f"{number:g}") not in stated and _plain(f"{number}") not in stated:
                raise UnknownNameError(f"the number {number:g}, which the question does not state")
        names = _CHILDREN.get(type(expr))
        if names is None:  # a node this check does not know: refused, never passed unchecked
            raise UnknownNameError(f"the operation {expr.op!r}")
        update = {name: self._field(getattr(expr, name), stated) for name in names}
        return expr.model_copy(update=update)

    def _field(self, value: Expr | tuple[Expr, ...], stated: set[str]) -> object:
        if isinstance(value, tuple):
            return tuple(self._checked(v, stated) for v in value)
        return self._checked(value, stated)

    def _leaf(self, leaf: Select) -> Select:
        if leaf.flow not in FLOWS:
            raise UnknownNameError(f"the flow {leaf.flow!r}")
        try:
            period = canonical(parse(leaf.period))
        except ValueError:
            raise UnknownNameError(f"the period {leaf.period!r}") from None
        partner = self._partner(leaf.partner) if leaf.partner else None
        filters = tuple(self._filter(d, v) for d, v in leaf.filters)
        label = leaf.label
        if label is not None:
            label = self.labels.get(label.casefold())
            if label is None:
                raise UnknownNameError(f"the measure {leaf.label!r}")
        if leaf.reporter and (place_key(leaf.reporter) or "") not in self.reporters:
            raise UnknownNameError(f"the reporting economy {leaf.reporter!r}")
        return leaf.model_copy(
            update={"period": period, "partner": partner, "filters": filters, "label": label}
        )

    def _partner(self, name: str) -> str:
        held = self.partners.get(name.casefold())
        key = place_key(name) or code_key(name)
        if held is None and key:
            held = self.partners.get(key)
        if held is None:
            raise UnknownNameError(f"the partner {name!r}")
        return held

    def _filter(self, dimension: str, value: str) -> tuple[str, str]:
        held = self.filters.get(dimension.casefold(), {})
        if value.casefold() not in held:
            raise UnknownNameError(f"the {dimension} {value!r}")
        names = (d.name for c in self.cards for d in c.dimensions)
        name = next(n for n in names if n.casefold() == dimension.casefold())
        return (name, held[value.casefold()])


def _plain(number: str) -> str:
    text = number.replace(",", "")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _card_text(card: TableCard, question: str, names: int) -> str:
    lines = [f"Table {card.title}"]
    reporters = [display_name(k) for k in card_reporters(card)]
    if reporters:
        lines.append(f"  reporting economy: {', '.join(reporters)}")
    for measure in card.measures:
        flow = measure_flow(measure) or canonical_flow(card.title) or "-"
        basis = f"; basis {measure.basis}" if measure.basis else ""
        lines.append(
            f"  measure: {measure.label} [flow {flow}; kind {measure.kind}; "
            f"unit {measure.unit or '-'}{basis}]"
        )
    for dim in card.dimensions:
        values = sorted(dim.values, key=lambda v: v.casefold() not in question)
        more = len(values) - names
        shown = ", ".join(values[:names]) + (f" (+{more} more)" if more > 0 else "")
        lines.append(f"  {dim.role} dimension {dim.name}: {shown}")
    if card.periods:
        lines.append(f"  periods: {card.periods[0]} .. {card.periods[-1]} ({len(card.periods)})")
    return "\n".join(lines)

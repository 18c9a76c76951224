"""The count node: how many periods pass a test ("in how many months of 2025 did exports
exceed NOK 140,000 million?", "in how many years did exports fall?").

Every period asked must have a value, or the count is refused and the missing ones are
named: a count over part of a span would be a different answer. The threshold is read in
the question's unit and converted to the table's, as for "ever" questions.
"""

from __future__ import annotations

from bot import formatting as fmt
from bot.evaluate.nodes import _TESTS, Evaluator, Value, _failed, in_unit
from bot.marks import derived_mark
from bot.plan.expressions import Count
from bot.records import Figure
from vectorstore.periods import label as period_label

_SIGNS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def count(ev: Evaluator, node: Count) -> Value:
    values = [ev.value(t) for t in node.terms]
    missing = [m for v in values for m in v.missing]
    if missing:
        return _failed(*missing)
    have = [v for v in values if v.figure is not None and v.anchor is not None]
    if len(have) != len(values) or not have:
        return _failed("a value for every period asked")
    scaled = in_unit(have, node.unit)
    if isinstance(scaled, Value):
        return scaled
    test = _TESTS[node.test]
    passed = [v for x, v in scaled if test(x, node.threshold)]
    figures = tuple(v.figure for v in have if v.figure is not None)
    hits = [f for v in passed if (f := v.figure) is not None]
    listed = ", ".join(f"{period_label(f.period or '')} ({f.display})" for f in hits) or "none"
    threshold = fmt.number(node.threshold, fmt.written_decimals(node.threshold))
    n = len(passed)
    first = figures[0]
    fig = Figure(
        label=f"Number of periods with {first.label.split(',')[0]} {_SIGNS[node.test]} "
        f"{threshold}, of {len(figures)}",
        value=float(n),
        unit="count",
        formula=f"periods {_SIGNS[node.test]} {threshold}: {listed} = {n} of {len(figures)}",
        sources=tuple(dict.fromkeys(s for f in figures for s in f.sources)),
        display=str(n),
        period=figures[-1].period,
        table_id=first.table_id,
        names=tuple(dict.fromkeys(name for f in figures for name in f.names)),
        mark=derived_mark(*figures),
    )
    return Value(fig, (*figures, fig), anchor=have[0].anchor, operands=tuple(hits))

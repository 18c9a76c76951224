"""The plan language as data: JSON round trips, the version, the schema, strict fields, and
the `leaves`/`ops` helpers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

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
    leaves,
    ops,
    schema,
)

JAPAN = Select(
    flow="imports",
    partner="Japan",
    filters=(("commodity", "XVI Machinery"),),
    period="2024-03",
)
KOREA = JAPAN.model_copy(update={"partner": "Korea, Republic of"})
RATE = Select(measure="change_pct", basis="yoy", adjustment="sa", period="2025-03")
TOTAL = Select(period="2024-03")

EXAMPLES: dict[str, Expr] = {
    "series": JAPAN,
    "sum": Sum(over="partners", terms=(JAPAN, KOREA)),
    "mean": Mean(over="periods", terms=(RATE, RATE.model_copy(update={"period": "2025-02"}))),
    "difference": Difference(left=TOTAL, right=TOTAL.model_copy(update={"period": "2023-03"})),
    "ratio": Ratio(part=Sum(over="partners", terms=(JAPAN, KOREA)), whole=TOTAL),
    "change": Change(now=TOTAL, before=TOTAL.model_copy(update={"period": "2023-03"})),
    "cagr": Cagr(first=Select(period="2021"), last=Select(period="2024"), years=3.0),
    "rank": Rank(
        by=Select(period="2024"), order="asc", nth=3, exclude=("Japan",), countries_only=False
    ),
    "any": Exists(
        terms=(Select(flow="imports", period="2025-01"), Select(flow="imports", period="2025-02")),
        test="lt",
        threshold=400.0,
        unit="HK$ bn",
    ),
    "count": Count(
        terms=(Select(flow="exports", period="2025-01"), Select(flow="exports", period="2025-02")),
        test="gt",
        threshold=140000.0,
        unit="NOK mn",
    ),
    "compare": Compare(left=JAPAN, right=KOREA, test="gt"),
    "claim": ClaimCheck(
        stated=-1210.9,
        unit="S$ mn",
        text="a deficit of S$ 1,210.9 million",
        expr=Select(flow="balance", period="2025-05"),
    ),
    "intent": Intent(intent="lookup", query={"intent": "lookup", "periods": ["2024"]}),
}


def _through_json(plan: Plan) -> Plan:
    return Plan.from_dict(json.loads(json.dumps(plan.to_dict())))


def _schema_ops() -> set[str]:
    parts = schema()["properties"]["parts"]["items"]
    return set(parts["discriminator"]["mapping"])


def test_every_node_survives_a_json_round_trip() -> None:
    for op, expr in EXAMPLES.items():
        plan = Plan(parts=(expr,))
        again = _through_json(plan)
        assert again == plan, op
        assert again.parts[0].op == op
        assert again.to_dict() == plan.to_dict(), op


def test_the_examples_cover_every_op_the_schema_names() -> None:
    assert set(EXAMPLES) == _schema_ops()


def test_a_two_part_plan_keeps_its_parts_in_order() -> None:
    plan = Plan(parts=(EXAMPLES["series"], EXAMPLES["change"]))
    assert [p.op for p in _through_json(plan).parts] == ["series", "change"]


def test_filters_come_back_as_hashable_pairs() -> None:
    again = _through_json(Plan(parts=(JAPAN,))).parts[0]
    assert isinstance(again, Select)
    assert again.filters == (("commodity", "XVI Machinery"),)
    assert {again: 1}[JAPAN] == 1  # leaves are cached by value in the evaluator


def test_the_version_is_written_and_checked() -> None:
    data = Plan(parts=(TOTAL,)).to_dict()
    assert data["version"] == 1
    del data["version"]
    assert Plan.from_dict(data).version == 1
    with pytest.raises(ValidationError):
        Plan.from_dict({**data, "version": 2})


def test_the_schema_names_every_op_and_is_json() -> None:
    data = schema()
    text = json.dumps(data)
    assert data["properties"]["version"]["const"] == 1
    for op in EXAMPLES:
        assert f'"{op}"' in text
    assert _schema_ops() >= {
        "series", "sum", "mean", "difference", "ratio", "change", "cagr", "rank", "any",
        "count", "claim", "intent",
    }  # fmt: skip


EXTRA: list[dict[str, Any]] = [
    {"version": 1, "parts": [{"op": "series", "period": "2024"}], "note": "x"},
    {"parts": [{"op": "series", "period": "2024", "economy": "Singapore"}]},
    {
        "parts": [
            {
                "op": "sum",
                "over": "partners",
                "terms": [{"op": "series", "period": "2024"}, {"op": "series", "period": "2023"}],
                "weights": [1, 2],
            }
        ]
    },
    {"parts": [{"op": "rank", "by": {"op": "series", "period": "2024"}, "limit": 3}]},
]


def test_extra_fields_are_refused() -> None:
    for data in EXTRA:
        with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
            Plan.from_dict(data)


INVALID: list[dict[str, Any]] = [
    {"parts": []},
    {"parts": [{"op": "execute", "code": "1 + 1"}]},
    {"parts": [{"op": "series"}]},
    {"parts": [{"op": "series", "period": "2024", "measure": "price"}]},
    {"parts": [{"op": "sum", "over": "partners", "terms": [{"op": "series", "period": "2024"}]}]},
    {
        "parts": [
            {
                "op": "cagr",
                "first": {"op": "series", "period": "2021"},
                "last": {"op": "series", "period": "2024"},
                "years": 0,
            }
        ]
    },
    {"parts": [{"op": "rank", "by": {"op": "series", "period": "2024"}, "nth": 0}]},
    {"parts": [{"op": "any", "terms": [], "test": "lt", "threshold": 1}]},
    {
        "parts": [
            {
                "op": "compare",
                "left": {"op": "series", "period": "2024"},
                "right": {"op": "series", "period": "2023"},
                "test": "between",
            }
        ]
    },
]


def test_invalid_plans_are_refused() -> None:
    for data in INVALID:
        with pytest.raises(ValidationError):
            Plan.from_dict(data)


def test_nodes_are_frozen() -> None:
    with pytest.raises(ValidationError):
        TOTAL.period = "2025"  # type: ignore[misc]


def test_leaves_in_order_through_nested_nodes() -> None:
    expr = Ratio(part=Sum(over="partners", terms=(JAPAN, KOREA)), whole=TOTAL)
    assert leaves(expr) == [JAPAN, KOREA, TOTAL]
    assert leaves(EXAMPLES["claim"]) == [Select(flow="balance", period="2025-05")]
    assert leaves(EXAMPLES["rank"]) == [Select(period="2024")]
    assert leaves(EXAMPLES["compare"]) == [JAPAN, KOREA]
    assert leaves(EXAMPLES["intent"]) == []


def test_ops_collects_every_operation_used() -> None:
    expr = Ratio(part=Sum(over="partners", terms=(JAPAN, KOREA)), whole=TOTAL)
    assert ops(expr) == {"ratio", "sum", "series"}
    assert ops(Cagr(first=Select(period="2021"), last=Select(period="2024"), years=3)) == {
        "cagr",
        "series",
    }
    assert ops(EXAMPLES["claim"]) == {"claim", "series"}
    assert ops(EXAMPLES["any"]) == {"any", "series"}
    assert ops(EXAMPLES["intent"]) == {"intent"}
    assert "rank" in ops(EXAMPLES["rank"])

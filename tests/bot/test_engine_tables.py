"""Every intent over test-made tables in several layouts; expectations from the raw data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot import check_evidence
from bot.formatting import round_half_up
from bot.records import Answer, Claim, QueryPlan
from tests.bot import tables
from vectorstore.periods import label as period_label

Ask = Callable[..., Answer]
H = tables.HEADLINE


def _rate(period: str, flow: str, partner: str) -> list[float]:
    return [v for p, f, who, v, _ in tables.RATES if (p, f, who) == (period, flow, partner)]


def _wide(period: str, partner: str) -> float:
    value = tables.WIDE[period][tables.WIDE_PARTNERS.index(partner)]
    assert value is not None
    return value


def test_lookup_reads_the_level(ask: Ask) -> None:
    answer = ask(
        QueryPlan("lookup", "Exports in March 2025?", flow="exports", periods=("2025-03",))
    )
    assert answer.figures[0].value == H["2025-03"]["exports"]
    assert f"HK$ {H['2025-03']['exports']} bn" in answer.text.split("\n")[0]
    assert answer.figures[0].sources == ("tables/headline.csv row 16",)


def test_change_reports_the_published_rate_and_the_recomputed_one(ask: Ask) -> None:
    plan = QueryPlan("change", "Export growth March 2025?", flow="exports", periods=("2025-03",))
    answer = ask(plan)
    published, recomputed = answer.figures
    assert published.value == H["2025-03"]["exports_yoy"]
    now, before = H["2025-03"]["exports"], H["2024-03"]["exports"]
    assert now is not None
    assert before is not None
    assert recomputed.value == round_half_up((now / before - 1) * 100, 1)
    assert recomputed.formula == f"({now} / {before} - 1) x 100 = {recomputed.display}"
    assert published.flag is None


def test_a_published_rate_that_the_levels_contradict_is_flagged(ask: Ask) -> None:
    plan = QueryPlan("change", "Import growth Feb 2025?", flow="imports", periods=("2025-02",))
    answer = ask(plan)
    # 2024-02 imports 325.7 -> 2025-02 364.2 is +11.8%; published 11.8: agree.
    assert answer.figures[0].flag is None
    plan = QueryPlan("change", "Export growth July 2024?", flow="exports", periods=("2024-07",))
    # no level a year earlier: only the published rate, no recomputation
    assert len(ask(plan).figures) == 1


def test_change_for_a_partner_from_a_long_rates_table(ask: Ask) -> None:
    plan = QueryPlan(
        "change",
        "Singapore Jan 2026?",
        flow="exports",
        partners=("Singapore",),
        periods=("2026-01",),
    )
    answer = ask(plan)
    assert answer.figures[0].value == _rate("2026-01", "total exports", "Singapore")[0]
    assert answer.text.startswith("Exports to Singapore rose 32.4% year on year in January 2026.")
    assert "source_kind: official" in answer.figures[0].sources[0]


def test_conflicting_rows_are_both_shown(ask: Ask) -> None:
    plan = QueryPlan(
        "change", "Vietnam?", flow="imports", partners=("Vietnam",), periods=("2025-08",)
    )
    answer = ask(plan)
    values = sorted(f.value for f in answer.figures)
    assert values == sorted(_rate("2025-08", "imports", "Vietnam"))
    assert "more than one value" in answer.text


def test_share_is_part_over_total(ask: Ask) -> None:
    plan = QueryPlan(
        "share", "China share?", flow="exports", partners=("China",), periods=("2025-03",)
    )
    answer = ask(plan)
    expected = round_half_up(_wide("2025-03", "China") / _wide("2025-03", "World") * 100, 1)
    assert answer.figures[0].value == expected
    assert f"{expected}%" in answer.text


def test_rank_by_level_excludes_the_total(ask: Ask) -> None:
    plan = QueryPlan("rank", "Largest markets?", flow="exports", periods=("2025-03",), top_n=2)
    answer = ask(plan)
    values = {p: _wide("2025-03", p) for p in tables.WIDE_PARTNERS if p != "World"}
    top = sorted(values.values(), reverse=True)[:2]
    assert [f.value for f in answer.figures] == top
    assert answer.chart is not None
    assert answer.chart["type"] == "bar"
    assert "World" not in answer.chart["labels"]


def test_rank_by_growth_excludes_regions_and_respects_order(ask: Ask) -> None:
    plan = QueryPlan("rank", "Which markets grew fastest?", flow="exports", periods=("2025-03",))
    answer = ask(plan)
    rows = [(who, v) for p, f, who, v, _ in tables.RATES if p == "2025-03" and f == "total exports"]
    markets = sorted((v for who, v in rows if "region" not in who), reverse=True)
    assert answer.chart is not None
    assert answer.chart["values"] == markets[:5]
    assert answer.figures[-1].value == H["2025-03"]["exports_yoy"]  # the total, for context
    low = ask(
        QueryPlan(
            "rank",
            "Which markets grew slowest?",
            flow="exports",
            periods=("2025-03",),
            order="asc",
            top_n=1,
        )
    )
    assert low.figures[0].value == min(markets)


def test_rank_by_contribution_when_levels_exist(ask: Ask) -> None:
    plan = QueryPlan(
        "rank", "Which markets drove the growth?", flow="exports", periods=("2025-03",), top_n=1
    )
    answer = ask(plan)
    base = _wide("2024-03", "World")
    gains = {
        p: (_wide("2025-03", p) - _wide("2024-03", p)) / base * 100
        for p in tables.WIDE_PARTNERS
        if p != "World"
    }
    best = max(gains, key=lambda p: gains[p])
    assert answer.figures[0].unit == "pp"
    assert answer.figures[0].value == round_half_up(gains[best], 1)
    assert best in answer.text.split("\n")[0]


def test_compare_two_partners_gives_the_difference(ask: Ask) -> None:
    plan = QueryPlan(
        "compare",
        "Taiwan vs Malaysia growth?",
        flow="exports",
        partners=("Taiwan", "Malaysia"),
        periods=("2026-01",),
    )
    answer = ask(plan)
    a = _rate("2026-01", "total exports", "Taiwan")[0]
    b = _rate("2026-01", "total exports", "Malaysia")[0]
    assert answer.figures[-1].value == round_half_up(a - b, 1)
    assert answer.figures[-1].display == f"{round_half_up(a - b, 1)} pp"


def test_compare_flows_without_partners(ask: Ask) -> None:
    plan = QueryPlan("compare", "Exports vs imports March 2025", periods=("2025-03",))
    answer = ask(plan)
    assert [f.value for f in answer.figures[:2]] == [
        H["2025-03"]["exports"],
        H["2025-03"]["imports"],
    ]


def test_aggregate_sums_complete_months(ask: Ask) -> None:
    plan = QueryPlan(
        "aggregate", "Exports Q1 2024", flow="exports", periods=("2024-Q1",), aggregation="sum"
    )
    answer = ask(plan)
    expected = sum(H[m]["exports"] or 0.0 for m in ("2024-01", "2024-02", "2024-03"))
    assert answer.figures[0].value == round_half_up(expected, 1)
    assert "388.7 + 284.1 + 384.5" in answer.figures[0].formula


def test_aggregate_with_missing_months_states_no_total(ask: Ask) -> None:
    plan = QueryPlan(
        "aggregate", "Exports 2024", flow="exports", periods=("2024",), aggregation="sum"
    )
    answer = ask(plan)
    assert answer.figures == ()
    missing = [m for m in tables.MONTHS_2024 if H[m]["exports"] is None]
    assert len(missing) == 3
    for name in ("September 2024", "November 2024", "December 2024"):
        assert name in answer.text


def test_aggregate_mean_over_wide_table(ask: Ask) -> None:
    plan = QueryPlan(
        "aggregate",
        "Average exports to Japan Q1 2025",
        flow="exports",
        partners=("Japan",),
        periods=("2025-Q1",),
        aggregation="mean",
    )
    answer = ask(plan)
    values = [_wide(m, "Japan") for m in ("2025-01", "2025-02", "2025-03")]
    assert answer.figures[0].value == round_half_up(sum(values) / 3, 1)


def test_balance_published_and_recomputed(ask: Ask) -> None:
    answer = ask(QueryPlan("balance", "Balance March 2025", flow="balance", periods=("2025-03",)))
    values = {f.label.split(",")[0]: f.value for f in answer.figures}
    ex, im = H["2025-03"]["exports"], H["2025-03"]["imports"]
    assert ex is not None
    assert im is not None
    assert values["Trade balance"] == H["2025-03"]["balance"]
    assert values["Trade balance (exports minus imports)"] == round_half_up(ex - im, 1)
    assert "deficit" in answer.text.split("\n")[0]


def test_trend_lists_values_and_a_chart(ask: Ask) -> None:
    answer = ask(QueryPlan("trend", "Exports in 2024", flow="exports", periods=("2024",)))
    assert answer.chart is not None
    assert answer.chart["type"] == "line"
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    expected = [H[m]["exports"] if m in H else None for m in months]
    assert None in expected  # the table lacks a month: the chart keeps the gap
    assert answer.chart["values"] == expected
    assert len(answer.chart["labels"]) == 12
    gaps = [m for m, v in zip(months, expected, strict=True) if v is None]
    lead = answer.text.split("\n")[0]
    for month in gaps:
        assert period_label(month) in lead


def test_annual_re_exports_are_not_domestic_exports(ask: Ask) -> None:
    plan = QueryPlan(
        "lookup",
        "Re-exports to Fiji 2023",
        flow="re-exports",
        partners=("Fiji",),
        periods=("2023",),
    )
    answer = ask(plan)
    assert answer.figures[0].value == 650.0
    assert "NZ$ 650 million" in answer.text
    growth = ask(
        QueryPlan("change", "Growth", flow="re-exports", partners=("Fiji",), periods=("2023",))
    )
    assert growth.figures[0].value == round_half_up((650 / 500 - 1) * 100, 1)


def test_claim_agrees_but_the_source_is_the_same_article(ask: Ask) -> None:
    plan = QueryPlan("claim", "Is the 125% figure right?", claim=Claim(125.0, "%", "125%"))
    answer = ask(plan)
    assert answer.figures[0].value == 125.0
    assert "agrees" in answer.text.split("\n")[0]
    assert "not an official release" in answer.text
    assert "same article" in answer.text


def test_claim_disagrees_with_both_numbers(ask: Ask) -> None:
    plan = QueryPlan(
        "claim",
        "Did exports to Singapore rise 40% in Jan 2026?",
        partners=("Singapore",),
        periods=("2026-01",),
        claim=Claim(40.0, "%", "40%"),
        flow="exports",
    )
    lead = ask(plan).text.split("\n")[0]
    assert "does not support" in lead
    assert "32.4%" in lead
    assert "40%" in lead


def test_missing_period_states_no_number_and_offers_neighbours(ask: Ask) -> None:
    plan = QueryPlan(
        "lookup", "Exports Sep 2024", flow="exports", periods=("2024-09",), measure_kind="level"
    )
    answer = ask(plan)
    assert answer.figures == ()
    assert "no figure" in answer.text.lower()
    assert "August 2024" in answer.text


def test_unknown_partner_is_said_plainly(ask: Ask) -> None:
    answer = ask(QueryPlan("lookup", "Exports to Narnia", flow="exports", unmatched=("Narnia",)))
    assert answer.figures == ()
    assert "Narnia" in answer.text.split("\n")[0]


def test_text_question_quotes_verbatim(ask: Ask) -> None:
    answer = ask(
        QueryPlan("text", "What about Singapore?", partners=("Singapore",), keywords=("Singapore",))
    )
    assert answer.figures == ()
    assert answer.citations
    for cite in answer.citations:
        assert any(cite.quote in text for text in tables.ARTICLE)
        assert "Singapore" in cite.quote


@pytest.mark.parametrize(
    "plan",
    [
        QueryPlan("lookup", "q", flow="imports", periods=("2025-02",)),
        QueryPlan("change", "q", flow="exports", basis="mom", periods=("2025-03",)),
        QueryPlan("change", "q", flow="exports", basis="between", periods=("2024-01", "2025-03")),
        QueryPlan("trend", "q", flow="exports", partners=("Brazil",)),
        QueryPlan("balance", "q", flow="balance"),
        QueryPlan("share", "q", flow="re-exports", partners=("Australia",), periods=("2022",)),
        QueryPlan("rank", "q", flow="imports", periods=("2025-03",)),
        QueryPlan("lookup", "q", flow="exports", partners=("Germany",)),
    ],
)
def test_every_answer_passes_the_evidence_check(ask: Ask, plan: QueryPlan) -> None:
    answer = ask(plan)
    assert check_evidence(answer) == []
    assert answer.text.strip()


def test_a_narrower_flow_never_answers_for_the_total(ask: Ask) -> None:
    """Domestic exports alone are not exports: without re-exports beside them (the trade
    identity), the answer has no figure rather than one for another question."""
    plan = QueryPlan(
        "change",
        "Exports to Hong Kong in March 2025?",
        flow="exports",
        partners=("Hong Kong",),
        periods=("2025-03",),
    )
    answer = ask(plan)
    assert answer.figures == ()
    assert "no figure" in answer.text.split("\n\n")[0]


def test_the_narrower_flow_answers_when_asked_by_name(ask: Ask) -> None:
    plan = QueryPlan(
        "change",
        "Non-oil domestic exports to Hong Kong in March 2025?",
        flow="domestic exports",
        partners=("Hong Kong",),
        periods=("2025-03",),
    )
    answer = ask(plan)
    assert answer.figures[0].value == tables.NODX[("2025-03", "Hong Kong")]
    assert answer.text.startswith("Domestic exports to Hong Kong (NODX growth, % y-o-y) rose 12.5%")


def test_a_partner_table_without_a_total_row_gives_no_total(ask: Ask) -> None:
    plan = QueryPlan(
        "lookup", "Domestic exports 2025-03", flow="domestic exports", periods=("2025-03",)
    )
    answer = ask(plan)
    assert answer.figures == ()


def test_names_with_digits_are_not_numbers(ask: Ask) -> None:
    plan = QueryPlan(
        "change",
        "Non-oil domestic exports to the EU 27?",
        flow="domestic exports",
        partners=("EU 27",),
        periods=("2025-03",),
    )
    answer = ask(plan)  # strict: "27" would be an untraced number if names were not labels
    assert answer.figures[0].value == tables.NODX[("2025-03", "EU 27")]
    assert answer.text.startswith("Domestic exports to the EU 27")
    unknown = ask(QueryPlan("lookup", "Exports to Narnia", flow="exports", unmatched=("Narnia",)))
    assert "EU 27" not in unknown.text


def test_a_filter_on_an_attribute_column_selects_rows(ask: Ask) -> None:
    plan = QueryPlan(
        "change",
        "Vietnam per the Daily paper?",
        flow="imports",
        partners=("Vietnam",),
        periods=("2025-08",),
        filters=(("source_kind", "news (Daily paper)"),),
    )
    answer = ask(plan)
    daily = [v for p, f, who, v, kind in tables.RATES if kind == "news (Daily paper)"]
    assert [f.value for f in answer.figures] == daily

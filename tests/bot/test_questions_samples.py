"""The question set over the bundled samples, ingested with the real pipeline.

Each question goes through the real planner and engine (strict: an untraced number
raises). Expected values are read from the CSV files with the csv module
(`tests.bot.samples_data`), never copied from the bot's output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot import Answer, Conversation, Engine, check_evidence
from ingest import IngestSettings, ingest_paths
from tests.bot import samples_data as data
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store
from vectorstore.periods import label as period_label

EXPORTS = "total_exports_hkd_bn"
IMPORTS = "imports_hkd_bn"
BALANCE = "visible_trade_balance_hkd_bn"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    where: Path = tmp_path_factory.mktemp("samples")
    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    report = ingest_paths([data.SAMPLES], store, IngestSettings())
    assert not report.failed
    yield store
    store.close()


@pytest.fixture(scope="module")
def engine(sample_store: Store) -> Engine:
    return Engine(sample_store, strict=True)


def lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def values(answer: Answer) -> list[float]:
    return [f.value for f in answer.figures]


def first_is(expected: float | None) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        assert expected is not None
        assert answer.figures, answer.text
        assert answer.figures[0].value == pytest.approx(expected), answer.text
        assert data.round_half_up(abs(expected), 1) in [
            float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\.?\d*", lead(answer))
        ], lead(answer)

    return check


def has_value(expected: float) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        assert expected in [pytest.approx(v) for v in values(answer)], answer.text

    return check


def states_no_number(*words: str) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        assert answer.figures == (), answer.text
        first = lead(answer)
        assert not re.search(r"\d+(?:\.\d+)?\s*%|\$", first), first
        for word in words:
            assert word.lower() in answer.text.lower()

    return check


def ranked(period: str, flow: str, n: int, *, ascending: bool = False) -> Callable[[Answer], None]:
    rates = data.rates(period, flow)
    markets = sorted((v[0] for p, v in rates.items() if "region" not in p), reverse=not ascending)

    def check(answer: Answer) -> None:
        assert answer.chart is not None
        assert answer.chart["type"] == "bar"
        assert answer.chart["values"] == markets[:n], answer.text
        assert values(answer)[:n] == markets[:n]
        total = data.headline(
            period, f"{'total_exports' if 'export' in flow else 'imports'}_yoy_pct"
        )
        if total is not None:  # the total's own growth, for context
            assert values(answer)[n:] == [total]

    return check


def past(period: str, flow: str, limit: float) -> Callable[[Answer], None]:
    """Every market whose published rate is above the cut-off, and how many."""
    rates = data.rates(period, flow)
    passing = {p for p, v in rates.items() if "region" not in p and v[0] > limit}

    def check(answer: Answer) -> None:
        counts = [f.value for f in answer.figures if f.label.startswith("Number of")]
        assert counts == [len(passing)], answer.text
        assert lead(answer).startswith(f"{len(passing)} markets"), lead(answer)
        for partner in passing:
            assert f"{partner} ({rates[partner][0]}%)" in answer.text
        assert answer.plan is not None
        assert set(answer.plan.context_partners) == passing

    return check


def months_above(column: str, year: str, limit: float) -> Callable[[Answer], None]:
    passing = {m for m, v in data.headline_months(column, year).items() if v > limit}

    def check(answer: Answer) -> None:
        shown = {f.period for f in answer.figures if not f.label.startswith("Number of")}
        assert shown == passing, answer.text
        assert lead(answer).startswith(f"{len(passing)} months"), lead(answer)

    return check


def claim(agrees: bool, table_value: float, independent: bool) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        first = lead(answer)
        assert ("agrees" in first) is agrees, first
        assert ("does not support" in first) is (not agrees), first
        assert values(answer)[0] == table_value
        assert ("does not independently confirm" in answer.text) is (not independent)

    return check


def quotes_about(*words: str) -> Callable[[Answer], None]:
    text = data.article_text()

    def check(answer: Answer) -> None:
        assert answer.figures == ()
        assert answer.citations, answer.text
        assert any(cite.quote in text for cite in answer.citations)
        joined = " ".join(c.quote.lower() for c in answer.citations)
        assert any(w in joined for w in words), joined

    return check


def unchecked() -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        assert answer.figures == (), answer.text
        assert "no table figure" in lead(answer)

    return check


def all_of(*checks: Callable[[Answer], None]) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        for one in checks:
            one(answer)

    return check


def contains(*words: str) -> Callable[[Answer], None]:
    def check(answer: Answer) -> None:
        for word in words:
            assert word in answer.text, answer.text

    return check


def _mean(*months: str) -> float:
    found = [data.headline(m, EXPORTS) for m in months]
    assert all(v is not None for v in found)
    return data.round_half_up(sum(v for v in found if v is not None) / len(found), 1)


def _sum(*months: str) -> float:
    found = [data.headline(m, EXPORTS) for m in months]
    return data.round_half_up(sum(v for v in found if v is not None), 1)


def _pct(column: str, now: str, before: str) -> float:
    a, b = data.headline(now, column), data.headline(before, column)
    assert a is not None
    assert b is not None
    return data.pct_change(a, b)


Q2_GROWTH = data.pct_change(
    sum(data.headline(m, EXPORTS) or 0 for m in ("2025-04", "2025-05", "2025-06")),
    sum(data.headline(m, EXPORTS) or 0 for m in ("2024-04", "2024-05", "2024-06")),
)

CASES: list[tuple[str, Callable[[Answer], None]]] = [
    (
        "How much did exports to Singapore grow in January 2026?",
        first_is(data.rates("2026-01", "total exports")["Singapore"][0]),
    ),
    (
        "Is the 125% figure in this article right?",
        all_of(claim(True, 125.0, False), contains("same article")),
    ),
    (
        "What were Hong Kong's total exports in March 2025?",
        first_is(data.headline("2025-03", EXPORTS)),
    ),
    (
        "How much did exports grow in March 2025?",
        all_of(
            first_is(data.headline("2025-03", "total_exports_yoy_pct")),
            has_value(_pct(EXPORTS, "2025-03", "2024-03")),
        ),
    ),
    ("What were imports in January 2026?", first_is(data.headline("2026-01", IMPORTS))),
    (
        "How much did imports grow in January 2026?",
        first_is(data.headline("2026-01", "imports_yoy_pct")),
    ),
    (
        "What was the trade balance in July 2025?",
        all_of(
            first_is(data.headline("2025-07", BALANCE)),
            contains("differs from exports minus imports"),
        ),
    ),
    (
        "What was the trade balance in January 2024?",
        all_of(first_is(data.headline("2024-01", BALANCE)), contains("surplus")),
    ),
    (
        "What was the trade deficit in December 2025 as a percentage of imports?",
        has_value(data.headline("2025-12", "balance_pct_of_imports") or 0.0),
    ),
    (
        "How did exports change month on month in March 2025?",
        first_is(_pct(EXPORTS, "2025-03", "2025-02")),
    ),
    (
        "How did exports change between January 2024 and January 2026?",
        first_is(_pct(EXPORTS, "2026-01", "2024-01")),
    ),
    (
        "What were total exports in the first five months of 2026?",
        first_is(data.stated("2026-01..2026-05", "World (total)")),
    ),
    (
        "What was the average monthly export value in Q2 2025?",
        first_is(_mean("2025-04", "2025-05", "2025-06")),
    ),
    ("What were total exports in Q2 2024?", first_is(_sum("2024-04", "2024-05", "2024-06"))),
    ("Which export markets grew fastest in August 2025?", ranked("2025-08", "total exports", 5)),
    ("Top 3 import sources by growth in January 2026", ranked("2026-01", "imports", 3)),
    (
        "Which markets declined the most in March 2025?",
        ranked("2025-03", "total exports", 5, ascending=True),
    ),
    (
        "What share of exports went to the USA in May 2025?",
        first_is(
            data.round_half_up(
                data.stated("2025-05", "USA") / (data.headline("2025-05", EXPORTS) or 1) * 100, 1
            )
        ),
    ),
    (
        "Compare exports and imports in April 2025",
        all_of(
            has_value(data.headline("2025-04", EXPORTS) or 0),
            has_value(data.headline("2025-04", IMPORTS) or 0),
        ),
    ),
    (
        "Compare exports to Taiwan and Malaysia in July 2025",
        has_value(
            data.round_half_up(
                data.rates("2025-07", "total exports")["Taiwan"][0]
                - data.rates("2025-07", "total exports")["Malaysia"][0],
                1,
            )
        ),
    ),
    (
        "How much did exports to India fall in April 2024?",
        first_is(data.rates("2024-04", "total exports")["India"][0]),
    ),
    ("Is it true that imports rose 41.2% in March 2026?", claim(True, 41.2, False)),
    ("Were exports up 35.8% in March 2026?", claim(True, 35.8, False)),
    (
        "RTTNews said imports rose 22.7% in January 2024. Correct?",
        claim(False, data.headline("2024-01", "imports_yoy_pct") or 0, True),
    ),
    (
        "Did exports to Thailand grow 23.2% in May 2024?",
        claim(False, data.rates("2024-05", "total exports")["Thailand"][0], True),
    ),
    ("What were exports to Germany in 2025?", states_no_number("Germany")),
    ("What were exports to Brazil in March 2025?", states_no_number("Brazil")),
    ("How much did exports grow in June 2026?", states_no_number("June 2026")),
    ("What were re-exports in 2025?", states_no_number("re-exports")),
    ("What does the article say about energy costs?", quotes_about("energy")),
    ("What is driving demand for electronic components?", quotes_about("electronic")),
    (
        "What were exports to the USA in October 2025?",
        all_of(first_is(data.stated("2025-10", "USA")), contains("lower bound")),
    ),
    (
        "What was the full-year export value in 2025?",
        first_is(data.stated("2025", "World (total)")),
    ),
    (
        "How did exports in 2025 compare with 2024?",
        all_of(
            has_value(data.headline("2025-12", "ytd_exports_yoy_pct") or 0),
            has_value(data.headline("2024-12", "ytd_exports_yoy_pct") or 0),
        ),
    ),
    ("What was the trade deficit in September 2024?", first_is(data.headline("2024-09", BALANCE))),
    (
        "How much did exports to Malaysia grow in 2025?",
        first_is(data.rates("2025", "total exports")["Malaysia"][0]),
    ),
    (
        "How did imports from Vietnam change in August 2025?",
        all_of(
            has_value(data.rates("2025-08", "imports")["Vietnam"][0]),
            has_value(data.rates("2025-08", "imports")["Vietnam"][1]),
            contains("more than one value"),
        ),
    ),
    (
        "How much did exports grow in the first five months of 2026?",
        first_is(data.headline("2026-05", "ytd_exports_yoy_pct")),
    ),
    ("What were exports in September 2024?", states_no_number("September 2024")),
    (
        "What was the trade balance in the first half of 2025?",
        first_is(data.headline("2025-06", "ytd_balance_hkd_bn")),
    ),
    (
        "How much did exports to Vietnam grow in December 2024?",
        first_is(data.rates("2024-12", "total exports")["Vietnam"][0]),
    ),
    ("Which markets drove the surge in December 2025?", ranked("2025-12", "total exports", 5)),
    (
        "How much did exports grow in Q1 2026?",
        first_is(data.headline("2026-03", "ytd_exports_yoy_pct")),
    ),
    (
        "What was the trade balance in 2023?",
        first_is(data.headline("2023-12", "ytd_balance_hkd_bn")),
    ),
    ("How did the trade balance trend in 2024?", contains("January 2024", "December 2024")),
    (
        "What was the year-to-date trade deficit in September 2025?",
        all_of(
            first_is(data.headline("2025-09", "ytd_balance_hkd_bn")),
            has_value(
                data.round_half_up(
                    sum(
                        v
                        for m, v in data.headline_months(BALANCE, "2025").items()
                        if m <= "2025-09"
                    ),
                    1,
                )
            ),
            contains("differs from the sum of the months"),
        ),
    ),
    (
        "What percentage of imports was the trade deficit in June 2024?",
        has_value(data.headline("2024-06", "balance_pct_of_imports") or 0.0),
    ),
    ("Is the 10% to 15% increase in energy costs correct?", unchecked()),
    (
        "Did exports to the United Kingdom fall 31.5% in March 2024?",
        claim(True, data.rates("2024-03", "total exports")["United Kingdom"][0], False),
    ),
    (
        "What were exports in January and February 2024?",
        all_of(
            has_value(data.headline("2024-01", EXPORTS) or 0.0),
            has_value(data.headline("2024-02", EXPORTS) or 0.0),
        ),
    ),
    (
        "How much did exports grow in Q2 2025?",
        all_of(has_value(Q2_GROWTH), contains(f"rose {Q2_GROWTH}% year on year in Q2 2025")),
    ),
    (
        "How much did exports to Thailand grow?",
        first_is(data.rates("2026-01", "total exports")["Thailand"][0]),
    ),
    (
        "How many markets had export growth above 50% in January 2026?",
        past("2026-01", "total exports", 50.0),
    ),
    (
        "Which markets had export growth above 60% in August 2025?",
        past("2025-08", "total exports", 60.0),
    ),
    (
        "Which months had exports above HK$450 bn in 2025?",
        months_above(EXPORTS, "2025", 450.0),
    ),
]


@pytest.mark.parametrize(("question", "check"), CASES, ids=[q for q, _ in CASES])
def test_question(engine: Engine, question: str, check: Callable[[Answer], None]) -> None:
    answer = engine.answer(question)
    assert check_evidence(answer) == []
    check(answer)


def test_balance_trend_chart_is_the_table_column(engine: Engine) -> None:
    answer = engine.answer("How did the trade balance trend in 2024?")
    assert answer.chart is not None
    assert answer.chart["values"] == list(data.headline_months(BALANCE, "2024").values())


def test_follow_ups_reuse_the_last_plan(engine: Engine) -> None:
    conversation = Conversation()
    first = engine.answer("How much did exports to Singapore grow in January 2026?", conversation)
    assert values(first)[0] == data.rates("2026-01", "total exports")["Singapore"][0]
    surge = engine.answer("Which markets drove the surge?", conversation)
    ranked("2026-01", "total exports", 5)(surge)
    assert surge.chart is not None
    assert any(name in cite.quote for cite in surge.citations for name in surge.chart["labels"]), (
        surge.text
    )  # the quotes are about the markets ranked
    usa = engine.answer("How much did exports to the USA grow in May 2025?", conversation)
    assert values(usa)[0] == data.rates("2025-05", "total exports")["USA"][0]
    june = engine.answer("And in June?", conversation)
    assert values(june)[0] == data.rates("2025-06", "total exports")["USA"][0]
    imports = engine.answer("What about imports?", conversation)
    states_no_number("imports")(imports)
    assert len(conversation.turns) == 5
    restored = Conversation.from_dict(conversation.to_dict())
    assert restored.last_plan == conversation.last_plan


def test_which_of_those_ranks_the_markets_of_the_cut_off(engine: Engine) -> None:
    conversation = Conversation()
    engine.answer("How many markets had export growth above 50% in January 2026?", conversation)
    answer = engine.answer("Which of those grew slowest?", conversation)
    assert check_evidence(answer) == []
    rates = data.rates("2026-01", "total exports")
    those = {p for p, v in rates.items() if v[0] > 50}
    slowest = min(those, key=lambda p: rates[p][0])
    ranked = {n for f in answer.figures for n in f.names} - {"total exports"}
    assert ranked <= those, answer.text
    assert f"growth was in {slowest} ({rates[slowest][0]}%), followed by" in lead(answer)


def test_rank_months_names_the_best_month_and_the_gaps(engine: Engine) -> None:
    answer = engine.answer("Which month had the highest exports in 2025?")
    months = data.headline_months(EXPORTS, "2025")
    best = max(months, key=lambda m: months[m])
    assert answer.figures[0].value == months[best]
    assert answer.figures[0].period == best
    assert "November 2025" in answer.text  # no export value published for it


def test_a_change_between_two_deficits_is_a_difference_not_a_percentage(engine: Engine) -> None:
    answer = engine.answer("Compare the trade balance in 2024 and 2025")
    a = data.headline("2024-12", "ytd_balance_hkd_bn")
    b = data.headline("2025-12", "ytd_balance_hkd_bn")
    assert a is not None
    assert b is not None
    assert answer.figures[0].unit == "HK$ bn"
    assert answer.figures[0].value == data.round_half_up(b - a, 1)
    assert "deficit widened" in lead(answer)


def test_drove_with_too_few_markets_says_what_the_table_lists(engine: Engine) -> None:
    answer = engine.answer("Which markets drove the surge in March 2026?")
    listed = data.rates("2026-03", "total exports")
    assert listed  # the table lists a few partners (a region among them) for the month
    text = lead(answer)
    assert "I have no figure" not in text
    for partner, found in listed.items():
        assert partner in text
        assert data.round_half_up(found[0], 1) in values(answer)
    assert "not an official release" in answer.text  # the rows come from commentary


def test_trend_names_the_missing_months_and_keeps_gaps_in_the_chart(engine: Engine) -> None:
    answer = engine.answer("How did exports trend over 2025?")
    have = data.headline_months(EXPORTS, "2025")
    gaps = [f"2025-{m:02d}" for m in range(1, 13) if f"2025-{m:02d}" not in have]
    assert gaps
    assert answer.chart is not None
    chart = dict(zip(answer.chart["labels"], answer.chart["values"], strict=True))
    for month in gaps:
        assert period_label(month) in lead(answer)
        assert period_label(month) not in chart or chart[period_label(month)] is None


def test_change_between_quarters_with_missing_months_names_them(engine: Engine) -> None:
    answer = engine.answer("What was the change in imports from Q1 2025 to Q1 2026?")
    quarters = [f"2025-{m:02d}" for m in (1, 2, 3)] + [f"2026-{m:02d}" for m in (1, 2, 3)]
    lacking = []
    for month in quarters:
        try:
            value = data.headline(month, IMPORTS)
        except KeyError:
            value = None
        if value is None:
            lacking.append(month)
    assert lacking
    for month in lacking:
        assert period_label(month) in lead(answer)
    assert not answer.figures
    assert "\n- " in answer.text  # what the table has instead


def test_an_average_never_falls_back_to_rates(engine: Engine) -> None:
    answer = engine.answer("What was the average monthly value of imports in H1 2025?")
    assert data.headline("2025-01", IMPORTS) is None
    assert "January 2025" in lead(answer)
    assert "%" not in lead(answer)
    assert not answer.figures

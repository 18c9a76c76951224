"""The plan language evaluated over release tables ingested with the real pipeline.

Two real stores (Chroma on disk, hashing embedder) are built from the CSV text of
`tests.bot.release_tables`: ``monthly`` holds Singapore's monthly release (domestic
exports, re-exports, imports; no total exports, no balance) and Malaysia's monthly
table in RM; ``full`` adds Singapore's annual exports by market. Questions go through
``Engine(store, strict=True).answer`` and expressions through ``Evaluator(...).value``;
every expected value is computed here from the CSV text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import Answer, Conversation, Engine, QueryPlan, check_evidence
from bot.engine import OneAnswer
from bot.evaluate.nodes import Evaluator, Value
from bot.plan.expressions import Cagr, Change, Plan, Rank, Ratio, Select, Sum
from tests.bot import release_tables as rt
from vectorstore import Store

YEAR_2025 = [m for m in rt.sg_months() if m.startswith("2025")]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = rt.build_store(
        tmp_path_factory.mktemp("monthly"),
        {rt.SG_MONTHLY_FILE: rt.SG_MONTHLY, rt.MY_MONTHLY_FILE: rt.MY_MONTHLY},
    )
    yield store
    store.close()


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = rt.build_store(
        tmp_path_factory.mktemp("full"),
        {
            rt.SG_MONTHLY_FILE: rt.SG_MONTHLY,
            rt.SG_MARKETS_FILE: rt.SG_MARKETS,
            rt.MY_MONTHLY_FILE: rt.MY_MONTHLY,
        },
    )
    yield store
    store.close()


def _ask(store: Store, *turns: str) -> Answer:
    """The last answer of a conversation, strictly (evidence and coverage misses raise)."""
    engine = Engine(store, strict=True)
    conversation = Conversation()
    answers = [engine.answer(turn, conversation) for turn in turns]
    assert check_evidence(answers[-1]) == []
    return answers[-1]


def _lead(answer: Answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def _singapore(store: Store, *files: str) -> Evaluator:
    plan = QueryPlan(
        intent="lookup",
        question="Singapore's trade",
        reporter="Singapore",
        table_ids=tuple(rt.table_id(store, f) for f in files),
    )
    return Evaluator(plan, OneAnswer(store))


def _rows(value: Value) -> set[int]:
    assert value.figure is not None
    return {int(s.rsplit(" ", 1)[1]) for s in value.figure.sources}


def _parts(answer: Answer) -> list[str]:
    assert answer.plan is not None
    assert answer.plan.expression is not None
    return [p.op for p in Plan.from_dict(answer.plan.expression).parts]


# --- trade identities -------------------------------------------------------------------


def test_total_exports_made_by_the_identity_names_it_and_its_rows(monthly: Store) -> None:
    month = rt.sg_month("2025-03")
    answer = _ask(monthly, "What were Singapore's total exports in March 2025?")
    figure = answer.figures[0]
    assert figure.value == pytest.approx(month["domestic exports"] + month["re-exports"])
    assert "total exports = domestic exports + re-exports" in figure.formula
    assert figure.sources
    assert all(s.endswith(f"row {month['row']:.0f}") for s in figure.sources)
    assert figure.display in _lead(answer)


def test_balance_is_exports_minus_imports_one_identity_below_another(monthly: Store) -> None:
    month = rt.sg_month("2025-05")
    ev = _singapore(monthly, rt.SG_MONTHLY_FILE)
    value = ev.value(Select(flow="balance", period="2025-05"))
    expected = month["domestic exports"] + month["re-exports"] - month["imports"]
    assert value.figure is not None
    assert value.figure.value == pytest.approx(expected)
    assert "visible trade balance = exports - imports" in value.figure.formula
    assert _rows(value) == {int(month["row"])}
    assert value.figure.unit == "S$ million"


def test_a_sum_over_flows_equals_the_identity_total(monthly: Store) -> None:
    answer = _ask(
        monthly, "What were Singapore's domestic exports and re-exports combined in March 2025?"
    )
    month = rt.sg_month("2025-03")
    assert _parts(answer) == ["sum"]
    total = answer.figures[-1]
    assert total.value == pytest.approx(month["domestic exports"] + month["re-exports"])
    assert total.formula.startswith(f"{month['domestic exports']} + {month['re-exports']} =")
    assert total.display in _lead(answer)


# --- ratios, means, differences, two parts ------------------------------------------------


def test_a_previous_answer_relative_to_all_exports(monthly: Store) -> None:
    answer = _ask(
        monthly,
        "What were Singapore's re-exports in March 2025?",
        "How big is that relative to all exports?",
    )
    month = rt.sg_month("2025-03")
    share = month["re-exports"] / (month["domestic exports"] + month["re-exports"]) * 100
    assert _parts(answer) == ["ratio"]
    ratio = answer.figures[-1]
    assert ratio.unit == "%"
    assert ratio.value == pytest.approx(share, abs=0.051)
    assert ratio.display in _lead(answer)


def test_mean_of_recomputed_year_on_year_rates(monthly: Store) -> None:
    answer = _ask(
        monthly,
        "What was the average year-on-year growth rate of Singapore's imports from "
        "January to March 2025?",
    )
    rates = [
        (rt.sg_month(f"2025-0{m}")["imports"] / rt.sg_month(f"2024-0{m}")["imports"] - 1) * 100
        for m in (1, 2, 3)
    ]
    assert _parts(answer) == ["mean"]
    mean = answer.figures[-1]
    assert mean.value == pytest.approx(sum(rates) / 3, abs=0.1)
    shown = [f.value for f in answer.figures if f.label.startswith("Change of")]
    assert shown == pytest.approx(rates, abs=0.051)


def test_mean_of_month_on_month_rates(monthly: Store) -> None:
    answer = _ask(
        monthly,
        "What was the average month-on-month growth rate of Singapore's imports from "
        "February to June 2025?",
    )
    imports = [rt.sg_month(m)["imports"] for m in YEAR_2025]
    rates = [(now / before - 1) * 100 for before, now in itertools.pairwise(imports)]
    assert answer.figures[-1].value == pytest.approx(sum(rates) / len(rates), abs=0.1)
    assert "month-on-month" in _lead(answer)


def test_difference_in_the_currency_asked(monthly: Store) -> None:
    answer = _ask(
        monthly,
        "By how much did Singapore's imports change from March 2024 to March 2025, in S$ million?",
    )
    change = rt.sg_month("2025-03")["imports"] - rt.sg_month("2024-03")["imports"]
    assert _parts(answer) == ["difference"]
    assert answer.figures[-1].value == pytest.approx(change)
    assert answer.figures[-1].unit == "S$ million"
    assert f"rose by S$ {change:,.1f} million" in _lead(answer)


def test_two_part_question_answers_both_parts(monthly: Store) -> None:
    answer = _ask(
        monthly, "What were Singapore's imports in March 2025, and how fast did they grow?"
    )
    now, before = rt.sg_month("2025-03")["imports"], rt.sg_month("2024-03")["imports"]
    assert len(_parts(answer)) == 2
    level = next(f for f in answer.figures if f.unit == "S$ million")
    rate = next(f for f in answer.figures if f.unit == "%")
    assert level.value == pytest.approx(now)
    assert rate.value == pytest.approx((now / before - 1) * 100, abs=0.051)
    assert level.display in _lead(answer)
    assert rate.display in _lead(answer)


# --- existence and claims -----------------------------------------------------------------


@pytest.mark.parametrize("threshold", ["S$ 44.3 bn", "S$ 44,300 million"])
def test_existence_yes_whatever_the_scale_of_the_threshold(monthly: Store, threshold: str) -> None:
    answer = _ask(
        monthly, f"Were Singapore's imports ever below {threshold} from January to June 2025?"
    )
    below = [m for m in YEAR_2025 if rt.sg_month(m)["imports"] < 44_300]
    assert answer.verdict == "yes"
    assert [f.period for f in answer.figures] == below
    assert _lead(answer).startswith("Yes:")


@pytest.mark.parametrize("threshold", ["S$ 44.2 bn", "S$ 44,200 million"])
def test_existence_no_names_the_lowest_value(monthly: Store, threshold: str) -> None:
    answer = _ask(
        monthly, f"Were Singapore's imports ever below {threshold} from January to June 2025?"
    )
    lowest = min(YEAR_2025, key=lambda m: rt.sg_month(m)["imports"])
    assert answer.verdict == "no"
    assert answer.figures[0].period == lowest
    assert answer.figures[0].value == pytest.approx(rt.sg_month(lowest)["imports"])
    assert _lead(answer).startswith("No:")


def test_existence_over_months_without_figures_gives_no_verdict(monthly: Store) -> None:
    # January-June 2025 stay above the line, July-December are not in the table:
    # "never" cannot be said
    answer = _ask(monthly, "Were Singapore's imports ever below S$ 44.2 bn in 2025?")
    assert answer.verdict is None
    assert answer.figures == ()


@pytest.mark.parametrize("stated", ["S$ 1,210.9 million", "S$ 1.2 bn"])
def test_a_deficit_stated_as_a_positive_amount_is_supported(monthly: Store, stated: str) -> None:
    month = rt.sg_month("2025-05")
    balance = month["domestic exports"] + month["re-exports"] - month["imports"]
    assert balance < 0
    answer = _ask(
        monthly, f"Is it true that Singapore ran a trade deficit of {stated} in May 2025?"
    )
    assert _parts(answer) == ["claim"]
    assert answer.verdict == "supported"
    assert answer.figures[0].value == pytest.approx(balance)
    assert f"a deficit of S$ {-balance:,.1f} million" in _lead(answer)


def test_a_deficit_claim_with_the_wrong_amount_is_contradicted(monthly: Store) -> None:
    answer = _ask(
        monthly, "Is it true that Singapore ran a trade deficit of S$ 2,500 million in May 2025?"
    )
    assert answer.verdict == "contradicted"


# --- two economies ------------------------------------------------------------------------


def test_a_sum_of_two_economies_values_is_refused(monthly: Store) -> None:
    plan = QueryPlan(
        intent="lookup",
        question="exports and re-exports",
        table_ids=(
            rt.table_id(monthly, rt.MY_MONTHLY_FILE),
            rt.table_id(monthly, rt.SG_MONTHLY_FILE),
        ),
    )
    ev = Evaluator(plan, OneAnswer(monthly))
    malaysia = ev.value(Select(flow="exports", period="2025-03"))
    assert malaysia.figure is not None
    assert malaysia.figure.unit == "RM million"
    value = ev.value(
        Sum(
            over="flows",
            terms=(
                Select(flow="exports", period="2025-03"),
                Select(flow="re-exports", period="2025-03"),
            ),
        )
    )
    assert value.figure is None
    assert any("different economies" in m for m in value.missing)


def test_a_ratio_of_one_economys_answer_to_anothers_is_refused(monthly: Store) -> None:
    answer = _ask(
        monthly,
        "What were Malaysia's exports in March 2025?",
        "How big is that relative to Singapore's imports?",
    )
    assert not any(f.unit == "%" for f in answer.figures)


# --- partners: sums, ranks, groupings -----------------------------------------------------


def test_combined_exports_to_three_partners(full: Store) -> None:
    answer = _ask(full, "What were combined exports to Malaysia, Indonesia and Japan in 2023?")
    names = ("Malaysia", "Indonesia", "Japan")
    assert _parts(answer) == ["sum"]
    total = answer.figures[-1]
    assert total.value == pytest.approx(sum(rt.sg_market(n, 2023) for n in names))
    assert {int(s.rsplit(" ", 1)[1]) for s in total.sources} == {rt.sg_market_row(n) for n in names}


def test_combined_partners_named_by_aliases_carry_the_provisional_mark(full: Store) -> None:
    answer = _ask(full, "What were combined exports to Korea and China in 2024?")
    expected = rt.sg_market("Korea, Republic of", 2024) + rt.sg_market(
        "The mainland of China", 2024
    )
    assert answer.figures[-1].value == pytest.approx(expected)
    assert answer.figures[-1].mark is not None
    assert "provisional" in answer.figures[-1].mark


def test_a_sum_with_a_member_missing_is_refused_naming_it(full: Store) -> None:
    ev = _singapore(full, rt.SG_MARKETS_FILE)
    value = ev.value(
        Sum(
            over="partners",
            terms=(
                Select(partner="Malaysia", period="2023"),
                Select(partner="Germany", period="2023"),
            ),
        )
    )
    assert value.figure is None
    assert any("Germany" in m for m in value.missing)
    assert not any("Malaysia" in m for m in value.missing)


def test_combined_exports_with_a_partner_the_table_lacks_is_refused(full: Store) -> None:
    answer = _ask(full, "What were combined exports to Malaysia and Germany in 2023?")
    assert answer.figures == ()
    assert "Germany" in _lead(answer)


def test_rank_with_an_exclusion_then_flipped(full: Store) -> None:
    countries = rt.sg_countries(2023)
    del countries["The mainland of China"]
    first = _ask(
        full, "Which was the largest export market in 2023 apart from the mainland of China?"
    )
    assert first.figures[0].names[0] == max(countries, key=countries.__getitem__)
    flipped = _ask(
        full,
        "Which was the largest export market in 2023 apart from the mainland of China?",
        "And the smallest one?",
    )
    smallest = min(countries, key=countries.__getitem__)
    assert _parts(flipped) == ["rank"]
    assert flipped.figures[0].names[0] == smallest
    assert flipped.figures[0].value == pytest.approx(countries[smallest])


def test_rank_nth_counts_countries_only(full: Store) -> None:
    countries = rt.sg_countries(2024)
    third = sorted(countries, key=countries.__getitem__, reverse=True)[2]
    answer = _ask(full, "Which was the third largest export market in 2024?")
    assert answer.figures[0].names[0] == third
    assert "third largest" in _lead(answer)


def test_largest_market_is_a_country_not_a_grouping(full: Store) -> None:
    countries = rt.sg_countries(2023)
    assert max(rt.sg_market(g, 2023) for g in rt.GROUPINGS) > max(countries.values())
    answer = _ask(full, "Which was the largest export market in 2023?")
    assert answer.figures[0].names[0] == max(countries, key=countries.__getitem__)


def test_rank_node_leaves_groupings_out_unless_asked(full: Store) -> None:
    ev = _singapore(full, rt.SG_MARKETS_FILE)
    by = Select(period="2023")
    countries = rt.sg_countries(2023)
    only = ev.value(Rank(by=by, top=20))
    ordered = sorted(countries, key=countries.__getitem__, reverse=True)
    assert [f.names[0] for f in only.figures] == ordered
    every = ev.value(Rank(by=by, top=20, countries_only=False))
    named = {f.names[0] for f in every.figures}
    assert named == set(countries) | rt.GROUPINGS  # the total and its rate row never rank


def test_rank_without_top_lists_every_partner(full: Store) -> None:
    value = _singapore(full, rt.SG_MARKETS_FILE).value(Rank(by=Select(period="2023"), top=None))
    assert len(value.figures) == len(rt.sg_countries(2023))


# --- compound and average rates over years ------------------------------------------------


def test_cagr_over_three_years(full: Store) -> None:
    answer = _ask(full, "What was the compound annual growth rate of exports from 2021 to 2024?")
    first, last = rt.sg_market("Total", 2021), rt.sg_market("Total", 2024)
    assert _parts(answer) == ["cagr"]
    cagr = answer.figures[-1]
    assert cagr.value == pytest.approx(((last / first) ** (1 / 3) - 1) * 100, abs=0.051)
    assert "^ (1 / 3)" in cagr.formula
    assert cagr.mark == "based on provisional figures"


def test_cagr_of_one_partner(full: Store) -> None:
    answer = _ask(
        full, "What was the compound annual growth rate of exports to Japan from 2021 to 2023?"
    )
    first, last = rt.sg_market("Japan", 2021), rt.sg_market("Japan", 2023)
    assert answer.figures[-1].value == pytest.approx(((last / first) ** 0.5 - 1) * 100, abs=0.051)
    assert "Japan" in _lead(answer)


def test_mean_of_published_yearly_rates_reads_the_rate_row(full: Store) -> None:
    answer = _ask(full, "What was the average yearly growth rate of exports from 2022 to 2024?")
    label = "% change over a year earlier"
    rates = [rt.sg_market(label, y) for y in (2022, 2023, 2024)]
    mean = answer.figures[-1]
    assert mean.value == pytest.approx(sum(rates) / 3, abs=0.051)
    assert {int(s.rsplit(" ", 1)[1]) for s in mean.sources} == {rt.sg_market_row(label)}


# --- an annual total must not hide the monthly identity -----------------------------------


def test_an_annual_total_does_not_hide_the_monthly_identity(full: Store) -> None:
    month = rt.sg_month("2025-03")
    ev = _singapore(full, rt.SG_MONTHLY_FILE, rt.SG_MARKETS_FILE)
    value = ev.value(Select(flow="exports", period="2025-03"))
    assert value.figure is not None
    assert value.figure.value == pytest.approx(month["domestic exports"] + month["re-exports"])


def test_a_deficit_claim_beside_an_annual_table(full: Store) -> None:
    answer = _ask(
        full, "Is it true that Singapore ran a trade deficit of S$ 1,210.9 million in May 2025?"
    )
    assert answer.verdict == "supported"


# --- properties ---------------------------------------------------------------------------

LEVEL_FLOWS = ("domestic exports", "re-exports", "imports")
LEAVES = [Select(flow=f, period=m) for f in LEVEL_FLOWS for m in rt.sg_months()]


@pytest.fixture(scope="module")
def singapore(monthly: Store) -> OneAnswer:
    """The monthly store's cards and frames, read once for every example."""
    return OneAnswer(monthly)


def _evaluator(source: OneAnswer, monthly: Store) -> Evaluator:
    plan = QueryPlan(
        intent="lookup",
        question="Singapore's trade",
        reporter="Singapore",
        table_ids=(rt.table_id(monthly, rt.SG_MONTHLY_FILE),),
    )
    return Evaluator(plan, source)


@settings(max_examples=25, deadline=None)
@given(terms=st.lists(st.sampled_from(LEAVES), min_size=2, max_size=6, unique=True))
def test_a_sum_node_is_the_sum_of_its_leaves(
    monthly: Store, singapore: OneAnswer, terms: list[Select]
) -> None:
    value = _evaluator(singapore, monthly).value(Sum(over="periods", terms=tuple(terms)))
    expected = sum(rt.sg_month(t.period)[t.flow] for t in terms)
    assert value.figure is not None
    assert value.figure.value == pytest.approx(expected, abs=0.01)
    assert _rows(value) == {int(rt.sg_month(t.period)["row"]) for t in terms}


@settings(max_examples=20, deadline=None)
@given(
    flow=st.sampled_from([*LEVEL_FLOWS, "exports", "balance"]),
    month=st.sampled_from(rt.sg_months()),
)
def test_a_ratio_of_a_value_to_itself_is_100(
    monthly: Store, singapore: OneAnswer, flow: str, month: str
) -> None:
    leaf = Select(flow=flow, period=month)
    value = _evaluator(singapore, monthly).value(Ratio(part=leaf, whole=leaf))
    assert value.figure is not None
    assert value.figure.value == 100.0


@settings(max_examples=20, deadline=None)
@given(
    flow=st.sampled_from([*LEVEL_FLOWS, "exports"]),
    month=st.integers(min_value=1, max_value=6),
)
def test_cagr_over_one_year_equals_the_change(
    monthly: Store, singapore: OneAnswer, flow: str, month: int
) -> None:
    before = Select(flow=flow, period=f"2024-{month:02d}")
    now = Select(flow=flow, period=f"2025-{month:02d}")
    ev = _evaluator(singapore, monthly)
    cagr = ev.value(Cagr(first=before, last=now, years=1))
    change = ev.value(Change(now=now, before=before))
    assert cagr.figure is not None
    assert change.figure is not None
    assert cagr.figure.value == change.figure.value
    assert cagr.figure.value == pytest.approx((_level(now) / _level(before) - 1) * 100, abs=0.051)


def _level(leaf: Select) -> float:
    month = rt.sg_month(leaf.period)
    if leaf.flow == "exports":
        return month["domestic exports"] + month["re-exports"]
    return month[leaf.flow]


@settings(max_examples=12, deadline=None)
@given(month=st.sampled_from(rt.sg_months()))
def test_identity_total_equals_the_sum_of_its_components(
    monthly: Store, singapore: OneAnswer, month: str
) -> None:
    ev = _evaluator(singapore, monthly)
    total = ev.value(Select(flow="exports", period=month))
    summed = ev.value(
        Sum(
            over="flows",
            terms=(
                Select(flow="domestic exports", period=month),
                Select(flow="re-exports", period=month),
            ),
        )
    )
    assert total.figure is not None
    assert summed.figure is not None
    assert total.figure.value == summed.figure.value

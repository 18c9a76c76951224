"""The evidence invariant, rule by rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import EvidenceError
from bot.evidence import (
    _NUMBER,
    _after_currency,
    check_evidence,
    drop_untraced,
    numbers_in,
    structural_spans,
    untraced,
)
from bot.records import Answer, Citation, Claim, Figure, QueryPlan


def _figure(value: float = 18.5, display: str = "18.5%") -> Figure:
    return Figure(
        label="Total exports, year-on-year change, March 2025",
        value=value,
        unit="%",
        formula="(455.5 / 384.5 - 1) x 100 = 18.5%",
        sources=("tables/headline.csv rows 4, 16",),
        display=display,
        period="2025-03",
    )


def _cite(quote: str = "Exports rose 35.8% in March.") -> Citation:
    return Citation(
        id=1, source="articles/a-2026.txt", quote=quote, title="Q1 2026", date="2026-04-20"
    )


def test_numbers_are_read_with_commas_decimals_and_without_signs() -> None:
    assert numbers_in("HK$ 5,240.3 bn, -14.1% and 125%") == [5240.3, 14.1, 125.0]


def test_figure_values_and_formula_operands_are_traced() -> None:
    text = "Exports rose 18.5% (455.5 against 384.5, x 100)."
    assert check_evidence(Answer(text, figures=(_figure(),))) == []


def test_an_invented_number_is_a_violation() -> None:
    text = "Exports rose 18.5%, the best since 19.2% in 2021."
    assert check_evidence(Answer(text, figures=(_figure(),))) == ["untraced number '19.2'"]


def test_numbers_in_quotes_are_traced_and_quotes_must_appear() -> None:
    cite = _cite()
    ok = Answer("The article says:\n\n> Exports rose 35.8% in March. [1]", citations=(cite,))
    assert check_evidence(ok) == []
    missing = Answer("It said 35.8%.", citations=(cite,))
    assert check_evidence(missing) == ["citation [1] is not quoted in the answer"]


def test_structural_numbers_are_allowed() -> None:
    text = "1. In 2024-03 and Q1 2026, from 2025-11..2026-01 to 2026-02-27, the top 5 [2] in 2025."
    assert check_evidence(Answer(text)) == []


def test_a_year_with_a_currency_or_percent_is_not_structural() -> None:
    assert check_evidence(Answer("It reached HK$ 2024 bn.")) == ["untraced number '2024'"]
    assert check_evidence(Answer("It grew 2024%.")) == ["untraced number '2024'"]


def test_row_numbers_count_only_inside_the_verbatim_source_label() -> None:
    fig = _figure()
    assert check_evidence(Answer("Source: tables/headline.csv rows 4, 16", figures=(fig,))) == []
    assert check_evidence(Answer("There were 16 markets.", figures=(fig,))) == [
        "untraced number '16'"
    ]


def test_the_claimed_number_may_be_repeated() -> None:
    plan = QueryPlan("claim", "Is 125% right?", claim=Claim(125.0, "%", "125%"))
    assert check_evidence(Answer("The article's 125% ...", plan=plan)) == []


def test_drop_untraced_keeps_the_traced_sentences() -> None:
    answer = Answer("Exports rose 18.5%. They will rise 40% next year.", figures=(_figure(),))
    text, dropped = drop_untraced(answer)
    assert text == "Exports rose 18.5%."
    assert dropped == ["They will rise 40% next year."]


def test_evidence_error_lists_violations() -> None:
    with pytest.raises(EvidenceError, match="untraced number"):
        raise EvidenceError(["untraced number '3'"])


def test_a_rankings_cut_off_as_the_question_states_it_is_traced() -> None:
    plan = QueryPlan(
        "rank",
        "How many markets grew more than 50%?",
        threshold=-50.0,
        threshold_op="lt",
        threshold_unit="%",
    )
    text = "Exports rose 18.5%, below -50%."
    assert check_evidence(Answer(text, figures=(_figure(),), plan=plan)) == []
    other = QueryPlan("rank", "q", threshold=40.0, threshold_op="gt", threshold_unit="%")
    assert check_evidence(Answer(text, figures=(_figure(),), plan=other)) == [
        "untraced number '50'"
    ]


def _reference_untraced(text: str, allowed: set[float], verbatim: list[str]) -> list[str]:
    """The rule written plainly, one number at a time (what `untraced` vectorises)."""
    spans = structural_spans(text)
    for label in verbatim:
        start = text.find(label)
        while label and start >= 0:
            spans.append((start, start + len(label)))
            start = text.find(label, start + 1)
    bad = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in spans):
            continue
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        if not any(abs(value - a) <= 1e-9 * max(1.0, abs(a)) for a in allowed):
            bad.append(match.group(0))
    return bad


_PIECES = st.sampled_from(
    ["12.5", "1,234.5", "2024", "US$ 2025", "€2024", "USD 2023", "x.csv row 14", "7", "[1]",
     "2024-03", "top 5", "0.1", "EU 27", " ", "rose ", "\n- ", "%", ", ", "Q1 ", "99.99"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(_PIECES, max_size=40),
    allowed=st.sets(st.sampled_from([12.5, 1234.5, 7.0, 0.1, 2024.0, 99.99, 27.0]), max_size=4),
    verbatim=st.lists(st.sampled_from(["x.csv row 14", "EU 27", "rose 7"]), max_size=2),
)
def test_untraced_equals_the_rule_read_one_number_at_a_time(
    pieces: list[str], allowed: set[float], verbatim: list[str]
) -> None:
    text = "".join(pieces)
    assert untraced(text, allowed, verbatim) == _reference_untraced(text, allowed, verbatim)


def test_a_year_after_a_currency_code_many_spaces_away_is_an_amount() -> None:
    assert untraced("It cost USD" + " " * 50 + "2024 in all.", set()) == ["2024"]
    assert untraced("In XUSD 2024 it rose.", set()) == []  # XUSD is no currency code


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=30))
def test_a_currency_before_a_year_is_read_as_the_regular_expression_reads_it(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    before = re.compile(r"(?:\$|€|£|¥|\b[A-Z]{3})\s*$")
    for match in re.finditer(r"\d{4}", text):
        expected = bool(before.search(text[: match.start()]))
        assert _after_currency(text, match.start()) == expected

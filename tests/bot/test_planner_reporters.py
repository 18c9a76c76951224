"""The reporting economy, base periods and span comparisons, over tables of several
reporters in one store (layouts like statistics offices publish: a wide monthly table
whose reporter is in a note, a headline table whose reporter is in the title, a long
quarterly table with a reporter column, a long table of several reporters)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.planner import plan
from bot.records import QueryPlan
from bot.vocabulary import Vocabulary, reporter_columns
from ingest import load_tables

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _write_wide_monthly(folder: Path) -> None:
    """Exports by partner, months as columns; the reporter only in the notes."""
    columns = [f"{_MONTHS[i % 12]} {2024 + i // 12}" for i in range(18)]
    partners = {"Total": 20000, "United States": 7000, "China": 4000, "Japan": 2000,
                "Korea¹": 2100, "Thailand": 500}  # fmt: skip
    lines = [
        '"General Statistics Office of Viet Nam"',
        '"Table 7.2: Exports of goods by main country and territory, monthly"',
        '"Unit: US$ million"',
        "",
        ",".join(['"Country/territory"', *(f'"{c}"' for c in columns)]),
    ]
    for name, base in partners.items():
        lines.append(",".join([f'"{name}"', *(f'"{base + 10 * i:,.1f}"' for i in range(18))]))
    lines += [
        "",
        '"Note: ¹ Republic of Korea. .. = not available."',
        '"Source: General Statistics Office of Viet Nam, based on customs declarations."',
    ]
    text = "\n".join(lines) + "\n"
    (folder / "vn_exports_partner_monthly_wide.csv").write_text(text, encoding="utf-8")


def _write_headline(folder: Path) -> None:
    """Monthly totals; the reporter only in the title."""
    lines = ['"Thailand: Merchandise trade, monthly"', "(US$ million)",
             "Month,Exports,Imports,Trade balance"]  # fmt: skip
    for i in range(20):
        month = f"{_MONTHS[i % 12]}-{24 + i // 12}"
        lines.append(f'{month},"{22000 + 50 * i:,.1f}","{21000 + 60 * i:,.1f}",{1000 - 10 * i:.1f}')
    lines += ["", '"Source: Ministry of Commerce, Thailand"']
    (folder / "th_monthly_trade_headline.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_long_quarterly(folder: Path) -> None:
    """Quarterly trade by partner and flow, with a one-valued Reporter column."""
    lines = ["Quarter,Reporter,Partner,Flow,Trade Value (US$ '000)"]
    for year in (2024, 2025):
        for quarter in (1, 2):
            for partner, value in (("World", 90000), ("China", 35000), ("Japan", 9000),
                                   ("India", 4000)):  # fmt: skip
                for flow in ("Export", "Import"):
                    amount = value + quarter * 100 + (year - 2024) * 1000
                    lines.append(f'Q{quarter} {year},Australia,{partner},{flow},"{amount:,}"')
    (folder / "au_quarterly_trade_long.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_several_reporters(folder: Path) -> None:
    lines = ["period,reporterDesc,partnerDesc,flowDesc,primaryValue"]
    for year in (2023, 2024):
        for reporter in ("Malaysia", "Indonesia"):
            for partner, value in (("World", 5000), ("China", 900), ("Japan", 400)):
                lines.append(f"{year},{reporter},{partner},Export,{value + (year - 2023) * 50}")
    (folder / "comtrade_asean_annual.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    folder = tmp_path_factory.mktemp("reporters")
    for write in (_write_wide_monthly, _write_headline, _write_long_quarterly,
                  _write_several_reporters):  # fmt: skip
        write(folder)
    tables = [table for path in sorted(folder.iterdir()) for table in load_tables(path)]
    assert len(tables) == 4
    named = {
        card.id: [str(v) for column in reporter_columns(card) for v in frame[column].unique()]
        for card, frame in tables
        if reporter_columns(card)
    }
    return Vocabulary.from_cards([card for card, _ in tables], reporters=named)


def _table(vocab: Vocabulary, prefix: str) -> str:
    return next(c.id for c in vocab.cards if c.id.startswith(prefix))


def _check(result: QueryPlan, expected: dict[str, Any], vocab: Vocabulary) -> None:
    for name, value in expected.items():
        if name == "tables":
            assert result.table_ids == tuple(_table(vocab, p) for p in value), result
        else:
            assert getattr(result, name) == value, (name, result)


def test_each_table_knows_its_reporter(vocab: Vocabulary) -> None:
    assert vocab.reporters_of(_table(vocab, "vn-")) == {"VNM"}  # from the agency note
    assert vocab.reporters_of(_table(vocab, "th-")) == {"THA"}  # from the title
    assert vocab.reporters_of(_table(vocab, "au-")) == {"AUS"}  # from the Reporter column
    several = _table(vocab, "comtrade-")
    assert vocab.reporters_of(several) == {"MYS", "IDN"}
    assert vocab.reporter_filter(several, "MYS") == ("reporter_desc", "Malaysia")


def test_the_file_name_tells_the_reporter_when_nothing_else_does(vocab: Vocabulary) -> None:
    alone = Vocabulary.from_cards(vocab.cards)  # the Reporter column's values not given
    assert alone.reporters_of(_table(vocab, "au-")) == {"AUS"}


REPORTED: list[tuple[str, dict[str, Any]]] = [
    ("What were Viet Nam's exports to the United States in March 2025?",
     {"reporter": "Viet Nam", "partners": ("United States",), "unmatched": (), "tables": ["vn-"]}),
    ("Thai exports in August 2025", {"reporter": "Thailand", "tables": ["th-"], "partners": ()}),
    ("How much did Thai imports grow year on year in August 2025?",
     {"reporter": "Thailand", "flow": "imports", "basis": "yoy", "tables": ["th-"]}),
    ("What were Australia's imports from India in Q1 2025?",
     {"reporter": "Australia", "flow": "imports", "partners": ("India",), "tables": ["au-"]}),
    ("What were the exports of Thailand in May 2025?", {"reporter": "Thailand", "tables": ["th-"]}),
    ("Which were Viet Nam's top 3 export markets in May 2025?",
     {"intent": "rank", "top_n": 3, "unmatched": (), "tables": ["vn-"]}),
    ("Which markets drove the increase in Viet Nam's exports in June 2025?",
     {"intent": "rank", "unmatched": (), "tables": ["vn-"]}),
    ("What was Viet Nam's trade balance in March 2025?",
     {"intent": "balance", "reporter": "Viet Nam", "unmatched": (), "tables": ["vn-"]}),
    ("What were Thailand's total exports in January-August 2025?",
     {"intent": "aggregate", "partners": (), "periods": ("2025-01..2025-08",), "tables": ["th-"]}),
    ("Compare Viet Nam's exports to Japan and Korea in Q2 2025",
     {"intent": "compare", "partners": ("Japan", "Korea"), "tables": ["vn-"]}),
    ("What were Malaysia's exports to Japan in 2024?",
     {"reporter": "Malaysia", "partners": ("Japan",), "tables": ["comtrade-"],
      "filters": (("reporter_desc", "Malaysia"),)}),
    ("What risks to Viet Nam's exports did analysts mention?",
     {"intent": "text", "reporter": "Viet Nam", "partners": ()}),
    ("What were Germany's exports in 2024?", {"reporter": None, "unmatched": ("Germany",)}),
    ("What were exports to Thailand in May 2025?",
     {"reporter": None, "partners": ("Thailand",), "unmatched": ()}),
    ("What were total exports to India in Q1 2025?", {"partners": ("India",), "reporter": None}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), REPORTED, ids=[q for q, _ in REPORTED])
def test_the_reporter_picks_its_tables(
    vocab: Vocabulary, question: str, expected: dict[str, Any]
) -> None:
    _check(plan(question, vocab), expected, vocab)


def test_no_reporter_named_keeps_every_candidate(vocab: Vocabulary) -> None:
    result = plan("What were exports to Japan in Q1 2025?", vocab)
    assert result.reporter is None
    assert len(result.table_ids) >= 2


def test_a_follow_up_keeps_the_reporter(vocab: Vocabulary) -> None:
    first = plan("What were Thailand's imports in June 2025?", vocab)
    second = plan("What about exports?", vocab, previous=first)
    _check(second, {"reporter": "Thailand", "flow": "exports", "tables": ["th-"]}, vocab)
    fresh = plan("What were exports to Japan in March 2025?", vocab, previous=second)
    assert fresh.reporter is None


def test_a_follow_up_can_name_another_reporter(vocab: Vocabulary) -> None:
    first = plan("What were Thailand's exports in May 2025?", vocab)
    second = plan("And Viet Nam?", vocab, previous=first)
    assert second.reporter in ("Viet Nam", "Vietnam")
    _check(second, {"partners": (), "unmatched": (), "tables": ["vn-"]}, vocab)
    before = plan("Viet Nam's exports to China in May 2025", vocab)
    third = plan("And Japan?", vocab, previous=before)
    _check(third, {"reporter": "Viet Nam", "partners": ("Japan",), "tables": ["vn-"]}, vocab)


def test_those_after_a_comparison_ranks_only_its_partners(vocab: Vocabulary) -> None:
    first = plan("Compare Viet Nam's exports to Japan and Korea in Q2 2025", vocab)
    second = plan("Which of those grew fastest?", vocab, previous=first)
    _check(
        second,
        {"intent": "rank", "partners": ("Japan", "Korea"), "periods": ("2025-Q2",),
         "reporter": "Viet Nam", "tables": ["vn-"]},
        vocab,
    )  # fmt: skip


PERIODS: list[tuple[str, dict[str, Any]]] = [
    # the period after "compared with" is the base; the other is asked
    ("Which markets grew fastest in Q2 2025 compared with Q2 2024?",
     {"intent": "rank", "periods": ("2025-Q2",), "basis": "yoy"}),
    ("Which markets grew fastest in Q2 2025 compared with Q4 2024?",
     {"intent": "rank", "periods": ("2024-Q4", "2025-Q2"), "basis": "between"}),
    ("How much did exports to Japan grow year on year in Q2 2025 compared with Q2 2024?",
     {"intent": "change", "periods": ("2025-Q2",), "basis": "yoy"}),
    # quarter on quarter: the quarter and the one before it, oldest first
    ("What was the quarter-on-quarter change in Australia's imports from India in Q2 2025?",
     {"intent": "change", "periods": ("2025-Q1", "2025-Q2"), "basis": "between",
      "tables": ["au-"]}),
    ("Australia's q-o-q export growth in Q1 2025",
     {"intent": "change", "periods": ("2024-Q4", "2025-Q1"), "basis": "between"}),
    ("How did Australia's exports to China change on the previous quarter in Q2 2025?",
     {"periods": ("2025-Q1", "2025-Q2"), "basis": "between"}),
    ("How much did exports to Japan rise from the previous month in March 2025?",
     {"intent": "change", "periods": ("2025-03",), "basis": "mom"}),
    # two spans compared: both, oldest first
    ("How did exports to Japan in Q2 2025 compare with Q2 2024?",
     {"intent": "change", "periods": ("2024-Q2", "2025-Q2"), "basis": "between"}),
    ("Exports to Japan in H1 2025 vs H1 2024",
     {"intent": "change", "periods": ("2024-H1", "2025-H1"), "basis": "between"}),
    ("What were exports to the US year to date through April 2025, and how does that compare "
     "with the same period of 2024?",
     {"intent": "change", "periods": ("2024-01..2024-04", "2025-01..2025-04"),
      "basis": "between", "partners": ("United States",)}),
    ("Which markets grew fastest in the first half of 2025?",
     {"intent": "rank", "periods": ("2025-H1",), "basis": "yoy"}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), PERIODS, ids=[q for q, _ in PERIODS])
def test_bases_and_spans(vocab: Vocabulary, question: str, expected: dict[str, Any]) -> None:
    _check(plan(question, vocab), expected, vocab)

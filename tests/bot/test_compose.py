"""The answer's layout: the lead first, a small table, a short "How this was computed".

The end-to-end tests answer questions on the bundled samples with the real engine in
strict mode (an untraced number raises), so the short row references are checked by the
evidence invariant too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import Answer, Engine, check_evidence
from bot.compose import computed_block, notes_block
from bot.provenance import cite, parse_source, row_citations, rows_text
from bot.records import Figure
from ingest import IngestSettings, ingest_paths
from tests.bot import samples_data as data
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

TREND = "How did exports change month by month in 2025?"
TABLE_FILE = "hk_monthly_trade_headlines_2023-12_to_2026-05.csv"
BUDGET = 1500  # characters of Markdown before the quotes


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    where: Path = tmp_path_factory.mktemp("samples")
    store = open_store(StoreSettings(store=where), embedder=HashingEmbedder())
    assert not ingest_paths([data.SAMPLES], store, IngestSettings()).failed
    yield store
    store.close()


@pytest.fixture(scope="module")
def trend(sample_store: Store) -> Answer:
    return Engine(sample_store, strict=True).answer(TREND)


def before_quotes(answer: Answer) -> str:
    return answer.text.split("**What the articles say**", 1)[0]


def test_twelve_month_trend_stays_within_the_length_budget(trend: Answer) -> None:
    assert len(before_quotes(trend)) < BUDGET, before_quotes(trend)
    assert check_evidence(trend) == []


def test_the_lead_comes_first_with_the_answers_figures(trend: Answer) -> None:
    lead = trend.text.split("\n\n", 1)[0]
    assert lead.startswith("Total exports went from 0.1% in January 2025 to 26.1%")
    assert "26.0 pp" in lead
    assert "|" not in lead
    assert "**" not in lead


def test_twelve_values_become_a_table_of_period_and_value(trend: Answer) -> None:
    rows = [line for line in trend.text.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Period | Total exports, year-on-year change |"
    assert len(rows) == 13  # the heading and twelve months
    assert rows[1] == "| January 2025 | 0.1% |"
    assert rows[-1] == "| December 2025 | 26.1% |"
    assert "\n- January 2025" not in trend.text  # not listed a second time


def test_how_it_was_computed_is_one_line_per_computation(trend: Answer) -> None:
    block = trend.text.split("**How this was computed**\n", 1)[1].split("\n\n", 1)[0]
    assert block.splitlines() == [
        f"- Values in the table: as published (`{TABLE_FILE}, rows 15–26`)",
        "- Change in total exports, January 2025 to December 2025: 26.1 - 0.1 = 26.0 pp "
        f"(`{TABLE_FILE}, rows 15, 26`)",
    ]


def test_row_attributes_stay_out_of_the_text_but_in_the_json(trend: Answer) -> None:
    assert "source_kind" not in trend.text
    assert "source_file" not in trend.text
    figures = trend.to_dict()["figures"]
    assert len(figures) == 13  # twelve months and the change over the year
    assert [f["display"] for f in figures[:12]] == [
        "0.1%", "15.4%", "18.5%", "14.7%", "15.5%", "11.9%",
        "14.3%", "14.5%", "16.1%", "17.5%", "18.8%", "26.1%",
    ]  # fmt: skip
    assert all("source_kind: " in f["sources"][0] for f in figures)
    for figure in figures[:12]:  # each value of the table is still a figure of the JSON
        assert f"| {figure['display']} |" in trend.text


def test_the_caution_note_appears_once(trend: Answer) -> None:
    assert trend.text.count("treat them with caution") == 1
    assert "**Notes**\n- The figures for January 2025" in trend.text


def test_a_single_lookup_keeps_a_one_line_provenance(sample_store: Store) -> None:
    answer = Engine(sample_store, strict=True).answer("What were total exports in 2025?")
    assert answer.text.startswith("Total exports were HK$ 5,240.3 bn in 2025.\n\n")
    assert "- Total exports, 2025: as published (`hk_partner_values_stated.csv, row 4`)" in (
        answer.text
    )


def test_a_ranking_becomes_a_table_of_markets(sample_store: Store) -> None:
    answer = Engine(sample_store, strict=True).answer("Which markets grew fastest in January 2026?")
    assert "| Market | Value |" in answer.text
    assert "| Switzerland | 105.1% |" in answer.text
    assert len(before_quotes(answer)) < BUDGET


# -- the parts, on hand-made figures -----------------------------------------------


def _fig(label: str, display: str, formula: str, source: str, **extra: object) -> Figure:
    value = float(re.sub(r"[^\d.]", "", display))
    unit = "%" if display.endswith("%") else "HK$ bn"
    return Figure(label, value, unit, formula, (source,), display, **extra)  # type: ignore[arg-type]


def test_a_published_rate_that_the_recomputation_matches_is_said_once() -> None:
    published = _fig(
        "Exports, year-on-year change, March 2025",
        "18.5%",
        "as published: 18.5%",
        "t/h.csv row 16 (source_kind: official)",
        period="2025-03",
    )
    ours = _fig(
        "Exports, change, March 2025",
        "18.5%",
        "(455.5 / 384.5 - 1) x 100 = 18.5%",
        "t/h.csv rows 4, 16",
        period="2025-03",
    )
    assert computed_block([published, ours]).splitlines() == [
        "**How this was computed**",
        "- Exports, change, March 2025: (455.5 / 384.5 - 1) x 100 = 18.5%, matching the "
        "published 18.5% (`h.csv, rows 4, 16`)",
    ]


def test_computations_on_the_same_rows_share_a_line() -> None:
    a = _fig("Share", "12.0%", "6 / 50 x 100 = 12.0%", "t/h.csv rows 4, 5")
    b = _fig("Rest", "88.0%", "100 - 12.0 = 88.0%", "t/h.csv rows 4, 5")
    (_, line) = computed_block([a, b]).splitlines()
    assert line == "- Share: 6 / 50 x 100 = 12.0%; Rest: 100 - 12.0 = 88.0% (`h.csv, rows 4, 5`)"


def test_notes_are_listed_once() -> None:
    assert notes_block(["Mind the gap.", "Mind the gap.", " "]) == "**Notes**\n- Mind the gap."
    assert notes_block([]) == ""


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        ([4], "row 4"),
        ([15, 16], "rows 15, 16"),
        ([17, 15, 16, 26], "rows 15–17, 26"),
        ([3, 9, 10, 11, 12], "rows 3, 9–12"),
    ],
)
def test_rows_are_written_as_ranges(rows: list[int], text: str) -> None:
    assert rows_text(rows) == text


def test_sources_are_read_back_and_cited_per_file() -> None:
    ref = parse_source("samples/t/x.csv rows 16, 28 (source_kind: news (RTHK))")
    assert ref is not None
    assert (ref.path, ref.file, ref.rows) == ("samples/t/x.csv", "x.csv", (16, 28))
    assert ref.attributes == "source_kind: news (RTHK)"
    figures = [
        _fig("a", "1.0%", "as published: 1.0%", "samples/t/x.csv row 16"),
        _fig("b", "2.0%", "as published: 2.0%", "samples/t/x.csv row 17"),
        _fig("c", "3.0%", "as published: 3.0%", "samples/u/y.csv row 2"),
    ]
    assert cite(figures) == "x.csv, rows 16, 17; y.csv, row 2"


def test_a_row_reference_is_traced_only_for_rows_the_figures_cite() -> None:
    figures = [_fig("a", "1.0%", "as published: 1.0%", f"t/x.csv row {r}") for r in (15, 16, 17)]
    assert row_citations("(`x.csv, rows 15–17`)", figures) == ["x.csv, rows 15–17"]
    assert row_citations("(`x.csv, rows 15–18`)", figures) == []  # row 18 is not cited
    assert row_citations("(`y.csv, row 15`)", figures) == []  # another file
    bad = Answer("Exports rose 1.0% (`x.csv, rows 15–18`).", figures=tuple(figures))
    assert check_evidence(bad) == ["untraced number '15'", "untraced number '18'"]

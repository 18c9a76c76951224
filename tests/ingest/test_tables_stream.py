"""A large long CSV read in chunks (`ingest.tables.stream`) gives exactly what reading the
whole file gives; a file whose parts could disagree with the whole is read whole."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from ingest.tables import load_tables
from ingest.tables.stream import read_long_table
from vectorstore.records import TableCard

CHUNK = 500  # rows a chunk: a head of 4,000 rows, then a dozen chunks
ROWS = 10_000
HEADER = "period,flow,partner,product,value_hkd_thousand"
FLOWS = ("domestic exports", "re-exports", "imports")
PARTNERS = ("Japan", "Germany", "Singapore", "Australia", "Canada", "Korea", "Taiwan")
PRODUCTS = ("HS84 machinery", "HS85 electrical machinery", "HS71 pearls and stones")

Line = Callable[[int, list[str]], list[str]]


def data_line(index: int, rng: random.Random) -> list[str]:
    """The cells of data row ``index``: a month, flow, partner, product and value."""
    block = index // (len(FLOWS) * len(PRODUCTS))
    year, month = 1990 + block // (12 * len(PARTNERS)), 1 + block // len(PARTNERS) % 12
    return [
        f"{year}-{month:02d}",
        FLOWS[index % 3],
        PARTNERS[block % len(PARTNERS)],
        PRODUCTS[index // 3 % 3],
        f"{rng.uniform(1, 900_000):.1f}",
    ]


def write_long(
    path: Path,
    *,
    edit: Line | None = None,
    above: str = "",
    below: str = "",
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    """A long table of ``ROWS`` data rows; ``edit`` may change a row's cells."""
    rng = random.Random(11)
    lines = [HEADER.replace(",", delimiter)]
    for index in range(ROWS):
        cells = data_line(index, rng)
        cells = edit(index, cells) if edit is not None else cells
        lines.append(delimiter.join(f'"{c}"' if "," in c else c for c in cells))
    path.write_text(above + "\n".join(lines) + "\n" + below, encoding=encoding, newline="")
    return path


def both_ways(path: Path) -> list[tuple[TableCard, pd.DataFrame]]:
    """The tables read in chunks (when the file allows), after checking that reading the
    whole file gives the same cards and frames."""
    streamed = load_tables(path, stream_from=0, chunk_rows=CHUNK)
    whole = load_tables(path, stream_from=1 << 40)
    assert len(streamed) == len(whole)
    for (card, frame), (whole_card, whole_frame) in zip(streamed, whole, strict=True):
        assert card == whole_card
        pd.testing.assert_frame_equal(frame, whole_frame)
    return streamed


def is_streamed(path: Path) -> bool:
    return read_long_table(path, lambda layout: "", chunk_rows=CHUNK) is not None


def test_a_long_csv_read_in_chunks_equals_the_whole_file(tmp_path: Path) -> None:
    above = "Table 3: Trade by partner and product\nUnit: HK$ thousand\n\n"
    path = write_long(tmp_path / "long.csv", above=above)

    ((card, frame),) = both_ways(path)

    assert is_streamed(path)
    assert len(frame) == ROWS
    assert frame["row"].iloc[[0, -1]].tolist() == [5, ROWS + 4]
    assert {d.name: len(d.values) for d in card.dimensions} == {
        "flow": 3,
        "partner": len(PARTNERS),
        "product": len(PRODUCTS),
    }
    assert card.title == "Table 3: Trade by partner and product"


def test_utf16_with_a_sep_line_is_read_in_chunks_with_its_line_numbers(tmp_path: Path) -> None:
    path = write_long(tmp_path / "long.csv", above="sep=;\n", delimiter=";", encoding="utf-16")

    ((_card, frame),) = both_ways(path)

    assert is_streamed(path)
    assert frame["row"].iloc[0] == 3  # the sep= line and the header come first


def _blank_flow_at_a_chunk_start(index: int, cells: list[str]) -> list[str]:
    # data row 3,999 is the first row of the first chunk (the head holds 4,000 lines): a flow
    # written once above its rows is carried down, from the row above the chunk
    return [cells[0], "", *cells[2:]] if index in {3999, 4000} else cells


def _blank_period_at_a_chunk_start(index: int, cells: list[str]) -> list[str]:
    return [cells[0] if index % 2 else "", *cells[1:]] if 3999 <= index < 7000 else cells


def _a_column_far_down(index: int, cells: list[str]) -> list[str]:
    return [*cells, "revised estimate"] if index > 8000 else cells


def _a_flag_far_down(index: int, cells: list[str]) -> list[str]:
    return [*cells[:4], f"{cells[4]} p"] if index > ROWS - 50 else cells


def _a_bad_period_far_down(index: int, cells: list[str]) -> list[str]:
    return ["2025-13", *cells[1:]] if index == 9000 else cells


@pytest.mark.parametrize(
    ("edit", "below"),
    [
        pytest.param(None, "\nSource: Census and Statistics Department\n", id="notes-at-the-end"),
        pytest.param(
            None,
            "\nTable 2: Imports by partner\nperiod,partner,imports\n2025-01,Japan,100\n",
            id="a-second-table-below",
        ),
        pytest.param(_a_column_far_down, "", id="a-plan-change-far-down"),
        pytest.param(_blank_flow_at_a_chunk_start, "", id="a-blank-flow-at-a-chunk-start"),
        pytest.param(_blank_period_at_a_chunk_start, "", id="merged-periods-from-a-chunk-start"),
        pytest.param(_a_flag_far_down, "", id="a-flag-far-down"),
        pytest.param(_a_bad_period_far_down, "", id="an-unreadable-period-far-down"),
    ],
)
def test_a_file_whose_parts_could_disagree_is_read_whole(
    tmp_path: Path, edit: Line | None, below: str
) -> None:
    path = write_long(tmp_path / "long.csv", edit=edit, below=below)

    tables = both_ways(path)

    assert not is_streamed(path)
    assert sum(len(frame) for _, frame in tables) >= ROWS - 1500


def test_a_blank_flow_at_a_chunk_start_is_carried_down_as_in_the_whole_file(
    tmp_path: Path,
) -> None:
    path = write_long(tmp_path / "long.csv", edit=_blank_flow_at_a_chunk_start)

    ((_card, frame),) = both_ways(path)

    flows = frame.set_index("row")["flow"]
    assert flows[4001] == flows[4002] == flows[4000] == "imports"


def test_a_legacy_encoding_is_read_whole(tmp_path: Path) -> None:
    def accented(index: int, cells: list[str]) -> list[str]:
        return [*cells[:2], "Curaçao" if index % 7 == 0 else cells[2], *cells[3:]]

    path = write_long(tmp_path / "long.csv", edit=accented, encoding="cp1252")

    ((_card, frame),) = both_ways(path)

    assert not is_streamed(path)
    assert "Curaçao" in set(frame["partner"])

"""Property: one table of figures, written in many styles a publisher might use, always reads
back to the same figures, each at the line it was written on."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ingest.tables import load_tables

PARTNERS = ["Japan", "Singapore", "United States", "Chinese Mainland", "Viet Nam", "Germany"]
MONTH_STYLES: list[Callable[[int, int], str]] = [
    lambda y, m: f"{y}-{m:02d}",
    lambda y, m: f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][m - 1]} {y}",
    lambda y, m: f"{y}M{m:02d}",
    lambda y, m: f"{y} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][m - 1]}",
    lambda y, m: f"{['January', 'February', 'March', 'April', 'May', 'June'][m - 1]} {y}",
]
QUARTER_STYLES: list[Callable[[int, int], str]] = [
    lambda y, q: f"{y}Q{q}",
    lambda y, q: f"{y} Q{q}",
    lambda y, q: f"Q{q} {y}",
    lambda y, q: f"{q}Q{y % 100}",
    lambda y, q: f"{['Jan-Mar', 'Apr-Jun', 'Jul-Sep', 'Oct-Dec'][q - 1]} {y}",
]
NUMBER_STYLES: list[Callable[[float], str]] = [
    lambda v: f"{v:.1f}",
    lambda v: f"{v:,.1f}",
    lambda v: f"({abs(v):,.1f})" if v < 0 else f"{v:,.1f}",
    lambda v: f"{v:,.1f}*",
    lambda v: f"{v:.1f}".replace("-", "\u2212"),
]
MISSING = ["-", "..", "N.A.", "", "x", "–"]


@dataclass(frozen=True)
class Style:
    wide: bool
    month: int
    number: int
    missing: str
    title: bool
    notes: bool
    delimiter: str = ","
    encoding: str = "utf-8"
    split_header: bool = False
    quarterly: bool = False
    excel: bool = False


_styles = st.builds(
    Style,
    wide=st.booleans(),
    month=st.integers(0, len(MONTH_STYLES) - 1),
    number=st.integers(0, len(NUMBER_STYLES) - 1),
    missing=st.sampled_from(MISSING),
    title=st.booleans(),
    notes=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    split_header=st.booleans(),
    quarterly=st.booleans(),
    excel=st.booleans(),
)
_value = st.one_of(
    st.none(),
    st.floats(min_value=-99999, max_value=99999, allow_nan=False).map(lambda v: round(v, 1)),
)


def _render(
    style: Style, partners: list[str], months: list[int], cells: dict[tuple[str, int], float | None]
) -> tuple[str, dict[tuple[str, str], tuple[float | None, int]]]:
    """The file text, and for each (partner, canonical month) the figure and its line."""
    lines: list[list[str]] = []
    if style.title:
        lines += [["Table 7: Hong Kong re-exports by market"], ["(HK$ million)"], []]
    expected: dict[tuple[str, str], tuple[float | None, int]] = {}

    def shown(value: float | None) -> str:
        return style.missing if value is None else NUMBER_STYLES[style.number](value)

    stamp = {m: MONTH_STYLES[style.month](2025, m) for m in months}
    canonical = {m: f"2025-{m:02d}" for m in months}
    if style.quarterly:
        stamp = {q: QUARTER_STYLES[style.month](2025, q) for q in months}
        canonical = {q: f"2025-Q{q}" for q in months}
    if style.wide and style.split_header and not style.quarterly:
        lines.append(["", "2025", *([""] * (len(months) - 1))])
        lines.append(
            ["Market", *(["Jan", "Feb", "Mar", "Apr", "May", "Jun"][m - 1] for m in months)]
        )
        for partner in partners:
            lines.append([partner, *(shown(cells[partner, m]) for m in months)])
            for m in months:
                expected[partner, canonical[m]] = (cells[partner, m], len(lines))
    elif style.wide:
        lines.append(["Market", *(stamp[m] for m in months)])
        for partner in partners:
            lines.append([partner, *(shown(cells[partner, m]) for m in months)])
            for m in months:
                expected[partner, canonical[m]] = (cells[partner, m], len(lines))
    else:
        lines.append(["Month", "Market", "Re-exports (HK$ mn)"])
        for m in months:
            for partner in partners:
                lines.append([stamp[m], partner, shown(cells[partner, m])])
                expected[partner, canonical[m]] = (cells[partner, m], len(lines))
    if style.notes:
        lines += [[], ["Note: Figures may not add up due to rounding."], ["Source: C&SD"]]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=style.delimiter, lineterminator="\n").writerows(lines)
    return buffer.getvalue(), expected


def _write(folder: Path, style: Style, text: str) -> Path:
    if style.excel:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for line in csv.reader(io.StringIO(text), delimiter=style.delimiter):
            sheet.append([_excel_cell(cell) for cell in line])
        path = folder / "rendered.xlsx"
        book.save(path)
        return path
    path = folder / ("rendered.tsv" if style.delimiter == "\t" else "rendered.csv")
    encoding = style.encoding
    if encoding == "cp1252" and "\u2212" in text:
        encoding = "utf-8"  # cp1252 has no unicode minus
    path.write_bytes(text.encode(encoding))
    return path


def _excel_cell(cell: str) -> str | float | None:
    """Plain numbers as Excel numbers, the rest as text, empty cells empty."""
    if not cell:
        return None
    try:
        return float(cell)
    except ValueError:
        return cell


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    style=_styles,
    partners=st.lists(st.sampled_from(PARTNERS), min_size=2, max_size=5, unique=True),
    months=st.lists(st.integers(1, 6), min_size=2, max_size=6, unique=True).map(sorted),
    data=st.data(),
)
def test_every_rendering_reads_back_the_same_figures(
    tmp_path: Path, style: Style, partners: list[str], months: list[int], data: st.DataObject
) -> None:
    if style.quarterly:  # the numbers stand for quarters
        months = list(range(1, min(len(months), 4) + 1))
    cells = {(p, m): data.draw(_value) for p in partners for m in months}
    cells[partners[0], months[0]] = 1234.5  # at least one figure in every table
    for partner in partners:  # a wide row of empty cells is a section label, not data
        if style.wide and all(cells[partner, m] is None for m in months):
            cells[partner, months[-1]] = -0.5
    text, expected = _render(style, partners, months, cells)
    path = _write(tmp_path, style, text)
    ((card, frame),) = load_tables(path)
    partner = card.dimension("partner")
    assert partner is not None
    assert set(partner.values) == set(partners)
    assert card.periods == tuple(sorted({period for _, period in expected}))
    (measure,) = card.measures
    if style.title or not style.wide:  # else nothing in the file says what the figures are
        assert (measure.flow, measure.unit) == ("re-exports", "HK$ million")
    assert len(frame) == len(expected)
    for (name, period), (value, line) in expected.items():
        got = frame[(frame[partner.name] == name) & (frame["period"] == period)]
        assert got["row"].tolist() == [line]
        read = float(got["value"].iloc[0])
        assert math.isnan(read) if value is None else read == value

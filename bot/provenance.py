"""Where a figure's numbers come from, written short.

A figure's ``sources`` are strings such as
``samples/tables/x.csv row 15 (source_kind: news (RTHK); source_file: a.txt)``: the
table file, its rows, and the row's own source columns. The answer text names only the
file and its rows (``x.csv, rows 15–26``); the source columns stay in the JSON figures
and the web page's figure card.

`row_citations` is how the evidence check accepts such a short reference: the file must
be one a figure cites and every row it names must be a row that file's figures cite.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath

from bot.records import Figure

_SOURCE = re.compile(r"^(?P<file>.+?) rows? (?P<rows>\d+(?:, \d+)*)(?: \((?P<extra>.*)\))?$")
_ROWS = r"rows? (\d+(?:[–-]\d+)?(?:, \d+(?:[–-]\d+)?)*)"
RANGE_DASH = "–"


@dataclass(frozen=True)
class RowRef:
    """Rows of one table file (``path`` as the store names the source)."""

    path: str
    rows: tuple[int, ...]
    attributes: str = ""

    @cached_property
    def file(self) -> str:
        """The file's name without its folders (what the answer shows)."""
        return PurePosixPath(self.path).name or self.path


@functools.lru_cache(maxsize=16384)
def parse_source(source: str) -> RowRef | None:
    """``"t/x.csv rows 16, 28 (kind: news)"`` -> RowRef("t/x.csv", (16, 28), "kind: news");
    None for a source written another way. Remembered: the evidence check and the
    answer's citations read the same sources several times."""
    match = _SOURCE.match(source.strip())
    if match is None:
        return None
    rows = tuple(int(r) for r in match.group("rows").split(", "))
    return RowRef(match.group("file"), rows, match.group("extra") or "")


def rows_text(rows: Iterable[int]) -> str:
    """``[15, 16, 17, 26]`` -> ``"rows 15–17, 26"``; ``[4]`` -> ``"row 4"``."""
    ordered = sorted(set(rows))
    runs: list[list[int]] = []
    for row in ordered:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    parts = [
        str(run[0]) if len(run) == 1 else f"{run[0]}{RANGE_DASH if len(run) > 2 else ', '}{run[-1]}"
        for run in runs
    ]
    word = "row" if len(ordered) == 1 else "rows"
    return f"{word} {', '.join(parts)}"


def cite(figures: Sequence[Figure]) -> str:
    """The files and rows that figures rest on: ``x.csv, rows 15–26; y.csv, row 4``.
    Sources that are not a file and rows are kept as they are written."""
    by_file: dict[str, set[int]] = {}
    names: dict[str, str] = {}
    other: list[str] = []
    for figure in figures:
        for source in figure.sources:
            ref = parse_source(source)
            if ref is None:
                other.append(source)
                continue
            by_file.setdefault(ref.path, set()).update(ref.rows)
            names[ref.path] = ref.file
    files = _unique_names(names)
    parts = [f"{files[path]}, {rows_text(rows)}" for path, rows in by_file.items()]
    return "; ".join([*parts, *dict.fromkeys(other)])


def _unique_names(names: dict[str, str]) -> dict[str, str]:
    """Short file names, or the whole path where two files share a name."""
    counts: dict[str, int] = {}
    for short in names.values():
        counts[short] = counts.get(short, 0) + 1
    return {path: short if counts[short] == 1 else path for path, short in names.items()}


def cited_rows(figures: Iterable[Figure]) -> dict[str, set[int]]:
    """Each file the figures cite (by path and by short name) with the rows they cite."""
    found: dict[str, set[int]] = {}
    for figure in figures:
        for source in figure.sources:
            ref = parse_source(source)
            if ref is not None:
                found.setdefault(ref.path, set()).update(ref.rows)
                found.setdefault(ref.file, set()).update(ref.rows)
    return found


def row_citations(text: str, figures: Iterable[Figure]) -> list[str]:
    """The short references in a text (``x.csv, rows 15–26``) whose file the figures cite
    and whose every row, ranges included, is a row the figures cite from that file."""
    found: list[str] = []
    for name, rows in cited_rows(figures).items():
        for match in re.finditer(re.escape(name) + ", " + _ROWS, text):
            if _expand(match.group(1)) <= rows:
                found.append(match.group(0))
    return found


def _expand(listed: str) -> set[int]:
    rows: set[int] = set()
    for part in listed.split(", "):
        first, _, last = part.replace(RANGE_DASH, "-").partition("-")
        rows.update(range(int(first), int(last or first) + 1))
    return rows

"""The evidence invariant: every number in an answer can be traced.

A *number* is a run of digits (with thousands commas and a decimal part) that is
not glued to a letter, an underscore or another number, e.g. ``455.5``, ``5,240.3``,
``-14.1``, ``125`` in ``125%``. Signs are ignored: ``a deficit of HK$ 45.0 bn`` states
the figure -45.0.

A number is *traced* when its value equals one of:

- a figure's ``value``, ``published`` value, or a number in its ``display`` or
  ``formula`` (operands and result);
- a number in a citation's ``quote`` (the verbatim passage text);
- the value of the claim the question stated (the claim check repeats it);
- a ranking's cut-off as the question states it (``plan.threshold``: "above 50%"), and
  the thresholds and stated values of the plan's expressions ("ever below 400").

*Structural* numbers are allowed without a trace:

- citation markers ``[1]`` and list numbering at the start of a line (``1.``);
- canonical periods and dates (``2024-03``, ``2025-11..2026-01``, ``2026-02-27``);
- years 1900-2100 written as four digits without a decimal part, comma, currency or
  percent sign;
- ordinals of quarters and halves (``Q1``, ``H2``: glued to a letter, so never numbers);
- ``top N`` (the size of a ranking the question asked for);
- provenance labels written out verbatim: a figure's ``sources`` strings (table path,
  row numbers, the row's source columns), each source column's value on its own
  (``news (881903, Chinese)``), the names a figure is about (``EU 27``), the partner
  and filter names the plan holds (the question's own names), and a
  citation's ``source``, ``title``,
  ``date`` and ``url``. Only the exact string counts, so a row number elsewhere in a
  sentence is still untraced;
- short row references (``x.csv, rows 15–26``, see `bot.provenance`): the file name of
  a figure's source followed by rows that the figures cite from that file, every row of
  a range included.

Values compare equal when they match to 1e-9 after removing commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from bot.provenance import cited_rows, row_citations
from bot.records import Answer

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w]|\.\d|,\d{3})")
_STRUCTURAL = [
    re.compile(r"\[\d+\]"),
    re.compile(r"(?m)^\s*(?:[-*>]\s*)?\d+[.)]\s"),
    re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?(?:\.\.\d{4}-\d{2})?\b"),
    re.compile(r"\b\d{4}-[QH]\d\b"),
    re.compile(r"\btop \d+\b", re.I),
]
_YEAR = re.compile(r"(?<![\w.,$])(?:19|20)\d{2}(?![\w%]|\.\d|,\d)")
_CURRENCY_SIGNS = "$€£¥"
_CODE = re.compile(r"[A-Z]{3}")
_TOLERANCE = 1e-9
_DIGIT = re.compile(r"\d")
Floats = npt.NDArray[np.float64]


def numbers_in(text: str) -> list[float]:
    """Every number written in a text, as floats (signs dropped)."""
    return [_value(m) for m in _NUMBER.finditer(text)]


def _value(match: re.Match[str]) -> float:
    return float(match.group(1).replace(",", "") + (match.group(2) or ""))


def structural_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for pattern in _STRUCTURAL for m in pattern.finditer(text)]
    spans += [m.span() for m in _YEAR.finditer(text) if not _after_currency(text, m.start())]
    return spans


def _after_currency(text: str, start: int) -> bool:
    """Whether a currency sign or code (``$``, ``€``, ``USD``) comes just before `start`,
    spaces aside (``US$ 2024`` is an amount, not a year). Reads back only over the
    spaces, so a long answer with many years stays linear."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end and text[end - 1] in _CURRENCY_SIGNS:
        return True
    code = text[max(0, end - 3) : end]
    before = text[end - 4] if end >= 4 else ""
    return bool(_CODE.fullmatch(code)) and not (before.isalnum() or before == "_")


def allowed_numbers(answer: Answer) -> set[float]:
    """The values an answer may state: its figures, its quotes and the stated claim."""
    allowed: set[float] = set()
    for fig in answer.figures:
        allowed.add(abs(fig.value))
        if fig.published is not None:
            allowed.add(abs(fig.published))
        for text in (fig.display, fig.formula):
            allowed.update(numbers_in(text))
    for cite in answer.citations:
        allowed.update(numbers_in(cite.quote))
    if answer.plan is not None and answer.plan.threshold is not None:
        allowed.add(abs(answer.plan.threshold))  # a ranking's cut-off, as the question states it
    if answer.plan is not None and answer.plan.expression:
        allowed.update(_stated(answer.plan.expression))
    if answer.plan is not None and answer.plan.claim is not None:
        allowed.add(abs(answer.plan.claim.value))
        allowed.update(numbers_in(answer.plan.claim.text))
    return allowed


def _stated(data: object) -> set[float]:
    """Numbers the question itself stated, as the plan's expressions hold them (a test's
    threshold, a claim's value)."""
    found: set[float] = set()
    if isinstance(data, dict):
        for key in ("threshold", "stated"):
            if isinstance(data.get(key), int | float):
                found.add(abs(float(data[key])))
        for value in data.values():
            found |= _stated(value)
    elif isinstance(data, list):
        for value in data:
            found |= _stated(value)
    return found


def labels(answer: Answer) -> list[str]:
    """Provenance strings that may appear verbatim (their digits are not figures)."""
    found = [source for fig in answer.figures for source in fig.sources]
    found += [name for fig in answer.figures for name in fig.names]
    if answer.plan is not None:  # the names the question itself used ("EU 27")
        found += [*answer.plan.partners, *answer.plan.unmatched]
        found += [value for _, value in answer.plan.filters]
    for source in list(found):  # the row's own source columns may be named on their own
        inner = source.partition(" (")[2].removesuffix(")")
        found += [v.strip() for part in inner.split("; ") for v in part.split(": ", 1)[1:]]
    for cite in answer.citations:
        found += [t for t in (cite.source, cite.title, cite.date, cite.url) if t]
    found += cited_rows(answer.figures)  # table files, by path and by name
    found += row_citations(answer.text, answer.figures)
    return sorted(set(found), key=len, reverse=True)


def untraced(text: str, allowed: Iterable[float], verbatim: Iterable[str] = ()) -> list[str]:
    """The numbers of a text that are neither structural nor allowed, as written.

    Vectorised: an answer listing hundreds of partners holds hundreds of numbers."""
    matches = list(_NUMBER.finditer(text))
    if not matches:
        return []
    spans = structural_spans(text) + _label_spans(text, verbatim)
    starts = np.fromiter((m.start() for m in matches), np.int64, len(matches))
    ends = np.fromiter((m.end() for m in matches), np.int64, len(matches))
    free = ~_covered(starts, ends, spans)
    if not free.any():
        return []
    values = np.asarray([_value(m) for m, f in zip(matches, free, strict=True) if f])
    pool = np.unique(np.asarray(list(allowed), dtype=np.float64))  # sorted
    traced = _traced(values, pool[np.isfinite(pool)])
    loose = [m for m, f in zip(matches, free, strict=True) if f]
    return [m.group(0) for m, ok in zip(loose, traced, strict=True) if not ok]


def _label_spans(text: str, verbatim: Iterable[str]) -> list[tuple[int, int]]:
    """Where the verbatim labels occur. Only labels with a digit can cover a number, and
    labels are grouped by what precedes their first digit (``x.csv rows ``): a group
    whose lead is not in the text is skipped with one search, so the thousands of
    row labels of a ranking over every partner cost a few searches, not thousands."""
    groups: dict[str, list[str]] = {}
    for label in verbatim:
        digit = _DIGIT.search(label)
        if digit is not None:
            groups.setdefault(label[: digit.start()], []).append(label)
    spans: list[tuple[int, int]] = []
    for lead, labels in groups.items():
        if lead not in text:
            continue
        for label in labels:
            start = text.find(label)
            while start >= 0:
                spans.append((start, start + len(label)))
                start = text.find(label, start + 1)
    return spans


def _covered(
    starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64], spans: list[tuple[int, int]]
) -> npt.NDArray[np.bool_]:
    """Which [start, end) ranges lie inside one of `spans`: a span starting at or before
    the range covers it when it ends at or after it, so the furthest end among the spans
    starting by then decides."""
    if not spans:
        return np.zeros(len(starts), dtype=bool)
    ordered = np.asarray(sorted(spans), dtype=np.int64)
    furthest = np.maximum.accumulate(ordered[:, 1])
    last = np.searchsorted(ordered[:, 0], starts, side="right") - 1
    return (last >= 0) & (furthest[np.maximum(last, 0)] >= ends)


def _traced(values: Floats, pool: Floats) -> npt.NDArray[np.bool_]:
    """Which values equal one in the sorted `pool` (to `_TOLERANCE`, relative past 1).

    A value's band is at most 1e-9 of a number near it, so only its neighbours in the
    sorted pool can match: the two either side of where it would be inserted."""
    if not len(pool):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(pool, values)
    found = np.zeros(len(values), dtype=bool)
    for shift in (-2, -1, 0, 1):
        near = pool[np.clip(at + shift, 0, len(pool) - 1)]
        found |= np.abs(values - near) <= _TOLERANCE * np.maximum(1.0, np.abs(near))
    return found


def check_evidence(answer: Answer) -> list[str]:
    """Violations of the invariant: one message per untraced number, plus any quote of
    the answer text that is not a citation's quote."""
    numbers = untraced(answer.text, allowed_numbers(answer), labels(answer))
    violations = [f"untraced number {number!r}" for number in numbers]
    for cite in answer.citations:
        if cite.quote not in answer.text and _flatten(cite.quote) not in _flatten(answer.text):
            violations.append(f"citation [{cite.id}] is not quoted in the answer")
    return violations


def _flatten(text: str) -> str:
    return " ".join(text.replace(">", " ").split())


def drop_untraced(answer: Answer) -> tuple[str, list[str]]:
    """The answer text without the sentences that state untraced numbers; what was dropped."""
    pool = list(allowed_numbers(answer))
    verbatim = labels(answer)
    kept_lines: list[str] = []
    dropped: list[str] = []
    for line in answer.text.split("\n"):
        if not untraced(line, pool, verbatim):
            kept_lines.append(line)
            continue
        sentences = re.split(r"(?<=[.!?])\s+", line)
        keep = [s for s in sentences if not untraced(s, pool, verbatim)]
        dropped.extend(s for s in sentences if untraced(s, pool, verbatim))
        if keep:
            kept_lines.append(" ".join(keep))
    return "\n".join(kept_lines), dropped

"""The answer as Markdown: the direct answer first, then the values, how they were
computed, notes, quotes and sources.

Plain Markdown that reads well in a terminal (rich), a web page, the OpenAI-compatible
API and (converted) Slack: paragraphs, bold lead-ins, ``-`` bullets, one small table,
``>`` block quotes, numbered sources. No headings, no HTML.

The layout, in order:

1. The lead: one or two sentences with the answer's figures (a conversation remembers
   this first paragraph, see `summary`).
2. The values: more than `TABLE_AFTER` of them become a table (period | value | change),
   fewer stay bullets.
3. **How this was computed**: one line per distinct computation, with its formula and a
   short reference to the rows (``x.csv, rows 15–26``). Values read as published and
   shown in the table fold into one line; a published rate that our recomputation
   matches is said once, on the recomputation's line; lines citing the same rows merge.
4. **Notes**: each caveat once.
5. Quotes and sources.

A figure's row attributes (source columns, notes, flags) are not written here: they stay
in the JSON figures and the web page's figure card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.context import Findings
from bot.provenance import cite
from bot.records import Citation, Figure, QueryPlan
from vectorstore.periods import label as period_label

_NO_QUOTES = "I found no passage in the ingested articles about this."
TABLE_AFTER = 3  # more values than this become a table
_PUBLISHED = "as published"
_RATE_UNITS = {"%", "pp"}


def compose(findings: Findings, citations: Sequence[Citation], plan: QueryPlan) -> str:
    """The whole answer text."""
    table = _table(findings, plan)
    blocks = [_lead(findings, citations, plan)]
    if table is not None:
        blocks.append(table.markdown())
    elif findings.lines:
        blocks.append("\n".join(f"- {line}" for line in findings.lines))
    if findings.figures:
        shown = table.figures if table is not None else ()
        blocks.append(computed_block(findings.figures, shown))
    blocks.append(notes_block(findings.notes))
    unmatched = _unmatched(plan)
    if unmatched and findings.answered:
        blocks.append(unmatched)
    if citations:
        blocks.append(quotes_block(citations, plan))
        blocks.append(sources_block(citations))
    return "\n\n".join(b for b in blocks if b).strip() + "\n"


def _lead(findings: Findings, citations: Sequence[Citation], plan: QueryPlan) -> str:
    if plan.intent != "text" or findings.lead:  # a model's text answer is the lead
        return findings.lead
    if not citations:
        return _NO_QUOTES
    return "Here is what the ingested articles say:"


# -- the values -------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    key: str
    shown: str  # the line's value as written (with its mark, if any)
    figure: Figure
    change: Figure | None = None


@dataclass(frozen=True)
class ValuesTable:
    """The answer's values as a small table: one row per line of the findings."""

    heading: str
    value_heading: str
    rows: tuple[_Row, ...]

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures whose values the table shows."""
        changes = tuple(r.change for r in self.rows if r.change is not None)
        return (*(r.figure for r in self.rows), *changes)

    def markdown(self) -> str:
        with_change = any(r.change is not None for r in self.rows)
        head = [self.heading, self.value_heading, *(["Change"] if with_change else [])]
        lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
        for row in self.rows:
            cells = [row.key, row.shown]
            if with_change:
                cells.append(row.change.display if row.change is not None else "")
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "/").strip()


def _table(findings: Findings, plan: QueryPlan) -> ValuesTable | None:
    """The findings' lines as a table, when there are more than `TABLE_AFTER` of them and
    each reads ``name: value`` with the value a figure's display."""
    if len(findings.lines) <= TABLE_AFTER:
        return None
    rows: list[_Row] = []
    for line in findings.lines:
        key, sep, shown = line.partition(": ")
        figure = next((f for f in findings.figures if shown.startswith(f.display)), None)
        if not sep or figure is None or not key.strip():
            return None
        rows.append(_Row(key.strip(), shown, figure))
    used = {id(r.figure) for r in rows}
    rows = [_with_change(row, findings.figures, used) for row in rows]
    by_period = all(r.figure.period and period_label(r.figure.period) == r.key for r in rows)
    heading = "Period" if by_period else "Market" if plan.intent == "rank" else "Item"
    return ValuesTable(heading, _value_heading(rows), tuple(rows))


def _with_change(row: _Row, figures: Sequence[Figure], used: set[int]) -> _Row:
    """The row with the rate of change the answer computed for the same period, if any."""
    if row.figure.unit in _RATE_UNITS or row.figure.period is None:
        return row
    for figure in figures:
        same_rows = set(figure.sources) & set(row.figure.sources)
        fresh = id(figure) not in used and figure.period == row.figure.period
        if fresh and figure.unit in _RATE_UNITS and same_rows:
            used.add(id(figure))
            return _Row(row.key, row.shown, row.figure, figure)
    return row


def _value_heading(rows: Sequence[_Row]) -> str:
    """What the values are (``Total exports, year-on-year change``) when every row's
    figure says the same before its own name; ``Value`` otherwise."""
    subjects = {r.figure.label.removesuffix(r.key).rstrip(" ,") for r in rows}
    subject = subjects.pop() if len(subjects) == 1 else ""
    if not subject or any(ch.isdigit() for ch in subject) or len(subject) > 60:
        return "Value"
    return subject


# -- how it was computed ------------------------------------------------------------


def computed_block(figures: Sequence[Figure], shown: Sequence[Figure] = ()) -> str:
    """One line per distinct computation: what, its formula, and the rows it rests on."""
    folded = [f for f in figures if _as_published(f) and any(f is s for s in shown)]
    twins = _confirmed(figures)
    skip = {id(f) for f in folded} | {id(rate) for rate in twins.values()}
    entries: dict[str, list[str]] = {}
    if folded:
        entries.setdefault(cite(folded), []).append("Values in the table: as published")
    for figure in figures:
        if id(figure) in skip:
            continue
        twin = twins.get(id(figure))
        what = _described(figure)
        if twin is not None:
            what += f", matching the published {twin.display}"
        entries.setdefault(cite([figure, *([twin] if twin else [])]), []).append(what)
    lines = ["**How this was computed**"]
    for where, whats in entries.items():
        lines.append(f"- {'; '.join(dict.fromkeys(whats))}" + (f" (`{where}`)" if where else ""))
    return "\n".join(lines)


def _as_published(figure: Figure) -> bool:
    return figure.formula.startswith(_PUBLISHED)


def _described(figure: Figure) -> str:
    if _as_published(figure):
        return f"{figure.label}: {_PUBLISHED}"
    return f"{figure.label}: {figure.formula}"


def _confirmed(figures: Sequence[Figure]) -> dict[int, Figure]:
    """Published rates that a recomputation in the same answer matches: the recomputed
    figure's id -> the published rate (said once, on the recomputation's line)."""
    twins: dict[int, Figure] = {}
    for rate in figures:
        if not _as_published(rate) or rate.unit not in _RATE_UNITS or rate.flag:
            continue
        for other in figures:
            same = other.display == rate.display and other.period == rate.period
            if same and not _as_published(other) and id(other) not in twins:
                twins[id(other)] = rate
                break
    return twins


def notes_block(notes: Sequence[str]) -> str:
    """The caveats, each once."""
    unique = [n for n in dict.fromkeys(n.strip() for n in notes) if n]
    if not unique:
        return ""
    return "\n".join(["**Notes**", *(f"- {note}" for note in unique)])


def _unmatched(plan: QueryPlan) -> str:
    if not plan.unmatched:
        return ""
    names = ", ".join(plan.unmatched)
    return f"No ingested table has data on: {names}."


# -- quotes and sources -------------------------------------------------------------


def quotes_block(citations: Sequence[Citation], plan: QueryPlan) -> str:
    heading = "**What the articles say**" if plan.intent != "text" else ""
    parts = [heading] if heading else []
    for cite_ in citations:
        lines = [line.strip() for line in cite_.quote.splitlines() if line.strip()]
        body = "\n".join(f"> {line}" for line in lines)
        parts.append(f"{body} [{cite_.id}]")
    return "\n\n".join(parts)


def sources_block(citations: Sequence[Citation]) -> str:
    lines = ["**Sources**"]
    for cite_ in citations:
        bits = [f"*{cite_.title}*" if cite_.title else cite_.source]
        if cite_.date:
            bits.append(cite_.date)
        if cite_.title:
            bits.append(cite_.source)
        if cite_.url:
            bits.append(f"<{cite_.url}>")
        lines.append(f"{cite_.id}. " + ", ".join(bits))
    return "\n".join(lines)


def summary(text: str) -> str:
    """The first paragraph of an answer (what a conversation remembers of it)."""
    return text.strip().split("\n\n", 1)[0]

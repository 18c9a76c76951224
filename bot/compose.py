"""The answer as Markdown: the direct answer, how it was computed, quotes, sources.

Only plain Markdown that reads well in a terminal (rich), a web page and Slack:
paragraphs, bold lead-ins, ``-`` bullets, ``>`` block quotes, numbered sources.
No tables, no headings, no HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.context import Findings
from bot.records import Citation, Figure, QueryPlan

_NO_QUOTES = "I found no passage in the ingested articles about this."


def compose(findings: Findings, citations: Sequence[Citation], plan: QueryPlan) -> str:
    """The whole answer text."""
    blocks = [_lead(findings, citations, plan)]
    if findings.lines:
        blocks.append("\n".join(f"- {line}" for line in findings.lines))
    if findings.figures or findings.notes:
        blocks.append(_computed(findings.figures, findings.notes))
    unmatched = _unmatched(plan)
    if unmatched and findings.answered:
        blocks.append(unmatched)
    if citations:
        blocks.append(quotes_block(citations, plan))
        blocks.append(sources_block(citations))
    return "\n\n".join(b for b in blocks if b).strip() + "\n"


def _lead(findings: Findings, citations: Sequence[Citation], plan: QueryPlan) -> str:
    if plan.intent != "text":
        return findings.lead
    if not citations:
        return _NO_QUOTES
    return "Here is what the ingested articles say:"


def _computed(figures: Sequence[Figure], notes: Sequence[str]) -> str:
    lines = ["**How this was computed**"]
    for fig in figures:
        lines.append(f"- {fig.label}: {fig.formula}. Source: {'; '.join(fig.sources)}")
    for note in notes:
        lines.append(f"- Note: {note}")
    return "\n".join(lines)


def _unmatched(plan: QueryPlan) -> str:
    if not plan.unmatched:
        return ""
    names = ", ".join(plan.unmatched)
    return f"No ingested table has data on: {names}."


def quotes_block(citations: Sequence[Citation], plan: QueryPlan) -> str:
    heading = "**What the articles say**" if plan.intent != "text" else ""
    parts = [heading] if heading else []
    for cite in citations:
        lines = [line.strip() for line in cite.quote.splitlines() if line.strip()]
        body = "\n".join(f"> {line}" for line in lines)
        parts.append(f"{body} [{cite.id}]")
    return "\n\n".join(parts)


def sources_block(citations: Sequence[Citation]) -> str:
    lines = ["**Sources**"]
    for cite in citations:
        bits = [f"*{cite.title}*" if cite.title else cite.source]
        if cite.date:
            bits.append(cite.date)
        if cite.title:
            bits.append(cite.source)
        if cite.url:
            bits.append(f"<{cite.url}>")
        lines.append(f"{cite.id}. " + ", ".join(bits))
    return "\n".join(lines)


def summary(text: str) -> str:
    """The first paragraph of an answer (what a conversation remembers of it)."""
    return text.strip().split("\n\n", 1)[0]

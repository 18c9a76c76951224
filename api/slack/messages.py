"""An `Answer` laid out as Slack messages: section blocks within Slack's limits.

Slack refuses a section whose text passes 3,000 characters and a message with more than
50 blocks, and shows long messages badly, so an answer becomes one or more messages of
at most `MAX_BLOCKS` blocks and about `MAX_MESSAGE_CHARS` characters, posted in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.slack.mrkdwn import escape, link, plain_fallback, safe_cut, to_mrkdwn
from bot.records import Answer, Citation, Figure

MAX_SECTION_CHARS = 2900  # Slack's limit is 3,000; keep room for a re-opened code fence
MAX_BLOCKS = 50
MAX_MESSAGE_CHARS = 12_000
FALLBACK_CHARS = 3000


@dataclass(frozen=True)
class SlackMessage:
    """One message to post: a plain ``text`` fallback and its blocks."""

    text: str
    blocks: tuple[dict[str, Any], ...]

    def payload(self) -> dict[str, Any]:
        """Keyword arguments for chat.postMessage or a response_url POST."""
        return {"text": self.text, "blocks": [dict(block) for block in self.blocks]}


def render_answer(answer: Answer) -> list[SlackMessage]:
    """Lay an answer out as Slack messages: the text, then what it does not show itself.

    The engine's Markdown usually lists the figures' formulas and the sources already;
    figures, sources and notes missing from it are added, so none is ever lost.
    """
    parts = [to_mrkdwn(answer.text)]
    figures = tuple(f for f in answer.figures if f.formula not in answer.text)
    if figures:
        parts.append(render_figures(figures))
    citations = tuple(c for c in answer.citations if not _listed(c, answer.text))
    if citations:
        parts.append(render_citations(citations))
    notes = [note for note in answer.notes if note not in answer.text]
    if notes:
        parts.append("\n".join(f"_{escape(note)}_" for note in notes))
    return render_mrkdwn("\n\n".join(part for part in parts if part.strip()))


def _listed(citation: Citation, text: str) -> bool:
    """Whether the answer text already names this numbered source."""
    name = citation.title or citation.source
    return f"{citation.id}. " in text and name in text


def render_text(markdown: str) -> list[SlackMessage]:
    """Lay out a short Markdown text (an apology, an acknowledgement) as messages."""
    return render_mrkdwn(to_mrkdwn(markdown))


def render_figures(figures: tuple[Figure, ...]) -> str:
    """The figures with how each was computed and from which rows."""
    lines = ["*How the figures were computed*"]
    for figure in figures:
        line = f"• *{escape(figure.label)}*: {escape(figure.display)} — {escape(figure.formula)}"
        if figure.sources:
            line += f" _({escape('; '.join(figure.sources))})_"
        if figure.flag:
            line += f"\n   ⚠ {escape(figure.flag)}"
        lines.append(line)
    return "\n".join(lines)


def render_citations(citations: tuple[Citation, ...]) -> str:
    """The sources as a numbered list matching the [n] markers of the answer."""
    lines = ["*Sources*"]
    for citation in citations:
        title = citation.title or citation.source
        name = link(citation.url, title) if citation.url else f"*{escape(title)}*"
        details = [escape(part) for part in (citation.source, citation.date) if part]
        if citation.title is None:
            details = details[1:]
        suffix = f" ({', '.join(details)})" if details else ""
        lines.append(f"[{citation.id}] {name}{suffix}")
    return "\n".join(lines)


def render_mrkdwn(mrkdwn: str) -> list[SlackMessage]:
    """Split mrkdwn into section blocks and group them into messages within the limits."""
    sections = split_sections(mrkdwn, MAX_SECTION_CHARS)
    messages: list[SlackMessage] = []
    current: list[str] = []
    size = 0
    for section in sections:
        if current and (len(current) >= MAX_BLOCKS or size + len(section) > MAX_MESSAGE_CHARS):
            messages.append(_message(current))
            current, size = [], 0
        current.append(section)
        size += len(section)
    if current:
        messages.append(_message(current))
    return messages


def _message(sections: list[str]) -> SlackMessage:
    blocks = tuple({"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections)
    return SlackMessage(text=plain_fallback("\n\n".join(sections), FALLBACK_CHARS), blocks=blocks)


def split_sections(mrkdwn: str, limit: int) -> list[str]:
    """Cut mrkdwn into pieces of at most ``limit`` characters.

    Cuts fall between paragraphs, else between lines, else between words, never inside
    an entity or a link; a code block cut in two is closed and re-opened.
    """
    pieces: list[str] = []
    current = ""
    for paragraph in (p for p in mrkdwn.split("\n\n") if p.strip()):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if len(paragraph) <= limit:
            current = paragraph
        else:
            *full, current = _split_long(paragraph, limit)
            pieces.extend(full)
    if current:
        pieces.append(current)
    return _balance_fences(pieces)


def _split_long(text: str, limit: int) -> list[str]:
    """Split one over-long paragraph at line breaks, then spaces, then anywhere safe."""
    limit -= 8  # room for ``` added by _balance_fences
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut <= limit // 4:
            cut = text.rfind(" ", 0, limit + 1)
        cut = safe_cut(text, limit if cut <= limit // 4 else cut)
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip(" \n")
    pieces.append(text)
    return [piece for piece in pieces if piece]


def _balance_fences(pieces: list[str]) -> list[str]:
    balanced: list[str] = []
    reopen = False
    for piece in pieces:
        text = ("```\n" + piece) if reopen else piece
        if text.count("```") % 2 == 1:
            text += "\n```"
            reopen = True
        else:
            reopen = False
        balanced.append(text)
    return balanced

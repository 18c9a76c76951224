"""An `Answer` laid out as Slack messages: section blocks within Slack's limits.

An answer with figures is posted short (`render_answer`): the lead, the values (the
small table as aligned monospace text), a context line with the notes and one with the
sources, and a "How this was computed" button. The button's action posts the full
provenance in the thread (`render_provenance`): every figure with its formula and source
rows (row attributes included), the notes, the quotes and the sources. An answer without
figures (quotes only, an apology) is posted whole.

Slack refuses a section whose text passes 3,000 characters and a message with more than
50 blocks, and shows long messages badly, so a text becomes one or more messages of
at most `MAX_BLOCKS` blocks and about `MAX_MESSAGE_CHARS` characters, posted in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.slack.mrkdwn import escape, link, plain_fallback, safe_cut, to_mrkdwn
from bot.records import Answer, Citation, Figure

PROVENANCE_ACTION = "show_provenance"  # the action_id of the "How this was computed" button
PROVENANCE_LABEL = "How this was computed"
MAX_CONTEXT_CHARS = 2900  # a context element's text is limited to 3,000 characters
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


def render_answer(answer: Answer, provenance_key: str | None = None) -> list[SlackMessage]:
    """Lay an answer out as Slack messages.

    With figures: the short form (lead, values, notes and sources as context lines, and
    the "How this was computed" button carrying ``provenance_key`` when one is given).
    Without figures: the whole text, with any citation or note it does not show itself.
    """
    if not answer.figures:
        return render_whole(answer)
    messages = render_mrkdwn(to_mrkdwn(short_markdown(answer.text)))
    extra = [*_context(_notes(answer)), *_context(_sources_line(answer.citations))]
    if provenance_key is not None:
        extra.append(provenance_button(provenance_key))
    last = messages[-1]
    if len(last.blocks) + len(extra) > MAX_BLOCKS:
        return [*messages, SlackMessage(text=PROVENANCE_LABEL, blocks=tuple(extra))]
    return [*messages[:-1], SlackMessage(text=last.text, blocks=(*last.blocks, *extra))]


def short_markdown(markdown: str) -> str:
    """The lead and the values of an answer's Markdown: its first paragraph, then the
    table or bullets that follow it (everything before "How this was computed")."""
    paragraphs = [p for p in markdown.strip().split("\n\n") if p.strip()]
    kept = paragraphs[:1]
    for paragraph in paragraphs[1:]:
        if not paragraph.lstrip().startswith(("|", "- ")):
            break
        kept.append(paragraph)
    return "\n\n".join(kept)


def _notes(answer: Answer) -> str:
    notes = dict.fromkeys(n.strip() for n in answer.notes if n.strip())
    return "\n".join(f"⚠ {escape(note)}" for note in notes)


def _sources_line(citations: tuple[Citation, ...]) -> str:
    """``Sources: [1] Title (date); [2] ...`` as one mrkdwn line."""
    if not citations:
        return ""
    parts = []
    for citation in citations:
        title = citation.title or citation.source
        name = link(citation.url, title) if citation.url else escape(title)
        parts.append(
            f"[{citation.id}] {name}" + (f" ({escape(citation.date)})" if citation.date else "")
        )
    return "Sources: " + "; ".join(parts)


def _context(mrkdwn: str) -> list[dict[str, Any]]:
    if not mrkdwn:
        return []
    text = mrkdwn[:MAX_CONTEXT_CHARS]
    return [{"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}]


def provenance_button(key: str) -> dict[str, Any]:
    """The actions block whose button asks for the full provenance of one answer."""
    button = {
        "type": "button",
        "action_id": PROVENANCE_ACTION,
        "text": {"type": "plain_text", "text": PROVENANCE_LABEL},
        "value": key,
    }
    return {"type": "actions", "block_id": "provenance", "elements": [button]}


def render_provenance(answer: Answer) -> list[SlackMessage]:
    """The full provenance of an answer, for its thread: figures with formulas and source
    rows, notes, quotes and sources."""
    parts = [render_figures(answer.figures)] if answer.figures else []
    notes = _notes(answer)
    if notes:
        parts.append(notes)
    if answer.citations:
        quotes = [_quote(c) for c in answer.citations]
        parts.append("*What the articles say*\n" + "\n\n".join(quotes))
        parts.append(render_citations(answer.citations))
    return render_mrkdwn("\n\n".join(parts) or escape("This answer has no figures or quotes."))


def _quote(citation: Citation) -> str:
    lines = [line.strip() for line in citation.quote.splitlines() if line.strip()]
    return "\n".join(f">{escape(line)}" for line in lines) + f" [{citation.id}]"


def render_whole(answer: Answer) -> list[SlackMessage]:
    """The whole answer text, then what it does not show itself, so nothing is lost."""
    parts = [to_mrkdwn(answer.text)]
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
    lines = [f"*{PROVENANCE_LABEL}*"]
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

"""Markdown to Slack mrkdwn, the escaping Slack needs, and Slack text back to plain text.

Slack reads ``&``, ``<`` and ``>`` as control characters (``<!channel>`` pings a whole
channel, ``<url|text>`` is a link), so every character of text that came from a user or a
source passes through `escape` exactly once; only the markup this module writes itself
(links, blockquote markers) is emitted raw. A blockquote (a quoted passage) is inert: its
text is escaped, never converted, so a link written in a source stays text.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

_INLINE = re.compile(
    r"(?P<code>`[^`\n]+`)"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<url>[^)\s]+)\)"
    r"|<(?P<auto>(?:https?|mailto):[^>\s]+)>"
    r"|\*\*(?P<bold>[^\n]+?)\*\*"
    r"|__(?P<bold2>[^\n]+?)__"
    r"|~~(?P<strike>[^\n]+?)~~"
    r"|(?<![\w*])\*(?P<italic>[^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<italic2>[^\s_](?:[^_\n]*?[^\s_])?)_(?![\w_])"
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(?P<text>.*)$")
_BULLET = re.compile(r"^(?P<indent>\s*)[-*+]\s+(?P<text>.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def escape(text: str) -> str:
    """Escape Slack's three control characters so text shows as written and pings no one."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str, label: str | None = None) -> str:
    """A Slack link ``<url|label>``; a URL that is not http(s)/mailto is shown as text."""
    url = url.strip()
    if not url.lower().startswith(_SAFE_SCHEMES):
        return escape(label or url)
    safe_url = escape(quote(url, safe=":/?#[]@!$&'()*+,;=%~-._"))
    if not label:
        return f"<{safe_url}>"
    return f"<{safe_url}|{escape(label.replace('|', '¦'))}>"


def inline(text: str) -> str:
    """Convert one line's inline Markdown (bold, italics, code, links) to mrkdwn."""
    out: list[str] = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[position : match.start()]))
        out.append(_convert_token(match))
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)


def _convert_token(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups["code"]:
        return escape(groups["code"])
    if groups["url"]:
        return link(groups["url"], _strip_marks(groups["label"]))
    if groups["auto"]:
        return link(groups["auto"])
    for name, mark in (("bold", "*"), ("bold2", "*"), ("strike", "~")):
        if groups[name]:
            return f"{mark}{inline(_strip_marks(groups[name]))}{mark}"
    italic = groups["italic"] or groups["italic2"] or ""
    return f"_{inline(italic)}_"


def _strip_marks(text: str) -> str:
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)


def to_mrkdwn(markdown: str) -> str:
    """Convert a Markdown answer to Slack mrkdwn, escaping all text in it."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            index = _copy_fence(lines, index, out)
            continue
        if _TABLE_ROW.match(line):
            index = _copy_table(lines, index, out)
            continue
        out.append(_convert_line(line))
        index += 1
    return "\n".join(out).strip("\n")


def _convert_line(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        text = _strip_marks(heading.group("text"))
        return f"*{inline(text)}*" if text else ""
    quoted = _QUOTE.match(line)
    if quoted:  # a quoted passage is someone else's text: shown as written, no link
        return f">{escape(quoted.group('text'))}"
    if _RULE.match(line):
        return "──────────"
    bullet = _BULLET.match(line)
    if bullet:
        indent = " " * (len(bullet.group("indent").expandtabs(4)) // 2 * 4)
        return f"{indent}• {inline(bullet.group('text'))}"
    return inline(line)


def _copy_fence(lines: list[str], start: int, out: list[str]) -> int:
    """Copy a fenced code block as a Slack code block; return the index after it."""
    fence = _FENCE.match(lines[start])
    marker = fence.group(1) if fence else "```"
    body: list[str] = []
    index = start + 1
    while index < len(lines) and not lines[index].lstrip().startswith(marker):
        body.append(escape(lines[index]))
        index += 1
    out.append("```\n" + "\n".join(body) + "\n```")
    return index + 1


def _copy_table(lines: list[str], start: int, out: list[str]) -> int:
    """Show a Markdown pipe table as aligned monospace text (Slack has no tables)."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and _TABLE_ROW.match(lines[index]):
        if not _TABLE_RULE.match(lines[index]) or "-" not in lines[index]:
            cells = lines[index].strip().strip("|").split("|")
            rows.append([_strip_marks(cell.strip()).replace("`", "'") for cell in cells])
        index += 1
    width = max(len(row) for row in rows) if rows else 0
    sizes = [max(len(row[i]) if i < len(row) else 0 for row in rows) for i in range(width)]
    text = ["  ".join(cell.ljust(sizes[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    out.append("```\n" + escape("\n".join(text)) + "\n```")
    return index


_SLACK_LINK = re.compile(r"<(?P<target>[^<>|]*)(?:\|(?P<label>[^<>]*))?>")


def to_plain(slack_text: str, *, bot_user_id: str | None = None) -> str:
    """Slack's formatted message text as plain text: mentions, links and entities undone.

    Mentions of the bot itself are dropped (``<@UBOT> how much...`` asks "how much...").
    """

    def replace(match: re.Match[str]) -> str:
        target, label = match.group("target"), match.group("label")
        if target.startswith("@"):
            if bot_user_id and target[1:] == bot_user_id:
                return ""
            return f"@{label or target[1:]}"
        if target.startswith("#"):
            return f"#{label or target[1:]}"
        if target.startswith("!"):
            return f"@{label or target[1:].split('^')[0]}"
        return label or target

    text = _SLACK_LINK.sub(replace, slack_text)
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def plain_fallback(mrkdwn: str, limit: int = 3000) -> str:
    """A plain rendering of mrkdwn for notifications: no marks, links as ``label (url)``.

    The result stays escaped (Slack reads ``text`` as mrkdwn too).
    """

    def replace(match: re.Match[str]) -> str:
        target, label = match.group("target"), match.group("label")
        return f"{label} ({target})" if label else target

    text = _SLACK_LINK.sub(replace, mrkdwn).replace("```", "")
    text = re.sub(r"(?<![\w*_~])[*_~]([^*_~\n]+)[*_~](?![\w*_~])", r"\1", text)
    return truncate(text, limit)


def truncate(text: str, limit: int) -> str:
    """Cut mrkdwn to at most ``limit`` characters without breaking an entity or a link."""
    if len(text) <= limit:
        return text
    cut = safe_cut(text, limit - 1)
    return text[:cut].rstrip() + "…"


def safe_cut(text: str, limit: int) -> int:
    """The largest index <= limit where text can be cut: not inside ``&amp;`` or ``<...>``."""
    cut = min(limit, len(text))
    if cut >= len(text):
        return cut
    amp = text.rfind("&", max(0, cut - 6), cut)
    if amp != -1 and ";" not in text[amp:cut]:
        cut = amp
    opened = text.rfind("<", 0, cut)
    if opened != -1 and text.rfind(">", opened, cut) == -1:
        cut = opened
    return max(cut, 1)

"""Plain-text articles (``.txt``) and the text handling shared by the other formats."""

from __future__ import annotations

import re

from ingest.article_record import (
    Article,
    clean_title,
    normalise_date,
    normalise_url,
    publisher_of,
)
from ingest.errors import IngestError
from ingest.furniture import strip_furniture

_ENCODINGS = ("utf-8-sig", "utf-8", "cp1252")
_URL_LINE = re.compile(
    r"^(?:(?:original |news |article )?source|link|url|via|originally published at|read"
    r" (?:it|more) at)\s*[:：]\s*(?P<url>https?://\S+)\s*$|^(?P<bare>https?://\S+)$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:published|posted|date|updated|release date)(?: on| at)?\s*[:：]?\s*(?P<date>.{6,40})$",
    re.IGNORECASE,
)
_PUBLISHER_LINE = re.compile(r"^publisher\s*[:：]\s*(?P<name>.{2,80})$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?;。！？]['\"”’)\]]*$")
_HEADER_LINES = 12


def decode_bytes(data: bytes, path: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252."""
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary content, not a text file")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise IngestError(path, "cannot decode the text (not UTF-8 or Windows-1252)")


def normalise_lines(text: str) -> list[str]:
    """Lines with runs of spaces folded and ends trimmed."""
    return [re.sub(r"[ \t\f\v\u00a0\u200b]+", " ", line).strip() for line in text.split("\n")]


def reflow(lines: list[str], *, max_width: int = 120) -> list[str]:
    """Join hard-wrapped lines back into paragraphs; blank lines separate paragraphs.

    A block of lines is treated as hard-wrapped only when its longest line is at most
    ``max_width`` characters; a line is joined to the one before when that one fills
    most of the width or the line starts in lower case. Short lines such as headings
    keep their own line.
    """
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        out.extend(_reflow_block(block, max_width))
        out.append("")
        block = []
    while out and not out[-1]:
        out.pop()
    return out


def _reflow_block(block: list[str], max_width: int) -> list[str]:
    if len(block) < 2:
        return block
    width = max(len(line) for line in block)
    if width > max_width:
        return block
    joined = [block[0]]
    previous = block[0]
    for line in block[1:]:
        full = len(previous) >= 0.7 * width and width >= 40
        continues = line[:1].islower() or (full and not _TERMINAL.search(previous))
        if continues and previous.endswith("-") and line[:1].islower():
            joined[-1] += line
        elif continues:
            joined[-1] += " " + line
        else:
            joined.append(line)
        previous = line
    return joined


def take_metadata(lines: list[str]) -> tuple[list[str], str | None, str | None, str | None]:
    """Remove source/url, date and publisher lines; return (lines, url, date, publisher)."""
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    kept: list[str] = []
    for index, line in enumerate(lines):
        if m := _URL_LINE.match(line):
            url = url or normalise_url(m["url"] or m["bare"])
            continue
        near_top = index < _HEADER_LINES
        if near_top and (m := _DATE_LINE.match(line)) and (found := normalise_date(m["date"])):
            date = date or found
            continue
        if near_top and (m := _PUBLISHER_LINE.match(line)):
            publisher = publisher or m["name"].strip()
            continue
        kept.append(line)
    return kept, url, date, publisher


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a headline: short, no full stop at the end."""
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 200 and not line.rstrip().endswith(".")


def join_lines(lines: list[str]) -> str:
    """The article text from its cleaned lines."""
    return "\n".join(lines).strip()


def parse_text(data: bytes, source: str) -> Article:
    """An `Article` from the bytes of a plain-text file."""
    lines = normalise_lines(decode_bytes(data, source))
    lines, url, date, publisher = take_metadata(lines)
    lines = reflow(strip_furniture(lines))
    first = next((line for line in lines if line), "")
    title = clean_title(first) if looks_like_headline(first) else None
    return Article(
        text=join_lines(lines),
        source=source,
        title=title,
        date=date,
        url=url,
        publisher=publisher or publisher_of(url),
    )

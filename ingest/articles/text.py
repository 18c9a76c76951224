"""Plain-text articles (``.txt``) and the text handling shared by the other formats."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ingest.articles.record import (
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
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_IN_LINE = re.compile(
    r"\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r",? \d{4}"
    r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"\b(published|posted|updated|date|released?)\b", re.IGNORECASE)
_PUBLISHER_LINE = re.compile(
    r"^(?:publisher|publication|outlet|site)\s*[:：]\s*(?P<name>.{2,80})$", re.IGNORECASE
)
_TITLE_LINE = re.compile(r"^(?:title|headline)\s*[:：]\s*(?P<title>.{3,200})$", re.IGNORECASE)
_SOURCE_NAME = re.compile(r"^(?:source)\s*[:：]\s*(?P<name>[^:/]{2,60})$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?;。！？]['\"”’)\]]*$")
_HEADER_LINES = 12
_BULLET = re.compile(r"^([-*•·▪–]|\d{1,2}[.)]|[a-z][.)])\s")


def decode_bytes(data: bytes, path: str, *, declared: str | None = None) -> str:
    """Text from bytes: UTF-16 with a BOM, the ``declared`` charset, UTF-8, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _newlines(data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise IngestError(path, "cannot decode the UTF-16 text") from error
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary content, not a text file")
    for encoding in (*_known(declared), *_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _newlines(text)
    raise IngestError(path, "cannot decode the text (not UTF-8 or Windows-1252)")


def _known(encoding: str | None) -> tuple[str, ...]:
    if not encoding:
        return ()
    try:
        return (codecs.lookup(encoding.strip()).name,)
    except LookupError:
        return ()


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2002-\u200a\u202f\u205f\u3000]+")


def normalise_lines(text: str) -> list[str]:
    """Lines with invisible characters removed, runs of spaces folded and ends trimmed."""
    text = _INVISIBLE.sub("", text)
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


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
        if not _continues(previous, line, width):
            joined.append(line)
        elif previous.endswith("-") and line[:1].islower():
            joined[-1] += line
        else:
            joined[-1] += " " + line
        previous = line
    return joined


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` carries on the sentence of the hard-wrapped ``previous`` line."""
    if _BULLET.match(line) or "|" in line or "|" in previous:
        return False
    if line[:1].islower():
        return True
    if previous[-1:].isdigit() or previous.endswith("%"):
        return False  # rows of a table of figures: "Total exports 480.2" / "Imports 520.1"
    full = len(previous) >= 0.7 * width and width >= 40
    return full and not _TERMINAL.search(previous)


@dataclass(frozen=True)
class LineMetadata:
    """What labelled lines of an article say about it (``Title:``, ``Source: <url>`` ...)."""

    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None


def take_metadata(lines: list[str]) -> tuple[list[str], LineMetadata]:
    """The lines without their metadata lines, and what those lines said.

    A URL line anywhere is taken (``News source: https://...``); near the top, a line
    giving the title (``Title: ...``), the date (``Published: 2026-04-21``, ``Tuesday,
    21 April 2026``) or the publisher is taken too. A byline with a date gives the date
    but stays in the text, and so does a ``Source: Xinhua`` line (it names the publisher).
    """
    found: dict[str, str] = {}
    kept: list[str] = []
    for index, line in enumerate(lines):
        if m := _URL_LINE.match(line):
            if url := normalise_url(m["url"] or m["bare"]):
                found.setdefault("url", url)
            continue
        if index < _HEADER_LINES and _take_header(line, found):
            continue
        if m := _SOURCE_NAME.match(line):
            found.setdefault("publisher", m["name"].strip())
        kept.append(line)
    return kept, LineMetadata(**found)


def _take_header(line: str, found: dict[str, str]) -> bool:
    """Note what a header line says; True when the line says nothing else."""
    date, removable = _date_of(line)
    if date:
        found.setdefault("date", date)
        return removable
    if m := _PUBLISHER_LINE.match(line):
        found.setdefault("publisher", m["name"].strip())
        return True
    if (m := _TITLE_LINE.match(line)) and (title := clean_title(m["title"])):
        found.setdefault("title", title)
        return True
    return False


def _date_of(line: str) -> tuple[str | None, bool]:
    """The date a short header line gives, and whether the line says nothing else."""
    if len(line) > 100:
        return None, False
    if (m := _DATE_LINE.match(line)) and (found := normalise_date(m["date"])):
        return found, True
    m = _DATE_IN_LINE.search(line)
    if m is None:
        return None, False
    found = normalise_date(m.group(1))
    rest = line[: m.start()] + line[m.end() :]
    labelled = bool(_DATE_LABEL.search(rest)) or line.lower().startswith("by ")
    rest = re.sub(r"[\W\d_]+", " ", _DATE_LABEL.sub("", rest)).strip().lower()
    alone = not rest or rest in _WEEKDAYS
    if not (alone or labelled):
        return None, False
    return found, bool(found) and alone


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)


def looks_like_headline(line: str) -> bool:
    """A line that reads as a headline: at most 30 words, no full stop at the end."""
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 200 and not line.rstrip().endswith(".")


def headline_of(lines: list[str], *, look: int = 8) -> str | None:
    """The headline: the first headline-like line, looking past menu words.

    A line of one or two words counts only when it stands alone (a blank line follows);
    runs of such lines ("Home", "News", "Business") are menus.
    """
    for index, line in enumerate(lines[:look]):
        if not line:
            continue
        short = len(line.split()) <= 2
        alone = (index + 1 >= len(lines) or not lines[index + 1]) and (
            index == 0 or not lines[index - 1]
        )
        if looks_like_headline(line) and (alone or not short):
            return clean_title(line)
        if not short:
            return None
    return None


def join_lines(lines: list[str]) -> str:
    """The article text from its cleaned lines."""
    return "\n".join(lines).strip()


def parse_text(data: bytes, source: str) -> Article:
    """An `Article` from the bytes of a plain-text file."""
    lines, meta = take_metadata(normalise_lines(decode_bytes(data, source)))
    lines = strip_furniture(reflow(lines))
    title = meta.title or headline_of(lines)
    return Article(
        text=join_lines(lines),
        source=source,
        title=title,
        date=meta.date,
        url=meta.url,
        publisher=meta.publisher or publisher_of(meta.url),
    )

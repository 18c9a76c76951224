"""Plain-text articles (``.txt``) and the text handling shared by the other formats."""

from __future__ import annotations

import codecs
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
_PUBLISHER_LINE = re.compile(r"^publisher\s*[:：]\s*(?P<name>.{2,80})$", re.IGNORECASE)
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
        continues = not _BULLET.match(line) and (
            line[:1].islower() or (full and not _TERMINAL.search(previous))
        )
        if continues and previous.endswith("-") and line[:1].islower():
            joined[-1] += line
        elif continues:
            joined[-1] += " " + line
        else:
            joined.append(line)
        previous = line
    return joined


def take_metadata(lines: list[str]) -> tuple[list[str], str | None, str | None, str | None]:
    """Remove source/url, date and publisher lines; return (lines, url, date, publisher).

    A URL line anywhere is taken (``News source: https://...``); near the top, a line
    giving the date (``Published: 2026-04-21``, ``Tuesday, 21 April 2026``) or the
    publisher is taken too. A byline with a date gives the date but stays in the text.
    """
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    kept: list[str] = []
    for index, line in enumerate(lines):
        if m := _URL_LINE.match(line):
            url = url or normalise_url(m["url"] or m["bare"])
            continue
        if index < _HEADER_LINES:
            found, removable = _date_of(line)
            date = date or found
            if found and removable:
                continue
            if m := _PUBLISHER_LINE.match(line):
                publisher = publisher or m["name"].strip()
                continue
        kept.append(line)
    return kept, url, date, publisher


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
    lines = strip_furniture(reflow(lines))
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

"""PDF articles (``.pdf``): the text layer read with pypdf.

Running headers and footers (a short line on most pages) and page numbers are
removed page by page, then hard-wrapped lines are joined back into paragraphs. A PDF
without a text layer (a scan) is refused: there is nothing to quote from.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ingest.articles.record import Article, clean_title, normalise_date, publisher_of
from ingest.articles.text import (
    headline_of,
    join_lines,
    normalise_lines,
    reflow,
    take_metadata,
)
from ingest.errors import IngestError
from ingest.furniture import strip_furniture

_PLACEHOLDER_TITLE = re.compile(
    r"^(untitled|microsoft word - .*|document\d*|.*\.(docx?|pdf))$", re.I
)

# pypdf reports oddities of real-world PDFs through logging; they are not errors here.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _reader(data: bytes, source: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(source, "the PDF is encrypted")
        return reader
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(source, f"not a readable PDF ({error})") from error


def _page_lines(reader: PdfReader, source: str) -> list[list[str]]:
    pages: list[list[str]] = []
    try:
        for page in reader.pages:
            pages.append(normalise_lines(page.extract_text() or ""))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(source, f"cannot read the PDF's text ({error})") from error
    return pages


_EDGE = 2  # lines at the top and at the bottom of a page where running lines live
_PAGE_NUMBER = re.compile(
    r"^(page\s*)?\d{1,4}(\s*(/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.I
)


_PAGE_WORD = re.compile(r"\b(page|p\.|seite|página|頁|页)", re.IGNORECASE)


def _edge_key(line: str) -> str:
    """A page-edge line as compared across pages; page numbers masked ("Page 3" = "Page 4").

    Other figures are not masked: "Total 480.2" and "Total 512.3" are different rows.
    """
    folded = line.casefold()
    if _PAGE_WORD.search(folded):
        return re.sub(r"\d+", "#", folded)
    return folded


def _without_running_lines(pages: list[list[str]]) -> list[str]:
    """All lines, minus page numbers and running headers and footers.

    A running line is a short line at the top or bottom of a page that recurs (digits
    aside) at the edge of at least half of the pages; lines inside a page are never
    removed here, so a sentence is not cut.
    """
    kept = [[line for line in page if line] for page in pages]
    counts: Counter[str] = Counter()
    for lines in kept:
        counts.update(
            {
                _edge_key(line)
                for line in _edges(lines)
                if len(line) <= 100 and line[-1] not in ".!?"
            }
        )
    needed = max(2, (len(pages) + 1) // 2)
    running = {key for key, n in counts.items() if n >= needed}
    out: list[str] = []
    for lines in kept:
        edges = set(range(min(_EDGE, len(lines)))) | set(range(len(lines) - _EDGE, len(lines)))
        out.extend(
            line
            for index, line in enumerate(lines)
            if index not in edges or not (_edge_key(line) in running or _PAGE_NUMBER.match(line))
        )
    return out


def _edges(lines: list[str]) -> list[str]:
    return lines[:_EDGE] + lines[max(_EDGE, len(lines) - _EDGE) :]


def _metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    try:
        meta = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError):
        return None, None
    if meta is None:
        return None, None
    title = clean_title(meta.title) if isinstance(meta.title, str) else None
    if title and _PLACEHOLDER_TITLE.match(title):
        title = None
    raw_date = meta.get("/CreationDate")
    return title, normalise_date(str(raw_date)) if raw_date else None


def parse_pdf(data: bytes, source: str) -> Article:
    """An `Article` from the bytes of a PDF."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf's notes on malformed but readable files
        reader = _reader(data, source)
        pages = _page_lines(reader, source)
    if not any(line for lines in pages for line in lines):
        raise IngestError(source, "no text layer (scanned PDF?)")
    lines, meta = take_metadata(_without_running_lines(pages))
    lines = strip_furniture(reflow(lines, max_width=160))
    title, meta_date = _metadata(reader)
    title = title or meta.title or headline_of(lines)
    return Article(
        text=join_lines(lines),
        source=source,
        title=title,
        date=meta.date or meta_date,
        url=meta.url,
        publisher=meta.publisher or publisher_of(meta.url),
    )

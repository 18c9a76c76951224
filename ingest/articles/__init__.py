"""Articles: read a file of any supported format into a cleaned `Article`.

``load_article(path)`` picks the reader by the file's extension:

- ``.txt``: the first line is the title when it reads as a headline; lines such as
  ``News source: <url>`` or ``Source: <url>`` give the URL and leave the text.
- ``.md`` / ``.markdown``: YAML front matter (title, date, url, publisher or source),
  then the Markdown body as plain text.
- ``.html`` / ``.htm``: title, date and URL from the page's metadata; the text of
  ``<article>`` / ``<main>`` without navigation, comments and other page furniture.
- ``.pdf``: the text layer (pypdf); a scan without one is refused.

Every reader strips page furniture (see `ingest.furniture`). An article without a date
takes the one its URL spells (``/2024/0528/``), if any.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ingest.articles.html import parse_html
from ingest.articles.markdown import parse_markdown
from ingest.articles.pdf import parse_pdf
from ingest.articles.record import Article, date_from_url
from ingest.articles.text import parse_text
from ingest.errors import IngestError

Reader = Callable[[bytes, str], Article]

_READERS: dict[str, Reader] = {
    ".txt": parse_text,
    ".text": parse_text,
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".html": parse_html,
    ".htm": parse_html,
    ".xhtml": parse_html,
    ".pdf": parse_pdf,
}

ARTICLE_SUFFIXES: frozenset[str] = frozenset(_READERS)


def is_article(path: Path) -> bool:
    """Whether the file's extension is one `load_article` reads."""
    return path.suffix.lower() in _READERS


def parse_article(data: bytes, source: str, suffix: str) -> Article:
    """An `Article` from a file's bytes; ``suffix`` (``.html``) picks the reader."""
    reader = _READERS.get(suffix.lower())
    if reader is parse_text and _looks_like_html(data):
        reader = parse_html  # a web page saved with a .txt name
    if reader is None:
        raise IngestError(source, f"unsupported article type {suffix or '(no extension)'!r}")
    article = reader(data, source)
    if not article.text.strip():
        raise IngestError(source, "no article text found")
    if article.date is None and (dated := date_from_url(article.url)):
        article = dataclasses.replace(article, date=dated)
    return article


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def load_article(path: Path | str, *, source: str | None = None) -> Article:
    """Read one article file. ``source`` names it in the store (default: the path)."""
    path = Path(path)
    name = source if source is not None else path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(name, f"cannot read the file ({error.strerror or error})") from error
    return parse_article(data, name, path.suffix)

"""Markdown articles (``.md``): YAML front matter for metadata, the body as plain text.

The body is rendered with markdown-it and read back as text block by block, so
emphasis, links and images leave only their words, and each paragraph, heading and
list item keeps its sentences on one line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml
from markdown_it import MarkdownIt

from ingest.articles.html import parse_soup, text_of
from ingest.articles.record import (
    Article,
    clean_title,
    normalise_date,
    normalise_url,
    publisher_of,
)
from ingest.articles.text import decode_bytes, join_lines, normalise_lines, take_metadata
from ingest.errors import IngestError
from ingest.furniture import strip_furniture

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_URL_KEYS = ("url", "canonical", "canonical_url", "link", "source_url", "permalink")
_DATE_KEYS = ("date", "published", "published_at", "pubdate", "publish_date", "created")
_PUBLISHER_KEYS = ("publisher", "source", "site", "site_name", "outlet")


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter (empty when absent) and the Markdown body."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    try:
        loaded = yaml.safe_load(match["yaml"])
    except yaml.YAMLError as error:
        raise IngestError(source, f"invalid YAML front matter: {error}") from error
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise IngestError(source, "the front matter is not a mapping of keys to values")
    return {str(k).lower(): v for k, v in loaded.items()}, text[match.end() :]


def _value(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None


def parse_markdown(data: bytes, source: str) -> Article:
    """An `Article` from the bytes of a Markdown file."""
    front, body = split_front_matter(decode_bytes(data, source), source)
    html = MarkdownIt("commonmark").enable("table").render(body)
    soup = parse_soup(f"<body>{html}</body>")
    for raw in soup.find_all(("script", "style", "noscript", "iframe", "nav", "form")):
        raw.decompose()  # raw HTML inside the Markdown
    heading = soup.find("h1")
    lines, meta = take_metadata(normalise_lines(text_of(soup.body) if soup.body else ""))
    lines = strip_furniture(lines)
    publisher = _value(front, _PUBLISHER_KEYS)
    url = normalise_url(_value(front, _URL_KEYS)) or meta.url
    if publisher and normalise_url(publisher):  # "source: https://..." names the page
        url = url or publisher
        publisher = None
    title = clean_title(_value(front, ("title", "headline"))) or meta.title
    return Article(
        text=join_lines(lines),
        source=source,
        title=title or clean_title(heading.get_text(" ") if heading else None),
        date=normalise_date(_value(front, _DATE_KEYS)) or meta.date,
        url=url,
        publisher=clean_title(publisher) or meta.publisher or publisher_of(url),
    )

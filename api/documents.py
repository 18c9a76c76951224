"""Documents to fact-check: a file, pasted text, standard input or (when the settings
allow it) a web page, read into text with ingest's article readers.

A file that is not an article (a table, an image, an unknown type) is refused with a
message naming the types that are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from api.errors import PayloadTooLargeError, UnprocessableError
from ingest.articles import ARTICLE_SUFFIXES, parse_article
from ingest.errors import IngestError

_TYPES = ", ".join(sorted(ARTICLE_SUFFIXES))
_CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/markdown": ".md",
    "text/plain": ".txt",
}


@dataclass(frozen=True)
class Document:
    """The text of a document to check, with its title and date when known."""

    text: str
    name: str
    title: str | None = None
    date: str | None = None


def from_bytes(data: bytes, name: str, suffix: str) -> Document:
    """A document from a file's bytes; ``suffix`` (``.pdf``) picks the reader."""
    if suffix.lower() not in ARTICLE_SUFFIXES:
        kind = f"a {suffix} file" if suffix else "a file without an extension"
        raise UnprocessableError(
            f"{name} is not an article ({kind}). Give a text, Markdown, HTML or PDF file "
            f"({_TYPES})."
        )
    if not data.strip():
        raise UnprocessableError(f"{name} is empty.")
    if suffix.lower() != ".pdf" and b"\x00" in data[:4096]:
        raise UnprocessableError(f"{name} is not an article: it holds binary data, not text.")
    try:
        article = parse_article(data, name, suffix)
    except IngestError as error:
        raise UnprocessableError(f"{name} cannot be read as an article: {error.reason}") from error
    return Document(article.text, name, article.title, article.date)


def from_text(text: str, name: str = "pasted text") -> Document:
    """Pasted text (its first line is the title when it reads as a headline)."""
    if not text.strip():
        raise UnprocessableError("The text is empty: paste an article or upload a file.")
    return from_bytes(text.encode("utf-8"), name, ".txt")


def from_path(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnprocessableError(f"Cannot read {path}: {error.strerror or error}.") from error
    return from_bytes(data, path.name, path.suffix)


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def from_url(url: str, *, allowed: bool, max_bytes: int, timeout: float = 20.0) -> Document:
    """A web page, fetched only when the settings allow it (TRADEBOT_CHECK_FETCH_URLS)."""
    import httpx

    if not allowed:
        raise UnprocessableError(
            "Fetching web pages is switched off. Save the page and check the file, or set "
            "TRADEBOT_CHECK_FETCH_URLS=true."
        )
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            response.raise_for_status()
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > max_bytes:
                    raise PayloadTooLargeError(f"{url} is larger than {max_bytes // 1024} KiB.")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    except httpx.HTTPError as error:
        raise UnprocessableError(f"Cannot fetch {url}: {error}") from error
    suffix = _CONTENT_TYPES.get(kind) or Path(urlsplit(url).path).suffix or ".html"
    return from_bytes(bytes(data), url, suffix)

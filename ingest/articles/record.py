"""The `Article` record: the cleaned text of one article and what is known about it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Article:
    """One article, page furniture removed.

    ``text`` is the cleaned text; every passage cut from the article is a verbatim
    substring of it. ``date`` is an ISO date (``2026-04-21``) when one was found.
    """

    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d/%m/%Y",
    "%Y%m%d",
)
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")


def normalise_date(text: str | None) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from the ways pages write dates; None if unreadable."""
    if not text:
        return None
    text = text.strip()
    if m := _PDF_DATE.match(text):
        text = f"{m[1]}-{m[2]}-{m[3]}"
    if _ISO_PREFIX.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            text = text[:10]
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    cleaned = re.sub(r"\b([A-Za-z]{3,4})\.", r"\1", cleaned)
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def normalise_url(text: str | None) -> str | None:
    """An absolute http(s) URL, or None."""
    if not text:
        return None
    text = text.strip().strip("<>")
    parts = urlsplit(text)
    if parts.scheme in ("http", "https") and parts.netloc:
        return text
    return None


def publisher_of(url: str | None) -> str | None:
    """The host name of a URL without ``www.``, as a fallback publisher."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def clean_title(text: str | None) -> str | None:
    """A title on one line, or None when empty."""
    if not text:
        return None
    title = re.sub(r"\s+", " ", text).strip()
    return title or None


_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<s>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=s)?/?"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_from_url(url: str | None) -> str | None:
    """The ISO date a URL's path spells (``/2024/0528/``, ``/2025/10/27/``), or None."""
    if not url:
        return None
    path = urlsplit(url).path
    for m in _URL_DATE.finditer(path):
        try:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"])).date().isoformat()
        except ValueError:
            continue
    return None

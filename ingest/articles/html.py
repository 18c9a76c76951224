"""HTML articles (``.html``, ``.htm``): the main text of the page and its metadata.

The text comes from ``<article>`` (the longest one) or ``<main>`` when the page has
one, else from ``<body>``; navigation, headers and footers, asides, scripts, styles,
forms, comment sections, share bars and cookie banners are removed first.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from bs4.element import NavigableString

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

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "iframe",
    "svg",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "dialog",
    "footer",
)
# A class or id holding one of these words (between -, _ or spaces) marks page furniture.
_JUNK = re.compile(
    r"(^|[\s_-])(comments?|comment-respond|respond|cookie\w*|consent|gdpr|share\w*|social"
    r"|sharing|related\w*|recommended|newsletter|subscribe|subscription|advert\w*|ads?|adslot"
    r"|banner|popup|modal|sidebar|breadcrumbs?|menu|navbar|nav|navigation|pagination|promo"
    r"|sponsored|paywall|skip-link|screen-reader-text|sr-only|footer|tags|tag-links|cat-links"
    r"|author-bio|author-box|about-author|yarpp\w*)($|[\s_-])",
    re.IGNORECASE,
)
# Only at the start of a class: "widget" is a sidebar box, "elementor-widget-container" is not.
_JUNK_START = re.compile(r"^(widget|jp-relatedposts|sharedaddy)", re.IGNORECASE)
_BLOCK_NAMES = (
    "p div section article main h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre figure"
    " figcaption table thead tbody tfoot caption header address hr details summary"
)
_BLOCKS = frozenset(_BLOCK_NAMES.split())
_LINES = frozenset(("li", "tr", "dt", "dd"))
_CELLS = frozenset(("td", "th"))
_DATE_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "dc.date"),
    ("name", "DC.date.issued"),
    ("name", "dcterms.date"),
    ("property", "og:published_time"),
)
_PUBLISHER_META = (
    ("property", "og:site_name"),
    ("name", "publisher"),
    ("name", "application-name"),
)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its top, if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def parse_soup(markup: str) -> BeautifulSoup:
    """The parsed page; bs4's guesses about the input (XML, a URL) are not warnings here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "lxml")


def parse_html(data: bytes, source: str) -> Article:
    """An `Article` from the bytes of an HTML page."""
    soup = parse_soup(decode_bytes(data, source, declared=declared_charset(data)))
    linked = linked_data(soup)
    title = _title(soup) or clean_title(linked.get("headline"))
    date = _date(soup) or normalise_date(linked.get("datePublished"))
    url = (
        normalise_url(_meta(soup, ("property", "og:url")))
        or _canonical(soup)
        or normalise_url(linked.get("url"))
    )
    publisher = clean_title(_first_meta(soup, _PUBLISHER_META) or linked.get("publisher"))
    root = _main_element(soup)
    if root is None:
        raise IngestError(source, "the page has no body text")
    text = text_of(root)
    lines, meta = take_metadata(normalise_lines(text))
    lines = strip_furniture(lines)
    url = url or meta.url
    return Article(
        text=join_lines(lines),
        source=source,
        title=title or meta.title,
        date=date or meta.date,
        url=url,
        publisher=publisher or meta.publisher or publisher_of(url),
    )


def linked_data(soup: BeautifulSoup) -> dict[str, str]:
    """headline, datePublished, url and publisher name from the page's JSON-LD, if any."""
    found: dict[str, str] = {}
    for script in soup.find_all("script", type=re.compile("ld\\+json", re.I)):
        try:
            data = json.loads(script.get_text())
        except ValueError:
            continue
        for item in _ld_items(data):
            for key in ("headline", "datePublished", "url"):
                if isinstance(item.get(key), str):
                    found.setdefault(key, item[key])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("publisher", publisher["name"])
    return found


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """The JSON-LD objects that describe an article (inside lists and @graph too)."""
    if isinstance(data, list):
        return [item for part in data for item in _ld_items(part)]
    if not isinstance(data, dict):
        return []
    items = _ld_items(data.get("@graph")) if "@graph" in data else []
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if any(isinstance(k, str) and k.endswith(("Article", "Posting", "Report")) for k in kinds):
        items.insert(0, data)
    return items


def _meta(soup: BeautifulSoup, key: tuple[str, str]) -> str | None:
    attribute, value = key
    tag = soup.find("meta", attrs={attribute: re.compile(f"^{re.escape(value)}$", re.I)})
    if isinstance(tag, Tag):
        content = tag.get("content")
        if isinstance(content, str) and content.strip():
            return content.strip()
    return None


def _first_meta(soup: BeautifulSoup, keys: tuple[tuple[str, str], ...]) -> str | None:
    return next((found for key in keys if (found := _meta(soup, key))), None)


def _canonical(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel: Any = link.get("rel") or []
        rels = [rel] if isinstance(rel, str) else list(rel)
        if any(r.lower() == "canonical" for r in rels):
            href = link.get("href")
            return normalise_url(href if isinstance(href, str) else None)
    return None


def _title(soup: BeautifulSoup) -> str | None:
    found = _meta(soup, ("property", "og:title")) or _meta(soup, ("name", "twitter:title"))
    if not found:
        h1 = soup.find("h1")
        found = h1.get_text(" ") if isinstance(h1, Tag) else None
    if not found and soup.title is not None:
        found = _without_site_name(soup.title.get_text(" "))
    return clean_title(found)


_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?P<site>[^|\-–—]{2,40})$")


def _without_site_name(title: str) -> str:
    """``Exports rise - People's Daily Online`` without the site's name at the end."""
    m = _SITE_SUFFIX.search(title.strip())
    if m is None or len(m["site"].split()) > 4 or m.start() < 10:
        return title
    return title.strip()[: m.start()]


def _date(soup: BeautifulSoup) -> str | None:
    for key in _DATE_META:
        if found := normalise_date(_meta(soup, key)):
            return found
    for time in soup.find_all("time"):
        stamp = time.get("datetime")
        if isinstance(stamp, str) and (found := normalise_date(stamp)):
            return found
    return None


def _main_element(soup: BeautifulSoup) -> Tag | None:
    """The element holding the article: longest <article>, else <main>, else <body>."""
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    main = soup.find("main") or soup.find(None, {"role": "main"})
    root = main if isinstance(main, Tag) else soup.body
    article = _longest_article(soup)
    if article is not None and (root is None or _substantial(article, root)):
        root = article
    elif article is not None and root is not None:
        for card in root.find_all("article"):
            card.decompose()  # every <article> is a teaser card for another story
    if root is not None:
        _drop_junk(root)
    return root


def _longest_article(soup: BeautifulSoup) -> Tag | None:
    articles = [tag for tag in soup.find_all("article") if isinstance(tag, Tag)]
    if not articles:
        return None
    return max(articles, key=lambda tag: len(tag.get_text(" ", strip=True)))


def _substantial(article: Tag, around: Tag) -> bool:
    """Whether an <article> holds the story, not just a teaser card beside it."""
    size = len(article.get_text(" ", strip=True))
    return size >= 500 or size >= 0.3 * len(around.get_text(" ", strip=True))


def _drop_junk(root: Tag) -> None:
    """Remove junk inside the root, but never an element holding most of its text."""
    total = len(root.get_text(" ", strip=True))
    for tag in list(root.find_all(True)):
        if tag.decomposed:
            continue
        junk = (
            _is_junk(tag.attrs)
            or (tag.name == "header" and not tag.find(["h1", "h2", "time"]))
            or _mostly_links(tag)
        )
        if junk and len(tag.get_text(" ", strip=True)) <= total / 2:
            tag.decompose()


_LINK_BLOCKS = frozenset(("ul", "ol", "div", "section", "p", "li", "table", "dl"))


def _mostly_links(tag: Tag) -> bool:
    """A block whose words are nearly all links: a list of other stories or a menu."""
    if tag.name not in _LINK_BLOCKS:
        return False
    text = len(tag.get_text(" ", strip=True))
    if text == 0:
        return False
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return linked >= 0.8 * text


def _is_junk(attrs: dict[str, Any]) -> bool:
    classes = attrs.get("class") or []
    names = " ".join(
        [*(classes if isinstance(classes, list) else [classes]), attrs.get("id") or ""]
    )
    if attrs.get("aria-hidden") == "true" or attrs.get("hidden") is not None:
        return True
    role = attrs.get("role")
    if role in ("navigation", "banner", "complementary", "contentinfo", "dialog", "alert"):
        return True
    return bool(_JUNK.search(names)) or any(_JUNK_START.match(name) for name in names.split())


def text_of(root: Tag) -> str:
    """The text of an element: one line per block, cells of a table row joined by `` | ``.

    Paragraph-like blocks are separated by a blank line, list items and table rows by a
    line break; whitespace inside a block is folded into single spaces.
    """
    parts: list[str] = []
    _collect(root, parts)
    text = re.sub(r"( \| )+(?=[ \t]*[\x01-\x03])", "", "".join(parts))
    text = _BREAKS.sub(_break_for, text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_LINE, _PARA, _BR = "\x01", "\x02", "\x03"


def _break_for(run: re.Match[str]) -> str:
    """A blank line after a block or two line breaks (``<br><br>``), else one line break."""
    marks = run.group()
    return "\n\n" if _PARA in marks or marks.count(_BR) >= 2 else "\n"


_BREAKS = re.compile(r"[ \t]*[\x01-\x03][\x01-\x03 \t]*")


def _collect(node: Tag, parts: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                parts.append(re.sub(r"\s+", " ", str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            parts.append(_BR)
        elif child.name == "pre":
            parts.append(_PARA + child.get_text() + _PARA)
        elif child.name in _CELLS:
            _collect(child, parts)
            parts.append(" | ")
        elif child.name in _LINES or child.name in _BLOCKS:
            mark = _LINE if child.name in _LINES else _PARA
            parts.append(mark)
            _collect(child, parts)
            parts.append(mark)
        else:
            _collect(child, parts)

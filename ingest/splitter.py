"""Cut an article into passages of whole sentences.

The text is first split into sentences (a line break always ends one), then whole
sentences are packed into passages of at most ``chunk_size`` characters; a passage that
is well filled ends where its paragraph ends. Neighbouring passages within a paragraph
share their last sentences up to ``chunk_overlap`` characters (at least one sentence
when it is short). Each passage is a verbatim slice of the article text, so a
quote taken from a passage can be found in the article word for word. Only a single
sentence longer than ``chunk_size`` is cut, at spaces.
"""

from __future__ import annotations

import hashlib
import re

from ingest.articles.record import Article
from vectorstore.records import Passage

_ABBREVIATION_WORDS = """
    mr mrs ms dr prof sr jr st mt no nos vs etc e.g i.e eg ie inc ltd co corp plc
    jan feb mar apr jun jul aug sep sept oct nov dec approx est fig figs vol pp p
    dept govt gov rev gen col lt sen rep ave u.s u.k u.n e.u h.k p.r.c yr yrs mln bln"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# A candidate sentence end: terminal punctuation, closing quotes, then spaces and an opener.
_END = re.compile(r"[.!?]+['\"”’)\]]*(?=\s+['\"“‘(\[]?[A-Z0-9\u00c0-\u024f\u0370-\uffff])")
_CJK_END = re.compile(r"[。！？]+[」』”’）]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; together they cover all non-space text."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for cut in _cuts(line.group()):
            spans.append((start, line.start() + cut))
            start = line.start() + cut
        spans.append((start, line.end()))
    return [trimmed for span in spans if (trimmed := _trim(text, span)) is not None]


def _cuts(line: str) -> list[int]:
    cuts = [m.end() for m in _END.finditer(line) if not _is_abbreviation(line, m.start())]
    cuts.extend(m.end() for m in _CJK_END.finditer(line) if m.end() < len(line))
    return sorted(set(cuts))


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    match = _WORD_BEFORE.search(line[:dot])
    if match is None:
        return False
    word = match.group(1).lower().strip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _cut_long(text: str, span: tuple[int, int], size: int) -> list[tuple[int, int]]:
    """A sentence longer than ``size`` cut at spaces into pieces of at most ``size``."""
    start, end = span
    pieces: list[tuple[int, int]] = []
    while end - start > size:
        cut = text.rfind(" ", start + 1, start + size + 1)
        if cut <= start:
            cut = start + size
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def pack_spans(text: str, chunk_size: int, chunk_overlap: int) -> list[tuple[int, int]]:
    """Spans of passages: whole sentences packed up to ``chunk_size`` characters."""
    units: list[tuple[int, int]] = []
    for span in sentence_spans(text):
        units.extend(_cut_long(text, span, chunk_size))
    chunks: list[tuple[int, int]] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= chunk_size:
            if _new_paragraph(text, units[last], units[last + 1]) and (
                units[last][1] - units[first][0] >= _PARAGRAPH_FILL * chunk_size
            ):
                break  # end a well-filled passage where its paragraph ends
            last += 1
        chunks.append((units[first][0], units[last][1]))
        if last + 1 >= len(units):
            break
        if _new_paragraph(text, units[last], units[last + 1]):
            first = last + 1  # a paragraph break needs no shared sentence
        else:
            first = _overlap_start(units, first, last, chunk_size, chunk_overlap)
    return chunks


_PARAGRAPH_FILL = 0.6


def _new_paragraph(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    return "\n\n" in text[before[1] : after[0]]


def _overlap_start(
    units: list[tuple[int, int]], first: int, last: int, size: int, overlap: int
) -> int:
    """The first sentence of the next passage: the last ones that fit in ``overlap``."""
    if overlap <= 0:
        return last + 1
    start = last + 1
    while start - 1 > first and units[last][1] - units[start - 1][0] <= overlap:
        start -= 1
    if start == last + 1 and last > first and units[last][1] - units[last][0] <= size // 3:
        start = last  # about one sentence of overlap, even past the overlap setting
    return start


def passage_id(source: str, position: int, text: str) -> str:
    """A content hash naming a passage: the same text at the same place, the same id."""
    digest = hashlib.sha256(f"{source}\x00{position}\x00{text}".encode()).hexdigest()
    return digest[:20]


def document_id(source: str) -> str:
    """The id of a source (file) in the store, from its source path."""
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def split_article(article: Article, chunk_size: int, chunk_overlap: int) -> list[Passage]:
    """The passages of an article, in order, each a verbatim slice of ``article.text``."""
    doc_id = document_id(article.source)
    passages: list[Passage] = []
    for position, (start, end) in enumerate(pack_spans(article.text, chunk_size, chunk_overlap)):
        text = article.text[start:end]
        passages.append(
            Passage(
                id=passage_id(article.source, position, text),
                text=text,
                source=article.source,
                doc_id=doc_id,
                position=position,
                title=article.title,
                date=article.date,
                url=article.url,
                publisher=article.publisher,
            )
        )
    return passages

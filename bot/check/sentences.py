"""A document cut into paragraphs and sentences, in order.

Paragraphs are separated by blank lines (or, in a text without any, by line breaks).
Sentences end at ``.``, ``!`` or ``?`` followed by a capital, a digit or a quote, but not
after an abbreviation (``U.S.``, ``Mr.``, ``Jan.``, ``No.``) or a decimal point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs etc e.g i.e u.s u.k u.n p pp fig jan feb mar apr jun
    jul aug sep sept oct nov dec inc ltd co corp approx est""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # 0-based, in document order
    index: int  # 0-based, across the whole document


def sentences(text: str) -> list[Sentence]:
    """The sentences of a document, each with its paragraph."""
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    found: list[Sentence] = []
    paragraph = 0
    for block in blocks:
        cleaned = " ".join(block.split())
        if not cleaned:
            continue
        for piece in _split(cleaned):
            found.append(Sentence(piece, paragraph, len(found)))
        paragraph += 1
    return found


def _split(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BREAK.finditer(paragraph):
        head = paragraph[start : match.start()]
        last = head.rsplit(" ", 1)[-1].rstrip('.!?"”’)').lower()
        if last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last):
            continue
        pieces.append(paragraph[start : match.end()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]

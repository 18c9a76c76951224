"""Marks that qualify a published figure: provisional, revised, estimated.

Statistics offices mark figures as provisional (``33,970.9p``, ``123.4 (p)``, a ``2024 p``
period header), revised (``7.1r``) or estimated (``12.0e``); a star (``455.5*``) counts when a
legend line says what it means (``* provisional``). The number is read without its mark
(`ingest.tables.numbers`); the mark is kept per value in an attribute column (``flag``:
``p`` provisional, ``r`` revised, ``e`` estimate) so answers can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ingest.tables.numbers import clean_text

FLAG_MEANINGS = {"p": "provisional", "r": "revised", "e": "estimate"}
_WORDS = {
    "p": "p", "prel": "p", "prelim": "p", "preliminary": "p", "provisional": "p",
    "r": "r", "rev": "r", "revised": "r",
    "e": "e", "est": "e", "estimate": "e", "estimated": "e", "estimates": "e",
}  # fmt: skip
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_MARK = re.compile(
    rf"(?:(?<=\d)|(?<=[\d\s(\[]))[(\[]?({_WORD})\.?[)\]]?$|(?<=\d)\s*[(\[]?(\*+)[)\]]?$", re.I
)
_SUPERSCRIPT = {"ᵖ": "p", "ʳ": "r", "ᵉ": "e"}
_LEGEND = re.compile(
    r"(?:^|[\s.;,:(])(?:(\*+)|\(([pre])\)|([pre])(?=\s*(?:=|:|-|–|denotes|means|indicates|"
    r"stands for|refers to)))\s*(?:=|:|-|–|denotes|means|indicates|stands for|refers to)?\s*"
    r"(?:the\s+|a\s+|an\s+)?(?:figures?\s+(?:are|is)\s+)?"
    r"(provisional|preliminary|revised|estimated?|estimates?)",
    re.I,
)


@dataclass(frozen=True)
class Legend:
    """What the marks of a table mean, from its legend lines; ``star`` is the flag of ``*``."""

    star: str = ""
    lines: tuple[str, ...] = ()


def read_legend(lines: Iterable[str]) -> Legend:
    """The legend among a table's note lines (``p = provisional``, ``* Provisional figures``)."""
    star = ""
    found: list[str] = []
    for line in lines:
        matches = list(_LEGEND.finditer(line))
        if not matches:
            continue
        found.append(line)
        for match in matches:
            if match[1] and not star:
                star = _WORDS[match[4].lower()]
    return Legend(star, tuple(found))


def mark_of(text: str, star: str = "") -> str:
    """The flag a cell or header carries after its number or period (``p``, ``r``, ``e``), or
    "" for none; a star counts as ``star`` (its meaning in the legend)."""
    return _mark_of(text, star)


@lru_cache(maxsize=1 << 13)
def _mark_of(text: str, star: str) -> str:
    raw = clean_text(text)
    if not raw or not any(ch.isdigit() for ch in raw):
        return ""
    if raw[-1] in _SUPERSCRIPT:
        return _SUPERSCRIPT[raw[-1]]
    found = _MARK.search(raw)
    if found is None or not any(ch.isdigit() for ch in raw[: found.start()]):
        return ""
    if found[2]:
        return star
    return _WORDS[found[1].lower()]


def flag_note(flags: Iterable[str], column: str, legend: Legend) -> str:
    """The card note that explains the marks kept in the flag column."""
    meanings = [f"{flag} = {FLAG_MEANINGS[flag]}" for flag in sorted(set(flags)) if flag]
    said = " (as the table's legend says)" if legend.lines else ""
    return f"Marked figures{said}, flagged per value in column {column!r}: {'; '.join(meanings)}."

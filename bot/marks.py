"""Marks a source puts on its values: provisional, revised, estimated.

A table may carry the attribute column ``flag`` (``p`` provisional, ``r`` revised,
``e`` estimate, ``""`` none). A figure read from a marked row says so
(``HK$ 455.5 bn (provisional)``); a figure computed from marked rows says it is
``based on provisional figures``. The words go into the figure's ``mark``, its formula,
and beside its display string in the answer's sentences.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from bot.formatting import unsigned
from bot.records import Figure
from bot.resolve import Observation

_WORDS = {"p": "provisional", "r": "revised", "e": "estimated"}
_ORDER = tuple(_WORDS.values())
_LONG = (("prov", "p"), ("prel", "p"), ("rev", "r"), ("est", "e"))
_MARKED = re.compile(r" \((?:provisional|revised|estimated|based on [a-z ]+ figures)\)")


@functools.lru_cache(maxsize=1024)
def read_flag(text: str | None) -> str | None:
    """The adjective for a flag cell (``p``, ``P``, ``(p)``, ``prov.``); None for none."""
    letters = re.sub(r"[^a-z]", "", (text or "").lower())
    if letters in _WORDS:
        return _WORDS[letters]
    code = next((c for prefix, c in _LONG if letters.startswith(prefix)), None)
    return _WORDS[code] if code else None


def _flat(observations: Iterable[Observation]) -> list[Observation]:
    return [p for o in observations for p in (o.parts or (o,))]


def words_of(observations: Iterable[Observation]) -> list[str]:
    """The marks on the rows, in a fixed order (provisional, revised, estimated)."""
    found = {read_flag(o.attribute("flag")) for o in _flat(observations)}
    return [w for w in _ORDER if w in found]


def read_mark(obs: Observation) -> str | None:
    """The mark of a value read from one row (a sum of rows is computed)."""
    if obs.parts:
        return computed_mark(obs.parts)
    words = words_of([obs])
    return words[0] if words else None


def based_on(words: list[str]) -> str | None:
    if not words:
        return None
    return f"based on {' and '.join(words)} figures"


def computed_mark(observations: Iterable[Observation]) -> str | None:
    """The mark of a figure computed from rows: ``based on provisional figures``."""
    return based_on(words_of(observations))


def derived_mark(*figures: Figure) -> str | None:
    """The mark of a figure computed from other figures."""
    found = {w for f in figures if f.mark for w in _ORDER if w in f.mark}
    return based_on([w for w in _ORDER if w in found])


def stamped(fig: Figure) -> Figure:
    """The figure with its mark written at the end of its formula (once)."""
    if not fig.mark or fig.formula.endswith(f"({fig.mark})"):
        return fig
    return replace(fig, formula=f"{fig.formula} ({fig.mark})")


def annotated(text: str, figures: Iterable[Figure]) -> str:
    """A sentence with each marked figure's display followed by its mark, the first time
    the display appears (``HK$ 455.5 bn (provisional)``)."""
    for fig in figures:
        if not fig.mark or not fig.display:
            continue
        tag = f" ({fig.mark})"
        match = None
        for shown in dict.fromkeys((fig.display, unsigned(fig.display))):
            pattern = re.compile(rf"(?<![\d.,]){re.escape(shown)}(?!\d|\.\d)")
            match = match or pattern.search(text)
        if match is None or _MARKED.match(text[match.end() :]):
            continue  # marked already (a published value and one computed from it)
        text = f"{text[: match.end()]}{tag}{text[match.end() :]}"
    return text

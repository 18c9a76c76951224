"""Names of places nobody knows: ``exports to Narnia``, ``imports from Atlantis``.

A capitalised name after ``to``/``from``/``with``/``into`` in a phrase about a trade flow
(or right before the flow: ``Narnia exports``) that is no place in the gazetteer, no
value, title or label of any table, no month and no common word, is kept as unmatched,
so that the answer says it has no data on it instead of giving the total.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.timewords import MONTHS
from bot.vocabulary import Vocabulary
from lexicon.places import gazetteer, is_demonym, normalise_name

_FLOW = r"(?i:exports?|exported|exporting|imports?|imported|importing|re-exports?|shipments?|"
_FLOW += r"shipped|trade|traded|trading|sales?|sold|bought|purchases?|deficit|surplus|balance)"
_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+(?:of\s+|and\s+the\s+)?[A-Z][a-z][\w'’-]*)*"
_AFTER_FLOW = re.compile(
    rf"\b{_FLOW}\b[^?.!;:]{{0,60}}?\b(?i:to|from|with|into)\s+(?i:the\s+)?(?P<name>{_NAME})"
)
_BEFORE_FLOW = re.compile(
    rf"\b(?i:about|for|on|of|are|were|did|do|does|how)\s+(?P<name>{_NAME})(?:['’]s?)?\s+"
    rf"(?i:total\s+|goods\s+|merchandise\s+)?{_FLOW}\b"
)
# a follow-up naming only the partner: "And to Atlantis?", "What about from Narnia?"
_FOLLOW_UP = re.compile(
    rf"^\s*(?i:and|what about|how about)\s+(?i:to|from|with|for)?\s*(?i:the\s+)?(?P<name>{_NAME})"
    r"\s*\??\s*$"
)
_ADJECTIVE_ENDINGS = ("ese", "ian", "ish", "ean")
_FURTHER = re.compile(rf"^\s*(?:,|and|or|&)\s+(?:the\s+)?(?P<name>{_NAME})")
_PLAIN = frozenset(
    """a about after all an and any april are as at august average be before between by
    december did do does domestic during each february for from goods how in is it its
    january july june last march may merchandise more most next november october of on or
    overall q1 q2 q3 q4 quarter re-exports same september since than that the their them
    then there these this those to total trade was were what when where which while who
    why with year years""".split()  # noqa: SIM905
)


def read_unknown_places(
    text: str, vocab: Vocabulary, taken: list[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """Unknown names in partner position: (name as written, start, end), left to right."""
    found: list[tuple[str, int, int]] = []
    for pattern in (_AFTER_FLOW, _BEFORE_FLOW, _FOLLOW_UP):
        for match in pattern.finditer(text):
            found.extend(_names_from(text, match.start("name"), match.group("name")))
    known = _known_words(vocab)
    result: list[tuple[str, int, int]] = []
    for name, start, end in found:
        if any(s < end and start < e for s, e in taken):
            continue
        name, end = _trimmed(name, start)
        if not name or _is_known(name, known) or any(r[1] == start for r in result):
            continue
        result.append((name, start, end))
    return sorted(result, key=lambda r: r[1])


def _names_from(text: str, start: int, name: str) -> list[tuple[str, int, int]]:
    """The name at ``start`` and any joined to it by ``and``/``or``/commas."""
    names = [(name, start, start + len(name))]
    end = start + len(name)
    while (more := _FURTHER.match(text[end:])) is not None:
        begin = end + more.start("name")
        names.append((more.group("name"), begin, begin + len(more.group("name"))))
        end = begin + len(more.group("name"))
    return names


def _trimmed(name: str, start: int) -> tuple[str, int]:
    """A name without plain words at its ends (``Narnia In`` -> ``Narnia``)."""
    words = name.split()
    while words and words[-1].lower().strip("'’") in _PLAIN:
        words.pop()
    if words and words[0].lower() in _PLAIN:
        return "", start  # "to January", "from Total ...": not a place
    text = " ".join(words)
    return text, start + len(text)


def _is_known(name: str, known: frozenset[str]) -> bool:
    words = [w.lower().strip("'’") for w in name.split()]
    if normalise_name(name) in gazetteer():
        return True
    if any(w in MONTHS or w in _PLAIN or re.search(r"\d", w) for w in words):
        return True
    if any(is_demonym(w) or w.endswith(_ADJECTIVE_ENDINGS) for w in words):
        return True  # "Asian markets", "Narnian exports": not a name of a place
    return any(w in known for w in words)


@lru_cache(maxsize=8)
def _known_words(vocab: Vocabulary) -> frozenset[str]:
    """Every word of the tables' values, titles and measure labels (lower case)."""
    texts = [t.value for t in vocab.terms]
    for card in vocab.cards:
        texts.append(card.title)
        texts.extend(f"{m.label} {m.name}" for m in card.measures)
        texts.extend(d.name for d in card.dimensions)
    return frozenset(w.lower() for text in texts for w in re.findall(r"[A-Za-z][\w'’-]*", text))

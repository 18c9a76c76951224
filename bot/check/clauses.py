"""What each stated number in a sentence is about: its clause, flow, partners and measure.

A number's clause runs from the boundary after the number before it (a comma, ``while``,
``but``, ``and``, a dash) to the next number or the first strong stop after it. Its flow
is the flow word nearest to it in the clause (``exports``, ``imports``, ``trade
deficit``, ``total trade``), else the one of the number before it in the sentence, else
the nearest in the sentence. A number nearer to a word the tables never hold (costs,
prices, forecasts, GDP) than to any flow word is about that, not about trade.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.check.numbers import Number

_SPLIT = re.compile(
    r",\s*(?:and|but|while|whereas|with)?\s*|;\s*|\s+(?:while|whereas|but|and|compared with|"
    r"against)\s+|\s*[—–]\s*|\s-\s"
)
_STOP = re.compile(r";|\s*[—–(]\s*|\s-\s|,?\s+(?:while|whereas|but|which)\s+")
_LEAD = re.compile(r"\s[-—–]\s|;|:\s")  # a dateline or a lead-in before the first claim
_FLOW_WORDS = (
    ("re-exports", r"re-?exports?"),
    ("domestic exports", r"domestic exports?"),
    (
        "balance",
        r"(?:visible )?trade (?:balance|deficits?|surplus(?:es)?|gap)|deficits?|"
        r"surplus(?:es)?|balance of trade",
    ),
    (
        "trade",
        r"total trade|two-way trade|(?:external |overall )?trade (?:values?|volumes?|flows?)",
    ),
    ("exports", r"exports?|exported|exporters?|shipments?|outbound|overseas sales|sales abroad"),
    ("imports", r"imports?|imported|importers?|inbound|purchases from"),
)
_FLOW = re.compile(
    r"\b(?:" + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_FLOW_WORDS)) + r")\b", re.I
)
_DENOMINATOR = re.compile(
    r"(?:%|per ?cent|percent) of (?:the )?(?:total |all |overall )?(?:value of )?"
    r"(?P<of>exports|imports|trade|shipments)\b",
    re.I,
)
_SHARE = re.compile(
    r"\b(?:share|accounted for|accounting for|accounts for|made up|makes up|make up)\b|"
    r"(?:%|per ?cent|percent) of\b",
    re.I,
)
_OTHER = re.compile(
    r"\b(?:forecasts?|budgets?|projections?|projected|expect\w*|targets?|estimates?|prices?|"
    r"costs?|inflation|GDP|gross domestic product|unemployment|interest rates?|profits?|"
    r"margins?|revenues?|earnings|wages?|salar\w+|index|indices|ROI|tariffs?|duty|duties|"
    r"throughput|containers?|TEUs?|population|economy|growth forecast|volumes?|prices|would|"
    r"will|could|might|may grow|outlook)\b",
    re.I,
)
_MODAL = re.compile(r"would|will|could|might|may grow", re.I)
_DEFICIT = re.compile(r"deficit|gap", re.I)


@dataclass(frozen=True)
class Clause:
    """A stated number with the words about it."""

    number: Number
    start: int
    end: int
    text: str  # the clause as written
    flow: str | None  # exports, imports, re-exports, domestic exports, balance, trade
    flow_word: str | None  # as written ("trade deficit")
    measure: str  # "change" (a rate of change), "share", "ratio" (balance / imports), "level"
    other: str | None  # the nearer word of something the tables do not hold
    own_flow: bool = True  # the clause names its flow (else it continues the one before)


def clauses(sentence: str, numbers: list[Number]) -> list[Clause]:
    """One clause per number, in order; a clause without a flow takes the previous one's."""
    found: list[Clause] = []
    lead = list(_LEAD.finditer(sentence, 0, numbers[0].start)) if numbers else []
    starts = [lead[-1].end() if lead else 0] + [
        _boundary(sentence, a.end, b.start) for a, b in itertools.pairwise(numbers)
    ]
    for i, number in enumerate(numbers):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(numbers) else len(sentence)
        stop = _STOP.search(sentence, number.end, end)
        end = stop.start() if stop else end
        text = sentence[start:end]
        flow, word, other = _flow(text, number.start - start, number.end - start)
        own = flow is not None
        if flow is None and found and other is None:
            flow, word = found[-1].flow, found[-1].flow_word
        if flow is None and other is None:
            flow, word, _ = _flow(sentence, number.start, number.end)
        measure = _measure(text, number, flow)
        clause = Clause(number, start, end, text.strip(" ,;"), flow, word, measure, other, own)
        found.append(clause)
    return found


def _boundary(sentence: str, after: int, before: int) -> int:
    """Where the clause of a number starts: after the last split in the gap before it."""
    gap = sentence[after:before]
    splits = list(_SPLIT.finditer(gap))
    if splits:
        return after + splits[-1].end()
    article = re.search(r"(?:\b(?:to|of|at|by|from|a|an|the)\s+)+$", gap, re.I)
    return after + (article.start() if article else len(gap))  # "... in May to | HK$611.2 bn"


def _flow(text: str, start: int, end: int) -> tuple[str | None, str | None, str | None]:
    """The flow word nearest the number (never the ``of imports`` of a ratio), and the
    nearer word of a thing the tables do not hold, if one is nearer than any flow."""
    denominators = {m.start("of") for m in _DENOMINATOR.finditer(text)}
    best: tuple[int, str, str] | None = None
    for match in _FLOW.finditer(text):
        if match.start() in denominators:
            continue
        index = next(i for i, hit in enumerate(match.groups()) if hit)
        distance = _distance(match, start, end)
        if best is None or distance < best[0]:
            best = (distance, _FLOW_WORDS[index][0], match.group(0))
    others = [(_distance(m, start, end), m.group(0)) for m in _OTHER.finditer(text)]
    nearest_other = min(others, default=None)
    if nearest_other is not None and (best is None or nearest_other[0] < best[0]):
        word = nearest_other[1]
        return None, None, "a forecast" if _MODAL.fullmatch(word) else word.lower()
    if best is None:
        return None, None, None
    return best[1], best[2], None


def _distance(match: re.Match[str], start: int, end: int) -> int:
    if match.end() <= start:
        return start - match.end()
    return max(0, match.start() - end)


def _measure(text: str, number: Number, flow: str | None) -> str:
    if not number.is_rate:
        return "level"
    if flow == "balance" and _DENOMINATOR.search(text):
        return "ratio"
    if _SHARE.search(text):
        return "share"
    return "change"


def signed(sentence: str, clause: Clause) -> float:
    """The claim's value as meant: ``fell 3.2%`` is -3.2, a ``deficit of HK$63.3 bn``
    -63.3 (a deficit is a negative balance, however the text writes it)."""
    from bot.statements import falls

    number = clause.number
    value = number.value
    if number.multiple:
        from bot.tolerance import MULTIPLE, MULTIPLES

        word = MULTIPLE.search(number.words)
        return MULTIPLES[word.group("word").lower()] if word else 0.0
    if number.is_rate and value > 0 and falls(sentence, number.start, number.end):
        return -value
    if clause.flow == "balance" and clause.measure == "level" and clause.flow_word:
        if _DEFICIT.search(clause.flow_word):
            return -abs(value)
        if re.search(r"surplus", clause.flow_word, re.I):
            return abs(value)
    return value

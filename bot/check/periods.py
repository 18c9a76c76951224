"""The period and basis of each claim, from its words, its sentence and what came before.

A claim's period is, in this order: the one its own clause names; the one its sentence
names; the one the latest earlier sentence of its paragraph names; the one the document
has named so far; the one its title names. Where any of these names several periods,
or none is named at all, the period is open: the claim is *ambiguous* and the candidates
are its readings. A month without its year ("in March") takes the year of the article's
date (the latest such month before it) or, in an undated article, of the last year the
text named; with neither it is open.

The basis of a rate (year on year, month on month) is the one its clause or sentence
states, else the last one the document stated; else it is open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.timeparse import TimeSpec, read_time
from bot.timewords import QOQ
from vectorstore.periods import Period, canonical

_SA = re.compile(r"\bseasonally[- ]adjusted\b", re.I)
_ON_YEAR = re.compile(r"\b(?:on|over) (?:the )?year\b|\bannual(?:ly)?\b", re.I)  # wire style
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NOT_TIME = re.compile(
    r"\b(?:latest|recent|current|newest)\b"  # "the latest figures"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"  # a day: "3 June 2026"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}\b",  # "June 29, 2026"
    re.I,
)


@dataclass(frozen=True)
class When:
    """A claim's period readings (one: settled; several or none: open) and basis."""

    periods: tuple[str, ...]
    basis: str | None  # "yoy", "mom"; None: not stated
    open_reason: str | None = None  # why the period is open (the claim is ambiguous)
    problem: str | None = None  # a basis the tables cannot check (seasonally adjusted, q-o-q)
    source: str = "clause"  # where the period came from: clause, sentence, context, title


@dataclass
class Timeline:
    """What the document has said about time so far."""

    today: Period
    dated: bool
    title_periods: tuple[str, ...] = ()
    named: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (paragraph, ...)
    year_hint: int | None = None
    basis: str | None = None

    def read(self, text: str) -> TimeSpec:
        hint = None if self.dated else self.year_hint
        text = _NOT_TIME.sub(lambda m: " " * len(m.group(0)), text)
        return read_time(text, self.today, year_hint=hint)

    def note(self, paragraph: int, sentence: str, claimed: tuple[str, ...] = ()) -> None:
        """Remember the periods, year and basis a sentence states; ``claimed``: the period
        its first claim was read at (the sentence's main period)."""
        spec = self.read(sentence)
        periods = claimed or self._periods(spec)
        if periods:
            self.named.append((paragraph, periods))
        if spec.periods and not spec.partial and not spec.relative:
            self.year_hint = spec.periods[-1].end // 12
        basis = self.basis_of(sentence)
        if basis:
            self.basis = basis

    def basis_of(self, text: str) -> str | None:
        return self.read(text).basis or ("yoy" if _ON_YEAR.search(text) else None)

    def when(self, clause: str, before: str, sentence: str, paragraph: int) -> When:
        """The claim's period readings and basis: from the clause, else the sentence before
        it, else the text before the sentence, else the rest of the sentence."""
        basis = self.basis_of(clause) or self.basis_of(sentence)
        problem = None
        if _SA.search(sentence):
            problem = "seasonally adjusted changes are not checked"
        elif QOQ.search(clause) or QOQ.search(sentence):
            problem = "quarter-on-quarter changes are not checked"
        basis = basis or self.basis
        for source, text in (("clause", clause), ("sentence", before)):
            spec = self.read(text)
            if spec.periods:
                periods = self._periods(spec)
                if source == "sentence":  # the period named nearest before the claim
                    periods = periods[-1:]
                if _year_apart(spec):  # a year-on-year comparison
                    basis = "yoy"
                reason = self._unsettled(spec, periods, source)
                return When(periods, basis, reason, problem, source)
        found = self._from_context(paragraph, basis, problem)
        spec = self.read(sentence)
        if found.source == "none" and spec.periods:
            periods = self._periods(spec)
            return When(periods, basis, self._unsettled(spec, periods, "sentence"), problem)
        return found

    def _from_context(self, paragraph: int, basis: str | None, problem: str | None) -> When:
        same = [p for para, p in self.named if para == paragraph]
        if same:
            periods = same[-1]
            reason = None if len(periods) == 1 else "an earlier sentence names several periods"
            return When(periods, basis, reason, problem, "context")
        seen = tuple(dict.fromkeys(p for _, named in self.named for p in named))
        if len(seen) == 1:
            return When(seen, basis, None, problem, "context")
        if seen:
            recent = tuple(dict.fromkeys(reversed(seen)))[:3]
            return When(
                recent,
                basis,
                "the sentence names no period and the text before it names several",
                problem,
                "context",
            )
        if len(self.title_periods) == 1:
            return When(self.title_periods, basis, None, problem, "title")
        return When((), basis, "the sentence names no period", problem, "none")

    def _unsettled(self, spec: TimeSpec, periods: tuple[str, ...], source: str) -> str | None:
        if spec.partial and not self.dated and self.year_hint is None:
            return "it names a month or quarter without its year, in an undated text"
        if spec.relative and not spec.partial and not self.dated:
            return "it names a period relative to a date the text does not give"
        if len(periods) > 1:
            return f"the {source} names several periods"
        return None

    @staticmethod
    def _periods(spec: TimeSpec) -> tuple[str, ...]:
        if _year_apart(spec):  # "April 2025 with April 2024": the later one
            return (canonical(max(spec.periods, key=lambda p: p.end)),)
        return tuple(dict.fromkeys(canonical(p) for p in spec.periods))


def _year_apart(spec: TimeSpec) -> bool:
    """Two periods of one length, a year apart: a year-on-year comparison."""
    if len(spec.periods) != 2:
        return False
    first, second = spec.periods
    same = (first.end - first.start) == (second.end - second.start)
    return same and abs(first.end - second.end) == 12

"""Passages that support an answer, and the verbatim sentences quoted from them.

`retrieve` asks the store's hybrid search for passages, re-ranks them so passages
naming the plan's partners, periods and claimed number come first, and quotes from
each the best window of one to three whole consecutive sentences. A quote is always
``passage.text[start:end]``: a verbatim substring, never paraphrased or stitched.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.records import Citation, QueryPlan
from vectorstore.periods import parse
from vectorstore.records import Hit, Passage

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•])")
_ABBREVIATIONS = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Ms|Dr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Inc|Co|Ltd|e\.g|i\.e)\.)$"
)
_WORD = re.compile(r"[a-z0-9]+(?:[.,]\d+)?%?")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "by",
        "with",
        "from",
        "at",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "what",
        "which",
        "who",
        "how",
        "much",
        "many",
        "did",
        "do",
        "does",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "than",
        "then",
        "there",
        "their",
        "about",
        "into",
        "over",
        "under",
        "up",
        "down",
        "vs",
        "per",
        "year",
        "month",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "tell",
        "show",
        "give",
        "please",
        "any",
        "all",
    ]
)
_FILE_NAME = re.compile(r"\b[\w-]+\.(?:csv|tsv|txt|md|xlsx?|json|pdf|html?)\b", re.I)
_MAX_SENTENCES = 3
_MAX_QUOTE_CHARS = 700


class PassageSearch(Protocol):
    """What retrieval needs from the store."""

    def search(
        self, query: str, k: int = 8, *, kind: Literal["passage", "table"] | None = None
    ) -> list[Hit]: ...


@dataclass(frozen=True)
class Quote:
    passage: Passage
    start: int
    end: int
    score: float

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of whole sentences (stripped of surrounding space)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[start : match.start()].rstrip()[-8:]):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for a, b in _split_lines(text, spans):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((a + lead, a + trail))
    return out


def _split_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Break spans after headings and table rows (lines that are not prose)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for match in re.finditer(r"\n", text[a:b]):
            cut = a + match.start()
            line = text[start:cut].strip()
            following = text[cut + 1 : b].split("\n", 1)[0]
            heading = len(line) < 120 and not line.endswith((".", ",", ";", ":", "!", "?"))
            if heading or "|" in line or "|" in following:
                out.append((start, cut))
                start = cut + 1
        out.append((start, b))
    return out


def is_prose(text: str) -> bool:
    """Whole sentences, not a table row, a heading or a list of links."""
    if text.count("|") >= 2 or len(text) < 25 or _FILE_NAME.search(text):
        return False
    links = sum(len(m) for m in re.findall(r"https?://\S+", text))
    return links <= len(text) / 3 and bool(re.search(r"[.!?][\"'”’)]*$", text.strip()))


def boost_terms(plan: QueryPlan) -> dict[str, float]:
    """Words that make a sentence relevant, with weights (names and numbers count most)."""
    terms: dict[str, float] = {}
    for word in _WORD.findall(" ".join((plan.question, *plan.keywords)).lower()):
        if word not in _STOP and len(word) > 1:
            terms[word] = max(terms.get(word, 0.0), 1.0)
    for partner in plan.partners:
        for word in _WORD.findall(partner.lower()):
            if word not in _STOP:
                terms[word] = 3.0
    for period in plan.periods:
        for word in period_words(period):
            terms[word] = max(terms.get(word, 0.0), 2.0)
    if plan.flow:
        terms[plan.flow.rstrip("s")] = max(terms.get(plan.flow.rstrip("s"), 0.0), 1.5)
    if plan.claim is not None:
        for word in _WORD.findall(plan.claim.text.lower()):
            if any(ch.isdigit() for ch in word):
                terms[word.rstrip("%")] = 4.0
    return terms


def period_words(period: str) -> list[str]:
    try:
        p = parse(period)
    except ValueError:
        return []
    words = [str(p.start_year)] + ([str(p.end_year)] if p.end_year != p.start_year else [])
    if p.kind == "month":
        words.append(calendar.month_name[p.start_month].lower())
    elif p.kind == "quarter":
        words += ["quarter", f"q{(p.start_month + 2) // 3}"]
    elif p.kind == "half":
        words += ["half", f"h{1 if p.start_month == 1 else 2}"]
    return words


def score_text(text: str, terms: dict[str, float]) -> float:
    words = set(_WORD.findall(text.lower()))
    words |= {w.rstrip("%") for w in words}
    stems = {w.rstrip("s") for w in words}
    return sum(
        weight
        for term, weight in terms.items()
        if term in words or term in stems or term.rstrip("s") in stems
    )


def best_quote(
    passage: Passage, terms: dict[str, float], skip: tuple[int, int] | None = None
) -> Quote | None:
    """The best window of one to three consecutive sentences (shorter wins ties);
    sentences inside ``skip`` (a span already quoted) do not count."""
    spans = sentences(passage.text)
    scores = [
        score_text(passage.text[a:b], terms)
        if is_prose(passage.text[a:b]) and not (skip and skip[0] <= a < skip[1])
        else 0.0
        for a, b in spans
    ]
    best: Quote | None = None
    for i in range(len(spans)):
        if scores[i] == 0:
            continue  # a quote starts with a sentence that mentions what was asked
        total = 0.0
        for j in range(i, min(i + _MAX_SENTENCES, len(spans))):
            total += scores[j]
            if scores[j] == 0 and (j > i or not is_prose(passage.text[spans[j][0] : spans[j][1]])):
                break
            start, end = spans[i][0], spans[j][1]
            if end - start > _MAX_QUOTE_CHARS and j > i:
                break
            if total > 0 and (best is None or total > best.score + 1e-9):
                best = Quote(passage, start, end, total)
    return best


def retrieve(search: PassageSearch, plan: QueryPlan, top_k: int) -> list[Quote]:
    """The most relevant quotes for a plan, best first, at most ``top_k``."""
    query = " ".join(dict.fromkeys((plan.question, *plan.keywords, *plan.partners)))
    hits = [h for h in search.search(query, k=max(top_k * 5, 20), kind="passage") if h.passage]
    terms = boost_terms(plan)
    needed = required_terms(plan)
    ranked: list[tuple[float, Quote]] = []
    for rank, hit in enumerate(hits):
        assert hit.passage is not None
        if not about_reporter(hit.passage, plan):
            continue  # another economy's article never supports this one's figures
        quote = best_quote(hit.passage, terms)
        if quote is not None and _relevant(quote.text, needed, quote.score):
            ranked.append((quote.score + 2.0 / (rank + 1), quote))
            more = _second(quote, terms) if plan.intent == "text" else None
            if more is not None:
                ranked.append((more.score + 1.0 / (rank + 1), more))
    ranked.sort(key=lambda item: -item[0])
    chosen: list[Quote] = []
    for _, quote in ranked:
        if not _overlaps(quote, chosen):
            chosen.append(quote)
        if len(chosen) >= top_k:
            break
    return chosen


def _second(first: Quote, terms: dict[str, float]) -> Quote | None:
    """Another window of the same passage that mentions question words the first lacks."""
    other = best_quote(first.passage, terms, skip=(first.start, first.end))
    if other is None or (other.start < first.end and first.start < other.end):
        return None
    have = set(_WORD.findall(first.text.lower()))
    new = {t: w for t, w in terms.items() if t not in have}
    return other if score_text(other.text, new) >= 1.0 else None


def about_reporter(passage: Passage, plan: QueryPlan) -> bool:
    """Whether a passage is about the reporting economy the question names (its name, or
    the stem of it, "Thai" for Thailand, in the text or title); True when none is named."""
    reporter = getattr(plan, "reporter", None)
    if not reporter:
        return True
    key = re.sub(r"[^a-z]", "", reporter.lower())[:4]
    if len(key) < 3:
        return True
    text = re.sub(r"[^a-z]", "", f"{passage.title or ''} {passage.text}".lower())
    return key in text


def required_terms(plan: QueryPlan) -> list[set[str]]:
    """What a quote must mention, as groups that each need one hit: a partner or the
    claimed number; else the asked period's year and month; else (text) a keyword."""
    names: set[str] = set()
    for partner in plan.partners:
        names |= {w for w in _WORD.findall(partner.lower()) if w not in _STOP}
    if plan.claim is not None:
        for word in _WORD.findall(plan.claim.text.lower()):
            if any(ch.isdigit() for ch in word):
                names.add(word.rstrip("%"))
    if names:
        return [names]
    if plan.intent == "text":
        text = " ".join((plan.question, *plan.keywords)).lower()
        keys = {w for w in _WORD.findall(text) if w not in _STOP}
        return [{w for w in keys if len(w) > 1}] if keys else []
    groups: list[set[str]] = []
    for period in plan.periods[-1:]:
        words = period_words(period)
        groups.append({w for w in words if w.isdigit()})
        if len(words) > 1 and not words[-1].isdigit():
            groups.append({w for w in words if not w.isdigit()})
    return [g for g in groups if g]


def _relevant(text: str, needed: list[set[str]], score: float) -> bool:
    if needed:
        return all(score_text(text, dict.fromkeys(group, 1.0)) > 0 for group in needed)
    return score >= 2.0


def _overlaps(quote: Quote, chosen: list[Quote]) -> bool:
    head = quote.text[:60]
    return any(head in q.text or q.text[:60] in quote.text for q in chosen)


def cite(quotes: Sequence[Quote]) -> list[Citation]:
    """Numbered citations, in the order the quotes are shown."""
    return [
        Citation(
            id=i,
            source=q.passage.source,
            quote=q.text,
            title=q.passage.title,
            date=q.passage.date,
            url=q.passage.url,
            passage_id=q.passage.id,
        )
        for i, q in enumerate(quotes, start=1)
    ]

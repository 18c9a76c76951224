"""Keyword retrieval: BM25 (bm25s) over the same documents Chroma holds.

`tokenize` keeps exact rare terms findable: product codes (``HS8542`` -> ``hs8542``),
percentages (``125%`` -> ``125%`` and ``125``), decimals (``1,234.5`` -> ``1234.5``,
and the decimal comma of many languages: ``417,8`` -> ``417.8``).
Chinese and Japanese text, written without spaces, is indexed by characters and
character pairs. Common English stopwords are left out, and English words are reduced
to a light stem (``exports``, ``exported`` -> ``export``; ``grew`` -> ``grow``) so a
question and a passage match across inflections.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from typing import Any

_TOKEN = re.compile(
    r"[0-9]+(?:[.,][0-9]+)*%?"  # numbers, with thousands separators, decimals and percent
    r"|[^\W\d_]+[0-9][\w]*"  # words with digits in them (HS8542, Q1, H1)
    r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+"  # CJK runs
    r"|[^\W_]+",  # other words
    re.UNICODE,
)
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+$")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    s t""".split()  # noqa: SIM905
)


_IRREGULAR = {
    "grew": "grow", "grown": "grow", "growth": "grow", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "sold": "sell", "bought": "buy", "drove": "drive",
    "driven": "drive", "shrank": "shrink", "shrunk": "shrink", "led": "lead", "saw": "see",
    "seen": "see", "made": "make", "took": "take", "taken": "take", "gave": "give",
}  # fmt: skip
_DOUBLED = re.compile(r"([^aeiouylsz])\1$")


def stem(word: str) -> str:
    """A light English stem: plural, -ed, -ing and a final -e removed; a few irregular verbs."""
    if word in _IRREGULAR:
        word = _IRREGULAR[word]
    if not word.isalpha() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    word = _DOUBLED.sub(r"\1", word)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lowercase keyword tokens of `text`, stopwords removed."""
    tokens: list[str] = []
    for match in _TOKEN.findall(text.lower()):
        if _CJK.match(match):
            tokens.extend(match)
            tokens.extend(a + b for a, b in itertools.pairwise(match))
        elif match[0].isdigit():
            tokens.extend(_number_tokens(match))
        elif match not in STOPWORDS:
            tokens.append(stem(match))
    return tokens


def _number_tokens(text: str) -> list[str]:
    """``1,234.5`` -> ``1234.5``; a decimal comma (``417,8``) becomes a point."""
    number = re.sub(r",(?=\d{3}(?!\d))", "", text)
    number = number.replace(",", ".") if number.count(",") == 1 and "." not in number else number
    if number.endswith("%"):
        return [number, number[:-1]]
    return [number]


RARE_SHARE = 0.05  # an exact term is rare when at most this share of documents hold it
RARE_MINIMUM = 3  # ... or at most this many


def is_exact(token: str) -> bool:
    """Numbers, percentages and codes: terms a reader means literally."""
    return any(ch.isdigit() for ch in token)


class KeywordIndex:
    """BM25 scores of a fixed list of documents; rebuilt when the documents change.

    Beside BM25 it keeps, for exact terms (those with a digit), which documents hold
    them, so `exact_rank` can list the documents holding a question's rare numbers.
    """

    def __init__(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        self.ids = list(ids)
        self._retriever: Any = None
        corpus = [tokenize(text) for text in texts]
        self._postings: dict[str, list[int]] = {}
        for position, tokens in enumerate(corpus):
            for token in {t for t in tokens if is_exact(t)}:
                self._postings.setdefault(token, []).append(position)
        if any(corpus):
            import bm25s

            # bm25s sets its own logger to DEBUG; its index chatter is not for our users.
            logging.getLogger("bm25s").setLevel(logging.WARNING)
            self._retriever = bm25s.BM25()
            self._retriever.index([doc or ["\x00"] for doc in corpus], show_progress=False)

    def scores(self, query: str) -> list[float]:
        """One BM25 score per document, in `ids` order (0.0: no shared term)."""
        tokens = tokenize(query)
        if self._retriever is None or not tokens:
            return [0.0] * len(self.ids)
        vocab = self._retriever.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return [0.0] * len(self.ids)
        return [float(s) for s in self._retriever.get_scores(known)]

    def rank(self, query: str, allowed: set[str] | None = None) -> list[str]:
        """Ids of the documents sharing a term with `query`, best first, limited to `allowed`."""
        return [doc_id for doc_id, _ in self.ranked(query, allowed)]

    def ranked(self, query: str, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """`rank` with each document's BM25 score."""
        scored = [
            (score, position, doc_id)
            for position, (doc_id, score) in enumerate(
                zip(self.ids, self.scores(query), strict=True)
            )
            if score > 0.0 and (allowed is None or doc_id in allowed)
        ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [(doc_id, score) for score, _, doc_id in scored]

    def exact_rank(self, query: str, allowed: set[str] | None = None) -> list[str]:
        """Ids of the documents holding the query's rare exact terms, most of them first.

        A number, percentage or code in the question (``125%``, ``HS8542``) held by few
        documents singles those documents out; common ones (a year every article names)
        do not count. Ties are broken by BM25.
        """
        limit = max(RARE_MINIMUM, int(RARE_SHARE * len(self.ids)))
        counts: dict[int, int] = {}
        for token in dict.fromkeys(t for t in tokenize(query) if is_exact(t)):
            holders = self._postings.get(token, [])
            if len(holders) > limit:
                continue
            for position in holders:
                counts[position] = counts.get(position, 0) + 1
        if not counts:
            return []
        bm25 = self.scores(query)
        ranked = sorted(counts, key=lambda pos: (-counts[pos], -bm25[pos], pos))
        return [self.ids[pos] for pos in ranked if allowed is None or self.ids[pos] in allowed]

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

import numpy as np
import numpy.typing as npt

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


Floats = npt.NDArray[np.floating[Any]]
Bools = npt.NDArray[np.bool_]

RARE_SHARE = 0.05  # an exact term is rare when at most this share of documents hold it
RARE_MINIMUM = 3  # ... or at most this many


def is_exact(token: str) -> bool:
    """Numbers, percentages and codes: terms a reader means literally."""
    return any(ch.isdigit() for ch in token)


class KeywordIndex:
    """BM25 scores of a fixed list of documents; rebuilt when the documents change.

    Beside BM25 it keeps, for exact terms (those with a digit), which documents hold
    them, so `exact_rank` can list the documents holding a question's rare numbers.
    `top` ranks with a boolean mask over the documents (numpy, no Python loop over them),
    which is how the catalog applies a search's filter.
    """

    def __init__(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        self.ids = list(ids)
        self._retriever: Any = None
        corpus = [tokenize(text) for text in texts]
        postings: dict[str, list[int]] = {}
        for position, tokens in enumerate(corpus):
            for token in {t for t in tokens if is_exact(t)}:
                postings.setdefault(token, []).append(position)
        self._postings = {t: np.asarray(p, dtype=np.int64) for t, p in postings.items()}
        self._position = {doc_id: i for i, doc_id in enumerate(self.ids)}
        if any(corpus):
            import bm25s

            # bm25s sets its own logger to DEBUG; its index chatter is not for our users.
            logging.getLogger("bm25s").setLevel(logging.WARNING)
            self._retriever = bm25s.BM25()
            self._retriever.index([doc or ["\x00"] for doc in corpus], show_progress=False)

    def score_array(self, query: str) -> Floats:
        """One BM25 score per document, in `ids` order (0.0: no shared term)."""
        tokens = tokenize(query)
        if self._retriever is None or not tokens:
            return np.zeros(len(self.ids), dtype=np.float32)
        vocab = self._retriever.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known))

    def scores(self, query: str) -> list[float]:
        """`score_array` as Python floats."""
        return [float(s) for s in self.score_array(query)]

    def mask_of(self, allowed: set[str] | None) -> Bools | None:
        """The boolean mask over the documents equal to a set of allowed ids."""
        if allowed is None:
            return None
        mask = np.zeros(len(self.ids), dtype=bool)
        found = [self._position[i] for i in allowed if i in self._position]
        mask[np.asarray(found, dtype=np.int64)] = True
        return mask

    def rank(self, query: str, allowed: set[str] | None = None) -> list[str]:
        """Ids of the documents sharing a term with `query`, best first, limited to `allowed`."""
        return [doc_id for doc_id, _ in self.ranked(query, allowed)]

    def ranked(self, query: str, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """`rank` with each document's BM25 score."""
        scores = self.score_array(query)
        found = top_positions(scores, self.mask_of(allowed), len(self.ids))
        return [(self.ids[i], float(scores[i])) for i in found]

    def exact_rank(self, query: str, allowed: set[str] | None = None) -> list[str]:
        """Ids of the documents holding the query's rare exact terms, most of them first.

        A number, percentage or code in the question (``125%``, ``HS8542``) held by few
        documents singles those documents out; common ones (a year every article names)
        do not count. Ties are broken by BM25.
        """
        found = self.exact_positions(query, self.mask_of(allowed), len(self.ids))
        return [self.ids[i] for i in found]

    def top(
        self, query: str, mask: Bools | None, limit: int
    ) -> tuple[list[tuple[int, float]], list[int]]:
        """The `limit` best BM25 positions with their scores (best first) and the `limit`
        best positions by rare exact terms, both limited to `mask` (None: every document)."""
        scores = self.score_array(query)
        best = [(i, float(scores[i])) for i in top_positions(scores, mask, limit)]
        return best, self.exact_positions(query, mask, limit, scores)

    def exact_positions(
        self, query: str, mask: Bools | None, limit: int, scores: Floats | None = None
    ) -> list[int]:
        """Positions holding the query's rare exact terms: most terms first, then BM25."""
        rare = max(RARE_MINIMUM, int(RARE_SHARE * len(self.ids)))
        held = [
            holders
            for token in dict.fromkeys(t for t in tokenize(query) if is_exact(t))
            if 0 < len(holders := self._postings.get(token, _NONE)) <= rare
        ]
        if not held:
            return []
        positions, counts = np.unique(np.concatenate(held), return_counts=True)
        if mask is not None:
            keep = mask[positions]
            positions, counts = positions[keep], counts[keep]
        if not len(positions):
            return []
        bm25 = (self.score_array(query) if scores is None else scores)[positions]
        order = np.lexsort((positions, -bm25, -counts))
        return [int(i) for i in positions[order][:limit]]


_NONE = np.zeros(0, dtype=np.int64)


def top_positions(scores: Floats, mask: Bools | None, limit: int) -> list[int]:
    """Positions of the `limit` highest positive scores passing `mask`, best first
    (ties: lower position first), without sorting every document."""
    ok = scores > 0.0
    if mask is not None:
        ok &= mask
    found = np.flatnonzero(ok)
    if limit <= 0 or not len(found):
        return []
    if len(found) > limit:
        values = scores[found]
        cut = np.partition(values, len(values) - limit)[len(values) - limit]
        found = found[values >= cut]  # the `limit` best, with any ties at the cut
    order = np.lexsort((found, -scores[found]))
    return [int(i) for i in found[order][:limit]]

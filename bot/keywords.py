"""Words a plan hands to retrieval to boost the passages about the same things.

`read_keywords(plan, names)`: the partners and other names the question mentions,
the flow(s), period labels, acronyms written in capitals (``AI``, ``EU``, ``HS``),
percentages as written (``41.2%``) and the question's other salient words.
"""

from __future__ import annotations

import re

from bot.records import QueryPlan
from vectorstore.periods import label

MAX_KEYWORDS = 24
_SALIENT = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_ACRONYM = re.compile(r"(?<![\w$])[A-Z][A-Z0-9&]{1,5}s?(?![\w$])")
_PERCENTAGE = re.compile(r"(?<![\w.])[-+]?\d+(?:\.\d+)?\s?%")
_STOPWORDS = frozenset(
    """
about also and are been could did does for from give have how into is just many might
month months more most much must only over please quarter shall should show tell than that
the their them then there these they this those under was were what when where which will
with would year years your says said happen happened explain know figures figure data
""".split()  # noqa: SIM905
)
# capitals that are no acronyms worth boosting: pronouns, period words, question words
_NOT_ACRONYMS = frozenset(
    "I A OK YOY MOM QOQ YTD FY H1 H2 Q1 Q2 Q3 Q4 AND OR THE OF TO IN ON IS IT BY".split()  # noqa: SIM905
)


def read_keywords(plan: QueryPlan, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Terms to boost retrieval with, most specific first, at most 24."""
    words: list[str] = [*plan.partners, *names, *plan.unmatched]
    words += [plan.reporter] if plan.reporter else []
    words += [w for w in (plan.flow, *plan.flows) if w]
    for period in plan.periods:
        try:
            words.append(label(period))
        except ValueError:
            continue
    words += _acronyms(plan.question)
    words += [m.group(0).replace(" ", "") for m in _PERCENTAGE.finditer(plan.question)]
    words += [w.lower() for w in _SALIENT.findall(plan.question) if w.lower() not in _STOPWORDS]
    if plan.claim is not None:
        words.append(f"{plan.claim.value:g}")
    return tuple(dict.fromkeys(w for w in words if w))[:MAX_KEYWORDS]


def _acronyms(text: str) -> list[str]:
    """Short words in capitals (``AI``, ``EU``, ``US``), unless the whole question shouts."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return []
    found = (m.group(0) for m in _ACRONYM.finditer(text))
    return [w for w in found if w.upper() not in _NOT_ACRONYMS and not w.isdigit()]

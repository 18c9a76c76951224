"""Question sets: a user's own questions with expected answers, run through the engine.

`load_cases(path)` reads the JSONL format documented in ``docs/eval.md``; `judge`
scores one answer against what was expected; `run_cases` answers every case (a fresh
conversation each) and returns a `Report` that counts **correct**, **refused** and
**wrong** answers per kind, which planner answered each (``rules`` or ``llm``) and how
long the language model took. A wrong answer states a figure, a name or a verdict that
misses: the worst outcome. A refusal states none.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.errors import BotError
from bot.records import Answer, Figure
from lexicon.places import place_key

Outcome = Literal["correct", "refused", "wrong"]
_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3, "000": 1e3,
    "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_CURRENCIES = {
    "€": "EUR", "£": "GBP", "¥": "JPY", "RM": "MYR", "S$": "SGD", "SG$": "SGD", "US$": "USD",
    "HK$": "HKD", "NZ$": "NZD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NT$": "TWD", "RMB": "CNY", "₩": "KRW", "₹": "INR",
}  # fmt: skip
_CURRENCY = re.compile(r"(?:[A-Z]{1,3})?\$|€|£|¥|\b[A-Z]{2,3}\b")


class CaseError(BotError):
    """A question set that cannot be read."""


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    turns: tuple[str, ...]
    expect: Any  # "refuse", a dict, or a list of dicts (see docs/eval.md)


@dataclass(frozen=True)
class Result:
    case: Case
    outcome: Outcome
    reason: str
    answer: str = ""
    planner: str = "rules"
    fallback: str | None = None
    model_seconds: float | None = None


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def counts(self, kind: str | None = None) -> Counter[str]:
        return Counter(r.outcome for r in self.results if kind is None or r.case.kind == kind)

    def kinds(self) -> list[str]:
        return list(dict.fromkeys(r.case.kind for r in self.results))

    def planners(self) -> dict[str, Any]:
        """Which planner answered, how often the model's plan was not used, and the
        model's latency per answer (seconds; None when no model ran)."""
        times = sorted(r.model_seconds for r in self.results if r.model_seconds is not None)
        latency = None
        if times:
            latency = {
                "answers": len(times),
                "mean_s": round(sum(times) / len(times), 3),
                "p50_s": round(times[len(times) // 2], 3),
                "p95_s": round(times[min(len(times) - 1, int(len(times) * 0.95))], 3),
                "max_s": round(times[-1], 3),
            }
        return {
            "answered_by": dict(Counter(r.planner for r in self.results)),
            "fallbacks": sum(1 for r in self.results if r.fallback),
            "model_latency": latency,
        }

    def to_dict(self) -> dict[str, Any]:
        total = self.counts()
        return {
            "total": len(self.results),
            "correct": total["correct"],
            "refused": total["refused"],
            "wrong": total["wrong"],
            "kinds": {k: dict(self.counts(k)) for k in self.kinds()},
            "planners": self.planners(),
            "results": [
                {
                    "id": r.case.id,
                    "kind": r.case.kind,
                    "outcome": r.outcome,
                    "reason": r.reason,
                    "planner": r.planner,
                    "fallback": r.fallback,
                    "model_seconds": r.model_seconds,
                }
                for r in self.results
            ],
        }


def load_cases(path: Path) -> list[Case]:
    """The cases of a JSONL file; blank lines and ``#`` comments are skipped."""
    cases: list[Case] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            turns = data.get("conversation") or [data["question"]]
            if not isinstance(turns, list) or not all(isinstance(t, str) for t in turns):
                raise ValueError("conversation must be a list of questions")
            expect = data["expect"]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CaseError(f"{path} line {number}: {exc}") from exc
        cases.append(
            Case(str(data.get("id", number)), str(data.get("kind", "other")), tuple(turns), expect)
        )
    return cases


def run_cases(cases: Iterable[Case], ask: Callable[[tuple[str, ...]], Answer]) -> Report:
    """Answer each case's turns in one conversation and judge the last answer."""
    report = Report()
    for case in cases:
        try:
            answer = ask(case.turns)
        except BotError as error:
            report.results.append(Result(case, "refused", f"error: {error}"))
            continue
        except Exception as error:  # a crash is reported, not a figure: count it apart
            report.results.append(Result(case, "refused", f"crash: {error!r}"))
            continue
        outcome, reason = judge(answer, case.expect)
        report.results.append(
            Result(
                case,
                outcome,
                reason,
                answer.text,
                answer.planner,
                answer.planner_fallback,
                answer.model_seconds,
            )
        )
    return report


def judge(answer: Answer, expect: Any) -> tuple[Outcome, str]:
    """Score an answer against what was expected (see docs/eval.md)."""
    stated = stated_figures(answer)
    if expect == "refuse":
        if stated or answer.verdict:
            return "wrong", "stated " + ", ".join(
                f.display for f in stated
            ) if stated else "a verdict"
        return "correct", "refused"
    parts = expect if isinstance(expect, list) else [expect]
    outcomes = [_judge_part(answer, stated, part) for part in parts]
    for wanted in ("wrong", "refused"):
        found = [reason for outcome, reason in outcomes if outcome == wanted]
        if found:
            return ("wrong" if wanted == "wrong" else "refused"), "; ".join(found)
    return "correct", "; ".join(reason for _, reason in outcomes)


def stated_figures(answer: Answer) -> list[Figure]:
    """The figures an answer states in its lead (its first paragraph)."""
    lead = answer.text.split("\n\n", 1)[0]
    return [f for f in answer.figures if f.display and _unsigned(f.display) in lead]


def _unsigned(display: str) -> str:
    """``-0.2%`` is stated as ``fell 0.2%``, ``-S$ 1,210.9 million`` as ``a deficit of
    S$ 1,210.9 million``."""
    text = display.lstrip("-−+ ")
    return re.sub(r"(?<=[$€£¥A-Z] )[-−]", "", text)


# "Did exports exceed US$ 30 bn?" may be answered as a claim: the table supports it (yes)
# or contradicts it (no)
_SAME_VERDICT = {"supported": "yes", "contradicted": "no"}


def _judge_part(answer: Answer, stated: list[Figure], part: dict[str, Any]) -> tuple[Outcome, str]:
    lead = answer.text.split("\n\n", 1)[0]
    verdict = part.get("verdict")
    if verdict is not None:
        if answer.verdict is None:
            return (
                ("wrong", f"stated {stated[0].display}, no verdict")
                if stated and "value" not in part
                else ("refused", "no verdict")
            )
        if _SAME_VERDICT.get(answer.verdict, answer.verdict) != _SAME_VERDICT.get(verdict, verdict):
            return "wrong", f"verdict {answer.verdict}, expected {verdict}"
    if "name" in part:
        names = part["name"] if isinstance(part["name"], list) else [part["name"]]
        if not any(_names(lead, answer, str(n)) for n in names):
            return ("wrong", f"does not name {names[0]}") if stated else ("refused", "no name")
    if "value" in part:
        if not stated:
            return "refused", "no figure stated"
        value, unit = float(part["value"]), str(part.get("unit") or "")
        tolerance = _tolerance(part, value, unit)
        if not any(_matches(f, value, unit, tolerance, lead) for f in stated):
            shown = ", ".join(f.display for f in stated[:4])
            return "wrong", f"stated {shown}; expected {value:g} {unit}"
    return "correct", "ok"


def _names(lead: str, answer: Answer, name: str) -> bool:
    if name.casefold() in lead.casefold():
        return True
    key = place_key(name)
    return key is not None and any(
        place_key(n) == key for f in stated_figures(answer) for n in f.names
    )


def _tolerance(part: dict[str, Any], value: float, unit: str) -> float:
    if "tolerance" in part:
        return float(part["tolerance"])
    if unit in ("%", "pp"):
        return 0.051
    return max(0.051, abs(value) * 0.001)


def _matches(fig: Figure, value: float, unit: str, tolerance: float, lead: str) -> bool:
    factor = _factor(fig.unit, unit)
    if factor is None:
        return False
    mine = fig.value * factor
    if abs(mine - value) <= tolerance:
        return True
    # a deficit or a fall written as an amount: "a deficit of S$ 1,210.9 million"; the
    # word must say the sign expected
    words = _NEGATIVE if value < 0 or mine < 0 else _POSITIVE
    return bool(words.search(lead)) and abs(abs(mine) - abs(value)) <= tolerance


_NEGATIVE = re.compile(r"\b(?:deficit|fell|down|declin\w*|drop\w*|decreas\w*|lower)\b", re.I)
_POSITIVE = re.compile(r"\b(?:surplus|rose|up|grew|increas\w*|higher)\b", re.I)


def _factor(figure_unit: str, expected_unit: str) -> float | None:
    """The factor turning a figure's value into the expected unit; None: not comparable."""
    if expected_unit in ("%", "pp", "count", ""):
        if expected_unit == "":
            return 1.0
        if expected_unit == "count":
            return 1.0 if not _currency(figure_unit) and "%" not in figure_unit else None
        same = "%" in figure_unit if expected_unit == "%" else figure_unit == "pp"
        return 1.0 if same else None
    if "%" in figure_unit or figure_unit == "pp":
        return None
    mine, theirs = _currency(figure_unit), _currency(expected_unit)
    # a bare "$" (a table that says only "dollars") matches any dollar the set names
    dollars = "$" in (mine, theirs) and all(
        c and (c.endswith("$") or c in {"USD", "HKD", "SGD", "NZD", "AUD", "CAD", "TWD"})
        for c in (mine, theirs)
    )
    if mine and theirs and mine != theirs and not dollars:
        return None
    return _scale(figure_unit) / _scale(expected_unit)


def _currency(unit: str) -> str | None:
    found = _CURRENCY.search(unit)
    if found is None:
        return None
    text = found.group(0)
    return _CURRENCIES.get(text, text)


def _scale(unit: str) -> float:
    for word in re.findall(r"[a-z0-9]+", unit.lower()):
        if word in _SCALES:
            return _SCALES[word]
    return 1.0

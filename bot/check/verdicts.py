"""A verdict per claim, from its readings evaluated by the plan evaluator.

- *supported*: every reading with a figure agrees, within the rounding of the claim as
  written (`bot.tolerance`);
- *contradicted*: the reading disagrees; the note gives the table's value and the
  difference;
- *no data*: no reading has a figure, or the claim is about something the tables do not
  hold; the note says what the tables cover;
- *ambiguous*: the period (or the basis of a rate) is open and the readings differ; the
  note names each reading and what the table gives for it.

A claim about several partners ("over 60% in Malaysia and Thailand") is contradicted
when one of them contradicts it, supported when all support it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot import formatting as fmt
from bot.check.readings import ClaimPlan, Reading
from bot.check.report import CheckedClaim, Verdict
from bot.claims import claim_unit, unit_factor
from bot.evaluate.nodes import Value
from bot.records import Claim
from bot.tolerance import tolerance

Evaluate = Callable[[Reading], Value]
_NOT_INDEPENDENT = re.compile(r"not (?:verified|official)|unofficial|commentary|citing", re.I)


@dataclass(frozen=True)
class _Outcome:
    verdict: Verdict
    reading: Reading
    value: Value
    note: str


def judge(
    plan: ClaimPlan, evaluate: Evaluate, coverage: Callable[[Reading | None], str]
) -> CheckedClaim:
    """The verdict of one claim, with its figure and a note."""
    if plan.problem:
        note = f"Not checked: {plan.problem}. {coverage(None)}"
        return _claim(plan, "no_data", None, note)
    results = [(r, evaluate(r)) for r in plan.readings]
    if plan.open_reason:
        return _open(plan, results, coverage)
    outcomes = [_partner(plan, group) for group in _by_partner(results)]
    if plan.open_partner:
        return _open_partner(plan, outcomes, coverage)
    contradicted = [o for o in outcomes if o.verdict == "contradicted"]
    if contradicted:
        return _claim(plan, "contradicted", contradicted[0].value, _notes(outcomes))
    if outcomes and all(o.verdict == "supported" for o in outcomes):
        return _claim(plan, "supported", outcomes[0].value, _notes(outcomes))
    if any(o.verdict == "ambiguous" for o in outcomes):
        return _claim(plan, "ambiguous", None, _notes(outcomes))
    missing = next((o for o in outcomes if o.verdict == "no_data"), None)
    reading = missing.reading if missing else None
    return _claim(plan, "no_data", None, f"{_notes(outcomes)} {coverage(reading)}".strip())


def _open_partner(
    plan: ClaimPlan, outcomes: list[_Outcome], coverage: Callable[[Reading | None], str]
) -> CheckedClaim:
    """A clause that may be about the partner before it or about the total: decided only
    when every reading has a figure and they agree."""
    verdicts = {o.verdict for o in outcomes}
    if len(verdicts) == 1 and verdicts <= {"supported", "contradicted"}:
        (verdict,) = verdicts
        return _claim(plan, verdict, outcomes[0].value, _notes(outcomes))
    if verdicts == {"no_data"}:
        return _claim(plan, "no_data", None, f"{_notes(outcomes)} {coverage(None)}")
    readings = "; ".join(f"{o.reading.words}: {_short(o)}" for o in outcomes)
    note = (
        "The sentence leaves open whether this is the partner named before it or the "
        f"total. Readings: {readings}."
    )
    return _claim(plan, "ambiguous", None, note)


def _short(outcome: _Outcome) -> str:
    fig = outcome.value.figure
    if outcome.verdict == "no_data" or fig is None:
        return "no table figure"
    agrees = "agrees" if outcome.verdict == "supported" else "does not agree"
    return f"the table gives {fig.display} ({agrees})"


def _by_partner(results: list[tuple[Reading, Value]]) -> list[list[tuple[Reading, Value]]]:
    groups: dict[str | None, list[tuple[Reading, Value]]] = {}
    for reading, value in results:
        groups.setdefault(reading.partner, []).append((reading, value))
    return list(groups.values())


def _partner(plan: ClaimPlan, group: list[tuple[Reading, Value]]) -> _Outcome:
    """One partner's verdict: its main reading, unless an unstated basis reads otherwise."""
    main = next((rv for rv in group if not rv[0].alternative), group[0])
    others = [rv for rv in group if rv[0].alternative and rv[1].verdict]
    reading, value = main
    if value.verdict in ("supported", "contradicted"):
        differ = [rv for rv in others if rv[1].verdict != value.verdict]
        if differ:
            note = _reading_notes(plan, [main, *differ])
            return _Outcome("ambiguous", reading, value, f"The basis is not stated: {note}")
        verdict: Verdict = "supported" if value.verdict == "supported" else "contradicted"
        return _Outcome(verdict, reading, value, _found(plan, reading, value))
    if others:
        note = _reading_notes(plan, [main, *others])
        return _Outcome("ambiguous", reading, value, f"The basis is not stated: {note}")
    missing = ", ".join(value.missing) or reading.words
    return _Outcome("no_data", reading, value, f"No table figure for {missing}.")


def _open(
    plan: ClaimPlan, results: list[tuple[Reading, Value]], coverage: Callable[[Reading | None], str]
) -> CheckedClaim:
    known = [(r, v) for r, v in results if v.verdict]
    if not known:
        named = "; ".join(dict.fromkeys(r.words for r, _ in results))
        tried = f" No table figure for any reading ({named})." if named else ""
        note = f"The period is open: {plan.open_reason}.{tried} {coverage(None)}"
        return _claim(plan, "no_data", None, note.strip())
    note = f"The period is open: {plan.open_reason}. Readings: {_reading_notes(plan, results)}"
    return _claim(plan, "ambiguous", None, note)


def _reading_notes(plan: ClaimPlan, results: list[tuple[Reading, Value]]) -> str:
    parts = []
    for reading, value in results:
        if value.figure is None or not value.verdict:
            parts.append(f"{reading.words}: no table figure")
            continue
        agrees = "agrees" if value.verdict == "supported" else "does not agree"
        parts.append(f"{reading.words}: the table gives {value.figure.display} ({agrees})")
    return "; ".join(dict.fromkeys(parts)) + "."


def _found(plan: ClaimPlan, reading: Reading, value: Value) -> str:
    assert value.figure is not None
    stated = Claim(plan.value, plan.unit, plan.words)
    shown = _in_claim_unit(plan, value)
    gives = f"{value.figure.display}" + (f" ({shown})" if shown else "")
    if value.verdict == "supported":
        text = f"The table gives {gives} for {reading.words}; allowed: {tolerance(stated)}."
    else:
        text = (
            f"The table gives {gives} for {reading.words}, not {plan.words}: a difference of "
            f"{_difference(plan, value)}; allowed: {tolerance(stated)}."
        )
    return text + _caveat(value)


def _in_claim_unit(plan: ClaimPlan, value: Value) -> str | None:
    factor = _factor(plan, value)
    if factor is None or abs(factor - 1.0) < 1e-12 or value.figure is None:
        return None
    decimals = max(fmt.decimals_of(plan.words), 1)
    return f"{fmt.number(value.raw * factor, decimals + 1)} in the claim's unit, {plan.unit}"


def _factor(plan: ClaimPlan, value: Value) -> float | None:
    if plan.unit in ("%", "pp"):
        return 1.0
    if value.anchor is None:
        return None
    return unit_factor(claim_unit(Claim(plan.value, plan.unit, plan.words)), value.anchor)


def _difference(plan: ClaimPlan, value: Value) -> str:
    factor = _factor(plan, value) or 1.0
    diff = value.raw * factor - plan.value
    if plan.unit == "%":
        return f"{fmt.number(diff, 1)} percentage points (table minus claim)"
    decimals = max(fmt.decimals_of(plan.words), 1)
    return f"{fmt.number(diff, decimals)} {plan.unit} (table minus claim)"


def _caveat(value: Value) -> str:
    """A note when the table's row is not from an official release."""
    sources = " ".join(value.figure.sources) if value.figure else ""
    match = re.search(r"source_kind: (.+?)(?:; \w+:|\)$)", sources)
    kind = match.group(1).strip() if match else ""
    if kind and (_NOT_INDEPENDENT.search(kind) or "official" not in kind.lower()):
        return (
            f" The table's source for this row is {kind}, not an official release, so the "
            "table does not independently confirm the figure."
        )
    return ""


def _notes(outcomes: list[_Outcome]) -> str:
    return " ".join(dict.fromkeys(o.note for o in outcomes))


def _claim(plan: ClaimPlan, verdict: Verdict, value: Value | None, note: str) -> CheckedClaim:
    figure = value.figure if value is not None else None
    return CheckedClaim(plan.sentence, plan.text, plan.value, plan.unit, verdict, figure, note)

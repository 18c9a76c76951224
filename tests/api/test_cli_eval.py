"""`tradebot eval FILE.jsonl` through typer's CliRunner on a store ingested from a test-made
release, and `bot.questionsets.judge` on answers built from our own records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.cli import app
from bot.questionsets import judge
from bot.records import Answer, Figure
from tests.bot import release_tables as rt

MARCH = rt.sg_month("2025-03")
MAY = rt.sg_month("2025-05")
MARCH_2024 = rt.sg_month("2024-03")
CASES: list[dict[str, Any]] = [
    {
        "id": "level",
        "kind": "lookup",
        "question": "What were Singapore's imports in March 2025?",
        "expect": {"value": MARCH["imports"], "unit": "S$ million"},
    },
    {
        "id": "scaled",
        "kind": "lookup",
        "question": "What were Singapore's imports in March 2025?",
        "expect": {"value": MARCH["imports"] / 1000, "unit": "S$ bn"},
    },
    {
        "id": "narnia",
        "kind": "refuse",
        "question": "What were exports to Narnia in March 2025?",
        "expect": "refuse",
    },
    {
        "id": "two-part",
        "kind": "two-part",
        "question": "What were Singapore's imports in March 2025, and how fast did they grow?",
        "expect": [
            {"value": MARCH["imports"], "unit": "S$ million"},
            {"value": round((MARCH["imports"] / MARCH_2024["imports"] - 1) * 100, 1), "unit": "%"},
        ],
    },
    {
        "id": "relative",
        "kind": "follow-up",
        "conversation": [
            "What were Singapore's re-exports in March 2025?",
            "How big is that relative to all exports?",
        ],
        "expect": {
            "value": round(
                MARCH["re-exports"] / (MARCH["domestic exports"] + MARCH["re-exports"]) * 100, 1
            ),
            "unit": "%",
        },
    },
    {
        "id": "deficit",
        "kind": "claim",
        "question": "Is it true that Singapore ran a trade deficit of S$ 1,210.9 million in "
        "May 2025?",
        "expect": {
            "verdict": "supported",
            "value": MAY["domestic exports"] + MAY["re-exports"] - MAY["imports"],
            "unit": "S$ million",
        },
    },
    {
        "id": "july",
        "kind": "lookup",
        "question": "What were Singapore's imports in July 2025?",
        "expect": {"value": 1.0, "unit": "S$ million"},
    },
]
WRONG = {
    "id": "off",
    "kind": "lookup",
    "question": "What were Singapore's imports in March 2025?",
    "expect": {"value": MARCH["imports"] + 1000, "unit": "S$ million"},
}


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding Singapore's monthly release."""
    folder = tmp_path_factory.mktemp("eval-data")
    (folder / rt.SG_MONTHLY_FILE).write_text(rt.SG_MONTHLY, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("eval-store")
    result = CliRunner().invoke(
        app, ["ingest", str(release), "--store", str(where), "--embedder", "hashing"]
    )
    assert result.exit_code == 0, result.output
    return where


def _write(path: Path, cases: list[dict[str, Any]], *extra: str) -> Path:
    lines = ["# a question set", "", *(json.dumps(c) for c in cases), *extra]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _eval(*args: str) -> Any:
    return CliRunner().invoke(app, ["eval", *args, "--embedder", "hashing"])


def test_json_report_counts_each_outcome_and_wrong_exits_1(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", [*CASES, WRONG])
    result = _eval(str(cases), "--store", str(store), "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    outcomes = {r["id"]: r["outcome"] for r in report["results"]}
    assert outcomes == {
        "level": "correct",
        "scaled": "correct",
        "narnia": "correct",
        "two-part": "correct",
        "relative": "correct",
        "deficit": "correct",
        "july": "refused",
        "off": "wrong",
    }
    assert (report["total"], report["correct"], report["refused"], report["wrong"]) == (8, 6, 1, 1)
    assert report["kinds"]["lookup"] == {"correct": 2, "refused": 1, "wrong": 1}
    assert list(report["kinds"]) == ["lookup", "refuse", "two-part", "follow-up", "claim"]
    for row in report["results"]:
        assert set(row) == {
            "id",
            "kind",
            "outcome",
            "reason",
            "planner",
            "fallback",
            "model_seconds",
        }
        assert (row["planner"], row["model_seconds"]) == ("rules", None)
    assert report["planners"] == {
        "answered_by": {"rules": 8},
        "fallbacks": 0,
        "model_latency": None,
    }


def test_no_wrong_answer_exits_0_with_a_table(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", CASES[:3])
    result = _eval(str(cases), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "3 of 3 correct (100.0%), 0 refused, 0 wrong" in result.stdout


def test_show_wrong_prints_the_question_and_the_answer(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", [CASES[0], WRONG])
    result = _eval(str(cases), "--store", str(store), "--show", "wrong")
    assert result.exit_code == 1
    assert "off (lookup) wrong" in result.stdout
    assert f"S$ {MARCH['imports']:,.1f} million" in result.stdout
    assert "level (lookup)" not in result.stdout


def test_data_option_ingests_a_folder_first(release: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", CASES[:1])
    result = _eval(str(cases), "--data", str(release), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["correct"] == 1


def test_a_malformed_line_is_a_clear_error(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", CASES[:1], '{"question": "What were exports?"')
    result = _eval(str(cases), "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error:")
    assert "cases.jsonl line 4" in result.stderr
    assert "Traceback" not in result.output


def test_a_case_without_an_expectation_names_the_field(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", [{"question": "What were exports in 2024?"}])
    result = _eval(str(cases), "--store", str(store))
    assert result.exit_code == 1
    assert "line 3" in result.stderr
    assert "expect" in result.stderr


# --- judging one answer -------------------------------------------------------------------


def _figure(value: float, unit: str, display: str) -> Figure:
    return Figure("Figure", value, unit, "as published", ("table row 1",), display)


DEFICIT = Answer(
    text="The table agrees with the claim: it gives a deficit of S$ 1,210.9 million for trade "
    "balance, May 2025.",
    figures=(_figure(-1210.9, "S$ million", "-S$ 1,210.9 million"),),
    verdict="supported",
)
HK = Answer(
    text="Exports were HK$ 1,200 million in 2024.",
    figures=(_figure(1200.0, "HK$ million", "HK$ 1,200 million"),),
)


def test_a_deficit_is_stated_unsigned_and_matches_either_sign() -> None:
    signed = {"verdict": "supported", "value": -1210.9, "unit": "S$ million"}
    assert judge(DEFICIT, signed) == ("correct", "ok")
    assert judge(DEFICIT, {"value": 1210.9, "unit": "S$ million"})[0] == "correct"
    assert judge(DEFICIT, {"verdict": "contradicted"})[0] == "wrong"


def test_values_compare_across_scales_of_one_currency_only() -> None:
    assert judge(HK, {"value": 1.2, "unit": "HK$ bn"})[0] == "correct"
    in_bn = Answer(
        text="Exports were HK$ 1.2 bn in 2024.", figures=(_figure(1.2, "HK$ bn", "HK$ 1.2 bn"),)
    )
    assert judge(in_bn, {"value": 1200, "unit": "HK$ million"})[0] == "correct"
    assert judge(HK, {"value": 1200, "unit": "S$ million"})[0] == "wrong"
    assert judge(HK, {"value": 1200, "unit": "%"})[0] == "wrong"


def test_every_part_of_a_list_must_hold() -> None:
    both = Answer(
        text="Imports were HK$ 1,200 million in 2024. Imports rose 6.1% year on year.",
        figures=(
            _figure(1200.0, "HK$ million", "HK$ 1,200 million"),
            _figure(6.1, "%", "6.1%"),
        ),
    )
    level = {"value": 1200, "unit": "HK$ million"}
    assert judge(both, [level, {"value": 6.1, "unit": "%"}]) == ("correct", "ok; ok")
    outcome, reason = judge(both, [level, {"value": 7.5, "unit": "%"}])
    assert outcome == "wrong"
    assert "expected 7.5 %" in reason


def test_refuse_means_no_figure_stated_in_the_lead() -> None:
    assert judge(Answer(text="I have no figure for Narnia."), "refuse") == ("correct", "refused")
    assert judge(HK, "refuse") == ("wrong", "stated HK$ 1,200 million")
    below = Answer(text="Exports rose.\n\nDetails: HK$ 1,200 million.", figures=HK.figures)
    assert judge(below, {"value": 1200, "unit": "HK$ million"}) == ("refused", "no figure stated")


def test_a_currency_code_matches_its_symbol() -> None:
    usd = Answer(
        text="Exports were US$ 1,200 million in 2024.",
        figures=(_figure(1200.0, "US$ million", "US$ 1,200 million"),),
    )
    assert judge(usd, {"value": 1.2, "unit": "USD bn"})[0] == "correct"
    assert judge(HK, {"value": 1.2, "unit": "HKD bn"})[0] == "correct"


def test_a_surplus_does_not_match_an_expected_deficit() -> None:
    surplus = Answer(
        text="Exports minus imports gives a surplus of S$ 1,210.9 million in May 2025.",
        figures=(_figure(1210.9, "S$ million", "S$ 1,210.9 million"),),
    )
    assert judge(surplus, {"value": -1210.9, "unit": "S$ million"})[0] == "wrong"


def test_the_llm_planner_needs_a_model(store: Path, tmp_path: Path) -> None:
    cases = _write(tmp_path / "cases.jsonl", CASES[:1])
    result = _eval(str(cases), "--store", str(store), "--planner", "llm")
    assert result.exit_code != 0
    assert "TRADEBOT_LLM_MODEL" in result.output


def test_planners_compared_with_a_fake_model(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.fakemodel import fake_model_server

    leaf = {"op": "series", "flow": "imports", "period": "2025-03"}
    narnia = {"op": "series", "flow": "exports", "partner": "Narnia", "period": "2025-03"}

    def script(body: dict[str, Any]) -> dict[str, Any]:
        if "tools" not in body:
            return {"content": ""}
        parts = [narnia] if "Narnia" in json.dumps(body["messages"][-1]) else [leaf]
        return {"tool": "plan", "arguments": json.dumps({"parts": parts})}

    cases = _write(tmp_path / "cases.jsonl", CASES[:3])
    with fake_model_server(script) as server:
        monkeypatch.setenv("TRADEBOT_LLM_MODEL", "fake")
        monkeypatch.setenv("TRADEBOT_LLM_BASE_URL", server.url)
        reports = {
            planner: json.loads(
                _eval(str(cases), "--store", str(store), "--json", "--planner", planner).stdout
            )
            for planner in ("rules", "llm", "auto")
        }
    assert [reports[p]["correct"] for p in ("rules", "llm", "auto")] == [3, 3, 3]
    llm = reports["llm"]["planners"]
    assert llm["answered_by"] == {"llm": 2, "rules": 1}  # Narnia: an unknown partner
    assert llm["fallbacks"] == 1
    assert llm["model_latency"]["answers"] == 3
    assert reports["rules"]["planners"]["model_latency"] is None
    assert reports["auto"]["planners"]["answered_by"] == {"rules": 3}

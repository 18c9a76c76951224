"""The plan language from outside: `tradebot plan` and `GET /api/plan/schema`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app
from api.settings import ApiSettings
from bot.plan.expressions import Plan
from tests.api.conftest import PAGE_BASE_URL
from tests.bot import release_tables as rt
from vectorstore import StoreSettings


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plan-data")
    (folder / rt.SG_MONTHLY_FILE).write_text(rt.SG_MONTHLY, encoding="utf-8")
    where = tmp_path_factory.mktemp("plan-store")
    result = CliRunner().invoke(
        app, ["ingest", str(folder), "--store", str(where), "--embedder", "hashing"]
    )
    assert result.exit_code == 0, result.output
    return where


def test_plan_prints_the_expressions_of_a_question(store: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "plan",
            "What were Singapore's total exports in March 2025, and how fast did they grow?",
            "--store",
            str(store),
            "--embedder",
            "hashing",
        ],
    )
    assert result.exit_code == 0, result.output
    plan = Plan.from_dict(json.loads(result.output))
    assert plan.version == 1
    assert len(plan.parts) == 2  # a two-part question: the value, then its change


def test_plan_schema_lists_every_operation() -> None:
    result = CliRunner().invoke(app, ["plan", "--schema"])
    assert result.exit_code == 0, result.output
    text = result.output
    for op in ("series", "sum", "mean", "difference", "ratio", "change", "cagr", "rank"):
        assert f'"{op}"' in text
    assert json.loads(text)["properties"]["version"]["const"] == 1


def test_plan_without_a_question_is_a_clear_error() -> None:
    result = CliRunner().invoke(app, ["plan"])
    assert result.exit_code != 0
    assert "question" in result.output


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = ApiSettings(api_key="a-long-enough-api-key-for-tests")
    application = create_app(settings, store_settings=StoreSettings(store=tmp_path))
    with TestClient(application, base_url=PAGE_BASE_URL) as test_client:
        yield test_client


def test_the_schema_route_needs_no_key_and_matches_the_model(client: TestClient) -> None:
    response = client.get("/api/plan/schema")
    assert response.status_code == 200
    assert response.json() == Plan.model_json_schema()

"""`tradebot ask` and `tradebot chat --jsonl` on a store ingested from test-made files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

CSV = """period,total_exports_hkd_bn,total_exports_yoy_pct
2024-01,388.7,33.6
2024-02,284.1,-0.8
2024-03,384.5,4.7
2025-01,400.0,2.9
2025-02,327.9,15.4
2025-03,455.5,18.5
"""
ARTICLE = "Exports surge\n\nHong Kong's exports rose 18.5% in March 2025, official data showed.\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-ask")
    data = root / "data"
    data.mkdir()
    (data / "hk_monthly_exports.csv").write_text(CSV)
    (data / "exports-march.txt").write_text(ARTICLE)
    where = root / "store"
    result = CliRunner().invoke(
        app, ["ingest", str(data), "--store", str(where), "--embedder", "hashing"]
    )
    assert result.exit_code == 0, result.output
    return where


def test_ask_json_is_the_answer_contract(store: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "ask",
            "What were exports in March 2025?",
            "--store",
            str(store),
            "--json",
            "--embedder",
            "hashing",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"answer", "figures", "citations", "plan", "chart"}
    assert data["figures"][0]["value"] == 455.5
    assert {"label", "value", "unit", "formula", "sources"} <= set(data["figures"][0])
    for cite in data["citations"]:
        assert {"id", "source", "title", "date", "quote"} <= set(cite)


def test_chat_jsonl_answers_one_object_per_line(store: Path) -> None:
    lines = "What were exports in March 2025?\n/new\n\n/quit\n"
    result = CliRunner().invoke(
        app, ["chat", "--jsonl", "--store", str(store), "--embedder", "hashing"], input=lines
    )
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert "HK$ 455.5 bn" in out[0]["answer"]
    assert out[1] == {"conversation": "new"}
    assert out[2]["ok"] is False
    assert out[3] == {"conversation": "closed"}


def test_terminal_chat_renders_answers_and_commands(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from api.commands.ask import run_terminal
    from bot import Engine
    from vectorstore import HashingEmbedder, StoreSettings, open_store

    lines = "What were exports in March 2025?\n/sources\n/new\n/help\n/quit\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out = io.StringIO()
    opened = open_store(StoreSettings(store=store), embedder=HashingEmbedder())
    try:
        run_terminal(Engine(opened), Console(file=out, width=100))
    finally:
        opened.close()
    text = out.getvalue()
    assert "HK$ 455.5 bn" in text
    assert "hk_monthly_exports.csv row" in text
    assert "New conversation." in text
    assert "/quit leaves" in text

"""`tradebot ingest | remove | sources | search` through the real Typer app and store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

SAMPLE_ARTICLE = (
    Path(__file__).resolve().parents[2]
    / "samples"
    / "articles"
    / "hk-exports-q1-2026-peoples-daily.txt"
)
ENV = {"TRADEBOT_EMBEDDER": "hashing"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SAMPLE_ARTICLE, folder / "commentary.txt")
    (folder / "brief.md").write_text(
        "---\ntitle: May trade\n---\n\nExports rose 40.8% in May.\n", encoding="utf-8"
    )
    return folder


def test_ingest_prints_a_summary_and_succeeds(runner: CliRunner, docs: Path) -> None:
    result = runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    assert result.exit_code == 0, result.output
    assert "2 files: 2 ingested, 0 unchanged, 0 failed; 9 passages, 0 tables" in result.stdout
    again = runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    assert "2 files: 0 ingested, 2 unchanged, 0 failed" in again.stdout


def test_a_failed_file_is_listed_and_the_exit_code_is_1(runner: CliRunner, docs: Path) -> None:
    (docs / "broken.txt").write_bytes(b"\x00\x9d\x81")
    result = runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    assert result.exit_code == 1
    assert "failed  docs/broken.txt: binary content, not a text file" in result.stderr
    assert "3 files: 2 ingested, 0 unchanged, 1 failed" in result.stdout
    assert "Traceback" not in result.output
    listed = runner.invoke(app, ["sources", "--store", "st", "--json"], env=ENV)
    assert sorted(s["path"] for s in json.loads(listed.stdout)) == [
        "docs/brief.md",
        "docs/commentary.txt",
    ]


def test_ingest_json_report(runner: CliRunner, docs: Path) -> None:
    result = runner.invoke(app, ["ingest", "docs", "--store", "st", "--json"], env=ENV)
    data = json.loads(result.stdout)
    assert data["ingested"] == 2
    assert data["failed"] == []


def test_sources_search_and_remove(runner: CliRunner, docs: Path) -> None:
    runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    listed = runner.invoke(app, ["sources", "--store", "st"], env=ENV)
    assert listed.exit_code == 0
    assert "docs/commentary.txt" in listed.stdout
    assert "2 sources" in listed.stdout

    found = runner.invoke(
        app, ["search", "Singapore 125% spike", "--k", "2", "--store", "st"], env=ENV
    )
    assert found.exit_code == 0, found.output
    assert found.stdout.startswith("[1] ")
    assert "125% spike in exports to Singapore" in found.stdout

    hits = json.loads(
        runner.invoke(app, ["search", "exports May", "--json", "--store", "st"], env=ENV).stdout
    )
    assert {hit["kind"] for hit in hits} == {"passage"}
    assert all(hit["text"] and hit["score"] > 0 for hit in hits)

    removed = runner.invoke(app, ["remove", "docs/brief.md", "--store", "st"], env=ENV)
    assert removed.exit_code == 0
    assert "removed docs/brief.md (1 passage)" in removed.stdout
    again = runner.invoke(app, ["remove", "docs/brief.md", "--store", "st"], env=ENV)
    assert again.exit_code == 1
    assert "No source 'docs/brief.md' in the store" in again.stderr


def test_prune_through_the_cli(runner: CliRunner, docs: Path) -> None:
    runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    (docs / "brief.md").unlink()
    result = runner.invoke(app, ["ingest", "docs", "--store", "st", "--prune"], env=ENV)
    assert result.exit_code == 0
    assert "removed docs/brief.md" in result.stdout


def test_a_store_that_cannot_be_opened_is_a_clean_error(
    runner: CliRunner, docs: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["sources", "--store", str(blocker)], env=ENV)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error:")
    assert "Traceback" not in result.output


def test_the_store_persists_across_processes(docs: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-c", "from api.cli import main; main()"]
    env = {"PATH": "", "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", **ENV}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    first = subprocess.run(
        [*command, "ingest", "docs", "--store", "st"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    assert "2 ingested" in first.stdout
    second = subprocess.run(
        [*command, "ingest", "docs", "--store", "st"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "0 ingested, 2 unchanged" in second.stdout


@pytest.mark.slow
def test_the_real_model_finds_the_singapore_passage(runner: CliRunner, docs: Path) -> None:
    ingested = runner.invoke(app, ["ingest", "docs", "--store", "st"])
    assert ingested.exit_code == 0, ingested.output
    found = runner.invoke(
        app,
        [
            "search",
            "How fast did exports to Singapore grow?",
            "--kind",
            "passage",
            "--k",
            "2",
            "--store",
            "st",
            "--json",
        ],
    )
    assert found.exit_code == 0, found.output
    hits = json.loads(found.stdout)
    assert "125% spike in exports to Singapore" in hits[0]["text"]


def test_an_invalid_setting_is_a_clean_error(runner: CliRunner, docs: Path) -> None:
    result = runner.invoke(
        app, ["ingest", "docs", "--store", "st"], env={**ENV, "TRADEBOT_CHUNK_SIZE": "tiny"}
    )
    assert result.exit_code == 1
    assert "Invalid setting: TRADEBOT_CHUNK_SIZE" in result.stderr
    assert "Traceback" not in result.output


def test_verbose_ingest_says_what_happened_to_each_file(runner: CliRunner, docs: Path) -> None:
    result = runner.invoke(app, ["ingest", "docs", "--store", "st", "-v"], env=ENV)
    assert result.exit_code == 0
    assert "docs/commentary.txt: ingested (8 passages)" in result.stderr
    assert "docs/brief.md: ingested (1 passage)" in result.stderr


def test_search_shows_table_cards_with_scores(runner: CliRunner, docs: Path) -> None:
    (docs / "exports.csv").write_text(
        "month,partner,exports_hkd_bn\n2026-01,Singapore,20.5\n2026-02,Singapore,22.0\n",
        encoding="utf-8",
    )
    ingested = runner.invoke(app, ["ingest", "docs", "--store", "st"], env=ENV)
    assert "1 table" in ingested.stdout
    found = runner.invoke(
        app, ["search", "exports Singapore", "--kind", "table", "--store", "st"], env=ENV
    )
    assert found.exit_code == 0, found.output
    first = found.stdout.splitlines()[0]
    assert first.startswith("[1] 0.")
    assert " table " in first
    assert "(docs/exports.csv)" in first

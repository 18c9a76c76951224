"""`tradebot post`: answer a question and send it to the incoming webhook."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.api.slack.fake_slack import FakeSlack

QUESTION = "How much did exports to Singapore grow in January 2026?"


@pytest.mark.slow
def test_post_sends_the_answer_to_the_webhook(
    tmp_path: Path, ingested_store: Path, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    shutil.copytree(ingested_store, store)
    monkeypatch.setenv("TRADEBOT_SLACK_WEBHOOK_URL", f"{fake_slack.url}/webhook/T1/B1/x")
    result = CliRunner().invoke(app, ["post", QUESTION, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "32.4%" in result.stdout
    assert "Posted the answer to Slack (1 message)." in result.stderr
    (call,) = fake_slack.calls_to("/webhook/T1/B1/x")
    assert "Exports to Singapore rose 32.4%" in call.body["blocks"][0]["text"]["text"]


def test_post_without_a_webhook_says_what_to_set(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["post", QUESTION, "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert "TRADEBOT_SLACK_WEBHOOK_URL is not set" in result.stderr


def test_post_without_a_store_says_so(
    tmp_path: Path, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEBOT_SLACK_WEBHOOK_URL", f"{fake_slack.url}/webhook/x")
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(app, ["post", QUESTION, "--store", str(missing)])
    assert result.exit_code == 1
    assert "There is no store" in result.stderr
    assert not missing.exists()
    assert [c.api for c in fake_slack.calls] in ([], ["auth.test"])  # auth.test: at startup

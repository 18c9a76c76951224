"""End to end: `tradebot serve` in its own process answers Slack through a fake Web API."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.slack.conftest import SECRET, event_body, mention, sign
from tests.api.slack.fake_slack import FakeSlack
from tests.api.slack.server_process import ServerProcess

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path: Path, ingested_store: Path, fake_slack: FakeSlack) -> Iterator[ServerProcess]:
    store = tmp_path / "store"
    shutil.copytree(ingested_store, store)
    env = {
        "TRADEBOT_SLACK_SIGNING_SECRET": SECRET,
        "TRADEBOT_SLACK_BOT_TOKEN": "xoxb-e2e-token",
        "TRADEBOT_SLACK_API_URL": fake_slack.api_url,
    }
    with ServerProcess(store, env) as running:
        yield running


def test_served_app_verifies_and_answers_slack(
    server: ServerProcess, fake_slack: FakeSlack
) -> None:
    challenge = json.dumps({"type": "url_verification", "challenge": "xyz"})
    headers = {"Content-Type": "application/json"}
    answer = httpx.post(
        f"{server.url}/slack/events", content=challenge, headers={**headers, **sign(challenge)}
    )
    assert answer.json() == {"challenge": "xyz"}
    unsigned = httpx.post(f"{server.url}/slack/events", content=challenge, headers=headers)
    assert unsigned.status_code == 401

    question = "How much did exports to Singapore grow in January 2026?"
    body = event_body(mention(question))
    response = httpx.post(
        f"{server.url}/slack/events", content=body, headers={**headers, **sign(body)}
    )
    assert response.status_code == 200
    (post,) = fake_slack.wait_for("chat.postMessage", timeout_s=120)
    assert post.body["channel"] == "C1"
    assert post.body["thread_ts"] == "1700000001.000100"
    assert post.headers["authorization"] == "Bearer xoxb-e2e-token"
    assert "32.4%" in fake_slack.posted_texts()[0]

"""The Slack manifest and the Slack page (docs/slack.md) agree with the code."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import yaml

from api.slack import COMMANDS_PATH, EVENTS_PATH, SlackSettings
from api.slack.checks import CHECK_SHORTCUT

ROOT = Path(__file__).resolve().parents[3]


def test_manifest_asks_for_what_the_bot_uses() -> None:
    manifest = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "im:history", "commands", "files:write"} <= scopes
    events = manifest["settings"]["event_subscriptions"]
    assert set(events["bot_events"]) == {"app_mention", "message.im"}
    assert urlparse(events["request_url"]).path == EVENTS_PATH
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/tradebot"
    assert urlparse(command["url"]).path == COMMANDS_PATH
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    interactivity = manifest["settings"]["interactivity"]  # the "How this was computed" button
    assert interactivity["is_enabled"] is True
    assert urlparse(interactivity["request_url"]).path == EVENTS_PATH
    (shortcut,) = manifest["features"]["shortcuts"]  # "Check figures" on a message
    assert (shortcut["type"], shortcut["callback_id"]) == ("message", CHECK_SHORTCUT)


def test_every_slack_setting_is_on_the_slack_page() -> None:
    text = (ROOT / "docs" / "slack.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `(\w+)` \| `(TRADEBOT_\w+)` \|", text, flags=re.MULTILINE))
    expected = {(name, f"TRADEBOT_{name.upper()}") for name in SlackSettings.model_fields}
    assert expected <= rows
    assert all(field.description for field in SlackSettings.model_fields.values())

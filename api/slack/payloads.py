"""The shapes of Slack's request bodies, checked after the signature and before bolt.

The events URL takes two kinds of body: an Events API payload (JSON) and, since the app's
interactivity request URL is the same signed endpoint, an interaction payload (a form
with one ``payload`` field holding JSON, e.g. ``block_actions`` for a button press).

A signed body that is not what Slack sends (not JSON, an event without a type, a field of
the wrong kind where bolt reads it) is refused with 400 instead of reaching code that
would fail on it. Unknown fields are allowed: Slack adds fields over time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qs

from api.slack.errors import RefusalError

_TEXT = (str, type(None))
_FLAG = (bool, type(None))
_TEXT_OR_OBJECT = (str, dict, type(None))
_OBJECT = (dict, type(None))
MAX_DEPTH = 32  # Slack's payloads nest about 8 deep (blocks in a message in an event)

_ENVELOPE_TEXT = (
    "token",
    "team_id",
    "enterprise_id",
    "api_app_id",
    "event_id",
    "context_team_id",
    "context_enterprise_id",
)
_ENVELOPE_FLAGS = ("is_enterprise_install", "is_ext_shared_channel")
_AUTHORIZATION_TEXT = ("enterprise_id", "team_id", "user_id")
_AUTHORIZATION_FLAGS = ("is_bot", "is_enterprise_install")
_EVENT_TEXT = (
    "type",
    "subtype",
    "text",
    "ts",
    "thread_ts",
    "event_ts",
    "channel_type",
    "bot_id",
    "app_id",
    "user_team",
    "source_team",
)
_EVENT_TEXT_OR_OBJECT = ("user", "channel", "team", "item", "enterprise")
_EVENT_OBJECTS = ("message", "previous_message", "bot_profile", "view")


def check_events_url_body(body: bytes) -> dict[str, Any]:
    """What the events URL accepts: an interaction payload or an Events API payload."""
    if body.startswith(b"payload="):
        return check_interaction_body(body)
    return check_event_body(body)


def check_interaction_body(body: bytes) -> dict[str, Any]:
    """An interaction payload (form field ``payload``), or 400 when the body is not one."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
        (raw,) = fields.get("payload", [])
        payload = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise RefusalError(400, "the body is not a Slack interaction payload") from None
    if set(fields) != {"payload"} or not isinstance(payload, dict):
        raise RefusalError(400, "the body is not a Slack interaction payload")
    if not isinstance(payload.get("type"), str) or not payload["type"]:
        raise RefusalError(400, "the interaction payload has no type")
    require_kinds(payload, ("response_url", "trigger_id", "api_app_id"), _TEXT, "payload")
    require_kinds(payload, ("channel", "message", "container", "user", "team"), _OBJECT, "payload")
    actions = payload.get("actions", [])
    if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
        raise RefusalError(400, "the interaction payload's actions are not a list of objects")
    for action in actions:
        require_kinds(action, ("action_id", "block_id", "value", "type"), _TEXT, "action")
    for name in ("channel", "message"):
        require_kinds(payload.get(name) or {}, ("id", "ts", "thread_ts"), _TEXT, name)
    return payload


def check_event_body(body: bytes) -> dict[str, Any]:
    """The Events API payload, or 400 when the body is not one."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RefusalError(400, "the body is not JSON") from None
    except RecursionError:
        raise RefusalError(400, "the body is nested too deeply") from None
    if nesting_depth(payload) > MAX_DEPTH:
        raise RefusalError(400, "the body is nested too deeply")
    if not isinstance(payload, dict):
        raise RefusalError(400, "the body is not a Slack event payload")
    kind = payload.get("type")
    if not isinstance(kind, str) or not kind:
        raise RefusalError(400, "the body is not a Slack event payload (no type)")
    if kind == "url_verification" and not isinstance(payload.get("challenge"), str):
        raise RefusalError(400, "url_verification without a challenge")
    require_kinds(payload, _ENVELOPE_TEXT, _TEXT, "payload")
    require_kinds(payload, _ENVELOPE_FLAGS, _FLAG, "payload")
    require_kinds(payload, ("enterprise", "team", "user", "channel"), _TEXT_OR_OBJECT, "payload")
    check_authorizations(payload.get("authorizations"))
    if kind == "event_callback":
        check_event(payload.get("event"))
    return payload


def nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in a parsed JSON value (walked without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def check_authorizations(authorizations: Any) -> None:
    if authorizations is None:
        return
    if not isinstance(authorizations, list):
        raise RefusalError(400, "authorizations is not a list")
    for item in authorizations:
        if not isinstance(item, dict):
            raise RefusalError(400, "an authorization is not an object")
        require_kinds(item, _AUTHORIZATION_TEXT, _TEXT, "authorization")
        require_kinds(item, _AUTHORIZATION_FLAGS, _FLAG, "authorization")


def check_event(event: Any, *, nested: bool = False) -> None:
    """An event (or the message inside one) whose fields have the kinds bolt expects."""
    if not isinstance(event, dict):
        raise RefusalError(400, "event_callback without an event object")
    kind = event.get("type")
    if not nested and (not isinstance(kind, str) or not kind):
        raise RefusalError(400, "the event has no type")
    require_kinds(event, _EVENT_TEXT, _TEXT, "event")
    require_kinds(event, _EVENT_TEXT_OR_OBJECT, _TEXT_OR_OBJECT, "event")
    require_kinds(event, _EVENT_OBJECTS, _OBJECT, "event")
    for inner in ("message", "previous_message"):
        if isinstance(event.get(inner), dict):
            check_event(event[inner], nested=True)


def require_kinds(
    data: Mapping[str, Any], fields: Iterable[str], kinds: tuple[type, ...], where: str
) -> None:
    """400 when one of the fields is present with a value of another kind."""
    for name in fields:
        if name in data and not isinstance(data[name], kinds):
            raise RefusalError(400, f"{where} field {name!r} has the wrong type")


def check_command_body(body: bytes) -> dict[str, str]:
    """The slash command's form fields (or Slack's ssl_check), or 400."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        raise RefusalError(400, "the body is not a form-encoded slash command") from None
    if any(len(values) != 1 for values in fields.values()):
        raise RefusalError(400, "a slash command field is repeated")
    form = {name: values[0] for name, values in fields.items()}
    if form.get("ssl_check") == "1":
        return form
    command = form.get("command", "")
    response_url = form.get("response_url", "")
    if not command.startswith("/") or not response_url.startswith(("http://", "https://")):
        raise RefusalError(400, "the body is not a slash command (command, response_url)")
    return form

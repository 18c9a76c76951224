"""Settings of the Slack integration (events, slash command, incoming webhook)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _blank_to_none(value: SecretStr | None) -> SecretStr | None:
    if value is None or not value.get_secret_value().strip():
        return None
    return SecretStr(value.get_secret_value().strip())


class SlackSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    slack_bot_token: SecretStr | None = Field(
        default=None,
        description="Bot token (xoxb-...) used to post answers and upload charts. "
        "Required with the signing secret for the /slack routes.",
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None,
        description="Signing secret of the Slack app. When set, `tradebot serve` mounts "
        "/slack/events and /slack/commands and verifies every request with it.",
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        description="Base URL of the Slack Web API (point it at a fake server in tests).",
    )
    slack_webhook_url: SecretStr | None = Field(
        default=None,
        description="Incoming-webhook URL that `tradebot post` sends answers to.",
    )
    slack_max_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest request body accepted on the /slack routes, in bytes (413 above).",
    )
    slack_command_response: Literal["in_channel", "ephemeral"] = Field(
        default="in_channel",
        description="Who sees a slash command's answer: the whole channel or only the asker.",
    )
    slack_retry_attempts: int = Field(
        default=3,
        ge=0,
        le=10,
        description="Retries of a Slack API call after a 429 (honouring Retry-After) or a "
        "connection error.",
    )
    slack_max_retry_after_s: float = Field(
        default=30.0,
        ge=0,
        description="Longest Retry-After wait honoured before a Slack API call gives up, "
        "in seconds.",
    )

    @field_validator("slack_bot_token", "slack_webhook_url")
    @classmethod
    def _strip_blank(cls, value: SecretStr | None) -> SecretStr | None:
        return _blank_to_none(value)

    @field_validator("slack_signing_secret")
    @classmethod
    def _strip_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # A secret set but blank stays set (and empty): mounting then refuses to start,
        # rather than silently serving without Slack.
        return None if value is None else SecretStr(value.get_secret_value().strip())

    @field_validator("slack_api_url")
    @classmethod
    def _end_with_slash(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("https://", "http://")):
            raise ValueError("TRADEBOT_SLACK_API_URL must be an http(s) URL")
        return value if value.endswith("/") else value + "/"

    @property
    def events_enabled(self) -> bool:
        """Whether a signing secret is configured (even blank), so /slack is to be mounted."""
        return self.slack_signing_secret is not None

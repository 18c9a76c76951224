"""Settings of the HTTP API and web chat page (`tradebot serve`)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_PLACEHOLDER_KEYS = frozenset({"changeme", "change-me", "secret", "apikey", "api-key"})
MIN_KEY_CHARS = 16
_MIN_DISTINCT = 6
_WEAK_KEY = re.compile(r"^(password|passw0rd|qwerty|letmein|admin|1234567|abcdefg)", re.I)


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    host: str = Field(
        default="127.0.0.1",
        description="Address `tradebot serve` binds to. Without an API key it stays on "
        "127.0.0.1 unless --host is given.",
    )
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Host names the server answers to besides the loopback names and the "
        "bound address, comma-separated (`*.example.org` allows subdomains, `*` any). Set "
        "it to the public name when a reverse proxy forwards to the server.",
    )
    port: int = Field(default=8000, ge=0, le=65535, description="Port `tradebot serve` listens on.")
    api_key: SecretStr | None = Field(
        default=None,
        description="When set, every route but /health, /docs and the page's static files "
        "requires the header `Authorization: Bearer <key>`.",
    )
    max_message_chars: int = Field(
        default=4000, ge=1, le=100_000, description="Longest question accepted, in characters."
    )
    max_upload_mb: float = Field(
        default=20.0,
        gt=0,
        description="Largest upload accepted by /api/ingest and /api/check (all its files "
        "together), in MiB.",
    )
    max_body_kb: int = Field(
        default=512,
        ge=1,
        description="Largest JSON request body accepted (chat and OpenAI routes), in KiB.",
    )
    max_history_messages: int = Field(
        default=20,
        ge=0,
        le=200,
        description="Earlier user messages of an OpenAI-style request replayed as context.",
    )
    model_name: str = Field(
        default="tradebot", description="Model id announced by /v1/models and in completions."
    )
    table_preview_rows: int = Field(
        default=50, ge=1, le=5000, description="Rows of a table shown by /api/tables/{id}."
    )

    check_fetch_urls: bool = Field(
        default=False,
        description="Let `tradebot check URL` fetch the page (off: only files, pasted text "
        "and standard input are checked).",
    )

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [name.strip() for name in value.split(",") if name.strip()]
        return value

    @field_validator("api_key")
    @classmethod
    def _refuse_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        secret = value.get_secret_value().strip()
        if not secret:
            return None
        if secret.lower() in _PLACEHOLDER_KEYS:
            raise ValueError("the key is a placeholder; choose a real key")
        if len(secret) < MIN_KEY_CHARS:
            raise ValueError(f"the key must be at least {MIN_KEY_CHARS} characters long")
        if len(set(secret)) < _MIN_DISTINCT or _WEAK_KEY.search(secret):
            raise ValueError(
                "the key is too easy to guess; use a random key, e.g. the output of "
                "python -c 'import secrets; print(secrets.token_urlsafe(24))'"
            )
        return SecretStr(secret)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_body_bytes(self) -> int:
        return self.max_body_kb * 1024


def describe_settings_error(error: ValidationError) -> str:
    """A settings error naming each variable and its problem, never the value given (which
    may be a secret such as the API key)."""
    problems = "; ".join(
        f"TRADEBOT_{'_'.join(map(str, e['loc'])).upper()}: "
        f"{str(e['msg']).removeprefix('Value error, ')}"
        for e in error.errors()
    )
    return f"Invalid setting: {problems}"

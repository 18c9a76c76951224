"""Settings of the answer engine."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    top_k: int = Field(default=4, ge=1, le=20, description="Passages quoted per answer at most.")
    llm_model: str | None = Field(
        default=None,
        description="Name of an OpenAI-compatible chat model used to phrase answers. "
        "Unset: no LLM, the deterministic path.",
    )
    llm_base_url: str | None = Field(
        default=None, description="Base URL of the OpenAI-compatible API for the LLM."
    )
    llm_api_key: SecretStr | None = Field(default=None, description="API key for the LLM.")
    max_question_chars: int = Field(
        default=4000,
        ge=1,
        le=100_000,
        description="Longest question the engine answers, in characters (the planner reads "
        "the first 2,000).",
    )
    check_max_chars: int = Field(
        default=200_000,
        ge=1,
        le=5_000_000,
        description="Longest text `tradebot check` and /api/check read, in characters.",
    )
    check_max_claims: int = Field(
        default=300,
        ge=1,
        le=10_000,
        description="Most figures checked in one document; a text stating more is refused.",
    )

"""Settings of the answer engine."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    top_k: int = Field(default=4, ge=1, le=20, description="Passages quoted per answer at most.")
    llm_model: str | None = Field(
        default=None,
        description="Name of a chat model that reads questions into plans, writes text "
        "answers from quoted passages and phrases the lead sentence. Unset: no LLM, the rule "
        "planner and deterministic wording.",
    )
    llm_provider: Literal["openai", "ollama"] = Field(
        default="openai",
        description="Who serves the model: openai (any OpenAI-compatible API, the 'llm' "
        "extra) or ollama (the 'ollama' extra).",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="Base URL of the model's API (e.g. http://127.0.0.1:11434 for Ollama, "
        "http://127.0.0.1:8080/v1 for an OpenAI-compatible server).",
    )
    llm_api_key: SecretStr | None = Field(default=None, description="API key for the LLM.")
    llm_timeout_s: float = Field(
        default=20.0,
        gt=0,
        le=600,
        description="Seconds one model call may take; past it the rule planner answers.",
    )
    llm_max_retries: int = Field(
        default=1, ge=0, le=5, description="Retries of a failed model call (0: none)."
    )
    planner: Literal["rules", "llm", "auto"] = Field(
        default="llm",
        description="Who reads questions when a model is set: llm (the model, the rule "
        "planner on any failure), rules (never the model), auto (the rule planner, the model "
        "for the questions the rules refuse).",
    )
    answer_cache: int = Field(
        default=512,
        ge=0,
        le=100_000,
        description="Answers kept for repeated questions until the store next changes "
        "(0: none). Used only without a language model, whose answers vary.",
    )
    parallel_answers: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Answers computed at once; more questions wait their turn (a kept "
        "answer never waits). More than the CPU cores only adds switching between threads. "
        "Not used with a language model, whose answers mostly wait on the network.",
    )
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

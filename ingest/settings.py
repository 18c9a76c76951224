"""Settings of ingestion."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    chunk_size: int = Field(
        default=600, ge=100, le=8000, description="Target passage length in characters."
    )
    chunk_overlap: int = Field(
        default=120, ge=0, le=2000, description="Characters shared by neighbouring passages."
    )
    max_file_mb: float = Field(
        default=50.0, gt=0, description="Files larger than this many MiB are refused."
    )

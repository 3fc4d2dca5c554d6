"""The one place configuration is read: environment variables prefixed ``COACH_``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "coach"


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore")

    model: str | None = Field(None, description="litellm model string; unset uses the composer")
    judge_model: str | None = Field(None, description="litellm model for judge='llm'")
    fallback_models: Annotated[list[str], NoDecode] = Field(default_factory=list)
    candidates: int = Field(2, ge=1, le=5, description="LLM candidates generated per request")
    revisions: int = Field(2, ge=0, le=3, description="revision rounds when no candidate passes")
    llm_retries: int = Field(2, ge=0, le=6, description="retries per model on transient errors")
    temperature: float = Field(0.7, ge=0.0, le=2.0)
    data_dir: Path = Field(default_factory=_default_data_dir)
    knowledge_dir: Path | None = Field(None, description="cards to index; default: bundled cards")
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    rate_limit: str = Field("120/minute", description="per key or client; '0' disables")
    chroma_url: str | None = None
    request_timeout_s: float = Field(30.0, gt=0)
    log_level: str = "INFO"
    log_content: bool = False
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # The largest valid reflect request (50 history turns of 4,000 characters) fits.
    max_body_bytes: int = Field(1_000_000, ge=1_000)
    resources_file: Path | None = Field(None, description="crisis resources YAML")
    locale: str = Field("default", description="which crisis resource list to show")

    @field_validator("fallback_models", "api_keys", "cors_origins", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("data_dir", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()

"""The seam every generator plugs into; the composer uses it too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from pydantic import BaseModel, Field

from coach.schemas import Guidance, Turn


class Candidate(BaseModel):
    """One suggested reflect-back: the JSON object the generation prompt asks a model for."""

    reflection: str = Field(min_length=1, max_length=2_000)
    emotions: list[str] = Field(default_factory=list, max_length=8)
    # Which generator wrote it ("composer", "llm:<model>"); not part of the model's JSON.
    source: str | None = Field(None, exclude=True)


class GenerationRequest(BaseModel):
    message: str
    context: str | None = None
    history: list[Turn] = Field(default_factory=list)
    guidance: list[Guidance] = Field(default_factory=list)
    # Set on a revision round: the rejected candidate and the scorer's feedback on it.
    previous: str | None = None
    feedback: str | None = None


class GenerationError(RuntimeError):
    """No usable candidate; ``timeout`` tells a deadline apart from an upstream failure."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


class Generator(Protocol):
    name: str

    async def generate(self, request: GenerationRequest, n: int = 1) -> list[Candidate]:
        """Up to n candidates; raises GenerationError when none could be produced."""
        ...


class StreamingGenerator(Generator, Protocol):
    def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Text deltas of one candidate's reflection as the model writes it."""
        ...

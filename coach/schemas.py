"""Pydantic models for every boundary: the HTTP API, the CLI's JSONL and the pipeline's results."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from coach.domain import ElementId, FlagId

MAX_TEXT = 4_000
MAX_CONTEXT = 8_000
MAX_HISTORY = 50

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
ContextText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_CONTEXT)]
JudgeName = Literal["rules", "llm", "ensemble"]
Unit = Annotated[float, Field(ge=0.0, le=1.0)]


class StrictInput(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---- Evaluation -------------------------------------------------------------------------------


class CriterionResult(BaseModel):
    score: Unit
    passed: bool
    rationale: str
    evidence: list[str] = Field(default_factory=list)


class FlagResult(BaseModel):
    flagged: bool
    confidence: Unit
    evidence: list[str] = Field(default_factory=list)


class Evaluation(BaseModel):
    criteria: dict[ElementId, CriterionResult]
    flags: dict[FlagId, FlagResult]
    overall: Unit
    passed: bool
    feedback: str
    scorer: str
    unscored: bool = Field(
        False, description="true when the judge gave no usable verdict; the figures are then void"
    )


class ScoreRequest(StrictInput):
    message: Text
    reply: Text
    judge: JudgeName = "rules"


# ---- Reflect ----------------------------------------------------------------------------------


class Turn(StrictInput):
    speaker: Literal["partner", "listener"]
    text: Text


class ReflectRequest(StrictInput):
    message: Text
    context: ContextText | None = None
    history: Annotated[list[Turn], Field(max_length=MAX_HISTORY)] = Field(default_factory=list)


class Guidance(BaseModel):
    id: str
    title: str
    source: str
    text: str
    score: Unit


class Resource(BaseModel):
    name: str
    contact: str


class Safety(BaseModel):
    level: Literal["ok", "concern", "crisis"]
    categories: list[str] = Field(default_factory=list)
    message: str | None = None
    resources: list[Resource] = Field(default_factory=list)


class ReflectResponse(BaseModel):
    reflection: str
    emotions: list[str]
    guidance: list[Guidance]
    evaluation: Evaluation | None
    safety: Safety
    generator: str
    attempts: int


# ---- Errors -----------------------------------------------------------------------------------


class ErrorBody(BaseModel):
    code: str
    message: str
    details: object | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody

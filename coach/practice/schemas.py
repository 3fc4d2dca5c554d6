"""Request and response models of the practice endpoints (SPEC section 4, Practice)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from coach.domain import ElementId, FlagId
from coach.practice.scenarios import Difficulty
from coach.schemas import Evaluation, Safety, StrictInput, Text, Unit

ScenarioId = Annotated[str, Field(min_length=1, max_length=80)]


class ScenarioSummary(BaseModel):
    id: str
    title: str
    theme: str
    difficulty: Difficulty
    opening: str


class ScenarioOut(ScenarioSummary):
    partner: str = Field(description="the partner's name in the role-play")
    background: str


class SessionCreate(StrictInput):
    scenario_id: ScenarioId | None = Field(
        None, description="null picks the scenario practised least, first in file order"
    )


class ReplyCreate(StrictInput):
    reply: Text
    retry: bool = Field(
        False,
        description="answer the previous partner line again instead of the current one "
        "('try again'); the new turn replaces nothing, it is added to the transcript",
    )


class TurnOut(BaseModel):
    turn: int = Field(description="1-based position in the transcript")
    message: str = Field(description="the partner line this reply answered")
    reply: str
    evaluation: Evaluation
    suggestion: str = Field(description="the model reflect-back for the same partner line")
    partner_message: str = Field(description="the partner's next line, after this reply")
    safety: Safety | None = Field(None, description="set when the reply or partner text screened as crisis")
    retry: bool = Field(False, description="this turn answered an earlier partner line again")
    paused: bool = Field(
        False,
        description="the reply screened as a crisis: the partner did not answer it, the session waits on "
        "the same line, and progress leaves the turn out",
    )
    created_at: str


class SessionOut(BaseModel):
    id: str
    scenario: ScenarioOut
    turns: list[TurnOut]
    partner_message: str = Field(description="the partner line waiting for your reply")
    safety: Safety | None = Field(None, description="the most serious crisis verdict in this session")
    created_at: str
    updated_at: str


class ReplyOut(BaseModel):
    evaluation: Evaluation
    suggestion: str
    partner_message: str
    turn: int
    safety: Safety | None = Field(None, description="present when the reply or partner text is a crisis")


class ElementStats(BaseModel):
    average: Unit = Field(description="mean element score")
    pass_rate: Unit


class Stats(BaseModel):
    turns: int
    overall: Unit = Field(description="mean overall score")
    pass_rate: Unit = Field(description="share of replies that passed outright")
    elements: dict[ElementId, ElementStats]
    flags: dict[FlagId, Unit] = Field(description="share of replies that raised each flag")


class SessionProgress(Stats):
    session_id: str
    scenario_id: str
    scenario_title: str
    started_at: str
    updated_at: str


class ProgressOut(BaseModel):
    sessions: list[SessionProgress] = Field(description="sessions with at least one reply, oldest first")
    totals: Stats
    session_count: int

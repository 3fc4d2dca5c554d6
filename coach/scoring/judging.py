"""Scoring a pair with the judge the caller asked for, with errors the API and CLI can report."""

from __future__ import annotations

from coach.api.errors import ApiError
from coach.schemas import Evaluation, JudgeName
from coach.services import Services


async def evaluate_with(services: Services, judge: JudgeName, message: str, reply: str) -> Evaluation:
    if judge != "rules" and not (services.settings.judge_model or services.settings.model):
        raise ApiError(
            422,
            "judge_unavailable",
            f"judge '{judge}' needs a model: set COACH_JUDGE_MODEL (or COACH_MODEL) to a litellm model string",
        )
    return await services.scorer(judge).evaluate(message, reply)

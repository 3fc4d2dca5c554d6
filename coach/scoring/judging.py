"""Scoring a pair with the judge the caller asked for, with errors the API and CLI can report."""

from __future__ import annotations

import logging

from coach.api.errors import ApiError
from coach.schemas import Evaluation, JudgeName
from coach.services import Services

log = logging.getLogger(__name__)


async def evaluate_with(services: Services, judge: JudgeName, message: str, reply: str) -> Evaluation:
    if judge != "rules" and not (services.settings.judge_model or services.settings.model):
        raise ApiError(
            422,
            "judge_unavailable",
            f"judge '{judge}' needs a model: set COACH_JUDGE_MODEL (or COACH_MODEL) to a litellm model string",
        )
    if judge == "rules":
        return await services.scorer(judge).evaluate(message, reply)
    # Imported here: the judge module pulls in the LLM client, which rules-only callers never need.
    from coach.scoring.llm_judge import JudgeError

    try:
        return await services.scorer(judge).evaluate(message, reply)
    except JudgeError as exc:
        # Only judge="llm" gets here: the ensemble falls back to the rules verdict on its own.
        # Provider error text stays in the log: it can name accounts, quotas or internal hosts.
        log.warning("judge '%s' failed: %s", judge, exc)
        if exc.timeout:
            raise ApiError(
                504,
                "upstream_timeout",
                f"The judge model did not answer within {services.settings.request_timeout_s:g}s "
                "(COACH_REQUEST_TIMEOUT_S); try again, or use judge='rules'.",
            ) from exc
        raise ApiError(
            502,
            "upstream_error",
            "The judge model could not be reached or failed, and no fallback model answered; "
            "try again, or use judge='rules'.",
        ) from exc

from __future__ import annotations

from fastapi import APIRouter

from coach.api.deps import ServicesDep
from coach.schemas import ErrorResponse, Evaluation, ScoreRequest
from coach.scoring.judging import evaluate_with

router = APIRouter(prefix="/v1", tags=["score"])


@router.post(
    "/score",
    response_model=Evaluation,
    summary="Score a reply against the five Rosenthal elements and flag the horsemen",
    responses={422: {"model": ErrorResponse}, 502: {"model": ErrorResponse}, 504: {"model": ErrorResponse}},
)
async def score(body: ScoreRequest, services: ServicesDep) -> Evaluation:
    return await evaluate_with(services, body.judge, body.message, body.reply)

from __future__ import annotations

from fastapi import APIRouter, Response

from coach import pipeline
from coach.api.deps import ServicesDep
from coach.schemas import ErrorResponse, ReflectRequest, ReflectResponse

router = APIRouter(prefix="/v1", tags=["reflect"])

FALLBACK_HEADER = "X-Coach-Fallback"


@router.post(
    "/reflect",
    response_model=ReflectResponse,
    summary="Suggest a validating reflect-back for what a partner said",
    responses={
        200: {
            "headers": {
                FALLBACK_HEADER: {
                    "description": "Present when a model is configured but the composer answered: "
                    "model_unavailable, model_timeout or no_candidate_passed.",
                    "schema": {"type": "string"},
                }
            }
        },
        422: {"model": ErrorResponse},
    },
)
async def reflect(body: ReflectRequest, services: ServicesDep, response: Response) -> ReflectResponse:
    outcome = await pipeline.reflect_outcome(services, body)
    if outcome.fallback:
        response.headers[FALLBACK_HEADER] = outcome.fallback
    return outcome.response

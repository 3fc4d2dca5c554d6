from __future__ import annotations

from fastapi import APIRouter

from coach import pipeline
from coach.api.deps import ServicesDep
from coach.schemas import ErrorResponse, ReflectRequest, ReflectResponse

router = APIRouter(prefix="/v1", tags=["reflect"])


@router.post(
    "/reflect",
    response_model=ReflectResponse,
    summary="Suggest a validating reflect-back for what a partner said",
    responses={422: {"model": ErrorResponse}},
)
async def reflect(body: ReflectRequest, services: ServicesDep) -> ReflectResponse:
    return await pipeline.reflect(services, body)

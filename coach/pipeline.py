"""message -> safety screen -> guidance -> guarded generation -> response."""

from __future__ import annotations

from coach.generation.base import GenerationRequest
from coach.generation.guard import run_guard
from coach.language import feelings
from coach.schemas import ReflectRequest, ReflectResponse, Safety
from coach.services import Services

GUIDANCE_K = 3
_LEVELS = {"ok": 0, "concern": 1, "crisis": 2}


def screen(services: Services, request: ReflectRequest) -> Safety:
    """The most serious verdict over the message and the context the person gave."""
    verdicts = [services.safety.screen(request.message)]
    if request.context:
        verdicts.append(services.safety.screen(request.context))
    return max(verdicts, key=lambda s: _LEVELS[s.level])


def crisis_response(request: ReflectRequest, safety: Safety) -> ReflectResponse:
    return ReflectResponse(
        reflection=safety.message or "",
        emotions=feelings.detect(request.message),
        guidance=[],
        evaluation=None,
        safety=safety,
        generator="safety",
        attempts=0,
    )


async def reflect(services: Services, request: ReflectRequest) -> ReflectResponse:
    safety = screen(services, request)
    if safety.level == "crisis":
        return crisis_response(request, safety)
    guidance = services.index.search(request.message, k=GUIDANCE_K)
    result = await run_guard(
        GenerationRequest(
            message=request.message,
            context=request.context,
            history=request.history,
            guidance=guidance,
        ),
        generator=services.generator,
        composer=services.composer,
        scorer=services.rules,
        candidates=services.settings.candidates,
        revisions=services.settings.revisions,
    )
    return ReflectResponse(
        reflection=result.candidate.reflection,
        emotions=result.candidate.emotions,
        guidance=guidance,
        evaluation=result.evaluation,
        safety=safety,
        generator=result.generator,
        attempts=result.attempts,
    )

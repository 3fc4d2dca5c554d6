"""message -> safety screen -> guidance -> guarded generation -> response."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from coach.embeddings import get_embedder
from coach.generation.base import GenerationError, GenerationRequest
from coach.generation.guard import GuardResult, run_guard
from coach.language import feelings
from coach.schemas import Guidance, ReflectRequest, ReflectResponse, Safety
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


def upstream_reason(error: GenerationError | None) -> str:
    """The X-Coach-Fallback value when no model could answer."""
    return "model_timeout" if error is not None and error.timeout else "model_unavailable"


def fallback_header(result: GuardResult) -> str | None:
    """Why the composer answered although a model is configured (the X-Coach-Fallback header)."""
    if result.fallback_reason is None:
        return None
    if result.upstream_error is not None:
        return upstream_reason(result.upstream_error)
    return "no_candidate_passed"


def response_from(
    request: GenerationRequest, safety: Safety, result: GuardResult, *, attempts_before: int = 0
) -> ReflectResponse:
    return ReflectResponse(
        reflection=result.candidate.reflection,
        emotions=result.candidate.emotions,
        guidance=request.guidance,
        evaluation=result.evaluation,
        safety=safety,
        generator=result.generator,
        attempts=attempts_before + result.attempts,
    )


def generation_request(request: ReflectRequest, guidance: list[Guidance]) -> GenerationRequest:
    return GenerationRequest(
        message=request.message, context=request.context, history=request.history, guidance=guidance
    )


async def screen_and_guidance(services: Services, request: ReflectRequest) -> tuple[Safety, list[Guidance]]:
    """The safety verdict and the guidance, worked out side by side off the event loop.

    The screen's rules run while the message is being embedded; its classifier and the search
    then share that one embedding. The guidance of a message screened as a crisis is not used.
    """
    _, safety, guidance = await asyncio.gather(
        asyncio.to_thread(get_embedder().embed, [request.message]),
        asyncio.to_thread(screen, services, request),
        asyncio.to_thread(services.index.search, request.message, k=GUIDANCE_K),
    )
    return safety, guidance


@dataclass(frozen=True)
class ReflectOutcome:
    response: ReflectResponse
    # Set when a model is configured but the composer answered, and why.
    fallback: str | None = None


async def reflect_outcome(services: Services, request: ReflectRequest) -> ReflectOutcome:
    safety, guidance = await screen_and_guidance(services, request)
    if safety.level == "crisis":
        return ReflectOutcome(crisis_response(request, safety))
    generation = generation_request(request, guidance)
    result = await run_guard(
        generation,
        generator=services.generator,
        composer=services.composer,
        scorer=services.rules,
        candidates=services.settings.candidates,
        revisions=services.settings.revisions,
    )
    return ReflectOutcome(response_from(generation, safety, result), fallback_header(result))


async def reflect(services: Services, request: ReflectRequest) -> ReflectResponse:
    return (await reflect_outcome(services, request)).response

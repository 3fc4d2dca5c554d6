"""POST /v1/reflect/stream: the /v1/reflect result as Server-Sent Events.

Events, in order:
- ``delta`` ``{"text": ...}``: pieces of the reflection as they are written;
- ``fallback`` ``{"reason": ...}``: only when a model is configured but the composer answered
  (the streaming twin of the X-Coach-Fallback header);
- ``replace`` ``{"text": ...}``: only when the guard rejected text already streamed: the text to
  show instead (a flagged suggestion must not stay on the person's screen); when the model
  failed before writing anything, the final text arrives as ordinary deltas instead;
- ``result``: the whole ReflectResponse, the same object /v1/reflect returns;
- ``error``: the SPEC error shape, when something fails after the stream has begun.

The streamed candidate goes through the same guard as /v1/reflect: it is scored, and when it
fails, the model revises with the scorer's feedback and then the composer answers. When the
client goes away the upstream model stream is closed, so nobody pays for tokens no one reads.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from coach import pipeline
from coach.api.deps import ServicesDep
from coach.api.errors import ApiError
from coach.generation.base import Candidate, GenerationError, GenerationRequest
from coach.generation.guard import GuardResult, run_guard
from coach.schemas import ErrorResponse, Evaluation, ReflectRequest, ReflectResponse
from coach.services import Services

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["reflect"])

_WORDS_PER_CHUNK = 4
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def chunks(text: str, size: int = _WORDS_PER_CHUNK) -> list[str]:
    """Text already in hand, in a few word groups, so every client sees the same event flow."""
    words = re.findall(r"\S+\s*", text)
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)] or ([text] if text else [])


def _acceptable(evaluation: Evaluation) -> bool:
    return evaluation.passed and not any(f.flagged for f in evaluation.flags.values())


def _error_event(code: str, message: str) -> str:
    return sse("error", {"error": {"code": code, "message": message, "details": None}})


class _Streamed:
    """What the model streamed: the text shown so far, and the candidate or the failure."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.candidate: Candidate | None = None
        self.error: GenerationError | None = None

    @property
    def text(self) -> str:
        return "".join(self.parts)


async def _guard_streamed(
    services: Services, generation: GenerationRequest, streamed: _Streamed
) -> tuple[GuardResult, str | None]:
    """The guard's verdict on the streamed candidate, revising or composing when it fails."""
    settings = services.settings
    generator = services.generator
    candidate = streamed.candidate
    if candidate is None:
        # The chain already tried every model with retries; the composer answers, as in /v1/reflect.
        error = streamed.error
        result = await run_guard(
            generation,
            generator=None,
            composer=services.composer,
            scorer=services.rules,
            candidates=settings.candidates,
            revisions=0,
        )
        return (
            GuardResult(result.candidate, result.evaluation, result.generator, 1 + result.attempts),
            pipeline.upstream_reason(error),
        )
    evaluation = await services.rules.evaluate(generation.message, candidate.reflection)
    if _acceptable(evaluation):
        name = candidate.source or (generator.name if generator else "llm")
        return GuardResult(candidate, evaluation, name, 1), None
    revision = generation.model_copy(
        update={"previous": candidate.reflection, "feedback": evaluation.feedback}
    )
    result = await run_guard(
        revision,
        generator=generator if settings.revisions > 0 else None,
        composer=services.composer,
        scorer=services.rules,
        candidates=settings.candidates,
        revisions=max(0, settings.revisions - 1),
    )
    reason = pipeline.fallback_header(result)
    if reason is None and result.generator == services.composer.name:
        reason = "no_candidate_passed"
    return (
        GuardResult(
            result.candidate,
            result.evaluation,
            result.generator,
            1 + result.attempts,
            result.fallback_reason,
            result.upstream_error,
        ),
        reason,
    )


async def _finish(response: ReflectResponse, shown: str, fallback: str | None) -> AsyncIterator[str]:
    if fallback:
        yield sse("fallback", {"reason": fallback})
    if not shown.strip():
        # Nothing reached the screen (the model failed before writing): stream the answer as usual.
        for piece in chunks(response.reflection):
            yield sse("delta", {"text": piece})
    elif response.reflection.strip() != shown.strip():
        yield sse("replace", {"text": response.reflection})
    yield sse("result", response.model_dump(mode="json"))


async def _whole(response: ReflectResponse, fallback: str | None = None) -> AsyncIterator[str]:
    """An answer that is ready at once, sent as a few deltas and then the result."""
    for piece in chunks(response.reflection):
        yield sse("delta", {"text": piece})
    if fallback:
        yield sse("fallback", {"reason": fallback})
    yield sse("result", response.model_dump(mode="json"))


async def events(services: Services, body: ReflectRequest, request: Request) -> AsyncIterator[str]:
    try:
        stream_events = getattr(services.generator, "stream_events", None)
        if stream_events is None:
            outcome = await pipeline.reflect_outcome(services, body)
            async for event in _whole(outcome.response, outcome.fallback):
                yield event
            return
        safety, guidance = await pipeline.screen_and_guidance(services, body)
        if safety.level == "crisis":
            async for event in _whole(pipeline.crisis_response(body, safety)):
                yield event
            return
        generation = pipeline.generation_request(body, guidance)
        streamed = _Streamed()
        async with aclosing(stream_events(generation)) as upstream:
            try:
                async for item in upstream:
                    if isinstance(item, Candidate):
                        streamed.candidate = item
                        continue
                    streamed.parts.append(item)
                    yield sse("delta", {"text": item})
                    if await request.is_disconnected():
                        # Leaving the block closes the model's stream (aclosing -> aclose).
                        log.info("client went away mid-stream; closing the model stream")
                        return
            except GenerationError as exc:
                log.warning("streamed generation failed: %s", exc)
                streamed.error = exc
        result, fallback = await _guard_streamed(services, generation, streamed)
        response = pipeline.response_from(generation, safety, result)
        async for event in _finish(response, streamed.text, fallback):
            yield event
    except ApiError as exc:
        yield _error_event(exc.code, exc.message)
    except Exception:
        log.exception("reflect stream failed")
        yield _error_event("internal_error", "Something went wrong on our side; please try again.")


@router.post(
    "/reflect/stream",
    summary="Stream a reflect-back as Server-Sent Events (delta..., then result)",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {}},
            "description": "event: delta {text} ..., optional fallback {reason} and replace {text}, "
            "then result (the /v1/reflect object); event: error carries the error shape.",
        },
        422: {"model": ErrorResponse},
    },
)
async def reflect_stream(body: ReflectRequest, services: ServicesDep, request: Request) -> StreamingResponse:
    return StreamingResponse(
        events(services, body, request), media_type="text/event-stream", headers=_SSE_HEADERS
    )

"""The reflect pipeline's concurrent screen-and-search step against the same steps run one by one."""

from __future__ import annotations

import asyncio

import pytest

from coach import pipeline
from coach.generation.base import Candidate, GenerationRequest
from coach.schemas import ReflectRequest
from coach.services import Services

REQUESTS = [
    ReflectRequest(message="You never ask how my day went. I feel invisible at dinner."),
    ReflectRequest(
        message="I got the job offer but I'm scared to tell my mum I'm moving away.",
        context="Her mother has been ill this year.",
    ),
    ReflectRequest(message="I don't want to be alive anymore. I have the pills ready."),
]


@pytest.mark.parametrize("request_", REQUESTS, ids=["plain", "with-context", "crisis"])
def test_screen_and_guidance_match_the_sequential_steps(services: Services, request_: ReflectRequest) -> None:
    safety, guidance = asyncio.run(pipeline.screen_and_guidance(services, request_))
    assert safety == pipeline.screen(services, request_)
    assert guidance == services.index.search(request_.message, k=pipeline.GUIDANCE_K)
    assert guidance  # the index is built: every message gets some guidance


class _MustNotRun:
    name = "llm:unused"

    async def generate(self, request: GenerationRequest, n: int = 1) -> list[Candidate]:
        raise AssertionError("a crisis message must never reach the generator")


def test_a_crisis_message_is_answered_by_the_safety_step_alone(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The instance's dict is where functools.cached_property keeps the generator.
    monkeypatch.setitem(services.__dict__, "generator", _MustNotRun())
    response = asyncio.run(pipeline.reflect(services, REQUESTS[2]))
    assert response.safety.level == "crisis"
    assert response.generator == "safety"
    assert response.guidance == []

"""POST /v1/reflect/stream: SSE deltas, the guarded result, and closing the model stream."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import llm_fixtures
import pytest
from llm_fixtures import (
    CONTEMPT,
    FALLBACK,
    GOOD,
    MESSAGE,
    PRIMARY,
    ClosingStream,
    FakeLLM,
    app_client,
    candidate,
    derive,
    llm_settings,
    ok,
    sse_chunks,
    status,
)

from coach.api.app import create_app
from coach.generation.base import GenerationRequest
from coach.generation.llm import LLMGenerator
from coach.services import Services

# litellm builds a pydantic schema from a TypedDict with ReadOnly items on its streaming path;
# pydantic warns about it, harmlessly, and this suite turns warnings into errors.
pytestmark = pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning")

fake_llm = llm_fixtures.fake_llm
sleeps = llm_fixtures.sleeps

Event = tuple[str, Any]


def parse_sse(text: str) -> list[Event]:
    events: list[Event] = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def names(events: list[Event]) -> list[str]:
    return [name for name, _ in events]


def deltas(events: list[Event]) -> str:
    return "".join(data["text"] for name, data in events if name == "delta")


def result_of(events: list[Event]) -> dict[str, Any]:
    assert names(events)[-1] == "result", names(events)
    return dict(events[-1][1])


async def stream(services: Services, body: dict[str, Any] | None = None) -> tuple[int, str, list[Event]]:
    async with app_client(services) as client:
        response = await client.post("/v1/reflect/stream", json=body or {"message": MESSAGE})
    events = parse_sse(response.text) if response.status_code == 200 else []
    return response.status_code, response.headers.get("content-type", ""), events


def upstream(content: str, size: int = 7, delay_s: float = 0.0) -> Any:
    return lambda: ClosingStream(sse_chunks(content, size), delay_s)


# ---- without a model --------------------------------------------------------------------------


async def test_composer_streams_its_text_then_the_result(services: Services) -> None:
    code, content_type, events = await stream(derive(services, model=None))
    assert code == 200 and content_type.startswith("text/event-stream")
    assert names(events).count("delta") >= 2
    result = result_of(events)
    assert result["generator"] == "composer"
    assert deltas(events) == result["reflection"]
    assert "replace" not in names(events)
    async with app_client(derive(services, model=None)) as client:
        plain = (await client.post("/v1/reflect", json={"message": MESSAGE})).json()
    assert plain.keys() == result.keys()
    assert plain["reflection"] == result["reflection"]


async def test_invalid_body_is_a_422_in_the_error_shape(services: Services) -> None:
    async with app_client(derive(services, model=None)) as client:
        response = await client.post("/v1/reflect/stream", json={"message": "   "})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


# ---- with a model -----------------------------------------------------------------------------


async def test_model_stream_deltas_then_result(services: Services, fake_llm: FakeLLM) -> None:
    fake_llm.stream_script(PRIMARY, upstream(candidate(GOOD, ["tired"])))
    code, _, events = await stream(derive(services))
    assert code == 200
    assert names(events).count("delta") > 3
    assert deltas(events) == GOOD  # only the reflection's characters, never JSON punctuation
    result = result_of(events)
    assert result["reflection"] == GOOD
    assert result["emotions"] == ["tired"]
    assert result["generator"] == f"llm:{PRIMARY}"
    assert result["attempts"] == 1
    assert result["evaluation"]["passed"] is True
    assert "replace" not in names(events)
    assert len(fake_llm.calls_to(PRIMARY, stream=True)) == 1
    assert fake_llm.streams[0].closed


async def test_a_crisis_never_reaches_the_streaming_model(services: Services, fake_llm: FakeLLM) -> None:
    code, _, events = await stream(
        derive(services), {"message": "he hit me again last night and I'm scared to go home"}
    )
    assert code == 200
    result = result_of(events)
    assert result["safety"]["level"] == "crisis"
    assert result["safety"]["resources"]
    assert deltas(events) == result["reflection"]
    assert fake_llm.calls == []


async def test_rejected_stream_is_replaced_by_the_revision(services: Services, fake_llm: FakeLLM) -> None:
    fake_llm.stream_script(PRIMARY, upstream(candidate(CONTEMPT)))
    fake_llm.script(PRIMARY, ok(candidate(GOOD)))
    code, _, events = await stream(derive(services, revisions=1))
    assert code == 200
    assert deltas(events) == CONTEMPT  # it was shown while being written...
    assert names(events)[-2:] == ["replace", "result"]  # ...and taken back before the result
    replaced = events[-2][1]["text"]
    result = result_of(events)
    assert replaced == result["reflection"] == GOOD
    assert result["generator"] == f"llm:{PRIMARY}"
    assert result["attempts"] == 2
    revision = fake_llm.calls_to(PRIMARY, stream=False)[0]
    assert CONTEMPT in revision["messages"][-1]["content"]


async def test_rejected_stream_and_revision_fall_back_to_the_composer(
    services: Services, fake_llm: FakeLLM
) -> None:
    fake_llm.stream_script(PRIMARY, upstream(candidate(CONTEMPT)))
    fake_llm.script(PRIMARY, ok(candidate(CONTEMPT)))
    _, _, events = await stream(derive(services, revisions=1))
    result = result_of(events)
    assert result["generator"] == "composer"
    assert result["attempts"] == 3
    assert ("fallback", {"reason": "no_candidate_passed"}) in events
    assert names(events)[-2] == "replace"
    assert result["reflection"] != CONTEMPT
    assert not any(f["flagged"] for f in result["evaluation"]["flags"].values())


async def test_all_models_down_the_composer_streams_instead(services: Services, fake_llm: FakeLLM) -> None:
    fake_llm.script(PRIMARY, status(503))
    fake_llm.script(FALLBACK, status(500))
    code, _, events = await stream(derive(services, fallback_models=[FALLBACK], llm_retries=1))
    assert code == 200
    result = result_of(events)
    assert result["generator"] == "composer"
    assert result["attempts"] == 2
    assert ("fallback", {"reason": "model_unavailable"}) in events
    assert "replace" not in names(events)  # nothing was shown, so the answer streams as deltas
    assert deltas(events) == result["reflection"]
    assert len(fake_llm.calls) == 4


async def test_unusable_streamed_output_is_not_shown_as_a_result(
    services: Services, fake_llm: FakeLLM
) -> None:
    fake_llm.stream_script(PRIMARY, upstream('{"reflection": "You always overreact, honestly'))  # cut off
    _, _, events = await stream(derive(services))
    result = result_of(events)
    assert result["generator"] == "composer"
    assert names(events)[-2] == "replace"
    assert result["reflection"] != deltas(events)


# ---- going away -------------------------------------------------------------------------------


async def test_consumer_stopping_early_closes_the_upstream(fake_llm: FakeLLM) -> None:
    fake_llm.stream_script(PRIMARY, upstream(candidate(GOOD), size=3, delay_s=0.01))
    generator = LLMGenerator(llm_settings())
    pieces = generator.stream(GenerationRequest(message=MESSAGE))
    received = [await pieces.__anext__(), await pieces.__anext__()]
    await pieces.aclose()
    assert all(received)
    stream = fake_llm.streams[0]
    assert stream.closed
    assert stream.sent < len(stream.events)


@pytest.mark.parametrize("spec_version", ["2.3", "2.4"])
async def test_client_disconnect_closes_the_upstream(
    services: Services, fake_llm: FakeLLM, spec_version: str
) -> None:
    """Under ASGI < 2.4 Starlette cancels the stream; under 2.4 the route polls for the disconnect."""
    fake_llm.stream_script(PRIMARY, upstream(candidate(GOOD), size=3, delay_s=0.02))
    app = create_app(derive(services).settings, services=derive(services))
    body = json.dumps({"message": MESSAGE}).encode()
    gone = asyncio.Event()
    requested = False
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": body, "more_body": False}
        await gone.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)
        if b"event: delta" in message.get("body", b""):
            gone.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": spec_version},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/reflect/stream",
        "raw_path": b"/v1/reflect/stream",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"host", b"coach.test")],
        "client": ("127.0.0.1", 50000),
        "server": ("coach.test", 80),
    }
    await asyncio.wait_for(app(scope, receive, send), timeout=10)
    stream = fake_llm.streams[0]
    assert stream.closed
    assert stream.sent < len(stream.events)
    bodies = b"".join(m.get("body", b"") for m in sent)
    assert b"event: result" not in bodies
    assert len(fake_llm.calls) == 1  # no revision or retry was started for a client that left

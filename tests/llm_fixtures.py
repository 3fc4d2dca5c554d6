"""A scripted OpenAI-compatible model behind respx, shared by the LLM test files.

Every request litellm sends goes to ``FakeLLM``, which answers from a per-model script and
records what it was asked, so tests assert on what the coach did (calls made, retries waited,
fields returned) rather than on text the mock itself wrote.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from coach.generation import llm
from coach.generation.llm import Backoff
from coach.services import Services
from coach.settings import Settings

BASE = "http://llm.test/v1"
PRIMARY = "openai/test-model"
FALLBACK = "openai/fallback-model"
JUDGE = "openai/judge-model"

MESSAGE = "You never help with the dishes. I come home exhausted and the kitchen is a mess every night."
GOOD = (
    "It sounds like you're worn out, and the mess at night leaves you feeling alone with all of it. "
    "That makes sense to me. What's the hardest part of walking in to it?"
)
CONTEMPT = "Wow, must be so hard being the only adult here."

Step = Callable[[httpx.Request], "httpx.Response | Awaitable[httpx.Response]"]


def _wire_model(model: str) -> str:
    return model.split("/", 1)[1] if "/" in model else model


def completion(content: str | None, model: str = "test-model") -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1,
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def candidate(reflection: str, emotions: list[str] | None = None) -> str:
    return json.dumps({"reflection": reflection, "emotions": emotions or ["tired", "alone"]})


def ok(content: str | None) -> Step:
    def step(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=completion(content, body.get("model", "test-model")))

    return step


def status(code: int, headers: dict[str, str] | None = None) -> Step:
    def step(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            code, json={"error": {"message": f"status {code}", "type": "test"}}, headers=headers
        )

    return step


def raises(make: Callable[[httpx.Request], BaseException]) -> Step:
    def step(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return step


def read_timeout() -> Step:
    return raises(lambda request: httpx.ReadTimeout("the model is slow", request=request))


def stalls(seconds: float, then: Step | None = None) -> Step:
    async def step(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(seconds)
        produced = (then or ok(candidate(GOOD)))(request)
        return await produced if inspect.isawaitable(produced) else produced

    return step


class ClosingStream(httpx.AsyncByteStream):
    """An SSE body that records how far it was read and whether it was closed."""

    def __init__(self, events: list[bytes], delay_s: float = 0.0) -> None:
        self.events = events
        self.delay_s = delay_s
        self.sent = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for event in self.events:
            if self.closed:
                return
            self.sent += 1
            yield event
            if self.delay_s:
                await asyncio.sleep(self.delay_s)

    async def aclose(self) -> None:
        self.closed = True


def sse_chunks(content: str, size: int = 7, model: str = "test-model") -> list[bytes]:
    """A chat completion streamed as OpenAI sends it: content deltas, then an empty delta that
    carries the finish reason (newer litellm treats a stream without one as broken off)."""

    def event(delta: dict[str, str], finish_reason: str | None) -> bytes:
        chunk = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        }
        return f"data: {json.dumps(chunk)}\n\n".encode()

    events = [
        event({"content": content[start : start + size]}, None) for start in range(0, len(content), size)
    ]
    events.append(event({}, "stop"))
    events.append(b"data: [DONE]\n\n")
    return events


class FakeLLM:
    """Answers chat completions from a script per model; the last step of a script repeats."""

    def __init__(self) -> None:
        self.scripts: dict[str, list[Step]] = {}
        self.stream_scripts: dict[str, list[Callable[[], ClosingStream]]] = {}
        self.calls: list[dict[str, Any]] = []
        self.streams: list[ClosingStream] = []

    def script(self, model: str, *steps: Step) -> None:
        self.scripts[_wire_model(model)] = list(steps)

    def stream_script(self, model: str, *streams: Callable[[], ClosingStream]) -> None:
        self.stream_scripts[_wire_model(model)] = list(streams)

    def calls_to(self, model: str, *, stream: bool | None = None) -> list[dict[str, Any]]:
        wire = _wire_model(model)
        return [
            c
            for c in self.calls
            if c["model"] == wire and (stream is None or bool(c.get("stream")) == stream)
        ]

    @staticmethod
    def _next(steps: list[Any]) -> Any:
        return steps.pop(0) if len(steps) > 1 else steps[0]

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.calls.append(body)
        model = body["model"]
        if body.get("stream") and model in self.stream_scripts:
            stream = self._next(self.stream_scripts[model])()
            self.streams.append(stream)
            return httpx.Response(200, stream=stream, headers={"content-type": "text/event-stream"})
        steps = self.scripts.get(model)
        if not steps:
            return httpx.Response(404, json={"error": {"message": f"no model {model}", "type": "test"}})
        produced = self._next(steps)(request)
        return await produced if inspect.isawaitable(produced) else produced


class RecordingSleep:
    """Stands in for asyncio.sleep in the backoff: records each wait, waits (almost) nothing."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


@pytest.fixture()
def sleeps(monkeypatch: pytest.MonkeyPatch) -> RecordingSleep:
    recorder = RecordingSleep()
    monkeypatch.setattr(
        llm, "DEFAULT_BACKOFF", Backoff(initial_s=0.01, max_s=0.02, retry_after_cap_s=30.0, sleep=recorder)
    )
    return recorder


@pytest.fixture()
def fake_llm(monkeypatch: pytest.MonkeyPatch, sleeps: RecordingSleep) -> Iterator[FakeLLM]:
    """litellm pointed at llm.test through OPENAI_API_BASE, every request answered by FakeLLM."""
    litellm = llm.litellm_module()
    monkeypatch.setattr(litellm, "disable_aiohttp_transport", True)
    monkeypatch.setenv("OPENAI_API_BASE", BASE)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    fake = FakeLLM()
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        mock.post(f"{BASE}/chat/completions").mock(side_effect=fake)
        yield fake


LLM_DEFAULTS: dict[str, Any] = {
    "model": PRIMARY,
    "candidates": 1,
    "revisions": 1,
    "llm_retries": 2,
    "request_timeout_s": 10.0,
}


def llm_settings(**overrides: Any) -> Settings:
    """Settings for tests of the LLM parts alone: no index or scorer is ever built from these."""
    data_dir = Path(tempfile.gettempdir()) / "coach-llm-unit-tests"
    return Settings(data_dir=data_dir, rate_limit="0", **{**LLM_DEFAULTS, **overrides})


def derive(base: Services, **overrides: Any) -> Services:
    """Services with other settings that reuse the session's prepared index and fitted scorer."""
    settings = base.settings.model_copy(update={**LLM_DEFAULTS, **overrides})
    derived = Services(settings)
    for name in ("cards", "index", "rules", "composer", "safety"):
        derived.__dict__[name] = getattr(base, name)
    derived._ready.set()
    return derived


def app_client(services: Services) -> httpx.AsyncClient:
    from coach.api.app import create_app

    app = create_app(services.settings, services=services)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://coach.test")


def user_prompt_of(call: dict[str, Any]) -> str:
    """The last user message of a recorded request: the one built from the caller's input."""
    users = [m["content"] for m in call["messages"] if m["role"] == "user"]
    return str(users[-1])

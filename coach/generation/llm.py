"""Reflect-backs from any litellm model, resilient to the ways providers fail.

A model answers with one JSON object, ``{"reflection": str, "emotions": [str]}`` (SPEC section 3);
anything else is a failed attempt, never a crash. Transient faults (timeouts, dropped
connections, 429 and 5xx) are retried with jittered exponential backoff, honouring Retry-After;
any other error moves on to the next model in ``COACH_FALLBACK_MODELS``. One deadline,
``COACH_REQUEST_TIMEOUT_S``, bounds everything a request does, retries and fallbacks included.

litellm is imported on first use: importing it takes seconds, and the composer-only coach never
needs it.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import os
import random
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, TypeVar

import anyio
import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from coach import prompts
from coach.generation import llm_cache
from coach.generation.base import Candidate, GenerationError, GenerationRequest
from coach.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_TOKENS = 400
_HISTORY_TURNS = 8
_GUIDANCE_CHARS = 600
_MAX_EMOTIONS = 8
_CLOSE_TIMEOUT_S = 5.0
# The HTTP client's own timeout: one fixed value so that litellm reuses one client (and its
# connections) per model; each call's real bound is the request deadline, enforced around it.
_CLIENT_TIMEOUT_S = 600.0

# The candidate's JSON schema, for providers that enforce one (stronger than "json_object").
CANDIDATE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reflection": {"type": "string"},
        "emotions": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["reflection", "emotions"],
    "additionalProperties": False,
}


# ---- litellm, lazily -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def litellm_module() -> ModuleType:
    # Without this litellm fetches its model price map from the internet at import time, which
    # stalls start-up for seconds offline; the copy it ships is enough for parameter look-ups.
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    # litellm prints banners to stdout on errors; that would corrupt `coach reflect --json`.
    litellm.suppress_debug_info = True
    return litellm


def supported_params(model: str) -> frozenset[str]:
    """The OpenAI parameters litellm knows the provider takes; empty when it does not know."""
    try:
        params = litellm_module().get_supported_openai_params(model=model)
    except Exception:  # an unknown provider must not stop a request
        return frozenset()
    return frozenset(params or ())


def supports_schema(model: str) -> bool:
    try:
        return bool(litellm_module().supports_response_schema(model=model))
    except Exception:
        return False


# ---- which errors are worth another try ----------------------------------------------------------


def _status(exc: BaseException) -> int | None:
    code = getattr(exc, "status_code", None)
    if isinstance(code, int):
        return code
    response = getattr(exc, "response", None)
    code = getattr(response, "status_code", None)
    return code if isinstance(code, int) else None


def is_transient(exc: BaseException) -> bool:
    """Timeouts, dropped connections, 429 and 5xx: the same request may well succeed later."""
    if isinstance(exc, TimeoutError | httpx.TimeoutException | httpx.TransportError):
        return True
    openai = _openai()
    if openai is not None and isinstance(exc, openai.APIConnectionError):
        # Includes APITimeoutError; litellm gives these a synthetic status of 500 or 408.
        return True
    status = _status(exc)
    return status is not None and (status == 429 or 500 <= status <= 599)


def _openai() -> Any:
    try:
        import openai
    except ImportError:  # pragma: no cover - litellm depends on it
        return None
    return openai


def _headers(exc: BaseException) -> dict[str, str]:
    found: dict[str, str] = {}
    for source in (
        getattr(exc, "litellm_response_headers", None),
        getattr(getattr(exc, "response", None), "headers", None),
        getattr(exc, "headers", None),
    ):
        if source is None:
            continue
        try:
            items = source.items()
        except AttributeError:
            continue
        for key, value in items:
            found.setdefault(str(key).lower(), str(value))
    return found


def retry_after_s(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After, or OpenAI's retry-after-ms)."""
    headers = _headers(exc)
    if "retry-after-ms" in headers:
        try:
            return max(0.0, float(headers["retry-after-ms"]) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def describe(exc: BaseException) -> str:
    status = _status(exc)
    name = type(exc).__name__
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{name}{f' {status}' if status else ''}: {text}" if text else name


# ---- the model chain -------------------------------------------------------------------------------


Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Backoff:
    """Waits between retries: full-jitter exponential, or the server's Retry-After up to a cap."""

    initial_s: float = 0.5
    max_s: float = 8.0
    retry_after_cap_s: float = 20.0
    sleep: Sleep = field(default=asyncio.sleep, compare=False)

    def delay(self, attempt: int, exc: BaseException | None) -> float:
        asked = retry_after_s(exc) if exc is not None else None
        if asked is not None:
            return min(asked, self.retry_after_cap_s)
        ceiling = min(self.max_s, self.initial_s * 2 ** max(0, attempt - 1))
        return random.uniform(0.0, ceiling)


# Tests replace this with tiny waits; production keeps sane ones.
DEFAULT_BACKOFF = Backoff()


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


def _deadline_error(models: Sequence[str]) -> GenerationError:
    return GenerationError(f"no answer from {', '.join(models)} before the request deadline", timeout=True)


class _PastDeadline(Exception):
    """The next retry would start after the deadline: give up on this model now."""


class ModelChain:
    """The primary model, then each fallback, each with its own retries, under one deadline."""

    def __init__(self, models: Sequence[str], *, retries: int, backoff: Backoff | None = None) -> None:
        seen: list[str] = []
        for model in models:
            if model and model not in seen:
                seen.append(model)
        if not seen:
            raise ValueError("a model chain needs at least one model")
        self.models: tuple[str, ...] = tuple(seen)
        self.retries = retries
        self.backoff = backoff or DEFAULT_BACKOFF

    def _params(
        self, model: str, *, temperature: float, seed: int | None, schema: bool, max_tokens: int
    ) -> dict[str, Any]:
        supported = supported_params(model)
        params: dict[str, Any] = {"temperature": temperature, "max_tokens": max_tokens}
        if schema and supports_schema(model):
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reflect_back", "schema": CANDIDATE_SCHEMA, "strict": True},
            }
        elif "response_format" in supported:
            params["response_format"] = {"type": "json_object"}
        if seed is not None and "seed" in supported:
            params["seed"] = seed
        return params

    async def _call(
        self,
        model: str,
        messages: list[dict[str, str]],
        params: dict[str, Any],
        deadline: float,
        stream: bool,
    ) -> Any:
        """One HTTP request, with retries on transient faults only."""

        def stop(state: RetryCallState) -> bool:
            if state.attempt_number > self.retries:
                return True
            if _loop_time() + (state.upcoming_sleep or 0.0) >= deadline:
                raise _PastDeadline
            return False

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            return self.backoff.delay(state.attempt_number, exc)

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            log.warning(
                "%s: transient failure (%s); retry %d of %d in %.2fs",
                model,
                describe(exc) if exc else "?",
                state.attempt_number,
                self.retries,
                state.upcoming_sleep or 0.0,
            )

        litellm = litellm_module()
        retrying = AsyncRetrying(
            stop=stop,
            wait=wait,
            retry=retry_if_exception(is_transient),
            sleep=self.backoff.sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                remaining = deadline - _loop_time()
                if remaining <= 0:
                    raise _deadline_error([model])
                # Not litellm's timeout: it keys its cached SDK clients by timeout, so passing the
                # time left built a new client, and a new connection, on every call.
                async with asyncio.timeout(remaining):
                    return await llm_cache.completion(
                        acompletion=litellm.acompletion,
                        model=model,
                        messages=messages,
                        stream=stream,
                        timeout=_CLIENT_TIMEOUT_S,
                        # Retries are ours (with the deadline and fallbacks in mind), not the SDK's.
                        num_retries=0,
                        max_retries=0,
                        # A parameter one provider lacks (a seed, a temperature on reasoning
                        # models) should be left out, not fail the request.
                        drop_params=True,
                        **params,
                    )
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    async def complete(
        self,
        messages: list[dict[str, str]],
        *,
        accept: Callable[[str, str], T],
        deadline: float,
        temperature: float,
        seed: int | None = None,
        schema: bool = False,
        max_tokens: int = MAX_TOKENS,
    ) -> T:
        """The first answer ``accept(content, model)`` takes; a ValueError from it moves on."""
        params = {"temperature": temperature, "seed": seed, "schema": schema, "max_tokens": max_tokens}
        return await self._first_model(
            messages,
            deadline,
            params,
            stream=False,
            accept=lambda response, model: accept(_content(response), model),
        )

    async def open_stream(
        self,
        messages: list[dict[str, str]],
        *,
        deadline: float,
        temperature: float,
        schema: bool = False,
        max_tokens: int = MAX_TOKENS,
    ) -> tuple[Any, str]:
        """A streaming response from the first model that starts one, with its model string."""
        params = {"temperature": temperature, "seed": None, "schema": schema, "max_tokens": max_tokens}
        return await self._first_model(
            messages, deadline, params, stream=True, accept=lambda response, model: (response, model)
        )

    async def _first_model(
        self,
        messages: list[dict[str, str]],
        deadline: float,
        params: dict[str, Any],
        *,
        stream: bool,
        accept: Callable[[Any, str], T],
    ) -> T:
        """Walk the fallback chain until a model's response is accepted, within the deadline."""
        failures: list[str] = []
        timed_out = False
        for model in self.models:
            if _loop_time() >= deadline:
                timed_out = True
                break
            try:
                response = await self._call(
                    model, messages, self._params(model, **params), deadline, stream=stream
                )
            except _PastDeadline:
                timed_out = True
                failures.append(f"{model}: gave up, the deadline comes before the next retry")
                continue
            except GenerationError as exc:
                timed_out = timed_out or exc.timeout
                failures.append(f"{model}: {exc}")
                continue
            except Exception as exc:
                log.warning("%s failed: %s", model, describe(exc))
                failures.append(f"{model}: {describe(exc)}")
                continue
            try:
                return accept(response, model)
            except ValueError as exc:
                log.warning("%s answered with unusable output: %s", model, str(exc).splitlines()[0][:200])
                failures.append(f"{model}: unusable output")
        if timed_out:
            raise _deadline_error(self.models)
        raise GenerationError("every model failed: " + "; ".join(failures))


def _content(response: Any) -> str:
    """The message content, or "" when there is none (the caller decides what that means)."""
    try:
        content = response.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return ""
    return content if isinstance(content, str) else ""


# ---- parsing the model's JSON -----------------------------------------------------------------------

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def first_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer, tolerating code fences and chatter around it."""
    stripped = text.strip()
    attempts = [stripped, *(m.group(1).strip() for m in _FENCE.finditer(stripped))]
    for attempt in attempts:
        try:
            value = json.loads(attempt)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", stripped):
        try:
            value, _ = decoder.raw_decode(stripped, match.start())
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    raise ValueError("no JSON object in the answer")


def parse_candidate(content: str, model: str) -> Candidate:
    """A validated Candidate from the model's answer; ValueError when it is not one."""
    data = first_json_object(content)
    reflection = data.get("reflection")
    if not isinstance(reflection, str):
        raise ValueError("'reflection' is missing or not a string")
    emotions = data.get("emotions", [])
    if not isinstance(emotions, list) or not all(isinstance(e, str) for e in emotions):
        raise ValueError("'emotions' is not a list of strings")
    cleaned: list[str] = []
    for emotion in emotions:
        word = emotion.strip().lower()
        if word and word not in cleaned:
            cleaned.append(word)
    candidate = Candidate.model_validate(
        {"reflection": reflection.strip(), "emotions": cleaned[:_MAX_EMOTIONS]}
    )
    candidate.source = f"llm:{model}"
    return candidate


class ReflectionStreamParser:
    """Pulls the characters of the top-level "reflection" string out of a JSON stream.

    Fed chunks of an answer as they arrive, it returns only the decoded text of the reflection
    value, so a person sees the reply being written rather than JSON punctuation. Anything
    before the first ``{`` (a code fence, chatter) and after the object closes is ignored.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._done = False
        self._in_string = False
        self._escape = False
        self._unicode: str | None = None
        self._pending_high: int | None = None
        self._expect_key = False
        self._string_is_key = False
        self._key_chars: list[str] = []
        self._key = ""
        self._emitting = False

    def feed(self, chunk: str) -> str:
        out: list[str] = []
        for char in chunk:
            if self._done:
                break
            if self._in_string:
                self._string_char(char, out)
            else:
                self._structural(char)
        return "".join(out)

    def _structural(self, char: str) -> None:
        if char == '"':
            if self._depth == 0:
                return
            self._in_string = True
            self._string_is_key = self._depth == 1 and self._expect_key
            self._emitting = self._depth == 1 and not self._expect_key and self._key == "reflection"
            self._key_chars = []
        elif char in "{[":
            self._depth += 1
            if char == "{" and self._depth == 1:
                self._expect_key = True
        elif char in "}]":
            if self._depth == 0:
                return
            self._depth -= 1
            if self._depth == 0:
                self._done = True
        elif self._depth == 1 and char == ":":
            self._expect_key = False
        elif self._depth == 1 and char == ",":
            self._expect_key = True

    def _emit(self, text: str, out: list[str]) -> None:
        if self._string_is_key:
            self._key_chars.append(text)
        elif self._emitting:
            out.append(text)

    def _string_char(self, char: str, out: list[str]) -> None:
        if self._unicode is not None:
            self._unicode += char
            if len(self._unicode) == 4:
                self._codepoint(self._unicode, out)
                self._unicode = None
            return
        if self._escape:
            self._escape = False
            if char == "u":
                self._unicode = ""
                return
            simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
            self._emit(simple.get(char, char), out)
            return
        if char == "\\":
            self._escape = True
            return
        if char == '"':
            self._in_string = False
            if self._string_is_key:
                self._key = "".join(self._key_chars)
            self._string_is_key = self._emitting = False
            return
        self._emit(char, out)

    def _codepoint(self, digits: str, out: list[str]) -> None:
        try:
            code = int(digits, 16)
        except ValueError:
            return
        if 0xD800 <= code <= 0xDBFF:
            # A high surrogate waits for its low half, which may arrive in a later chunk.
            self._pending_high = code
            return
        if 0xDC00 <= code <= 0xDFFF and self._pending_high is not None:
            code = 0x10000 + ((self._pending_high - 0xD800) << 10) + (code - 0xDC00)
        self._pending_high = None
        self._emit(chr(code), out)


# ---- the prompt -----------------------------------------------------------------------------------


def _context_block(request: GenerationRequest) -> str:
    return f"\n{prompts.fence('context', request.context)}\n" if request.context else ""


def _history_block(request: GenerationRequest) -> str:
    if not request.history:
        return ""
    turns = "\n".join(
        f'<turn speaker="{turn.speaker}">{prompts.escape(turn.text)}</turn>'
        for turn in request.history[-_HISTORY_TURNS:]
    )
    return f"\n<history>\n{turns}\n</history>\n"


def _guidance_block(request: GenerationRequest) -> str:
    if not request.guidance:
        return ""
    cards = []
    for card in request.guidance:
        text = card.text.strip()
        if len(text) > _GUIDANCE_CHARS:
            text = text[:_GUIDANCE_CHARS].rsplit(" ", 1)[0] + " ..."
        title = prompts.escape(card.title).replace('"', "'")
        cards.append(f'<card title="{title}">\n{prompts.escape(text)}\n</card>')
    return (
        "\nGuidance from the coach's notes on listening (background for you; do not quote it):\n"
        f"<guidance>\n{chr(10).join(cards)}\n</guidance>\n"
    )


def _revision_block(request: GenerationRequest) -> str:
    if not request.previous:
        return ""
    return (
        "\nYour previous reply did not pass the listening check. Write a new one that keeps what "
        "worked and fixes what the feedback names.\n"
        f"{prompts.fence('previous_reply', request.previous)}\n"
        f"{prompts.fence('feedback', request.feedback or 'It did not pass.')}\n"
    )


def user_prompt(request: GenerationRequest) -> str:
    return prompts.fill(
        prompts.REFLECT_USER,
        message=prompts.escape(request.message.strip()),
        context_block=_context_block(request),
        history_block=_history_block(request),
        guidance_block=_guidance_block(request),
        revision_block=_revision_block(request),
    )


def build_messages(request: GenerationRequest) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": prompts.load(prompts.REFLECT_SYSTEM)}]
    for example in prompts.examples():
        messages.append({"role": "user", "content": user_prompt(GenerationRequest(message=example.message))})
        answer = {"reflection": example.reflection, "emotions": list(example.emotions)}
        messages.append({"role": "assistant", "content": json.dumps(answer, ensure_ascii=False)})
    messages.append({"role": "user", "content": user_prompt(request)})
    return messages


# ---- the generator --------------------------------------------------------------------------------


class LLMGenerator:
    """Generator and StreamingGenerator over ``COACH_MODEL`` and ``COACH_FALLBACK_MODELS``."""

    def __init__(self, settings: Settings, *, backoff: Backoff | None = None) -> None:
        if not settings.model:
            raise ValueError("LLMGenerator needs COACH_MODEL")
        self.settings = settings
        self.model = settings.model
        self.name = f"llm:{settings.model}"
        self.chain = ModelChain(
            [settings.model, *settings.fallback_models],
            retries=settings.llm_retries,
            backoff=backoff or DEFAULT_BACKOFF,
        )

    def _accept(self, content: str, model: str) -> Candidate:
        try:
            return parse_candidate(content, model)
        except ValueError as exc:
            if self.settings.log_content:
                log.info("unusable answer from %s: %r", model, content[:500])
            raise ValueError(f"not a reflect-back object ({str(exc).splitlines()[0]})") from exc

    async def generate(self, request: GenerationRequest, n: int = 1) -> list[Candidate]:
        """n independent calls, so a slow or failed one never costs the others their answer."""
        timeout = self.settings.request_timeout_s
        deadline = _loop_time() + timeout
        messages = build_messages(request)
        tasks = [
            asyncio.create_task(
                self.chain.complete(
                    messages,
                    accept=self._accept,
                    deadline=deadline,
                    temperature=self.settings.temperature,
                    schema=True,
                )
            )
            for _ in range(max(1, n))
        ]
        try:
            done, pending = await asyncio.wait(tasks, timeout=timeout)
        finally:
            for task in tasks:
                if not task.done():
                    task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        candidates: list[Candidate] = []
        errors: list[BaseException] = []
        for task in tasks:
            if task in done and not task.cancelled():
                exc = task.exception()
                if exc is None:
                    candidates.append(task.result())
                else:
                    errors.append(exc)
        if candidates:
            return candidates
        if pending or any(isinstance(e, GenerationError) and e.timeout for e in errors):
            raise _deadline_error(self.chain.models)
        first = errors[0] if errors else GenerationError("no candidate")
        if isinstance(first, GenerationError):
            raise first
        raise GenerationError(describe(first)) from first

    async def stream_events(self, request: GenerationRequest) -> AsyncGenerator[str | Candidate, None]:
        """Reflection text deltas as the model writes, then the whole validated Candidate.

        Raises GenerationError when no model starts a stream, the stream breaks off, the
        deadline passes, or the finished answer is not a reflect-back object. The upstream
        stream is closed however this ends, including when the consumer stops early.
        """
        deadline = _loop_time() + self.settings.request_timeout_s
        upstream, model = await self.chain.open_stream(
            build_messages(request),
            deadline=deadline,
            temperature=self.settings.temperature,
            schema=True,
        )
        parser = ReflectionStreamParser()
        received: list[str] = []
        iterator = upstream.__aiter__()
        try:
            while True:
                remaining = deadline - _loop_time()
                if remaining <= 0:
                    raise _deadline_error([model])
                try:
                    chunk = await asyncio.wait_for(iterator.__anext__(), timeout=remaining)
                except StopAsyncIteration:
                    break
                except TimeoutError as exc:
                    raise _deadline_error([model]) from exc
                except Exception as exc:
                    raise GenerationError(f"the stream from {model} broke off: {describe(exc)}") from exc
                text = _delta_text(chunk)
                if not text:
                    continue
                received.append(text)
                delta = parser.feed(text)
                if delta:
                    yield delta
        finally:
            await _close(upstream)
        try:
            candidate = self._accept("".join(received), model)
        except ValueError as exc:
            log.warning("%s streamed unusable output: %s", model, exc)
            raise GenerationError(f"{model} streamed an answer that is not a reflect-back object") from exc
        yield candidate

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        async with aclosing(self.stream_events(request)) as events:
            async for event in events:
                if isinstance(event, str):
                    yield event


def _delta_text(chunk: Any) -> str:
    try:
        content = chunk.choices[0].delta.content
    except (AttributeError, IndexError, TypeError):
        return ""
    return content if isinstance(content, str) else ""


async def _close(upstream: Any) -> None:
    closer = getattr(upstream, "aclose", None)
    if closer is None:
        return
    # Shielded: this runs while the request is being cancelled (the client went away), and
    # anyio re-delivers cancellation at every await, which would abandon the upstream socket.
    with anyio.move_on_after(_CLOSE_TIMEOUT_S, shield=True):
        try:
            await closer()
        except Exception as exc:  # closing is best effort; the request is over either way
            log.debug("closing the upstream stream failed: %s", describe(exc))


__all__ = [
    "DEFAULT_BACKOFF",
    "Backoff",
    "LLMGenerator",
    "ModelChain",
    "ReflectionStreamParser",
    "build_messages",
    "first_json_object",
    "is_transient",
    "litellm_module",
    "parse_candidate",
    "retry_after_s",
]

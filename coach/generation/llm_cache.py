"""The one door every LLM call goes through: plain ``litellm.acompletion`` in the service, and
a disk cache plus a bound on calls in flight inside ``llm_calls()`` (what `coach eval` opens).

A response is keyed by sha256 of the model, the messages and every other parameter that shapes
the answer, so a changed prompt, model or setting is a cache miss, never a stale hit. Only
deterministic calls (temperature 0, as the judge makes them) are cached: a generator sampling at
a higher temperature asks for variety, and a cache would hand every candidate the same answer.
Streaming calls are passed straight through.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Parameters that change where or how a call is sent, not what the model answers.
_NOT_PART_OF_KEY = frozenset(
    {
        "api_key",
        "api_base",
        "base_url",
        "timeout",
        "request_timeout",
        "num_retries",
        "metadata",
        "extra_headers",
        "headers",
        "client",
        "logger_fn",
        "mock_response",
        "stream_options",
    }
)
DEFAULT_CONCURRENCY = 4


@dataclass(frozen=True)
class CacheSettings:
    directory: Path | None
    semaphore: asyncio.Semaphore


_active: ContextVar[CacheSettings | None] = ContextVar("coach_llm_cache", default=None)


def default_cache_dir(data_dir: Path) -> Path:
    return data_dir / "cache" / "llm"


def cache_key(kwargs: dict[str, Any]) -> str:
    keyed = {k: v for k, v in kwargs.items() if k not in _NOT_PART_OF_KEY}
    payload = json.dumps(keyed, sort_keys=True, default=_jsonable, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _jsonable(value: Any) -> Any:
    # Pydantic response_format classes and the like: key on their schema, which is what is sent.
    schema = getattr(value, "model_json_schema", None)
    if callable(schema):
        return schema()
    return repr(value)


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.json"


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("unreadable LLM cache entry %s; calling the model again", path)
        return None
    return data if isinstance(data, dict) else None


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a concurrent reader or a killed run never sees half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _dump(response: Any) -> dict[str, Any]:
    for attribute in ("model_dump", "dict", "to_dict"):
        method = getattr(response, attribute, None)
        if callable(method):
            dumped = method()
            if isinstance(dumped, dict):
                return dumped
    if isinstance(response, dict):
        return response
    raise TypeError(f"cannot cache a {type(response).__name__} response")


def _revive(data: dict[str, Any]) -> Any:
    import litellm

    return litellm.ModelResponse(**data)


async def cached_completion(
    cache_dir: Path | None,
    *,
    acompletion: Callable[..., Awaitable[Any]] | None = None,
    semaphore: asyncio.Semaphore | None = None,
    **kwargs: Any,
) -> Any:
    """``litellm.acompletion(**kwargs)``, answered from ``cache_dir`` when the same call was made.

    ``cache_dir`` None disables the cache (the bound still applies). ``acompletion`` replaces the
    litellm call (tests, or a wrapper with retries). ``semaphore`` bounds calls in flight;
    by default the one set by ``llm_calls()``, if any.
    """
    settings = _active.get()
    semaphore = semaphore or (settings.semaphore if settings else None)
    call = acompletion
    if call is None:
        import litellm

        call = litellm.acompletion
    cacheable = not kwargs.get("stream") and kwargs.get("temperature") == 0
    path = _path(cache_dir, cache_key(kwargs)) if cache_dir is not None and cacheable else None
    if path is not None:
        hit = _read(path)
        if hit is not None and "response" in hit:
            return _revive(hit["response"])
    async with semaphore if semaphore is not None else contextlib.nullcontext():
        response = await call(**kwargs)
    if path is not None:
        try:
            _write(path, {"model": kwargs.get("model"), "response": _dump(response)})
        except (OSError, TypeError) as exc:
            log.warning("could not cache an LLM response: %s", exc)
    return response


async def completion(**kwargs: Any) -> Any:
    """``cached_completion`` with the cache and bound that ``llm_calls()`` set, if any.

    Code that runs both in the service and under `coach eval` can call this unconditionally:
    outside an eval run it is a plain ``litellm.acompletion``.
    """
    settings = _active.get()
    return await cached_completion(settings.directory if settings else None, **kwargs)


@contextlib.contextmanager
def llm_calls(directory: Path | None, concurrency: int = DEFAULT_CONCURRENCY) -> Iterator[CacheSettings]:
    """Within this block, ``completion()`` caches in ``directory`` and runs at most ``concurrency`` calls."""
    settings = CacheSettings(directory, asyncio.Semaphore(max(1, concurrency)))
    token = _active.set(settings)
    try:
        yield settings
    finally:
        _active.reset(token)


def active() -> CacheSettings | None:
    return _active.get()

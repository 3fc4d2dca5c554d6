"""4. Reflect with the LLM path: our overhead per call over a bare litellm call to a mock server.

The mock (bench/mock_llm.py, in its own process on loopback) answers at once with a valid
reflect-back, so what is left is our own work: the safety screen, retrieval, the prompt, litellm's
parameter handling, parsing, and the guard scoring the candidate.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench.common import (
    REPO,
    RESULTS,
    Context,
    Figure,
    Report,
    Target,
    clean_env,
    distinct_messages,
    free_port,
    fresh_embedder,
    http_status,
    ms,
    percentile,
    stop,
)

NAME = "llm"
MODEL = "openai/mock"
_WARM = 5


@contextmanager
def mock_server() -> Iterator[str]:
    """The mock OpenAI-compatible server in its own process; yields its base URL (…/v1)."""
    port = free_port()
    RESULTS.mkdir(parents=True, exist_ok=True)
    with (RESULTS / "mock-llm.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.mock_llm", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=clean_env(),
            cwd=str(REPO),
        )
        try:
            deadline = time.monotonic() + 30.0
            while http_status(f"http://127.0.0.1:{port}/health") != 200:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock LLM server did not start; see bench/results/mock-llm.log")
                time.sleep(0.05)
            yield f"http://127.0.0.1:{port}/v1"
        finally:
            stop(process)


@contextmanager
def environment(**values: str) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


async def _measure(services: Any, messages: list[str]) -> tuple[list[float], list[float], Counter[str]]:
    from coach import pipeline
    from coach.generation.base import GenerationRequest
    from coach.generation.llm import build_messages, litellm_module
    from coach.schemas import ReflectRequest

    litellm = litellm_module()
    ours: list[float] = []
    bare: list[float] = []
    generators: Counter[str] = Counter()
    clock = time.perf_counter
    for message in messages:
        start = clock()
        response = await pipeline.reflect(services, ReflectRequest(message=message))
        ours.append(clock() - start)
        generators[response.generator] += 1
        # The same prompt the pipeline sent, built outside the timing.
        prompt = build_messages(GenerationRequest(message=message, guidance=response.guidance))
        start = clock()
        await litellm.acompletion(model=MODEL, messages=prompt)
        bare.append(clock() - start)
    return ours, bare, generators


async def _warm_then_measure(
    services: Any, warm: list[str], measured: list[str]
) -> tuple[list[float], list[float], Counter[str]]:
    from coach.generation.llm import litellm_module

    await _measure(services, warm)
    try:
        return await _measure(services, measured)
    finally:
        # litellm keeps aiohttp sessions per loop; closing them keeps the run's output clean.
        await litellm_module().close_litellm_async_clients()


def run(ctx: Context) -> Report:
    report = Report()
    try:
        import coach.generation.llm  # noqa: F401
    except Exception as exc:  # still being written by another change: skip, say why
        report.notes.append(f"skipped: coach.generation.llm is not importable ({type(exc).__name__}: {exc})")
        report.add(Figure(NAME, "LLM path overhead p50", None, "ms", Target("<", 15.0), note="skipped"))
        return report
    from coach.services import Services
    from coach.settings import Settings

    ctx.services()  # the shared data dir is prepared
    n = ctx.n(200, 60)
    messages = distinct_messages()
    warm, measured = messages[:_WARM], messages[_WARM : _WARM + n]
    with mock_server() as base_url, environment(OPENAI_API_BASE=base_url, OPENAI_API_KEY="sk-bench"):
        settings = Settings(data_dir=ctx.data_dir, model=MODEL, candidates=1, rate_limit="0")
        services = Services(settings)
        services.prepare()
        fresh_embedder()
        # One event loop for warm-up and measurement: litellm keeps its HTTP client per loop.
        ours, bare, generators = asyncio.run(_warm_then_measure(services, warm, measured))
    ours_p50, bare_p50 = ms(percentile(ours, 50)), ms(percentile(bare, 50))
    answered = generators.get(f"llm:{MODEL}", 0)
    note = f"{len(measured)} fresh messages, candidates=1; the model answered {answered}"
    if answered != len(measured):
        note += (
            " (others: " + ", ".join(f"{g} {c}" for g, c in generators.items() if g != f"llm:{MODEL}") + ")"
        )
    report.add(
        Figure(
            NAME,
            "LLM path overhead p50",
            ours_p50 - bare_p50,
            "ms",
            Target("<", 15.0),
            baseline=bare_p50,
            baseline_name="bare litellm.acompletion p50",
            note=f"reflect p50 minus the bare call's p50; {note}",
        )
    )
    report.add(
        Figure(
            NAME,
            "reflect p50 via mock LLM",
            ours_p50,
            "ms",
            baseline=bare_p50,
            baseline_name="bare litellm.acompletion",
            note="same server, same prompt",
        )
    )
    report.add(
        Figure(
            NAME,
            "reflect p95 via mock LLM",
            ms(percentile(ours, 95)),
            "ms",
            baseline=ms(percentile(bare, 95)),
            baseline_name="bare litellm.acompletion",
        )
    )
    return report

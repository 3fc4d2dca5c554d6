"""3. Reflect with the composer: end to end in process, and over HTTP against `coach serve`."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import TYPE_CHECKING

import httpx

from bench.common import (
    Context,
    Figure,
    Report,
    Target,
    distinct_messages,
    fresh_embedder,
    ms,
    percentile,
    serve,
)

if TYPE_CHECKING:
    from coach.services import Services

NAME = "reflect"
_WARM = 10


async def _in_process(services: Services, messages: list[str]) -> tuple[list[float], Counter[str]]:
    from coach import pipeline
    from coach.schemas import ReflectRequest

    times: list[float] = []
    generators: Counter[str] = Counter()
    clock = time.perf_counter
    for message in messages:
        request = ReflectRequest(message=message)
        start = clock()
        response = await pipeline.reflect(services, request)
        times.append(clock() - start)
        generators[response.generator] += 1
    return times, generators


def _over_http(base_url: str, messages: list[str]) -> tuple[list[float], Counter[str]]:
    times: list[float] = []
    generators: Counter[str] = Counter()
    clock = time.perf_counter
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        for message in messages:
            start = clock()
            response = client.post("/v1/reflect", json={"message": message})
            times.append(clock() - start)
            response.raise_for_status()
            generators[response.json()["generator"]] += 1
    return times, generators


def _mix(generators: Counter[str]) -> str:
    return ", ".join(f"{name} {count}" for name, count in generators.most_common())


def run(ctx: Context) -> Report:
    report = Report()
    services = ctx.services()
    n = ctx.n(300, 100)
    messages = distinct_messages()
    warm, measured = messages[:_WARM], messages[_WARM : _WARM + n]

    fresh_embedder()
    asyncio.run(_in_process(services, warm))
    times, generators = asyncio.run(_in_process(services, measured))
    p50 = ms(percentile(times, 50))
    report.add(
        Figure(
            NAME,
            "reflect p50, in process",
            p50,
            "ms",
            Target("<", 50.0),
            note=f"{len(measured)} fresh messages",
        )
    )
    report.add(
        Figure(NAME, "reflect p95, in process", ms(percentile(times, 95)), "ms", note=_mix(generators))
    )

    # The screen alone, as a request pays for it once retrieval has embedded the message.
    screen_times: list[float] = []
    for message in measured:
        start = time.perf_counter()
        services.safety.screen(message)
        screen_times.append(time.perf_counter() - start)
    report.add(
        Figure(
            NAME,
            "safety screen p50, message already embedded",
            ms(percentile(screen_times, 50)),
            "ms",
            Target("<", 5.0),
            baseline=p50,
            baseline_name="whole reflect in process",
            note="rules plus classifier",
        )
    )

    with serve(ctx.data_dir, "reflect") as (served, _):
        _over_http(served.base_url, warm)
        http_times, http_generators = _over_http(served.base_url, measured)
    report.add(
        Figure(
            NAME,
            "reflect p50, over HTTP",
            ms(percentile(http_times, 50)),
            "ms",
            Target("<", 80.0),
            baseline=p50,
            baseline_name="in process",
            note="coach serve on loopback, one client, keep-alive",
        )
    )
    report.add(
        Figure(
            NAME,
            "reflect p95, over HTTP",
            ms(percentile(http_times, 95)),
            "ms",
            baseline=ms(percentile(times, 95)),
            baseline_name="in process",
            note=_mix(http_generators),
        )
    )
    return report

"""A bounded load test over loopback: `python -m bench.load`.

Starts `coach serve` on a free 127.0.0.1 port (or uses --url, which must be loopback too), then
from this second process sends 2,000 POST /v1/score and 200 POST /v1/reflect requests with
httpx.AsyncClient at concurrency 32, one endpoint after the other, and prints per endpoint:
count, errors, requests/s and latency p50/p95/p99. The figures go to
bench/results/load-<timestamp>.json (gitignored). Exits 1 when any request failed.

    python -m bench.load                          # start a server on bench/results/data
    python -m bench.load --data-dir /tmp/d        # a prepared data dir to reuse
    python -m bench.load --url http://127.0.0.1:8000   # a server already running (rate limit off!)
    python -m bench.load --score 200 --reflect 20      # a smaller run

Every run is bounded: request counts are capped, each request has a timeout, and each phase
stops scheduling new requests after --max-seconds. The client runs in one Python process, so on
a small machine it shares the CPU with the server; the figures are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from bench.common import (
    RESULTS,
    distinct_messages,
    distinct_pairs,
    peak_rss_mb,
    percentile,
    prepare_data_dir,
    serve,
)

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_REQUESTS = 20_000
MAX_CONCURRENCY = 256


@dataclass
class Phase:
    endpoint: str
    count: int = 0
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        lat = self.latencies_ms
        return {
            "endpoint": self.endpoint,
            "count": self.count,
            "ok": self.ok,
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "seconds": round(self.seconds, 3),
            "requests_per_s": round(self.count / self.seconds, 1) if self.seconds else None,
            "p50_ms": round(percentile(lat, 50), 1) if lat else None,
            "p95_ms": round(percentile(lat, 95), 1) if lat else None,
            "p99_ms": round(percentile(lat, 99), 1) if lat else None,
            "max_ms": round(max(lat), 1) if lat else None,
        }


def score_bodies(n: int) -> Iterator[dict[str, str]]:
    # Distinct replies, so the scorer's embedding cache does not flatter the figures.
    for message, reply in distinct_pairs(n):
        yield {"message": message, "reply": reply, "judge": "rules"}


def reflect_bodies(n: int) -> Iterator[dict[str, str]]:
    messages = distinct_messages()
    for i in range(n):
        yield {"message": messages[i % len(messages)]}


async def run_phase(
    client: httpx.AsyncClient,
    path: str,
    bodies: Iterator[dict[str, str]],
    concurrency: int,
    max_seconds: float,
) -> Phase:
    phase = Phase(path)
    queue = iter(bodies)
    deadline = time.perf_counter() + max_seconds

    async def worker() -> None:
        # Workers pull from one shared iterator: exactly `concurrency` requests in flight.
        for body in queue:
            if time.perf_counter() > deadline:
                return
            start = time.perf_counter()
            try:
                response = await client.post(path, json=body)
                await response.aread()
            except httpx.HTTPError as exc:
                phase.errors[type(exc).__name__] += 1
            else:
                if response.is_success:
                    phase.ok += 1
                else:
                    phase.errors[f"HTTP {response.status_code}"] += 1
            phase.latencies_ms.append((time.perf_counter() - start) * 1000.0)
            phase.count += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    phase.seconds = time.perf_counter() - started
    return phase


async def run_load(
    base_url: str, score: int, reflect: int, concurrency: int, max_seconds: float, warm: int, timeout: float
) -> list[Phase]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as client:
        # A few requests first so that lazy start-up work is not counted as latency.
        for body in score_bodies(warm):
            # Prefixed, so the measured replies are still new to the scorer's cache.
            await client.post("/v1/score", json={**body, "reply": f"Warm-up: {body['reply']}"})
        if warm:
            await client.post("/v1/reflect", json={"message": "Warm-up: you never listen to me."})
        phases = [await run_phase(client, "/v1/score", score_bodies(score), concurrency, max_seconds)]
        if reflect:
            phases.append(
                await run_phase(client, "/v1/reflect", reflect_bodies(reflect), concurrency, max_seconds)
            )
    return phases


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("endpoint", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms")
    keys = ("endpoint", "count", "errors", "requests_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms")
    table = [header, *[tuple("-" if r[k] is None else str(r[k]) for k in keys) for r in rows]]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        print(
            "  ".join(
                cell.rjust(w) if i and j else cell.ljust(w)
                for j, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def loopback_only(url: str) -> str:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"--url must point at this machine (127.0.0.1, ::1 or localhost), not {host!r}")
    return url.rstrip("/")


@contextmanager
def target(args: argparse.Namespace) -> Iterator[tuple[str, int | None]]:
    """The base URL to load, and the server's pid when this run started it."""
    if args.url:
        yield loopback_only(args.url), None
        return
    data_dir = args.data_dir.resolve()
    if not ((data_dir / "models").is_dir() and (data_dir / "chroma").is_dir()):
        # Loading the coach in this process costs tens of seconds, so only when the server would
        # otherwise spend its start-up building the index and fitting the scorer.
        print(f"preparing {data_dir} (index and scorer) ...", file=sys.stderr)
        prepare_data_dir(data_dir)
    with serve(data_dir, "load") as (served, times):
        print(f"coach serve ready on {served.base_url} in {times.ready_s:.1f}s", file=sys.stderr)
        yield served.base_url, served.pid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.load", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument("--url", help="a running coach on loopback (its rate limit must be off)")
    parser.add_argument(
        "--data-dir", type=Path, default=RESULTS / "data", help="data dir for the started server"
    )
    parser.add_argument("--score", type=int, default=2_000, help="POST /v1/score requests")
    parser.add_argument("--reflect", type=int, default=200, help="POST /v1/reflect requests")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--warm", type=int, default=8, help="unmeasured requests first")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="stop scheduling a phase after this")
    parser.add_argument(
        "--output", type=Path, default=None, help="JSON path (default bench/results/load-*.json)"
    )
    args = parser.parse_args(argv)
    if not (0 <= args.score <= MAX_REQUESTS and 0 <= args.reflect <= MAX_REQUESTS):
        parser.error(f"request counts are capped at {MAX_REQUESTS}")
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        parser.error(f"concurrency must be 1..{MAX_CONCURRENCY}")

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    started = datetime.now(UTC)
    with target(args) as (base_url, pid):
        phases = asyncio.run(
            run_load(
                base_url,
                args.score,
                args.reflect,
                args.concurrency,
                args.max_seconds,
                args.warm,
                args.timeout,
            )
        )
        server_peak_rss = peak_rss_mb(pid) if pid else None
    rows = [p.summary() for p in phases]
    print_table(rows)
    failed = sum(r["errors"] for r in rows)
    short = [
        r["endpoint"] for r, want in zip(rows, (args.score, args.reflect), strict=False) if r["count"] < want
    ]
    if server_peak_rss is not None:
        print(f"server peak RSS: {server_peak_rss:.0f} MB")
    print(f"{sum(r['count'] for r in rows)} requests, {failed} errors, concurrency {args.concurrency}")
    if short:
        print(f"stopped by --max-seconds before every request was sent: {', '.join(short)}")

    output = args.output or RESULTS / f"load-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "started": started.isoformat(),
        "url": base_url if args.url else "started: coach serve on 127.0.0.1",
        "concurrency": args.concurrency,
        "requested": {"score": args.score, "reflect": args.reflect},
        "phases": rows,
        "server_peak_rss_mb": server_peak_rss,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "note": "client and server share this machine; one Python client process",
        "settings": {
            key: getattr(args, key)
            for key in ("score", "reflect", "concurrency", "warm", "timeout", "max_seconds")
        },
    }
    output.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output}")
    return 1 if failed or short else 0


if __name__ == "__main__":
    sys.exit(main())

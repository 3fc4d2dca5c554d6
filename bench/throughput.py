"""5. HTTP throughput of /v1/score at concurrency 16, and 6b. the server's peak memory meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import (
    REPO,
    Context,
    Figure,
    Report,
    Target,
    clean_env,
    distinct_pairs,
    peak_rss_mb,
    rss_mb,
    serve,
    write_pairs,
)

NAME = "throughput"
CONCURRENCY = 16
_WARM = 48


def load(port: int, *args: str, requests: int, max_seconds: float = 90.0) -> dict[str, Any]:
    """Run bench.score_client in a second process and return its JSON result."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.score_client",
            "--port",
            str(port),
            "--concurrency",
            str(CONCURRENCY),
            "--requests",
            str(requests),
            "--warm",
            str(_WARM),
            "--max-seconds",
            str(max_seconds),
            *args,
        ],
        env=clean_env(),
        cwd=str(REPO),
        capture_output=True,
        timeout=max_seconds + 120,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run(ctx: Context) -> Report:
    report = Report()
    ctx.services()  # the shared data dir is prepared
    requests = ctx.n(2400, 800)
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        fresh_file, repeat_file = Path(tmp) / "fresh.jsonl", Path(tmp) / "repeat.jsonl"
        # Fresh: every reply new to the server (warm-up pairs included), so each request embeds.
        write_pairs(fresh_file, distinct_pairs(requests + _WARM, seed=2))
        # Repeated: 100 pairs over and over, every embedding a cache hit.
        write_pairs(repeat_file, distinct_pairs(100, seed=3))
        with serve(ctx.data_dir, "throughput") as (served, _):
            idle_mb = rss_mb(served.pid)
            ceiling = load(served.port, "--get", "/healthz", requests=requests)
            fresh = load(served.port, "--pairs", str(fresh_file), requests=requests)
            repeat = load(served.port, "--pairs", str(repeat_file), requests=requests)
            peak_mb = peak_rss_mb(served.pid)
    for name, result in (("fresh", fresh), ("repeat", repeat)):
        if result["ok"] != result["requests"] or result["errors"]:
            report.notes.append(f"/v1/score {name}: statuses {result['statuses']}, {result['errors']} errors")
    report.add(
        Figure(
            NAME,
            f"/v1/score req/s, concurrency {CONCURRENCY}",
            float(fresh["rps"]),
            "req/s",
            Target(">=", 300.0),
            baseline=float(ceiling["rps"]),
            baseline_name="GET /healthz req/s",
            note=f"{fresh['requests']} requests, every reply new; p50 {fresh['p50_ms']:.1f} ms, "
            f"p95 {fresh['p95_ms']:.1f} ms",
        )
    )
    report.add(
        Figure(
            NAME,
            "/v1/score req/s, repeated pairs",
            float(repeat["rps"]),
            "req/s",
            baseline=float(ceiling["rps"]),
            baseline_name="GET /healthz req/s",
            note=f"100 pairs cycled (embedding cache hits); p50 {repeat['p50_ms']:.1f} ms",
        )
    )
    report.add(
        Figure(
            "startup",
            "peak RSS serving (throughput run)",
            peak_mb,
            "MB",
            Target("<", 600.0),
            baseline=idle_mb,
            baseline_name="RSS when ready",
            note="VmHWM of the coach serve process, composer only",
        )
    )
    return report

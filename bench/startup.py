"""6. Start-up: `coach serve` to /readyz 200 with an existing data dir, and on a first run."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import Context, Figure, Report, Target, median, rss_mb, serve

NAME = "startup"


def run(ctx: Context) -> Report:
    report = Report()
    ctx.services()  # the shared data dir is prepared: index built, scorer fitted
    runs = ctx.n(3, 1)
    ready: list[float] = []
    up: list[float] = []
    idle: list[float] = []
    for i in range(runs):
        with serve(ctx.data_dir, f"startup-{i}") as (served, times):
            ready.append(times.ready_s)
            up.append(times.up_s)
            idle.append(rss_mb(served.pid) or 0.0)
    report.add(
        Figure(
            NAME,
            "serve to /readyz 200, existing data dir",
            median(ready),
            "s",
            Target("<", 3.0),
            baseline=median(up),
            baseline_name="first HTTP answer",
            note=f"median of {runs}; RSS when ready {median(idle):.0f} MB",
        )
    )
    if ctx.quick:
        report.add(Figure(NAME, "serve to /readyz 200, first run", None, "s", note="skipped with --quick"))
        return report
    with (
        tempfile.TemporaryDirectory(prefix="coach-bench-first-") as tmp,
        serve(Path(tmp) / "data", "startup-first", ready_timeout_s=300.0) as (_, times),
    ):
        first = times
    report.add(
        Figure(
            NAME,
            "serve to /readyz 200, first run",
            first.ready_s,
            "s",
            baseline=first.up_s,
            baseline_name="first HTTP answer",
            note="empty data dir: cards embedded and indexed, scorer fitted",
        )
    )
    return report

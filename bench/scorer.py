"""1. The rules scorer: warm per-reply latency in process, and `coach score` batch throughput."""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import (
    REPO,
    Context,
    Figure,
    Report,
    Target,
    clean_env,
    coach_command,
    distinct_pairs,
    fresh_embedder,
    median,
    ms,
    percentile,
    write_pairs,
)

NAME = "scorer"
_CLI_TIMEOUT_S = 120.0


def _run_cli(pairs_file: Path, out_file: Path, data_dir: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [*coach_command(), "score", "--input", str(pairs_file), "--output", str(out_file)],
        env=clean_env(COACH_DATA_DIR=str(data_dir), COACH_LOG_LEVEL="WARNING"),
        cwd=str(REPO),
        capture_output=True,
        timeout=_CLI_TIMEOUT_S,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"coach score failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed


def run(ctx: Context) -> Report:
    report = Report()
    services = ctx.services()
    scorer = services.rules
    n = ctx.n(1000, 300)
    pairs = distinct_pairs(n + 40)
    measured, warm = pairs[:n], pairs[n:]

    # In process, warm: the model is loaded and the session has run, but no reply is cached.
    from coach.embeddings import get_embedder

    fresh_embedder()
    embedder = get_embedder()
    for message, reply in warm[:20]:
        scorer.score(message, reply)
    times: list[float] = []
    bare_times: list[float] = []
    clock = time.perf_counter
    # Interleaved with the baseline (the same reply embedded alone, no cache), so a noisy
    # neighbour slows both alike.
    for message, reply in measured:
        start = clock()
        scorer.score(message, reply)
        times.append(clock() - start)
        start = clock()
        embedder._run(reply)
        bare_times.append(clock() - start)
    bare = ms(median(bare_times))
    report.add(
        Figure(
            NAME,
            "score p50, in process",
            ms(percentile(times, 50)),
            "ms",
            Target("<", 5.0),
            baseline=bare,
            baseline_name="one bare embedding",
            note=f"{n} pairs, distinct replies",
        )
    )
    report.add(
        Figure(
            NAME,
            "score p95, in process",
            ms(percentile(times, 95)),
            "ms",
            baseline=bare,
            baseline_name="one bare embedding",
        )
    )

    # The CLI as a user runs it: a new process each time, so start-up and a cold cache count.
    cli_n = 1000
    runs = ctx.n(3, 1)
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        pairs_file, one_file, out_file = (
            Path(tmp) / "pairs.jsonl",
            Path(tmp) / "one.jsonl",
            Path(tmp) / "out.jsonl",
        )
        write_pairs(pairs_file, distinct_pairs(cli_n, seed=1))
        write_pairs(one_file, distinct_pairs(1, seed=1))
        startup = median(_run_cli(one_file, out_file, ctx.data_dir) for _ in range(runs))
        elapsed = median(_run_cli(pairs_file, out_file, ctx.data_dir) for _ in range(runs))
        with out_file.open(encoding="utf-8") as handle:
            results = [json.loads(line) for line in handle]
        if len(results) != cli_n or any("error" in row for row in results):
            report.notes.append("coach score: some lines failed; the timing is not comparable")
    report.add(
        Figure(
            NAME,
            f"coach score, {cli_n:,} pairs incl. start-up",
            elapsed,
            "s",
            Target("<", 10.0),
            baseline=startup,
            baseline_name="coach score on 1 pair",
            note=f"median of {runs}",
        )
    )
    report.add(
        Figure(
            NAME,
            "coach score throughput",
            cli_n / elapsed,
            "pairs/s",
            note=f"{cli_n / max(elapsed - startup, 1e-9):,.0f} pairs/s after start-up",
        )
    )
    return report

"""`python -m bench`: run the benchmarks, print the table, write bench/results/bench-<timestamp>.json.

    python -m bench                      # everything (under 10 minutes on 2 cores)
    python -m bench --quick              # fewer samples, skips the slowest parts
    python -m bench --only scorer --only retrieval
    python -m bench --data-dir /tmp/d    # a prepared data dir to reuse (default bench/results/data)
    python -m bench --only scorer --profile   # also write a pyinstrument profile of the run

Every figure is a median (p50) or a percentile over bounded loops, beside its target and a
baseline measured in the same run. Servers run on 127.0.0.1 only and are stopped at the end.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import RESULTS, Context, Figure, Report, fmt

BENCHMARKS: dict[str, str] = {
    "scorer": "bench.scorer",
    "retrieval": "bench.retrieval",
    "reflect": "bench.reflect",
    "llm": "bench.llm",
    "throughput": "bench.throughput",
    "startup": "bench.startup",
    "scaling": "bench.scaling",
}


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def table(figures: list[Figure]) -> str:
    """A Markdown table: readable on a terminal, pasteable into the docs."""
    header = ("benchmark", "figure", "value", "target", "baseline", "result")
    rows = [header]
    for f in figures:
        baseline = "-" if f.baseline is None else f"{fmt(f.baseline, f.unit)} ({f.baseline_name})"
        result = {True: "pass", False: "FAIL", None: "-"}[f.passed]
        if f.value is None:
            result = "skipped"
        rows.append(
            (
                f.bench,
                f.name,
                fmt(f.value, f.unit),
                f"{f.target} {f.unit}" if f.target else "-",
                baseline,
                result,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |" for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _run_one(name: str, ctx: Context, profile: bool, started: datetime) -> Report:
    module = importlib.import_module(BENCHMARKS[name])
    if not profile:
        report: Report = module.run(ctx)
        return report
    from pyinstrument import Profiler  # the dev extra

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        report = module.run(ctx)
    finally:
        profiler.stop()
        path = RESULTS / f"profile-{name}-{started.strftime('%Y%m%dT%H%M%SZ')}.html"
        path.write_text(profiler.output_html())
        _log(f"profile: {path}")
    return report


def _machine() -> dict[str, Any]:
    import chromadb
    import onnxruntime

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "onnxruntime": onnxruntime.__version__,
        "chromadb": chromadb.__version__,
        "load_average_1m_at_end": os.getloadavg()[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="coach benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer samples; skips the slowest parts")
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )  # fmt: skip
    parser.add_argument("--data-dir", type=Path, default=RESULTS / "data", help="prepared data dir to reuse")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default bench/results/...)")
    parser.add_argument(
        "--profile", action="store_true",
        help="profile each benchmark's own process with pyinstrument (bench/results/profile-*.html)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    names = args.only or list(BENCHMARKS)
    ctx = Context(quick=args.quick, data_dir=args.data_dir.resolve(), log=_log)
    started = datetime.now(UTC)
    load_at_start = os.getloadavg()[0]
    clock = time.perf_counter()
    figures: list[Figure] = []
    tables: dict[str, Any] = {}
    notes: list[str] = []
    durations: dict[str, float] = {}
    for name in names:
        _log(f"{name} ...")
        start = time.perf_counter()
        try:
            report: Report = _run_one(name, ctx, args.profile, started)
        except Exception as exc:
            traceback.print_exc()
            report = Report(notes=[f"{name}: failed: {type(exc).__name__}: {exc}"])
            report.add(Figure(name, "(failed)", None, "", note=str(exc)[:200]))
        durations[name] = time.perf_counter() - start
        _log(f"{name} done in {durations[name]:.0f}s")
        figures += report.figures
        notes += report.notes
        tables.update({f"{name}.{key}": rows for key, rows in report.tables.items()})
    total = time.perf_counter() - clock

    print(table(figures))
    for name, rows in tables.items():
        print(f"\n{name}:")
        for row in rows:
            print("  " + ", ".join(f"{k} {fmt(v) if isinstance(v, float) else v}" for k, v in row.items()))
    for note in notes:
        print(f"note: {note}")
    failed = [f for f in figures if f.passed is False]
    load_end = os.getloadavg()[0]
    print(
        f"\n{len(figures)} figures, {len(failed)} missed their target, in {total:.0f}s "
        f"({'quick' if args.quick else 'full'} run; load average {load_at_start:.1f} at start, "
        f"{load_end:.1f} at end, on {os.cpu_count()} cores)"
    )

    output = args.output or RESULTS / f"bench-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(
        json.dumps(
            {
                "started": started.isoformat(),
                "seconds": total,
                "quick": args.quick,
                "only": args.only,
                "machine": {**_machine(), "load_average_1m_at_start": load_at_start},
                "durations_s": durations,
                "figures": [f.as_json() for f in figures],
                "tables": tables,
                "notes": notes,
            },
            indent=2,
        )
    )
    print(f"results: {output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

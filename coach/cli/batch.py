"""JSONL batch runs: one result per input line, written as soon as it is ready.

A bad line is reported in the output with its line number and the run goes on; the exit code
says whether any line failed. Each finished result is flushed at once, so an interrupted run
keeps everything it finished.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ValidationError

from coach.api.errors import ApiError


class BatchSummary(BaseModel):
    total: int = 0
    succeeded: int = 0
    failed: int = 0


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "line"
        return f"{field}: {first['msg']}"
    if isinstance(exc, ApiError):
        return exc.message
    return str(exc) or type(exc).__name__


def run_batch(
    source: Path,
    target: Path,
    parse: Callable[[dict[str, Any]], BaseModel],
    handle: Callable[[BaseModel], BaseModel],
    *,
    progress: bool | None = None,
    errors: TextIO = sys.stderr,
) -> BatchSummary:
    from tqdm import tqdm

    summary = BatchSummary()
    show = errors.isatty() if progress is None else progress
    total = _count_lines(source)
    with (
        source.open(encoding="utf-8", errors="replace") as lines,
        target.open("w", encoding="utf-8") as out,
        tqdm(total=total, disable=not show, unit="line", file=errors) as bar,
    ):
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            summary.total += 1
            record: dict[str, Any] | None = None
            try:
                loaded = json.loads(raw)
                if not isinstance(loaded, dict):
                    raise ValueError("each line must be a JSON object")
                record = loaded
                result = handle(parse(record))
                row = {**record, "result": result.model_dump(mode="json")}
                summary.succeeded += 1
            except (ValueError, ApiError) as exc:
                problem = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else _problem(exc)
                row = {**(record or {}), "line": number, "error": problem}
                summary.failed += 1
                errors.write(f"line {number}: {problem}\n")
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
            bar.update(1)
    return summary

"""What every benchmark shares: figures, timing, the data, a prepared data dir, a served coach.

Everything here is bounded (counts and deadlines) and talks to loopback only.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
DEV_PAIRS = REPO / "evals" / "scorer" / "dev.jsonl"
MESSAGE_FILES = (
    REPO / "evals" / "scorer" / "dev.jsonl",
    REPO / "evals" / "reflect" / "dev.jsonl",
    REPO / "evals" / "retrieval" / "dev.jsonl",
)

Op = Literal["<", "<=", ">", ">="]


# ---- figures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    op: Op
    value: float

    def holds(self, measured: float) -> bool:
        if self.op == "<":
            return measured < self.value
        if self.op == "<=":
            return measured <= self.value
        if self.op == ">":
            return measured > self.value
        return measured >= self.value

    def __str__(self) -> str:
        return f"{self.op} {_fmt(self.value)}"


@dataclass
class Figure:
    """One row of the table: a measured value beside its target and same-run baseline."""

    bench: str
    name: str
    value: float | None
    unit: str
    target: Target | None = None
    baseline: float | None = None
    baseline_name: str = ""
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.target.holds(self.value)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["target"] = None if self.target is None else {"op": self.target.op, "value": self.target.value}
        data["passed"] = self.passed
        return data


@dataclass
class Report:
    """What one benchmark hands back: its figures and any extra table (scaling) or notes."""

    figures: list[Figure] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt(value: float | None, unit: str = "") -> str:
    text = _fmt(value)
    return f"{text} {unit}".strip() if value is not None and unit else text


# ---- statistics and timing -----------------------------------------------------------------------


def percentile(values: Iterable[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation, as numpy's default does."""
    data = sorted(values)
    if not data:
        raise ValueError("no values")
    if len(data) == 1:
        return data[0]
    position = (len(data) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (position - low)


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def ms(seconds: float) -> float:
    return seconds * 1000.0


# ---- data ------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def dev_pairs() -> list[tuple[str, str]]:
    """The labelled (message, reply) pairs, each reply once: replies must not hit the cache."""
    seen: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for row in read_jsonl(DEV_PAIRS):
        if row["reply"] not in seen:
            seen.add(row["reply"])
            pairs.append((row["message"], row["reply"]))
    return pairs


_OPENERS = ("Okay,", "Hey,", "Look,", "So,", "Well,", "Hmm,", "Honestly,", "Right,", "Listen,", "Oh,")


def distinct_pairs(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """n pairs with n distinct replies: the dev pairs, then the same replies behind short openers.

    The openers ("Okay,", "Look, so,") change a reply by a word or two, so every reply is new to
    the embedding cache while its length and content stay those of real replies.
    """
    base = dev_pairs()
    out = list(base[:n])
    variants = [f"{a} {b.lower()}" for a in _OPENERS for b in _OPENERS if a != b]
    rng = random.Random(seed)
    order = list(range(len(base)))
    rng.shuffle(order)
    v = 0
    while len(out) < n:
        opener = _OPENERS[v] if v < len(_OPENERS) else variants[(v - len(_OPENERS)) % len(variants)]
        for i in order:
            message, reply = base[i]
            out.append((message, f"{opener} {reply[:1].lower()}{reply[1:]}"))
            if len(out) >= n:
                break
        v += 1
    return out


def distinct_messages() -> list[str]:
    """Every distinct partner message in the eval sets (scorer, reflect, retrieval)."""
    seen: dict[str, None] = {}
    for path in MESSAGE_FILES:
        for row in read_jsonl(path):
            text = row.get("message")
            if isinstance(text, str) and text.strip():
                seen.setdefault(text.strip(), None)
    return list(seen)


def fresh_texts(n: int) -> list[str]:
    """n distinct texts: the eval messages, the dev replies, then both behind short openers.

    Benchmarks drop the embedder (and its cache) before they start, so these are all misses.
    """
    pool = list(dict.fromkeys(distinct_messages() + [r for _, r in dev_pairs()]))
    out = pool[:n]
    v = 0
    while len(out) < n and v < len(_OPENERS):
        for text in pool:
            out.append(f"{_OPENERS[v]} {text[:1].lower()}{text[1:]}")
            if len(out) >= n:
                break
        v += 1
    return out


# ---- the prepared data dir ---------------------------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a coach subprocess: ours, without the caller's COACH_/provider settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COACH_") and k not in ("OPENAI_API_BASE", "OPENAI_BASE_URL", "OPENAI_API_KEY")
    }
    env.setdefault("HF_HUB_OFFLINE", "1")
    env["ANONYMIZED_TELEMETRY"] = "False"
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def prepare_data_dir(data_dir: Path) -> float:
    """Build the index and fit the scorer in data_dir (a no-op when already there); seconds taken."""
    from coach.services import Services
    from coach.settings import Settings

    start = time.perf_counter()
    services = Services(Settings(data_dir=data_dir, rate_limit="0", model=None))
    services.prepare()
    return time.perf_counter() - start


def coach_command() -> list[str]:
    """`coach` as installed beside this interpreter (the README's command)."""
    script = Path(sys.executable).parent / "coach"
    if script.exists():
        return [str(script)]
    found = shutil.which("coach")
    if found:
        return [found]
    return [sys.executable, "-c", "from coach.cli.main import main; main()"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def http_status(url: str, timeout: float = 1.0) -> int | None:
    import httpx

    try:
        return httpx.get(url, timeout=timeout).status_code
    except httpx.HTTPError:
        return None


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid


@dataclass(frozen=True)
class StartTimes:
    up_s: float  # the first HTTP answer (the process serves; /readyz may still say 503)
    ready_s: float  # /readyz 200: the index is synced and the scorer loaded


def wait_ready(served: Served, started: float, timeout_s: float, poll_s: float = 0.01) -> StartTimes:
    """Poll /readyz until 200, bounded by timeout_s; times are from `started` (perf_counter)."""
    import httpx

    deadline = started + timeout_s
    up: float | None = None
    with httpx.Client(timeout=2.0) as client:
        while time.perf_counter() < deadline:
            if served.process.poll() is not None:
                raise RuntimeError(
                    f"coach serve exited early ({served.process.returncode}); see {served.log_path}"
                )
            try:
                status = client.get(f"{served.base_url}/readyz").status_code
            except httpx.HTTPError:
                status = None
            now = time.perf_counter()
            if status is not None and up is None:
                up = now - started
            if status == 200:
                return StartTimes(up_s=up if up is not None else now - started, ready_s=now - started)
            time.sleep(poll_s)
    raise TimeoutError(f"/readyz not 200 within {timeout_s:.0f}s; see {served.log_path}")


@contextmanager
def serve(
    data_dir: Path, name: str, *, env: dict[str, str] | None = None, ready_timeout_s: float = 120.0
) -> Iterator[tuple[Served, StartTimes]]:
    """`coach serve` on a free loopback port, as the README runs it (rate limit off); stopped after."""
    port = free_port()
    RESULTS.mkdir(parents=True, exist_ok=True)
    log_path = RESULTS / f"serve-{name}.log"
    environment = clean_env(COACH_DATA_DIR=str(data_dir), COACH_RATE_LIMIT="0", **(env or {}))
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*coach_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=str(REPO),
        )
        served = Served(process, port, log_path)
        try:
            times = wait_ready(served, started, ready_timeout_s)
            yield served, times
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes], timeout_s: float = 15.0) -> None:
    """Stop a process this benchmark started, by its own id: SIGTERM, then SIGKILL."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout_s)


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident set (VmHWM) in MB, from /proc; psutil's current RSS elsewhere."""
    status = Path(f"/proc/{pid}/status")
    try:
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        return None
    try:
        rss: int = psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return None
    return rss / 1024.0 / 1024.0


def rss_mb(pid: int) -> float | None:
    """The process's current resident set in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def fresh_embedder() -> None:
    """Drop the process's embedder (and so its cache): the next text embedded is a miss."""
    from coach.embeddings import get_embedder

    get_embedder.cache_clear()
    get_embedder().embed(["warm up the session", "and its thread pool"])


@dataclass
class Context:
    """Run-wide settings and the one prepared data dir the benchmarks share."""

    quick: bool
    data_dir: Path
    log: Callable[[str], None] = print
    _services: Any = None

    def n(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def services(self) -> Any:
        """In-process Services on the prepared data dir (composer only), prepared once."""
        if self._services is None:
            from coach.services import Services
            from coach.settings import Settings

            self.log(f"preparing {self.data_dir} (first time: builds the index, fits the scorer)")
            start = time.perf_counter()
            services = Services(Settings(data_dir=self.data_dir, rate_limit="0", model=None))
            services.prepare()
            self.log(f"prepared in {time.perf_counter() - start:.1f}s")
            self._services = services
        return self._services


def write_pairs(path: Path, pairs: list[tuple[str, str]]) -> None:
    """A JSONL file of {"message", "reply"} lines, the input `coach score --input` reads."""
    with path.open("w", encoding="utf-8") as handle:
        for message, reply in pairs:
            handle.write(json.dumps({"message": message, "reply": reply}) + "\n")

"""A small, bounded HTTP/1.1 load client for the throughput benchmark, run as its own process.

    python -m bench.score_client --port 8000 --pairs pairs.jsonl --concurrency 16 --requests 2000

It keeps `concurrency` keep-alive connections to 127.0.0.1 busy with POST /v1/score (each line of
--pairs once, in order; or GET --path with --get), and prints one JSON object: requests sent,
statuses, elapsed seconds, requests/s and latency percentiles. Raw asyncio streams rather than an
HTTP library, so the client takes as little as possible of the two cores the server also needs.
It stops after --requests or --max-seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

HOST = "127.0.0.1"


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0


def _request(method: str, path: str, body: bytes) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: application/json\r\n"
    if method == "POST":
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Status and whether the server keeps the connection open; the body is read and dropped."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split(b" ", 2)[1])
    length: int | None = None
    chunked = False
    keep_alive = True
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.partition(b":")
        key = name.strip().lower()
        if key == b"content-length":
            length = int(value.strip())
        elif key == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
        elif key == b"connection" and value.strip().lower() == b"close":
            keep_alive = False
    if chunked:
        while True:
            size = int((await reader.readline()).split(b";")[0].strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length is not None:
        await reader.readexactly(length)
    return status, keep_alive


async def _worker(port: int, requests: Iterator[bytes], tally: Tally, deadline: float) -> None:
    clock = time.perf_counter
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for payload in requests:
            if clock() > deadline:
                break
            start = clock()
            try:
                writer.write(payload)
                await writer.drain()
                status, keep_alive = await _read_response(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                tally.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
                continue
            tally.latencies.append(clock() - start)
            tally.statuses[status] += 1
            if not keep_alive:
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
    finally:
        writer.close()


def _percentile(values: list[float], q: float) -> float:
    data = sorted(values)
    if not data:
        return float("nan")
    position = (len(data) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (position - low)


async def _run(
    port: int, payloads: list[bytes], concurrency: int, warm: int, max_seconds: float
) -> dict[str, object]:
    # Warm-up: a few requests, untimed, so the first connections and lazy paths are paid for.
    warm_tally = Tally()
    warm_iter = iter(payloads[:warm])
    await asyncio.gather(
        *(_worker(port, warm_iter, warm_tally, time.perf_counter() + 60) for _ in range(concurrency))
    )
    timed = payloads[warm:]
    tally = Tally()
    shared = iter(timed)
    start = time.perf_counter()
    await asyncio.gather(*(_worker(port, shared, tally, start + max_seconds) for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    done = len(tally.latencies)
    ok = sum(count for status, count in tally.statuses.items() if 200 <= status < 300)
    return {
        "requests": done,
        "ok": ok,
        "errors": tally.errors,
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
        "elapsed_s": elapsed,
        "rps": ok / elapsed if elapsed > 0 else 0.0,
        "p50_ms": _percentile(tally.latencies, 50) * 1000,
        "p95_ms": _percentile(tally.latencies, 95) * 1000,
        "concurrency": concurrency,
        "warm": len(payloads[:warm]),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="bounded loopback load for /v1/score")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pairs", help="JSONL of {message, reply}: one POST /v1/score each")
    parser.add_argument("--get", dest="get_path", help="GET this path instead (e.g. /healthz)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000, help="timed requests at most")
    parser.add_argument("--warm", type=int, default=32)
    parser.add_argument("--max-seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    total = args.requests + args.warm
    if args.get_path:
        payloads = [_request("GET", args.get_path, b"")] * total
    elif args.pairs:
        with open(args.pairs, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        bodies = [
            json.dumps({"message": r["message"], "reply": r["reply"], "judge": "rules"}).encode()
            for r in rows
        ]
        payloads = [_request("POST", "/v1/score", bodies[i % len(bodies)]) for i in range(total)]
    else:
        parser.error("give --pairs or --get")
    result = asyncio.run(_run(args.port, payloads, args.concurrency, args.warm, args.max_seconds))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

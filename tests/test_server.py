"""The API as a user runs it: a real uvicorn process on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from loopback import free_port

from coach.services import Services
from coach.settings import Settings


@pytest.fixture(scope="module")
def server(settings: Settings, services: Services) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "COACH_DATA_DIR": str(settings.data_dir), "COACH_LOG_LEVEL": "WARNING"}
    env.pop("COACH_MODEL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "coach.cli.main", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode() if process.stderr else "server exited")
            time.sleep(0.2)
        else:
            raise RuntimeError("server did not become ready")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_reflect_and_score_over_http(server: str) -> None:
    reflect = httpx.post(f"{server}/v1/reflect", json={"message": "You forgot our anniversary."}, timeout=30)
    assert reflect.status_code == 200
    assert reflect.json()["reflection"].endswith("?")
    score = httpx.post(
        f"{server}/v1/score",
        json={"message": "You forgot our anniversary.", "reply": "It's just a date, calm down."},
        timeout=30,
    )
    assert score.status_code == 200 and score.json()["passed"] is False
    bad = httpx.post(f"{server}/v1/score", json={"message": "", "reply": "x"}, timeout=30)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"

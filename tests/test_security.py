"""API protection (issue 7, item 4): keys, rate limits, body size, CORS, headers and the logs.

Everything runs in-process (TestClient or httpx's ASGITransport); no network.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from coach import logging_setup
from coach.api import security
from coach.api.app import create_app
from coach.services import Services
from coach.settings import Settings

# TestClient answers with httpx2 responses, ASGITransport with httpx ones; the tests read both alike.
AnyResponse = Any

KEY = "k-3f1c9a7e5d2b8c4f6a0e1d3c5b7a9f2e"
OTHER_KEY = "k-second-0123456789abcdef0123456789"
SCORE = {"message": "You forgot our anniversary.", "reply": "That must have hurt. What was it like?"}


def make_app(services: Services, tmp_path: Path, **overrides: Any) -> FastAPI:
    fields: dict[str, Any] = {"data_dir": tmp_path / "data", "rate_limit": "0", **overrides}
    return create_app(Settings(**fields), services=services)


def assert_error(response: AnyResponse, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return body


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


# ---- API keys ------------------------------------------------------------------------------------


@pytest.fixture()
def keyed(services: Services, tmp_path: Path) -> TestClient:
    return TestClient(make_app(services, tmp_path, api_keys=[KEY, OTHER_KEY]))


def test_without_configured_keys_the_api_is_open(services: Services, tmp_path: Path) -> None:
    client = TestClient(make_app(services, tmp_path))
    assert client.post("/v1/score", json=SCORE).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Bearer {KEY}x"},
        {"Authorization": f"Basic {KEY}"},
        {"Authorization": KEY},
        {"X-API-Key": "wrong"},
        {"X-API-Key": KEY[:-1]},
    ],
    ids=["missing", "wrong-bearer", "longer", "basic-scheme", "no-scheme", "wrong-x-api-key", "prefix"],
)
def test_a_missing_or_wrong_key_is_401_in_the_error_shape(keyed: TestClient, headers: dict[str, str]) -> None:
    response = keyed.post("/v1/score", json=SCORE, headers=headers)
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    assert KEY not in response.text


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": f"Bearer {KEY}"},
        {"Authorization": f"bearer {OTHER_KEY}"},
        {"X-API-Key": KEY},
        {"X-API-Key": OTHER_KEY},
        {"Authorization": "Bearer wrong", "X-API-Key": KEY},
    ],
    ids=["bearer", "bearer-lowercase-second-key", "x-api-key", "x-api-key-second-key", "either-header"],
)
def test_a_right_key_in_either_header_is_let_through(keyed: TestClient, headers: dict[str, str]) -> None:
    assert keyed.post("/v1/score", json=SCORE, headers=headers).status_code == 200
    assert keyed.get("/v1/scenarios", headers=headers).status_code != 401


def test_keys_are_compared_in_constant_time_against_every_key(
    keyed: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert keyed.post("/v1/score", json=SCORE, headers={"X-API-Key": KEY}).status_code == 200
    # Every key is compared even after the first one matched: timing must not say which matched.
    assert calls == [(KEY.encode(), KEY.encode()), (KEY.encode(), OTHER_KEY.encode())]
    calls.clear()
    assert keyed.post("/v1/score", json=SCORE, headers={"X-API-Key": "nope"}).status_code == 401
    assert [b for _, b in calls] == [KEY.encode(), OTHER_KEY.encode()]


@pytest.mark.parametrize(
    "path",
    ["/healthz", "/readyz", "/", "/static/app.js", "/static/app.css", "/docs", "/redoc", "/openapi.json"],
)
def test_probes_the_page_and_the_docs_stay_open(keyed: TestClient, path: str) -> None:
    response = keyed.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:200])


@pytest.mark.parametrize(
    "path", ["/v1/scenarios", "/v1/progress", "/v1/sessions/abc", "/admin", "/v2/anything"]
)
def test_everything_else_needs_a_key(keyed: TestClient, path: str) -> None:
    # Deny by default: a route added later outside /v1 is protected until someone opens it.
    assert_error(keyed.get(path), 401, "unauthorized")


# ---- rate limiting ---------------------------------------------------------------------------------


def limited(services: Services, tmp_path: Path, limit: str, **overrides: Any) -> tuple[FastAPI, FakeClock]:
    app = make_app(services, tmp_path, rate_limit=limit, **overrides)
    clock = FakeClock()
    app.state.rate_limiter.clock = clock
    return app, clock


def test_the_request_after_the_limit_is_429_with_retry_after_and_the_bucket_refills(
    services: Services, tmp_path: Path
) -> None:
    app, clock = limited(services, tmp_path, "3/minute")
    client = TestClient(app)
    for _ in range(3):
        assert client.post("/v1/score", json=SCORE).status_code == 200
    response = client.post("/v1/score", json=SCORE)
    body = assert_error(response, 429, "rate_limited")
    # One token every 20 s, none left: the next one is 20 s away.
    assert response.headers["retry-after"] == "20"
    assert body["error"]["details"] == {"retry_after_s": 20, "limit": "3/minute"}
    # Probes and the page are never limited: a flood must not make the orchestrator kill the pod.
    assert client.get("/healthz").status_code == 200
    clock.now += 19.0
    assert client.post("/v1/score", json=SCORE).headers["retry-after"] == "1"
    clock.now += 1.5
    assert client.post("/v1/score", json=SCORE).status_code == 200
    assert client.post("/v1/score", json=SCORE).status_code == 429
    clock.now += 3600
    # A long idle refills the burst, but never beyond it.
    assert [client.post("/v1/score", json=SCORE).status_code for _ in range(4)] == [200, 200, 200, 429]


async def test_each_client_address_has_its_own_allowance(services: Services, tmp_path: Path) -> None:
    app, _ = limited(services, tmp_path, "2/hour")

    async def statuses(address: str, n: int) -> list[int]:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://coach") as client:
            return [(await client.post("/v1/score", json=SCORE)).status_code for _ in range(n)]

    assert await statuses("10.0.0.1", 3) == [200, 200, 429]
    assert await statuses("10.0.0.2", 2) == [200, 200]
    assert await statuses("10.0.0.1", 1) == [429]


def test_each_key_has_its_own_allowance_and_failed_guesses_use_up_the_address(
    services: Services, tmp_path: Path
) -> None:
    app, _ = limited(services, tmp_path, "2/minute", api_keys=[KEY, OTHER_KEY])
    client = TestClient(app)
    first = {"Authorization": f"Bearer {KEY}"}
    second = {"X-API-Key": OTHER_KEY}
    assert [client.post("/v1/score", json=SCORE, headers=first).status_code for _ in range(3)] == [
        200,
        200,
        429,
    ]
    assert [client.post("/v1/score", json=SCORE, headers=second).status_code for _ in range(2)] == [200, 200]
    guesses = [client.post("/v1/score", json=SCORE, headers={"X-API-Key": f"guess{i}"}) for i in range(3)]
    assert [r.status_code for r in guesses] == [401, 401, 429]


def test_the_limiter_forgets_the_longest_idle_client_to_bound_its_memory() -> None:
    limiter = security.RateLimiter(security.RateLimit(1, 60.0, "1/minute"), FakeClock(), max_clients=3)
    for client in ("a", "b", "c", "d"):
        assert limiter.take(client) == 0.0
    assert limiter.take("d") > 0  # still tracked
    assert limiter.take("a") == 0.0  # forgotten, so a full bucket again
    assert len(limiter._buckets) == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", None),
        ("", None),
        ("120/minute", (120, 60.0)),
        ("5/second", (5, 1.0)),
        (" 7 / HOUR ", (7, 3600.0)),
        ("10/minutes", (10, 60.0)),
    ],
)
def test_rate_limit_values_that_parse(value: str, expected: tuple[int, float] | None) -> None:
    parsed = security.parse_rate_limit(value)
    assert (parsed.requests, parsed.period_s) == expected if parsed else expected is None


@pytest.mark.parametrize(
    "value", ["abc", "10", "10/day", "0/minute", "-1/second", "1.5/second", "10 per minute"]
)
def test_a_bad_rate_limit_fails_when_the_app_is_created(
    services: Services, tmp_path: Path, value: str
) -> None:
    with pytest.raises(security.SecurityConfigError, match="COACH_RATE_LIMIT"):
        make_app(services, tmp_path, rate_limit=value)


def test_coach_serve_refuses_a_bad_rate_limit_with_a_clear_message(tmp_path: Path) -> None:
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path), "COACH_RATE_LIMIT": "lots/fortnight"}
    done = subprocess.run(
        [sys.executable, "-m", "coach.cli.main", "serve", "--port", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "COACH_RATE_LIMIT='lots/fortnight'" in done.stderr and "N/minute" in done.stderr
    assert "Traceback" not in done.stderr


# ---- request size ----------------------------------------------------------------------------------


def test_a_declared_content_length_over_the_limit_is_413(services: Services, tmp_path: Path) -> None:
    client = TestClient(make_app(services, tmp_path, max_body_bytes=1_000))
    big = {"message": "x" * 1_200, "reply": "y"}
    response = client.post("/v1/score", json=big)
    body = assert_error(response, 413, "too_large")
    assert body["error"]["details"] == {"max_bytes": 1_000}
    # Just under the limit is read and validated as usual.
    assert client.post("/v1/score", json={"message": "x" * 900, "reply": "y"}).status_code == 200


async def _chunks(total: int, size: int = 256) -> AsyncIterator[bytes]:
    # A JSON body streamed without Content-Length (Transfer-Encoding: chunked).
    yield b'{"message": "'
    sent = 0
    while sent < total:
        yield b"x" * size
        sent += size
    yield b'", "reply": "That sounds hard. What happened?"}'


async def test_a_chunked_body_growing_past_the_limit_is_413(services: Services, tmp_path: Path) -> None:
    app = make_app(services, tmp_path, max_body_bytes=2_000)
    received: list[int] = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://coach") as client:
        request = client.build_request("POST", "/v1/score", content=_chunks(10_000))
        assert "content-length" not in request.headers
        assert request.headers["transfer-encoding"] == "chunked"
        response = await client.send(request)
        received.append(response.status_code)
        assert_error(response, 413, "too_large")
        assert "content-security-policy" in response.headers
        small = await client.post(
            "/v1/score", content=_chunks(1_024), headers={"content-type": "application/json"}
        )
    assert small.status_code == 200, small.text


async def test_an_oversized_chunked_body_on_the_streaming_endpoint_is_413(
    services: Services, tmp_path: Path
) -> None:
    app = make_app(services, tmp_path, max_body_bytes=1_500)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://coach") as client:
        response = await client.post("/v1/reflect/stream", content=_chunks(5_000))
    assert_error(response, 413, "too_large")


# ---- CORS ------------------------------------------------------------------------------------------

PREFLIGHT = {
    "Origin": "https://partner.example",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


def test_cors_is_off_by_default(services: Services, tmp_path: Path) -> None:
    client = TestClient(make_app(services, tmp_path))
    preflight = client.options("/v1/score", headers=PREFLIGHT)
    assert "access-control-allow-origin" not in preflight.headers
    response = client.post("/v1/score", json=SCORE, headers={"Origin": "https://partner.example"})
    assert response.status_code == 200
    assert not [h for h in response.headers if h.startswith("access-control-")]


def test_cors_allows_only_the_configured_origins(services: Services, tmp_path: Path) -> None:
    client = TestClient(
        make_app(
            services, tmp_path, cors_origins=["https://partner.example"], api_keys=[KEY], rate_limit="1/hour"
        )
    )
    preflight = client.options("/v1/score", headers=PREFLIGHT)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://partner.example"
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-credentials" not in preflight.headers
    origin = {"Origin": "https://partner.example"}
    ok = client.post("/v1/score", json=SCORE, headers={**origin, "Authorization": f"Bearer {KEY}"})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "https://partner.example"
    # A browser page must be able to read the 401 and the 429 (and the Retry-After) too.
    denied = client.post("/v1/score", json=SCORE, headers=origin)
    assert (
        denied.status_code == 401
        and denied.headers["access-control-allow-origin"] == "https://partner.example"
    )
    limited_response = client.post(
        "/v1/score", json=SCORE, headers={**origin, "Authorization": f"Bearer {KEY}"}
    )
    assert limited_response.status_code == 429
    assert "retry-after" in limited_response.headers["access-control-expose-headers"].lower()
    stranger = client.options("/v1/score", headers={**PREFLIGHT, "Origin": "https://evil.example"})
    assert stranger.headers.get("access-control-allow-origin") != "https://evil.example"
    other = client.post("/v1/score", json=SCORE, headers={"Origin": "https://evil.example", "X-API-Key": KEY})
    assert "access-control-allow-origin" not in other.headers


# ---- security headers ------------------------------------------------------------------------------


def assert_security_headers(response: AnyResponse) -> None:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert "camera=()" in headers["permissions-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


@pytest.fixture()
def headers_client(services: Services, tmp_path: Path) -> Iterator[TestClient]:
    app = make_app(services, tmp_path, api_keys=[KEY], rate_limit="100/minute", max_body_bytes=1_000)

    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("unexpected")

    yield TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/", {}, 200),
        ("GET", "/static/app.js", {}, 200),
        ("GET", "/healthz", {}, 200),
        ("POST", "/v1/score", {"json": SCORE}, 200),
        ("POST", "/v1/score", {"json": {"message": ""}}, 422),
        ("GET", "/v1/sessions/nope/x", {}, 404),
        ("POST", "/v1/score", {"json": SCORE, "headers": {"X-API-Key": "bad"}}, 401),
        ("POST", "/v1/score", {"content": b"x" * 2_000}, 413),
        ("GET", "/v1/boom", {}, 500),
    ],
)
def test_every_response_carries_the_security_headers(
    headers_client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    kwargs = {**kwargs, "headers": {"X-API-Key": KEY, **kwargs.get("headers", {})}}
    response = headers_client.request(method, path, **kwargs)
    assert response.status_code == status, response.text
    assert_security_headers(response)
    if status >= 400:
        assert set(response.json()) == {"error"}


def test_the_page_csp_allows_only_its_own_scripts_and_styles(headers_client: TestClient) -> None:
    csp = headers_client.get("/").headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    # The page's own assets are external files: nothing inline needs an exception.
    page = headers_client.get("/").text
    assert "<script>" not in page and "style=" not in page


def test_the_docs_pages_may_load_swagger_and_redoc_from_their_cdn(headers_client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        response = headers_client.get(path)
        assert response.status_code == 200
        csp = response.headers["content-security-policy"]
        assert "https://cdn.jsdelivr.net" in csp and "frame-ancestors 'none'" in csp
        assert "cdn.jsdelivr.net" in response.text


def test_api_answers_are_not_cached_but_the_stream_keeps_its_own_cache_header(
    headers_client: TestClient,
) -> None:
    auth = {"X-API-Key": KEY}
    assert headers_client.post("/v1/score", json=SCORE, headers=auth).headers["cache-control"] == "no-store"
    with headers_client.stream(
        "POST", "/v1/reflect/stream", json={"message": "You never listen to me."}, headers=auth
    ) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert stream.headers["cache-control"] == "no-cache"
        assert_security_headers(stream)
        events = [line for line in stream.iter_lines() if line.startswith("event: ")]
    # The middleware is pure ASGI: the stream still arrives as several events, ending in the result.
    assert events.count("event: delta") >= 2 and events[-1] == "event: result"


# ---- logging -----------------------------------------------------------------------------------------

SECRET_MESSAGE = "ZEBRA-7731 you never told me about the letters from your sister"
SECRET_REPLY = "QUOKKA-4410 it sounds like finding them out that way really hurt"


def _exercise(client: TestClient, headers: dict[str, str]) -> None:
    assert client.post(
        "/v1/score", json={"message": SECRET_MESSAGE, "reply": SECRET_REPLY}, headers=headers
    ).is_success
    assert client.post("/v1/reflect", json={"message": SECRET_MESSAGE}, headers=headers).is_success
    with client.stream(
        "POST", "/v1/reflect/stream", json={"message": SECRET_MESSAGE}, headers=headers
    ) as stream:
        _ = list(stream.iter_lines())
    assert (
        client.post("/v1/score", json={"message": SECRET_MESSAGE, "reply": ""}, headers=headers).status_code
        == 422
    )
    session = client.post("/v1/sessions", json={"scenario_id": None}, headers=headers).json()
    replied = client.post(
        f"/v1/sessions/{session['id']}/replies", json={"reply": SECRET_REPLY}, headers=headers
    )
    assert replied.status_code == 200, replied.text


def _everything_logged(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter()
    lines = []
    for record in records:
        lines.append(formatter.format(record))
        lines.append(logging_setup.JsonFormatter().format(record))
    return "\n".join(lines)


@pytest.mark.parametrize("log_content", [False, True], ids=["default", "log-content-on"])
def test_message_text_reaches_the_logs_only_when_log_content_is_on(
    services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture, log_content: bool
) -> None:
    app = make_app(services, tmp_path, api_keys=[KEY], log_content=log_content)
    caplog.set_level(logging.DEBUG)
    with TestClient(app) as client:
        _exercise(client, {"Authorization": f"Bearer {KEY}"})
    logged = _everything_logged(caplog.records)
    access = [r for r in caplog.records if r.name == "coach.access"]
    assert len(access) >= 6
    # One line per request: method, path, status, duration and key id; never the key itself.
    score = next(vars(r) for r in access if getattr(r, "path", "") == "/v1/score")
    key_id = hashlib.sha256(KEY.encode()).hexdigest()[:6]
    assert (score["method"], score["status"], score["key_id"]) == ("POST", 200, key_id)
    assert isinstance(score["duration_ms"], float) and score["body_bytes"] > 0
    assert KEY not in logged
    for secret in (SECRET_MESSAGE, SECRET_REPLY):
        assert (secret in logged) is log_content, secret
    if not log_content:
        assert f"body=<{score['body_bytes']} bytes>" in score["msg"] % score["args"]


def test_the_content_helper_returns_text_only_when_switched_on() -> None:
    assert logging_setup.content("private words", enabled=False) == "<13 chars>"
    assert logging_setup.content("private words", enabled=True) == "private words"
    assert logging_setup.content(b"private", enabled=False) == "<7 bytes>"
    assert logging_setup.content("priv", enabled=False, size=1_234) == "<1234 bytes>"
    assert logging_setup.content(None, enabled=True) == "<none>"


def test_configure_writes_json_lines_and_sets_the_process_wide_switch(tmp_path: Path) -> None:
    import io
    import json

    stream = io.StringIO()
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    try:
        logging_setup.configure(Settings(data_dir=tmp_path, log_level="DEBUG"), fmt="json", stream=stream)
        assert logging_setup.content("words") == "<5 chars>"
        logging.getLogger("coach.test").info("hello %s", "there", extra={"path": "/v1/score"})
        line = json.loads(stream.getvalue().splitlines()[-1])
        assert line["message"] == "hello there" and line["path"] == "/v1/score" and line["level"] == "INFO"
        logging_setup.configure(Settings(data_dir=tmp_path, log_content=True), stream=stream)
        assert logging_setup.content("words") == "words"
        # Configuring again replaces its own handler rather than doubling every line.
        assert sum(isinstance(h, logging_setup._CoachHandler) for h in root.handlers) == 1
        with pytest.raises(ValueError, match="COACH_LOG_LEVEL"):
            logging_setup.configure(Settings(data_dir=tmp_path, log_level="LOUD"), stream=stream)
    finally:
        for handler in list(root.handlers):
            if handler not in before[0]:
                root.removeHandler(handler)
        root.setLevel(before[1])
        logging_setup._content_enabled = False

"""API protection: keys, rate limits, body size, CORS, security headers and the access log.

Installed by ``create_app`` with ``install(app, settings)``. Everything here is pure ASGI (no
BaseHTTPMiddleware), so streamed responses (``/v1/reflect/stream``) pass through untouched.

The layers, outermost first::

    _ResponseLayer   security headers on every response, one access-log line per request
    CORSMiddleware   only when COACH_CORS_ORIGINS is set; outside the guard so that preflights
                     and 401/429 answers carry CORS headers a browser can read
    _Guard           API keys -> rate limit -> body size, answering in the SPEC error shape
    FastAPI's own stack (ServerErrorMiddleware, user middleware, routes)

They wrap FastAPI's whole middleware stack, including its ServerErrorMiddleware, so that a 500
from an unhandled error still gets the headers and an access-log line.

The rate limiter keeps its buckets in this process's memory. Behind several workers or
replicas each one counts on its own, so put the real limit at the reverse proxy and treat this
one as a per-process safety net.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coach import logging_setup
from coach.api.errors import error_response
from coach.settings import Settings

access_log = logging.getLogger("coach.access")

Clock = Callable[[], float]

# Paths anyone may reach even when keys are configured: probes, the chat page and its assets,
# and the API's own documentation. Everything else needs a key (deny by default, so a route
# added later outside /v1 is protected until someone decides otherwise).
OPEN_PATHS = frozenset(
    {"/", "/healthz", "/readyz", "/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"}
)
OPEN_PREFIXES = ("/static/",)
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})

# The chat page is served from this app only and shows people's own words: nothing else may run.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's Swagger UI and ReDoc pages load their bundles from jsdelivr and start them with an
# inline script. They show only the OpenAPI document, never anyone's words, so the inline script
# is allowed there and nowhere else.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "font-src 'self' https://fonts.gstatic.com; worker-src 'self' blob:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    (
        "permissions-policy",
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
        "payment=(), usb=()",
    ),
    ("cross-origin-opener-policy", "same-origin"),
)
# API answers carry people's words: no browser or proxy cache may keep them.
API_CACHE_CONTROL = "no-store"

_PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_RATE_RE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour)s?\s*$", re.IGNORECASE)
_BEARER_RE = re.compile(r"^\s*bearer\s+(\S+)\s*$", re.IGNORECASE)
# Written into the request's scope by the guard, read by the access log around it.
_KEY_ID = "coach.key_id"
# Enough of a body to see what was sent when content logging is on, not a copy of every upload.
_LOGGED_BODY_BYTES = 4_000
_MAX_TRACKED_CLIENTS = 10_000


class SecurityConfigError(ValueError):
    """A protection setting that cannot work; raised when the app is created, not on a request."""


@dataclass(frozen=True)
class RateLimit:
    requests: int
    period_s: float
    text: str

    @property
    def per_second(self) -> float:
        return self.requests / self.period_s


def parse_rate_limit(value: str) -> RateLimit | None:
    """``"120/minute"`` -> RateLimit; ``"0"`` (or empty) -> None, meaning no limit."""
    text = (value or "").strip()
    if text in ("", "0"):
        return None
    match = _RATE_RE.match(text)
    if match is None or int(match.group(1)) < 1:
        raise SecurityConfigError(
            f"COACH_RATE_LIMIT={value!r} is not a rate: use N/second, N/minute or N/hour with N >= 1 "
            "(for example 120/minute), or 0 to turn rate limiting off"
        )
    unit = match.group(2).lower()
    return RateLimit(int(match.group(1)), _PERIODS[unit], f"{int(match.group(1))}/{unit}")


def key_id(key: str) -> str:
    """What the logs say about a key: enough to tell keys apart, useless for guessing one."""
    return hashlib.sha256(key.encode()).hexdigest()[:6]


class RateLimiter:
    """A token bucket per client: a burst of up to N requests, refilled at N per period.

    Only ever touched from the event loop thread and never across an await, so it needs no lock.
    """

    def __init__(
        self, limit: RateLimit, clock: Clock = time.monotonic, max_clients: int = _MAX_TRACKED_CLIENTS
    ) -> None:
        self.limit = limit
        self.clock = clock
        self.max_clients = max_clients
        # Insertion order is recency order: the first entry is the client idle the longest.
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """0.0 when the request may go ahead, else the seconds until it would."""
        now = self.clock()
        capacity = float(self.limit.requests)
        tokens, stamp = self._buckets.pop(client, (capacity, now))
        tokens = min(capacity, tokens + (now - stamp) * self.limit.per_second)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.limit.per_second
        self._buckets[client] = (tokens, now)
        if len(self._buckets) > self.max_clients:
            # Forgetting the longest-idle client only ever gives it a full bucket back early, and it
            # keeps the memory bounded however many addresses send requests.
            del self._buckets[next(iter(self._buckets))]
        return wait


@dataclass(frozen=True)
class Policy:
    keys: tuple[bytes, ...]
    key_ids: tuple[str, ...]
    rate_limit: RateLimit | None
    max_body_bytes: int
    cors_origins: tuple[str, ...]
    log_content: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        keys = tuple(k for k in (key.strip() for key in settings.api_keys) if k)
        if settings.max_body_bytes < 1:
            raise SecurityConfigError(f"COACH_MAX_BODY_BYTES={settings.max_body_bytes} must be positive")
        return cls(
            keys=tuple(k.encode() for k in keys),
            key_ids=tuple(key_id(k) for k in keys),
            rate_limit=parse_rate_limit(settings.rate_limit),
            max_body_bytes=settings.max_body_bytes,
            cors_origins=tuple(settings.cors_origins),
            log_content=settings.log_content,
        )


def install(app: FastAPI, settings: Settings, *, clock: Clock = time.monotonic) -> None:
    """Wrap the app in the protection layers; a setting that cannot work raises here, at start-up.

    The policy and the rate limiter are left on ``app.state`` (``security_policy``,
    ``rate_limiter``) for inspection; tests swap the limiter's clock there.
    """
    policy = Policy.from_settings(settings)
    limiter = RateLimiter(policy.rate_limit, clock) if policy.rate_limit else None
    build_inner = app.build_middleware_stack

    def build_protected() -> ASGIApp:
        stack: ASGIApp = _Guard(build_inner(), policy, limiter)
        if policy.cors_origins:
            stack = CORSMiddleware(
                stack,
                allow_origins=policy.cors_origins,
                allow_methods=("GET", "POST"),
                allow_headers=("Authorization", "Content-Type", "X-API-Key"),
                expose_headers=("Retry-After", "X-Coach-Fallback"),
                # Keys travel in headers, never cookies, so credentialed requests are not needed.
                allow_credentials=False,
            )
        return _ResponseLayer(stack, policy)

    # add_middleware() can only place layers inside FastAPI's ServerErrorMiddleware, where a 500
    # would escape both the headers and the access log; wrapping the built stack puts them outside.
    setattr(app, "build_middleware_stack", build_protected)  # noqa: B010
    app.state.security_policy = policy
    app.state.rate_limiter = limiter


# ---- helpers -------------------------------------------------------------------------------------


def route_path(scope: Scope) -> str:
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and path != root:
        path = path[len(root) :]
    return path or "/"


def is_open(path: str) -> bool:
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def presented_keys(scope: Scope) -> list[str]:
    found: list[str] = []
    authorization = _header(scope, b"authorization")
    if authorization and (match := _BEARER_RE.match(authorization)):
        found.append(match.group(1))
    api_key = _header(scope, b"x-api-key")
    if api_key and api_key.strip():
        found.append(api_key.strip())
    return found


def match_key(policy: Policy, candidates: list[str]) -> str | None:
    """The id of the configured key a candidate equals, else None.

    Every candidate is compared with every key, with no early exit, so the time taken says
    nothing about which key (or how much of one) matched.
    """
    matched: str | None = None
    for candidate in candidates:
        # Headers were decoded as latin-1: this gives back the bytes the client sent.
        raw = candidate.encode("latin-1")
        for key, ident in zip(policy.keys, policy.key_ids, strict=True):
            if hmac.compare_digest(raw, key) and matched is None:
                matched = ident
    return matched


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class _BodyTooLarge(Exception):
    """Raised into the app from receive() when a streamed body passes the limit."""


# ---- the guard: keys, rate limit, body size -------------------------------------------------------


class _Guard:
    def __init__(self, app: ASGIApp, policy: Policy, limiter: RateLimiter | None) -> None:
        self.app = app
        self.policy = policy
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self.policy
        if not is_open(route_path(scope)):
            presented = presented_keys(scope) if policy.keys else []
            ident = match_key(policy, presented) if presented else None
            scope[_KEY_ID] = ident or ("invalid" if presented else "-")
            if self.limiter is not None:
                # Per key when one is valid, else per address: failed key guesses use up the
                # address's allowance too, so keys cannot be brute-forced at full speed.
                wait = self.limiter.take(f"key:{ident}" if ident else f"addr:{client_address(scope)}")
                if wait > 0:
                    await self._rate_limited(scope, receive, send, wait)
                    return
            if policy.keys and ident is None:
                await error_response(
                    401,
                    "unauthorized",
                    "A valid API key is required: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.",
                    headers={"WWW-Authenticate": "Bearer"},
                )(scope, receive, send)
                return
        await self._with_body_limit(scope, receive, send)

    async def _rate_limited(self, scope: Scope, receive: Receive, send: Send, wait: float) -> None:
        limit = self.limiter.limit if self.limiter else None
        retry_after = max(1, math.ceil(wait))
        await error_response(
            429,
            "rate_limited",
            f"Too many requests; try again in {retry_after} s.",
            {"retry_after_s": retry_after, "limit": limit.text if limit else None},
            headers={"Retry-After": str(retry_after)},
        )(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.policy.max_body_bytes
        await error_response(
            413,
            "too_large",
            f"The request body is larger than {limit} bytes.",
            {"max_bytes": limit},
            # The rest of an oversized body is never read; the client must not reuse the connection.
            headers={"Connection": "close"},
        )(scope, receive, send)

    async def _with_body_limit(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.policy.max_body_bytes
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            await self._too_large(scope, receive, send)
            return

        received = 0
        too_large = False
        started = False

        async def counting_receive() -> Message:
            # Chunked bodies have no Content-Length: count what actually arrives.
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if too_large and not started:
                # Whatever the app says about the body it could not finish reading (FastAPI turns
                # the error into a 400) gives way to the 413 sent below.
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except Exception:
            if not too_large:
                raise
        if too_large and not started:
            await self._too_large(scope, receive, send)


# ---- the response layer: security headers and the access log -------------------------------------


class _ResponseLayer:
    def __init__(self, app: ASGIApp, policy: Policy) -> None:
        self.app = app
        self.policy = policy

    def _headers_for(self, path: str) -> list[tuple[bytes, bytes]]:
        csp = DOCS_CSP if path in DOCS_PATHS else PAGE_CSP
        headers = [
            (b"content-security-policy", csp.encode()),
            *((k.encode(), v.encode()) for k, v in SECURITY_HEADERS),
        ]
        if path.startswith("/v1/"):
            headers.append((b"cache-control", API_CACHE_CONTROL.encode()))
        return headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = route_path(scope)
        extra_headers = self._headers_for(path)
        started_at = time.perf_counter()
        status = 0
        body_size = 0
        body_head = bytearray()
        log_content = self.policy.log_content

        async def observed_receive() -> Message:
            nonlocal body_size
            message = await receive()
            if message["type"] == "http.request":
                chunk: bytes = message.get("body", b"")
                body_size += len(chunk)
                if log_content and len(body_head) < _LOGGED_BODY_BYTES:
                    body_head.extend(chunk[: _LOGGED_BODY_BYTES - len(body_head)])
            return message

        async def decorated_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                present = {name.lower() for name, _ in message.get("headers", ())}
                # The app's own choice wins (the SSE stream sets its own Cache-Control).
                added = [(k, v) for k, v in extra_headers if k not in present]
                message = {**message, "headers": [*message.get("headers", ()), *added]}
            await send(message)

        try:
            await self.app(scope, observed_receive, decorated_send)
        except Exception:
            status = status or 500
            raise
        finally:
            self._log(scope, path, status, time.perf_counter() - started_at, body_size, bytes(body_head))

    def _log(self, scope: Scope, path: str, status: int, seconds: float, body_size: int, body: bytes) -> None:
        if not access_log.isEnabledFor(logging.INFO):
            return
        method = str(scope.get("method", "-"))
        duration_ms = round(seconds * 1000, 1)
        ident = str(scope.get(_KEY_ID, "-"))
        fields: dict[str, Any] = {
            "method": method,
            "path": path,
            "status": status,
            "duration_ms": duration_ms,
            "key_id": ident,
            "body_bytes": body_size,
        }
        message = "%s %s %d %.1fms key=%s"
        args: list[Any] = [method, path, status, duration_ms, ident]
        if body_size:
            # The body is people's words: only its size unless COACH_LOG_CONTENT=1.
            shown = logging_setup.content(
                bytes(body[:_LOGGED_BODY_BYTES]), self.policy.log_content, size=body_size
            )
            if self.policy.log_content:
                fields["body"] = shown
            message += " body=%s"
            args.append(shown)
        access_log.info(message, *args, extra=fields)

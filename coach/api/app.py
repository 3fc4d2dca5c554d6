"""The FastAPI application: API under /v1, operations probes, and the chat page at /."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from coach import __version__
from coach.api import errors, security
from coach.api.routers import health, progress, reflect, reflect_stream, scenarios, score, sessions
from coach.services import Services
from coach.settings import Settings, get_settings

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or get_settings()
    services = services or Services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ready = asyncio.Event()
        app.state.ready_event = ready

        async def prepare() -> None:
            try:
                await asyncio.to_thread(services.prepare)
                ready.set()
            except Exception:
                log.exception("start-up preparation failed; /readyz stays unready")

        task = asyncio.create_task(prepare())
        yield
        task.cancel()

    app = FastAPI(
        title="coach",
        version=__version__,
        summary="A reflective-listening coach: reflect-backs, reply scoring and practice.",
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.settings = settings
    app.state.readiness_checks = {}
    errors.install(app)
    security.install(app, settings)
    app.include_router(health.router)
    app.include_router(reflect.router)
    app.include_router(reflect_stream.router)
    app.include_router(score.router)
    app.include_router(scenarios.router)
    app.include_router(sessions.router)
    app.include_router(progress.router)

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

"""Wiring shared by the practice routers: the service's lifetime, its dependency, its errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request

from coach.api.errors import ApiError
from coach.practice.partner import PartnerVoice
from coach.practice.scenarios import default_book
from coach.practice.service import ConflictError, NotFoundError, PracticeError, PracticeService
from coach.practice.store import SQLiteStore
from coach.settings import Settings, get_settings


@asynccontextmanager
async def practice_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Attached to every practice router: FastAPI merges router lifespans into the app's, so the
    routers bring their own database without more lines in app.py. The first one to run opens the
    store; the others find it there."""
    if getattr(app.state, "practice", None) is not None:
        yield
        return
    settings: Settings = getattr(app.state, "settings", None) or get_settings()
    store = SQLiteStore.in_data_dir(settings.data_dir)
    app.state.practice = PracticeService(store, default_book(), PartnerVoice(settings))
    checks = getattr(app.state, "readiness_checks", None)
    if checks is None:
        checks = app.state.readiness_checks = {}
    checks["database"] = store.integrity_check
    try:
        yield
    finally:
        checks.pop("database", None)
        app.state.practice = None
        store.close()


def get_practice(request: Request) -> PracticeService:
    practice: PracticeService | None = getattr(request.app.state, "practice", None)
    if practice is None:
        raise ApiError(
            503, "not_ready", "Practice is not available: the app was started without its lifespan."
        )
    return practice


PracticeDep = Annotated[PracticeService, Depends(get_practice)]


def api_error(exc: PracticeError) -> ApiError:
    if isinstance(exc, NotFoundError):
        return ApiError(404, exc.code, exc.message)
    if isinstance(exc, ConflictError):
        return ApiError(409, exc.code, exc.message)
    return ApiError(400, exc.code, exc.message)

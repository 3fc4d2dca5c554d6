from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The index and the database are ready")
async def readyz(request: Request) -> JSONResponse:
    services = request.app.state.services
    checks: dict[str, bool] = {"index": services.ready}
    for name, check in getattr(request.app.state, "readiness_checks", {}).items():
        checks[name] = bool(check())
    ready = all(checks.values())
    body = {"status": "ready" if ready else "starting", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)

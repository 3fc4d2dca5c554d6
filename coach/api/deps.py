"""Dependencies shared by the routers; tests override get_settings or swap app.state.services."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Depends, Request

from coach.api.errors import ApiError
from coach.services import Services

_READY_WAIT_S = 120.0


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    if not services.ready:
        # The first start builds the index and fits the scorer in the background; requests that
        # arrive meanwhile wait for it rather than fail.
        ready: asyncio.Event = request.app.state.ready_event
        try:
            await asyncio.wait_for(ready.wait(), timeout=_READY_WAIT_S)
        except TimeoutError as exc:
            raise ApiError(503, "not_ready", "The coach is still starting; try again shortly.") from exc
    return services


ServicesDep = Annotated[Services, Depends(get_services)]

from __future__ import annotations

from fastapi import APIRouter

from coach.api.practice import PracticeDep, practice_lifespan
from coach.practice.schemas import ProgressOut

router = APIRouter(prefix="/v1", tags=["practice"], lifespan=practice_lifespan)


@router.get(
    "/progress",
    response_model=ProgressOut,
    summary="Per-element averages, pass rates and flag rates per session (oldest first) and in total",
)
def progress(practice: PracticeDep) -> ProgressOut:
    return practice.progress()

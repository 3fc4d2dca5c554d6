from __future__ import annotations

from fastapi import APIRouter

from coach.api.practice import PracticeDep, practice_lifespan
from coach.practice.schemas import ScenarioSummary

router = APIRouter(prefix="/v1", tags=["practice"], lifespan=practice_lifespan)


@router.get("/scenarios", response_model=list[ScenarioSummary], summary="The practice scenarios")
def list_scenarios(practice: PracticeDep) -> list[ScenarioSummary]:
    return practice.scenarios()

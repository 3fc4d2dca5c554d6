from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from coach.api.deps import ServicesDep
from coach.api.practice import PracticeDep, api_error, practice_lifespan
from coach.practice.schemas import ReplyCreate, ReplyOut, SessionCreate, SessionOut
from coach.practice.service import PracticeError
from coach.schemas import ErrorResponse

router = APIRouter(prefix="/v1", tags=["practice"], lifespan=practice_lifespan)

SessionId = Annotated[str, Path(min_length=1, max_length=64)]


@router.post(
    "/sessions",
    response_model=SessionOut,
    summary="Start practising a scenario (null picks the one practised least)",
    responses={404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
)
def start_session(body: SessionCreate, practice: PracticeDep) -> SessionOut:
    try:
        return practice.start(body.scenario_id)
    except PracticeError as exc:
        raise api_error(exc) from exc


@router.get(
    "/sessions/{session_id}",
    response_model=SessionOut,
    summary="The whole transcript of a session, with every reply's evaluation",
    responses={404: {"model": ErrorResponse}},
)
def get_session(session_id: SessionId, practice: PracticeDep) -> SessionOut:
    try:
        return practice.session(session_id)
    except PracticeError as exc:
        raise api_error(exc) from exc


@router.post(
    "/sessions/{session_id}/replies",
    response_model=ReplyOut,
    summary="Answer the partner: feedback on the reply, a model reflect-back, the partner's next line",
    responses={404: {"model": ErrorResponse}, 409: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
)
async def add_reply(
    session_id: SessionId, body: ReplyCreate, practice: PracticeDep, services: ServicesDep
) -> ReplyOut:
    try:
        return await practice.reply(services, session_id, body.reply, retry=body.retry)
    except PracticeError as exc:
        raise api_error(exc) from exc

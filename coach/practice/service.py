"""Practice sessions: start one, answer the partner, get feedback, and see progress over time."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from statistics import fmean

from coach import pipeline
from coach.domain import ELEMENTS, FLAGS
from coach.practice.partner import PartnerVoice, Speaker
from coach.practice.scenarios import Scenario, ScenarioBook
from coach.practice.schemas import (
    ElementStats,
    ProgressOut,
    ReplyOut,
    ScenarioOut,
    ScenarioSummary,
    SessionOut,
    SessionProgress,
    Stats,
    TurnOut,
)
from coach.practice.store import PracticeStore, SessionRecord, StaleSessionError, TurnRecord, now
from coach.schemas import Evaluation, ReflectRequest, Safety
from coach.services import Services

_DECIMALS = 4


class PracticeError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class NotFoundError(PracticeError):
    pass


class ConflictError(PracticeError):
    pass


def _worst_crisis(verdicts: Sequence[Safety | None]) -> Safety | None:
    """Only a crisis interrupts practice; 'concern' is common in hard scenarios and stays quiet."""
    return next((v for v in verdicts if v is not None and v.level == "crisis"), None)


def _mean(values: Sequence[float]) -> float:
    return round(fmean(values), _DECIMALS) if values else 0.0


def stats(evaluations: Sequence[Evaluation]) -> Stats:
    # A judge that gave no verdict says nothing about the reply, so it must not pull averages down.
    scored = [e for e in evaluations if not e.unscored]
    return Stats(
        turns=len(scored),
        overall=_mean([e.overall for e in scored]),
        pass_rate=_mean([float(e.passed) for e in scored]),
        elements={
            el: ElementStats(
                average=_mean([e.criteria[el].score for e in scored]),
                pass_rate=_mean([float(e.criteria[el].passed) for e in scored]),
            )
            for el in ELEMENTS
        },
        flags={fl: _mean([float(e.flags[fl].flagged) for e in scored]) for fl in FLAGS},
    )


class PracticeService:
    def __init__(self, store: PracticeStore, book: ScenarioBook, partner: PartnerVoice) -> None:
        self.store = store
        self.book = book
        self.partner = partner

    # ---- scenarios -----------------------------------------------------------------------------

    def scenarios(self) -> list[ScenarioSummary]:
        return [ScenarioSummary.model_validate(s.model_dump()) for s in self.book.all]

    def _scenario_out(self, scenario_id: str, fallback_opening: str) -> ScenarioOut:
        scenario = self.book.get(scenario_id)
        if scenario is None:
            # The scenarios file changed under an old session; keep its transcript readable.
            return ScenarioOut(
                id=scenario_id,
                title=scenario_id,
                theme="retired",
                difficulty="medium",
                opening=fallback_opening,
                partner="Your partner",
                background="",
            )
        return ScenarioOut.model_validate(scenario.model_dump())

    def _pick(self, scenario_id: str | None) -> Scenario:
        if scenario_id is not None:
            scenario = self.book.get(scenario_id)
            if scenario is None:
                raise NotFoundError("scenario_not_found", f"There is no scenario '{scenario_id}'.")
            return scenario
        # Deterministic rather than random: the least practised scenario, earliest in the file.
        counts = self.store.scenario_counts()
        return min(self.book.all, key=lambda s: counts.get(s.id, 0))

    # ---- sessions ------------------------------------------------------------------------------

    def start(self, scenario_id: str | None) -> SessionOut:
        scenario = self._pick(scenario_id)
        stamp = now()
        record = SessionRecord(
            id=uuid.uuid4().hex,
            scenario_id=scenario.id,
            partner_message=scenario.opening,
            step=0,
            safety=None,
            created_at=stamp,
            updated_at=stamp,
        )
        self.store.create_session(record)
        return self._session_out(record, [])

    def _record(self, session_id: str) -> SessionRecord:
        record = self.store.get_session(session_id)
        if record is None:
            raise NotFoundError("session_not_found", f"There is no practice session '{session_id}'.")
        return record

    def session(self, session_id: str) -> SessionOut:
        record = self._record(session_id)
        return self._session_out(record, self.store.turns(session_id))

    def _session_out(self, record: SessionRecord, turns: list[TurnRecord]) -> SessionOut:
        opening = turns[0].message if turns else record.partner_message
        out: list[TurnOut] = []
        for t in turns:
            out.append(
                TurnOut(
                    turn=t.turn,
                    message=t.message,
                    reply=t.reply,
                    evaluation=t.evaluation,
                    suggestion=t.suggestion,
                    partner_message=t.partner_message,
                    safety=t.safety,
                    retry=t.retry,
                    paused=t.paused,
                    created_at=t.created_at,
                )
            )
        return SessionOut(
            id=record.id,
            scenario=self._scenario_out(record.scenario_id, opening),
            turns=out,
            partner_message=record.partner_message,
            safety=record.safety if record.safety and record.safety.level == "crisis" else None,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )

    async def reply(
        self, services: Services, session_id: str, reply: str, *, retry: bool = False
    ) -> ReplyOut:
        record = await asyncio.to_thread(self._record, session_id)
        turns = await asyncio.to_thread(self.store.turns, session_id)
        scenario = self.book.get(record.scenario_id)
        if scenario is None:
            raise ConflictError(
                "scenario_unavailable", "This session's scenario no longer exists; start a new one."
            )
        if retry:
            if not turns:
                raise ConflictError("nothing_to_retry", "There is no earlier reply to try again.")
            # Try again: answer the same partner line as last time, as if that reply never happened.
            message, step, context = turns[-1].message, turns[-1].step, turns[:-1]
        else:
            message, step, context = record.partner_message, record.step, turns

        evaluation = await asyncio.to_thread(services.rules.score, message, reply)
        reply_safety = await asyncio.to_thread(services.safety.screen, reply)
        suggestion = await pipeline.reflect(services, ReflectRequest(message=message))

        paused = reply_safety.level == "crisis"
        if paused:
            # Someone who writes about real danger mid-practice is not answering the role-play.
            # The partner does not react to it (no model is asked to); the session pauses on the
            # same line, and progress leaves the turn out.
            partner_line, next_step, partner_safety = message, step, None
        else:
            transcript: list[tuple[Speaker, str]] = []
            for t in context:
                transcript += [("partner", t.message), ("listener", t.reply)]
            transcript += [("partner", message), ("listener", reply)]
            partner_line = await self.partner.next_line(scenario, transcript, evaluation, step)
            partner_safety = await asyncio.to_thread(services.safety.screen, partner_line)
            next_step = step + 1

        safety = _worst_crisis([reply_safety, suggestion.safety, partner_safety])
        turn = TurnRecord(
            session_id=session_id,
            turn=len(turns) + 1,
            step=step,
            message=message,
            reply=reply,
            evaluation=evaluation,
            suggestion=suggestion.reflection,
            partner_message=partner_line,
            safety=safety,
            created_at=now(),
            retry=retry,
            paused=paused,
        )
        try:
            await asyncio.to_thread(self.store.add_turn, turn, expected_turns=len(turns), next_step=next_step)
        except StaleSessionError as exc:
            raise ConflictError(
                "session_changed", "Another reply reached this session first; reload it and try again."
            ) from exc
        return ReplyOut(
            evaluation=evaluation,
            suggestion=suggestion.reflection,
            partner_message=partner_line,
            turn=turn.turn,
            safety=safety,
        )

    # ---- progress ------------------------------------------------------------------------------

    def progress(self) -> ProgressOut:
        # A reply that screened as a crisis was not a listening attempt; it must not count as one.
        history = [
            (s, kept) for s, turns in self.store.history() if (kept := [t for t in turns if not t.paused])
        ]
        sessions = []
        for record, turns in history:
            scenario = self.book.get(record.scenario_id)
            base = stats([t.evaluation for t in turns])
            sessions.append(
                SessionProgress(
                    **base.model_dump(),
                    session_id=record.id,
                    scenario_id=record.scenario_id,
                    scenario_title=scenario.title if scenario else record.scenario_id,
                    started_at=record.created_at,
                    updated_at=record.updated_at,
                )
            )
        return ProgressOut(
            sessions=sessions,
            totals=stats([t.evaluation for _, turns in history for t in turns]),
            session_count=len(history),
        )

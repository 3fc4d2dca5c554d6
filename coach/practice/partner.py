"""The partner's next line: scripted offline, role-played by the model when one is configured.

The scorer's verdict on the reply decides how the partner answers. Offline, it picks the scripted
follow-up for that verdict; with COACH_MODEL set, the model plays the partner from the scenario's
background and the transcript, softening after a reply that listened and escalating after one
that did not, and any failure falls back to the script so practice never stalls on a model.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from functools import cache
from typing import Any, Literal

from coach import prompts
from coach.domain import ELEMENTS
from coach.generation import llm, llm_cache
from coach.practice.scenarios import VERDICTS, Scenario, Verdict
from coach.schemas import Evaluation
from coach.settings import Settings

log = logging.getLogger(__name__)

Speaker = Literal["partner", "listener"]
Transcript = Sequence[tuple[Speaker, str]]

_ESCALATING = frozenset({"contempt", "criticism", "defensiveness"})
_MOSTLY_GOOD_ELEMENTS = 4
_MOSTLY_GOOD_OVERALL = 0.5
MAX_LINE = 600


@cache
def _how_to_answer() -> dict[str, str]:
    """How the role-played partner takes each verdict, from the prompt file."""
    try:
        answers = json.loads(prompts.load(prompts.PARTNER_ANSWERS))
    except ValueError as exc:
        raise prompts.PromptError(f"{prompts.PARTNER_ANSWERS} is not valid JSON: {exc}") from exc
    missing = [v for v in VERDICTS if not isinstance(answers.get(v), str)]
    if missing:
        raise prompts.PromptError(f"{prompts.PARTNER_ANSWERS} has no text for {', '.join(missing)}")
    return {v: answers[v] for v in VERDICTS}


def verdict(evaluation: Evaluation) -> Verdict:
    """How the reply landed, in the four ways a scripted partner can answer it."""
    raised = {flag for flag, result in evaluation.flags.items() if result.flagged}
    # Horsemen first: a reply that attacks lands as an attack however warm the rest of it is.
    if raised & _ESCALATING:
        return "defensive"
    if "stonewalling" in raised:
        return "withdrawn"
    passed = sum(evaluation.criteria[e].passed for e in ELEMENTS if e in evaluation.criteria)
    if evaluation.passed or (passed >= _MOSTLY_GOOD_ELEMENTS and evaluation.overall >= _MOSTLY_GOOD_OVERALL):
        return "listened"
    if any(
        not evaluation.criteria[e].passed
        for e in ("no_judgment", "room_for_feelings")
        if e in evaluation.criteria
    ):
        return "dismissed"
    return "withdrawn"


def scripted_line(scenario: Scenario, evaluation: Evaluation, step: int) -> str:
    return scenario.followups.line(verdict(evaluation), step)


def _clean(text: str) -> str:
    line = " ".join(text.split())
    # Models like to wrap role-play lines in quotes or prefix the speaker's name.
    for quote in ('"', "“", "'"):
        if len(line) > 1 and line.startswith(quote) and line.endswith(quote if quote != "“" else "”"):
            line = line[1:-1].strip()
    return line[:MAX_LINE]


class PartnerVoice:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def next_line(
        self, scenario: Scenario, transcript: Transcript, evaluation: Evaluation, step: int
    ) -> str:
        script = scripted_line(scenario, evaluation, step)
        if not self.settings.model:
            return script
        try:
            line = await self._model_line(scenario, transcript, verdict(evaluation), script)
        except Exception as exc:  # any model failure: the script keeps the practice going
            log.warning("partner model failed, using the script: %s", type(exc).__name__)
            return script
        return line or script

    def messages(
        self, scenario: Scenario, transcript: Transcript, how: Verdict, script: str
    ) -> list[dict[str, str]]:
        system = prompts.fill(
            prompts.PARTNER_SYSTEM,
            partner=scenario.partner,
            background=scenario.background,
            how=_how_to_answer()[how],
            script=script,
        )
        messages = [{"role": "system", "content": system}]
        for speaker, text in transcript:
            role = "assistant" if speaker == "partner" else "user"
            messages.append({"role": role, "content": text})
        return messages

    async def _model_line(self, scenario: Scenario, transcript: Transcript, how: Verdict, script: str) -> str:
        response: Any = await llm_cache.completion(
            acompletion=llm.litellm_module().acompletion,
            model=self.settings.model,
            messages=self.messages(scenario, transcript, how, script),
            temperature=self.settings.temperature,
            timeout=self.settings.request_timeout_s,
            max_tokens=200,
        )
        content = response.choices[0].message.content
        return _clean(content) if isinstance(content, str) else ""

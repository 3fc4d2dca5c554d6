"""The guard: only a candidate the scorer passes reaches the person.

Candidates are scored with the same scorer /v1/score exposes; the best passing one wins. If none
passes, the generator revises with the scorer's feedback; if still none passes, or every model
fails, the composer answers and the result says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from coach.generation.base import Candidate, GenerationError, GenerationRequest, Generator
from coach.generation.composer import Composer
from coach.schemas import Evaluation
from coach.scoring.base import Scorer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuardResult:
    candidate: Candidate
    evaluation: Evaluation
    generator: str
    attempts: int
    # Why the composer answered instead of the model, when it did.
    fallback_reason: str | None = None
    upstream_error: GenerationError | None = None


def _acceptable(evaluation: Evaluation) -> bool:
    return evaluation.passed and not any(f.flagged for f in evaluation.flags.values())


async def _best(
    scorer: Scorer, message: str, candidates: list[Candidate]
) -> tuple[Candidate, Evaluation] | None:
    scored = [(c, await scorer.evaluate(message, c.reflection)) for c in candidates]
    passing = [(c, e) for c, e in scored if _acceptable(e)]
    if not passing:
        return None
    return max(passing, key=lambda pair: pair[1].overall)


async def _first_passing(
    scorer: Scorer, message: str, variants: list[Candidate]
) -> tuple[Candidate, Evaluation]:
    """The composer orders its variants by preference, so the first that passes is the one."""
    first: tuple[Candidate, Evaluation] | None = None
    for variant in variants:
        evaluation = await scorer.evaluate(message, variant.reflection)
        if _acceptable(evaluation):
            return variant, evaluation
        first = first or (variant, evaluation)
    assert first is not None, "the composer always returns at least one variant"
    return first


async def run_guard(
    request: GenerationRequest,
    *,
    generator: Generator | None,
    composer: Composer,
    scorer: Scorer,
    candidates: int,
    revisions: int,
) -> GuardResult:
    attempts = 0
    reason: str | None = None
    error: GenerationError | None = None
    if generator is not None:
        current = request
        for _round in range(1 + revisions):
            attempts += 1
            try:
                produced = await generator.generate(current, n=candidates)
            except GenerationError as exc:
                log.warning("generation failed: %s", exc)
                reason, error = "model unavailable", exc
                break
            best = await _best(scorer, request.message, produced)
            if best is not None:
                return GuardResult(best[0], best[1], best[0].source or generator.name, attempts)
            worst = produced[0]
            feedback = (await scorer.evaluate(request.message, worst.reflection)).feedback
            current = request.model_copy(update={"previous": worst.reflection, "feedback": feedback})
            reason = "no model candidate passed the scorer"
    composed, evaluation = await _first_passing(scorer, request.message, composer.variants(request))
    return GuardResult(composed, evaluation, composer.name, attempts + 1, reason, error)

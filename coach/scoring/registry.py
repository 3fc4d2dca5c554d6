"""The scorers behind judge="llm" and judge="ensemble", built once per Services."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from coach.scoring.base import Scorer

if TYPE_CHECKING:
    from coach.services import Services

_CACHE: weakref.WeakKeyDictionary[Services, dict[str, Scorer]] = weakref.WeakKeyDictionary()


def judge_scorer(judge: str, services: Services) -> Scorer:
    """The scorer for an LLM-backed judge name; the judge keeps its model chain between requests."""
    cached = _CACHE.setdefault(services, {})
    if judge in cached:
        return cached[judge]
    scorer: Scorer
    if judge == "llm":
        from coach.scoring.llm_judge import LLMJudge

        scorer = LLMJudge(services.settings)
    elif judge == "ensemble":
        from coach.scoring.ensemble import EnsembleScorer

        scorer = EnsembleScorer(services.rules, judge_scorer("llm", services))
    else:
        from coach.services import UnknownJudgeError

        raise UnknownJudgeError(f"unknown judge {judge!r}: use 'rules', 'llm' or 'ensemble'")
    cached[judge] = scorer
    return scorer

"""judge="ensemble": the rules scorer and the LLM judge, each covering the other's blind spots.

Element scores are averaged; where the two disagree on pass/fail the averaged score decides.
A flag is raised when the rules scorer raises it or the judge is confident of it (a missed
horseman costs more than a second look). Evidence is the union of both. When the judge gives no
usable verdict or cannot be reached, the rules verdict stands alone and ``scorer`` says so, so
nobody averages a void verdict in as a zero.
"""

from __future__ import annotations

import logging

from coach.domain import ELEMENTS, FLAGS, ElementId, FlagId
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.scoring import explain
from coach.scoring.base import Scorer
from coach.scoring.llm_judge import JudgeError, overall_of

log = logging.getLogger(__name__)

# How sure the judge must be before its flag alone raises one.
JUDGE_FLAG_CONFIDENCE = 0.6
_PASS_SCORE = 0.5


def _union(*lists: list[str]) -> list[str]:
    out: list[str] = []
    for spans in lists:
        for span in spans:
            if span not in out:
                out.append(span)
    return out


def _criterion(rules: CriterionResult, judge: CriterionResult) -> CriterionResult:
    score = round((rules.score + judge.score) / 2, 4)
    passed = rules.passed if rules.passed == judge.passed else score >= _PASS_SCORE
    # The rationale of a scorer that reached the final verdict, the judge's first: it is the
    # more specific of the two.
    rationale = judge.rationale if judge.passed == passed else rules.rationale
    return CriterionResult(
        score=score, passed=passed, rationale=rationale, evidence=_union(judge.evidence, rules.evidence)
    )


def _flag(rules: FlagResult, judge: FlagResult) -> FlagResult:
    judge_sure = judge.flagged and judge.confidence >= JUDGE_FLAG_CONFIDENCE
    flagged = rules.flagged or judge_sure
    if flagged:
        confidence = max(r.confidence for r in (rules, judge) if r.flagged)
        evidence = _union(rules.evidence if rules.flagged else [], judge.evidence if judge_sure else [])
    else:
        confidence = round((rules.confidence + judge.confidence) / 2, 4)
        evidence = []
    return FlagResult(flagged=flagged, confidence=confidence, evidence=evidence)


def combine(rules: Evaluation, judge: Evaluation) -> Evaluation:
    criteria: dict[ElementId, CriterionResult] = {
        e: _criterion(rules.criteria[e], judge.criteria[e]) for e in ELEMENTS
    }
    flags: dict[FlagId, FlagResult] = {f: _flag(rules.flags[f], judge.flags[f]) for f in FLAGS}
    passed = all(c.passed for c in criteria.values()) and not any(f.flagged for f in flags.values())
    return Evaluation(
        criteria=criteria,
        flags=flags,
        overall=overall_of(criteria, flags),
        passed=passed,
        feedback=explain.feedback(
            {f: flags[f].evidence for f in FLAGS if flags[f].flagged},
            {e: criteria[e].evidence for e in ELEMENTS if not criteria[e].passed},
            passed,
        ),
        scorer=f"ensemble(rules+{judge.scorer})",
    )


class EnsembleScorer:
    name = "ensemble"

    def __init__(self, rules: Scorer, llm: Scorer) -> None:
        self.rules = rules
        self.llm = llm

    async def evaluate(self, message: str, reply: str) -> Evaluation:
        by_rules = await self.rules.evaluate(message, reply)
        try:
            by_judge = await self.llm.evaluate(message, reply)
        except JudgeError as exc:
            # The caller asked for both; the rules half is still a real answer.
            log.warning("ensemble: the LLM judge failed (%s); using the rules verdict alone", exc)
            why = "judge timed out" if exc.timeout else "judge unavailable"
            return by_rules.model_copy(update={"scorer": f"ensemble(rules only: {why})"})
        if by_judge.unscored:
            return by_rules.model_copy(update={"scorer": "ensemble(rules only: judge unscored)"})
        return combine(by_rules, by_judge)

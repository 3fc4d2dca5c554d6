"""The LLM judge (judge="llm"): one rubric call, its JSON checked before anyone trusts it.

The verdict must cover every element and flag; evidence the model did not copy from the reply
is dropped, so a quoted span is always something the person really wrote. A verdict that cannot
be read is returned as *unscored*, never as a zero: an eval or a person reading it must not
mistake "the judge said nothing" for "the reply failed". Upstream failures (every model down,
the deadline passed) raise JudgeError, which the API turns into 502 or 504.
"""

from __future__ import annotations

import asyncio
import logging
import re

from pydantic import BaseModel, Field, ValidationError

from coach import prompts
from coach.domain import ELEMENT_TITLE, ELEMENTS, FLAGS, ElementId, FlagId
from coach.generation.base import GenerationError
from coach.generation.llm import DEFAULT_BACKOFF, Backoff, ModelChain, first_json_object
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.scoring import explain
from coach.settings import Settings

log = logging.getLogger(__name__)

SEED = 0
# Five criteria with rationales and evidence plus four flags: far longer than a reflect-back.
MAX_TOKENS = 1_500
_MAX_RATIONALE = 400
_MAX_FEEDBACK = 600
_MAX_SPAN = 300
_QUOTES = "\"'“”‘’`"


class JudgeError(RuntimeError):
    """No verdict could be had from any model; ``timeout`` marks the request deadline."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


class UnusableVerdict(ValueError):
    pass


# ---- the verdict the rubric asks for -----------------------------------------------------------


class _ElementVerdict(BaseModel):
    score: float = Field(ge=0.0, le=1.0)
    passed: bool
    rationale: str = ""
    evidence: list[str] = Field(default_factory=list)


class _FlagVerdict(BaseModel):
    flagged: bool
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)


class _Criteria(BaseModel):
    room_for_feelings: _ElementVerdict
    no_judgment: _ElementVerdict
    honors_path: _ElementVerdict
    curious_understanding: _ElementVerdict
    full_empathy: _ElementVerdict


class _Flags(BaseModel):
    contempt: _FlagVerdict
    defensiveness: _FlagVerdict
    criticism: _FlagVerdict
    stonewalling: _FlagVerdict


class Verdict(BaseModel):
    criteria: _Criteria
    flags: _Flags
    feedback: str = ""


def parse_verdict(content: str) -> Verdict:
    try:
        return Verdict.model_validate(first_json_object(content))
    except (ValueError, ValidationError) as exc:
        raise UnusableVerdict(str(exc).splitlines()[0][:200]) from exc


# ---- evidence ------------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def verbatim(span: str, reply: str) -> str | None:
    """The span as it stands in the reply, or None when the reply does not contain it.

    Surrounding quote marks and whitespace runs are forgiven (models add the first and collapse
    the second); the returned text is always the reply's own.
    """
    cleaned = span.strip().strip(_QUOTES).strip()
    if not cleaned or len(cleaned) > _MAX_SPAN:
        return None
    if cleaned in reply:
        return cleaned
    words = [re.escape(w) for w in cleaned.split()]
    if not words:
        return None
    match = re.search(r"\s+".join(words), reply, flags=re.IGNORECASE)
    if match and _squash(match.group(0)) == _squash(cleaned):
        return match.group(0)
    return None


def keep_verbatim(spans: list[str], reply: str) -> list[str]:
    kept: list[str] = []
    for span in spans:
        found = verbatim(span, reply)
        if found is not None and found not in kept:
            kept.append(found)
    return kept


# ---- assembling an Evaluation -----------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def overall_of(criteria: dict[ElementId, CriterionResult], flags: dict[FlagId, FlagResult]) -> float:
    """The rules scorer's formula: mean element score, discounted by the surest flag."""
    element_mean = sum(c.score for c in criteria.values()) / len(criteria)
    worst_flag = max(f.confidence for f in flags.values())
    return round(min(1.0, max(0.0, element_mean * (1.0 - worst_flag))), 4)


def evaluation_from(verdict: Verdict, reply: str, scorer: str) -> Evaluation:
    criteria: dict[ElementId, CriterionResult] = {}
    for element in ELEMENTS:
        given: _ElementVerdict = getattr(verdict.criteria, element)
        evidence = keep_verbatim(given.evidence, reply)
        rationale = _clip(given.rationale, _MAX_RATIONALE) or explain.rationale(
            element, given.passed, evidence, None
        )
        criteria[element] = CriterionResult(
            score=round(given.score, 4), passed=given.passed, rationale=rationale, evidence=evidence
        )
    flags: dict[FlagId, FlagResult] = {}
    for flag in FLAGS:
        raised: _FlagVerdict = getattr(verdict.flags, flag)
        flags[flag] = FlagResult(
            flagged=raised.flagged,
            confidence=round(raised.confidence, 4),
            evidence=keep_verbatim(raised.evidence, reply) if raised.flagged else [],
        )
    passed = all(c.passed for c in criteria.values()) and not any(f.flagged for f in flags.values())
    feedback = _clip(verdict.feedback, _MAX_FEEDBACK) or explain.feedback(
        {f: flags[f].evidence for f in FLAGS if flags[f].flagged},
        {e: criteria[e].evidence for e in ELEMENTS if not criteria[e].passed},
        passed,
    )
    return Evaluation(
        criteria=criteria,
        flags=flags,
        overall=overall_of(criteria, flags),
        passed=passed,
        feedback=feedback,
        scorer=scorer,
    )


def unscored(scorer: str, why: str) -> Evaluation:
    """A placeholder that says plainly nothing was judged; ``unscored`` marks the figures void."""
    note = f"Not scored: {why}."
    return Evaluation(
        criteria={
            e: CriterionResult(score=0.0, passed=False, rationale=f"{note} ({ELEMENT_TITLE[e]})", evidence=[])
            for e in ELEMENTS
        },
        flags={f: FlagResult(flagged=False, confidence=0.0, evidence=[]) for f in FLAGS},
        overall=0.0,
        passed=False,
        feedback=(
            f"This reply was not scored: {why}. Try again, or use the rules judge for an immediate score."
        ),
        scorer=scorer,
        unscored=True,
    )


# ---- the judge -----------------------------------------------------------------------------------


def judge_messages(message: str, reply: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": prompts.load(prompts.JUDGE_SYSTEM)},
        {
            "role": "user",
            "content": prompts.fill(
                prompts.JUDGE_USER,
                message=prompts.escape(message.strip()),
                reply=prompts.escape(reply.strip()),
            ),
        },
    ]


class LLMJudge:
    """Scorer over ``COACH_JUDGE_MODEL`` (or ``COACH_MODEL``), then the fallback models."""

    def __init__(self, settings: Settings, *, backoff: Backoff | None = None) -> None:
        model = settings.judge_model or settings.model
        if not model:
            raise ValueError("the LLM judge needs COACH_JUDGE_MODEL or COACH_MODEL")
        self.settings = settings
        self.model = model
        self.name = f"llm:{model}"
        self.chain = ModelChain(
            [model, *settings.fallback_models],
            retries=settings.llm_retries,
            backoff=backoff or DEFAULT_BACKOFF,
        )

    async def evaluate(self, message: str, reply: str) -> Evaluation:
        timeout = self.settings.request_timeout_s

        def accept(content: str, model: str) -> tuple[str, str]:
            # A model that answered has given its verdict; reading it is not a reason to ask
            # another model, so every answer is accepted here and judged below.
            return content, model

        try:
            async with asyncio.timeout(timeout):
                content, model = await self.chain.complete(
                    judge_messages(message, reply),
                    accept=accept,
                    deadline=asyncio.get_running_loop().time() + timeout,
                    temperature=0.0,
                    seed=SEED,
                    max_tokens=MAX_TOKENS,
                )
        except TimeoutError as exc:
            raise JudgeError(f"the judge gave no verdict within {timeout:g}s", timeout=True) from exc
        except GenerationError as exc:
            raise JudgeError(str(exc), timeout=exc.timeout) from exc
        scorer = f"llm:{model}"
        try:
            verdict = parse_verdict(content)
        except UnusableVerdict as exc:
            log.warning("%s gave an unusable verdict: %s", model, exc)
            if self.settings.log_content:
                log.info("unusable verdict from %s: %r", model, content[:1000])
            return unscored(scorer, "the judge's answer could not be read as a verdict")
        return evaluation_from(verdict, reply, scorer)

"""The deterministic scorer (judge="rules"): cues, embeddings and a small classifier, offline.

The classifier gives each element and flag a probability; cues supply the evidence quoted from
the reply and settle the cases they are sure of. A few consistency rules follow the labelling
guide: a reply showing a horseman has not made room for the feeling.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from coach.domain import ELEMENTS, FLAGS, ElementId, FlagId
from coach.embeddings import get_embedder
from coach.language.cues import CueHit
from coach.language.tokens import clauses
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.scoring import explain
from coach.scoring.features import (
    PairFeatures,
    defence_owned,
    featurize,
    fond_with,
    plain_apology,
    praising_them,
    sincere_feeling_with,
)
from coach.scoring.model import LinearModel, load_or_fit

NAME = "rules"
_PARROT_RATIO = 0.6
# Below every flag threshold the fit can choose (0.2 is the lowest), so an owned account is
# never flagged as defensive on the classifier's word alone.
_OWNED_DEFENCE_CAP = 0.15
# Likewise sympathy for their bad news, delight at their good news, laughing with them, or a
# plain "sorry, love", is never read as mock sympathy, mock praise or a sneer on the
# classifier's word alone; nor is praise in a critic's words ("you're so brave") read as criticism.
_SINCERE_CAP = 0.15
# Async callers (the API, the guard) score on these threads, not on the event loop: the ONNX
# run releases the GIL, so one request's embedding runs while the loop serves the next (on 2
# cores, /v1/score at concurrency 16 went from about 120 to 200 requests/s).
_WORKERS = max(2, min(os.cpu_count() or 2, 8))
_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def _sincere(flag: FlagId, message: str, reply: str, features: PairFeatures) -> bool:
    """Whether the reply is one of the sincere shapes the classifier misreads as this flag."""
    if flag == "contempt":
        return (
            sincere_feeling_with(message, reply)
            or fond_with(reply, features.hits, features.named)
            or plain_apology(reply)
        )
    return flag == "criticism" and praising_them(reply, features.hits)


def _scoring_executor() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="coach-score")
        return _executor


# Which cue groups are evidence that an element failed, and the reason they give.
_FAIL_CUES: dict[ElementId, tuple[tuple[str, str], ...]] = {
    "room_for_feelings": (
        ("minimising", "shrinks the feeling"),
        ("labelling", "labels the feeling as too much"),
        ("contempt", "mocks the feeling"),
        ("criticism", "answers the feeling with an attack"),
        ("defensiveness", "makes the listener's own case the topic"),
        ("yes_but", "takes the feeling back with a 'but'"),
        ("self_focus", "turns to the listener's own upset"),
        ("stonewalling", "shuts the feeling out"),
    ),
    "no_judgment": (
        ("advice", "moves to advice or a fix"),
        ("labelling", "labels them"),
        ("minimising", "tells them how to feel"),
        ("criticism", "judges their character"),
        ("contempt", "looks down on them"),
    ),
    "honors_path": (
        ("overriding", "overrides their choice"),
        ("contempt", "mocks what they chose"),
        ("advice", "pushes the listener's own plan"),
    ),
    "curious_understanding": (
        ("subject_change", "changes the subject"),
        ("stonewalling", "closes the conversation"),
        ("self_focus", "turns to the listener"),
        ("defensiveness", "argues instead of asking"),
    ),
    "full_empathy": (
        ("contempt", "answers with sarcasm instead of empathy"),
        ("minimising", "plays the feeling down"),
        ("stonewalling", "withholds any empathy"),
    ),
}
_PASS_CUES: dict[ElementId, tuple[str, ...]] = {
    "room_for_feelings": ("empathy",),
    "no_judgment": (),
    "honors_path": (),
    "curious_understanding": ("curiosity",),
    "full_empathy": ("empathy",),
}
_FLAG_CUES: dict[FlagId, tuple[str, ...]] = {
    "contempt": ("contempt",),
    "defensiveness": ("defensiveness", "yes_but"),
    "criticism": ("criticism",),
    "stonewalling": ("stonewalling",),
}


def _spans(hits: list[CueHit], groups: tuple[str, ...]) -> list[str]:
    """Up to three quotes, the longest first: "must be so hard being" says more than "Wow"."""
    seen: list[str] = []
    for hit in sorted(hits, key=lambda h: (not h.strong, -len(h.text), h.start)):
        if hit.group in groups and not any(hit.text.lower() in s.lower() for s in seen):
            seen.append(hit.text)
    return seen[:3]


class RulesScorer:
    name = NAME

    def __init__(
        self, cache_dir: Path, dataset: Path | None = None, model: LinearModel | None = None
    ) -> None:
        self._cache_dir = cache_dir
        self._dataset = dataset
        self._model: LinearModel | None = model
        self._lock = threading.Lock()

    @property
    def model(self) -> LinearModel:
        with self._lock:
            if self._model is None:
                self._model = load_or_fit(self._cache_dir, self._dataset)
            return self._model

    async def evaluate(self, message: str, reply: str) -> Evaluation:
        call = functools.partial(contextvars.copy_context().run, self.score, message, reply)
        return await asyncio.get_running_loop().run_in_executor(_scoring_executor(), call)

    def score(self, message: str, reply: str) -> Evaluation:
        features = featurize(message, reply)
        probs = self.model.predict(features.vector)
        flags = self._flags(message, reply, features, probs)
        raised = {f for f, r in flags.items() if r.flagged}
        criteria = {e: self._criterion(e, reply, features, probs, raised) for e in ELEMENTS}
        passed = all(c.passed for c in criteria.values()) and not raised
        element_mean = float(np.mean([c.score for c in criteria.values()]))
        worst_flag = max(r.confidence for r in flags.values())
        overall = round(element_mean * (1.0 - worst_flag), 4)
        return Evaluation(
            criteria=criteria,
            flags=flags,
            overall=overall,
            passed=passed,
            feedback=explain.feedback(
                {f: flags[f].evidence for f in FLAGS if flags[f].flagged},
                {e: criteria[e].evidence for e in ELEMENTS if not criteria[e].passed},
                passed,
            ),
            scorer=NAME,
        )

    def _flags(
        self, message: str, reply: str, features: PairFeatures, probs: dict[str, float]
    ) -> dict[FlagId, FlagResult]:
        out: dict[FlagId, FlagResult] = {}
        for flag in FLAGS:
            p = probs[flag]
            evidence = _spans(features.hits, _FLAG_CUES[flag])
            if any(h.strong and h.group == flag for h in features.hits):
                p = max(p, 0.95)
            elif flag == "defensiveness" and defence_owned(reply, features.hits):
                # Owning the act after explaining it answers the defence (LABELLING.md: "I"
                # statements are not defensive when they stay with the partner's feeling).
                p = min(p, _OWNED_DEFENCE_CAP)
            elif _sincere(flag, message, reply, features):
                p = min(p, _SINCERE_CAP)
            flagged = p >= self.model.threshold(flag)
            if flagged and not evidence:
                evidence = self._clause_evidence(message, reply, flag)
            out[flag] = FlagResult(
                flagged=flagged,
                confidence=round(p, 4),
                evidence=evidence if flagged else [],
            )
        return out

    def _criterion(
        self,
        element: ElementId,
        reply: str,
        features: PairFeatures,
        probs: dict[str, float],
        raised: set[FlagId],
    ) -> CriterionResult:
        score = probs[element]
        reason: str | None = None
        evidence: list[str] = []
        for group, why in _FAIL_CUES[element]:
            spans = _spans(features.hits, (group,))
            if spans:
                evidence, reason = spans, why
                break
        if element == "room_for_feelings" and raised:
            score = min(score, 0.25)
        if element == "no_judgment" and raised & {"contempt", "criticism"}:
            score = min(score, 0.25)
        if element == "full_empathy" and features.shared_ratio >= _PARROT_RATIO and features.word_count >= 6:
            # Repeating their words back is not the same as feeling with them.
            score = min(score, 0.3)
            reason, evidence = "repeats their words back instead of naming a feeling", [reply.strip()[:120]]
        passed = score >= self.model.threshold(element)
        if passed:
            evidence = _spans(features.hits, _PASS_CUES[element])
            if element == "full_empathy" and features.named:
                evidence = features.named[:3]
        return CriterionResult(
            score=round(score, 4),
            passed=passed,
            rationale=explain.rationale(element, passed, evidence, reason),
            evidence=evidence,
        )

    def _clause_evidence(self, message: str, reply: str, flag: FlagId) -> list[str]:
        """The clause the classifier finds most telling, when no cue names the span."""
        parts = clauses(reply)
        if len(parts) <= 1:
            return [reply.strip()[:160]]
        get_embedder().embed(parts)  # one batch for all clauses
        best = max(parts, key=lambda part: self.model.predict(featurize(message, part).vector)[flag])
        return [best[:160]]

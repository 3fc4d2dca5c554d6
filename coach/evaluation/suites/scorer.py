"""Scorer suite: labelled replies -> how well a judge's verdicts match the labels."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from coach.domain import ELEMENTS, FLAGS
from coach.evaluation.context import EvalContext
from coach.evaluation.datasets import Dataset, ScorerEvalCase, Split, default_path, load
from coach.evaluation.figures import FigureSpec, Statistic, rate
from coach.evaluation.metrics import IndexArray, binary_counts, roc_auc
from coach.evaluation.results import CaseRecord, Confusion, ScorerResult
from coach.evaluation.suites import Suite
from coach.schemas import Evaluation

BoolArray = npt.NDArray[np.bool_]


def _specs() -> dict[str, FigureSpec]:
    specs: dict[str, FigureSpec] = {}
    for flag in FLAGS:
        specs[f"{flag}_precision"] = FigureSpec(f"of the replies flagged {flag}, the share labelled so")
        specs[f"{flag}_recall"] = FigureSpec(f"of the replies labelled {flag}, the share flagged")
        specs[f"{flag}_f1"] = FigureSpec(f"F1 of the {flag} flag", headline=True)
        specs[f"{flag}_kappa"] = FigureSpec(f"Cohen's kappa, judge vs labels, {flag} flag")
    for element in ELEMENTS:
        specs[f"{element}_accuracy"] = FigureSpec(f"pass/fail accuracy on {element}", headline=True)
        specs[f"{element}_kappa"] = FigureSpec(f"Cohen's kappa, judge vs labels, {element}")
    specs["element_accuracy"] = FigureSpec(
        "pass/fail accuracy over all elements of all replies", headline=True
    )
    specs["auc_good"] = FigureSpec(
        "ROC AUC of `overall` separating good replies (all elements pass, no flag) from the rest",
        headline=True,
    )
    specs["passed_accuracy"] = FigureSpec("accuracy of `passed` against 'good' (all pass, no flag)")
    specs["exact_match_rate"] = FigureSpec("share of replies where every flag and element matches")
    specs["unscored"] = FigureSpec(
        "verdicts the judge could not give (counted, never dropped silently)",
        better="lower",
        unit="count",
        headline=True,
        interval=False,
    )
    specs["unscored_rate"] = FigureSpec("share of replies the judge left unscored", better="lower")
    return specs


SPECS = _specs()


def _f1(truth: BoolArray, predicted: BoolArray) -> Statistic:
    def statistic(idx: IndexArray) -> float | None:
        t, p = truth[idx], predicted[idx]
        tp = int(np.sum(t & p))
        denominator = 2 * tp + int(np.sum(p & ~t)) + int(np.sum(t & ~p))
        return 2 * tp / denominator if denominator else None

    return statistic


def _precision(truth: BoolArray, predicted: BoolArray) -> Statistic:
    def statistic(idx: IndexArray) -> float | None:
        p = predicted[idx]
        return float(np.sum(truth[idx] & p) / np.sum(p)) if np.any(p) else None

    return statistic


def _recall(truth: BoolArray, predicted: BoolArray) -> Statistic:
    def statistic(idx: IndexArray) -> float | None:
        t = truth[idx]
        return float(np.sum(t & predicted[idx]) / np.sum(t)) if np.any(t) else None

    return statistic


def _kappa(a: BoolArray, b: BoolArray) -> Statistic:
    # The two-label form of metrics.cohen_kappa, vectorised for the bootstrap.
    def statistic(idx: IndexArray) -> float | None:
        x, y = a[idx], b[idx]
        if not len(x):
            return None
        observed = float(np.mean(x == y))
        px, py = float(np.mean(x)), float(np.mean(y))
        expected = px * py + (1 - px) * (1 - py)
        return None if np.isclose(expected, 1.0) else (observed - expected) / (1 - expected)

    return statistic


def _auc(good: BoolArray, overall: npt.NDArray[np.float64]) -> Statistic:
    def statistic(idx: IndexArray) -> float | None:
        return roc_auc(good[idx], overall[idx])

    return statistic


def _record(case: ScorerEvalCase, evaluation: Evaluation | None, problem: str | None) -> CaseRecord:
    expected = {
        "flags": sorted(case.flags),
        "failed_elements": [e for e in ELEMENTS if not case.elements[e]],
        "good": case.good,
    }
    source = {"message": case.message, "reply": case.reply, "kind": case.kind, "theme": case.theme}
    if evaluation is None:
        return CaseRecord(
            id=case.id,
            group=case.kind,
            input=source,
            expected=expected,
            output={"unscored": True, "problem": problem},
            passed=False,
            evidence=[f"unscored: {problem}"],
        )
    raised = [f for f in FLAGS if evaluation.flags[f].flagged]
    failed = [e for e in ELEMENTS if not evaluation.criteria[e].passed]
    evidence: list[str] = []
    for flag in FLAGS:
        labelled, got = flag in case.flags, flag in raised
        if labelled and not got:
            evidence.append(
                f"{flag}: labelled, not flagged (confidence {evaluation.flags[flag].confidence:.2f})"
            )
        elif got and not labelled:
            quoted = "; ".join(f'"{e}"' for e in evaluation.flags[flag].evidence) or "no span"
            evidence.append(f"{flag}: flagged but not labelled ({quoted})")
    for element in ELEMENTS:
        criterion = evaluation.criteria[element]
        if criterion.passed != case.elements[element]:
            label = "pass" if case.elements[element] else "fail"
            got_word = "passed" if criterion.passed else "failed"
            evidence.append(
                f"{element}: labelled {label}, judge {got_word} it ({criterion.score:.2f}: {criterion.rationale})"
            )
    return CaseRecord(
        id=case.id,
        group=case.kind,
        input=source,
        expected=expected,
        output={
            "flags": raised,
            "failed_elements": failed,
            "overall": evaluation.overall,
            "passed": evaluation.passed,
            "feedback": evaluation.feedback,
            "scorer": evaluation.scorer,
        },
        passed=not evidence,
        evidence=evidence,
    )


async def run(ctx: EvalContext, datasets: list[Dataset[Any]]) -> ScorerResult:
    started = time.perf_counter()
    cases: list[ScorerEvalCase] = [c for d in datasets for c in d.cases]
    scorer = ctx.services.scorer(ctx.judge)

    async def judge(case: ScorerEvalCase) -> tuple[Evaluation | None, str | None]:
        try:
            evaluation = await scorer.evaluate(case.message, case.reply)
        except Exception as exc:  # a failed verdict is a finding to count, not a crash
            return None, f"{type(exc).__name__}: {exc}"
        if evaluation.unscored:
            return None, evaluation.feedback or "the judge gave no usable verdict"
        return evaluation, None

    outcomes = await ctx.map(cases, judge, f"scorer ({ctx.judge})")
    records = [_record(c, ev, problem) for c, (ev, problem) in zip(cases, outcomes, strict=True)]
    scored = [(c, ev) for c, (ev, _) in zip(cases, outcomes, strict=True) if ev is not None]
    unscored = len(cases) - len(scored)
    n = len(scored)
    book = ctx.book(SPECS)

    flag_confusion: dict[str, Confusion] = {}
    for flag in FLAGS:
        truth = np.array([flag in c.flags for c, _ in scored], dtype=bool)
        predicted = np.array([ev.flags[flag].flagged for _, ev in scored], dtype=bool)
        counts = binary_counts(list(truth), list(predicted))
        flag_confusion[flag] = Confusion(tp=counts.tp, fp=counts.fp, fn=counts.fn, tn=counts.tn)
        book.add(f"{flag}_precision", n, _precision(truth, predicted))
        book.add(f"{flag}_recall", n, _recall(truth, predicted))
        book.add(f"{flag}_f1", n, _f1(truth, predicted))
        book.add(f"{flag}_kappa", n, _kappa(predicted, truth))

    element_confusion: dict[str, Confusion] = {}
    agree_all: list[BoolArray] = []
    for element in ELEMENTS:
        truth = np.array([c.elements[element] for c, _ in scored], dtype=bool)
        predicted = np.array([ev.criteria[element].passed for _, ev in scored], dtype=bool)
        counts = binary_counts(list(truth), list(predicted))
        element_confusion[element] = Confusion(tp=counts.tp, fp=counts.fp, fn=counts.fn, tn=counts.tn)
        agree = truth == predicted
        agree_all.append(agree)
        book.add(f"{element}_accuracy", n, rate(agree))
        book.add(f"{element}_kappa", n, _kappa(predicted, truth))
    stacked = np.stack(agree_all, axis=1) if n else np.zeros((0, len(ELEMENTS)), dtype=bool)
    book.add("element_accuracy", n, lambda idx: float(stacked[idx].mean()) if len(idx) else None)

    good = np.array([c.good for c, _ in scored], dtype=bool)
    overall = np.array([ev.overall for _, ev in scored], dtype=np.float64)
    book.add("auc_good", n, _auc(good, overall))
    book.add("passed_accuracy", n, rate([ev.passed == c.good for c, ev in scored]))
    scored_ids = {c.id for c, _ in scored}
    book.add("exact_match_rate", n, rate([r.passed for r in records if r.id in scored_ids]))
    book.count("unscored", unscored, len(cases))
    book.add("unscored_rate", len(cases), rate([r.output.get("unscored", False) for r in records]))

    notes: list[str] = []
    if any(c.split == "train" for c in cases):
        notes.append(
            "These cases include the training split the scorer was fitted on, so the figures "
            "overstate how it does on replies it has never seen; use --split test for honest ones."
        )
    if unscored:
        notes.append(
            f"{unscored} of {len(cases)} replies got no usable verdict from the judge; they are listed "
            "as failures and left out of the agreement figures (not counted as wrong or as zero)."
        )
    return ScorerResult(
        judge=ctx.judge,
        datasets=[d.info(ctx.split) for d in datasets],
        figures=book.figures,
        cases=records,
        notes=notes,
        flag_confusion=flag_confusion,
        element_confusion=element_confusion,
        unscored=unscored,
        seconds=round(time.perf_counter() - started, 3),
    )


def _defaults() -> list[Path]:
    return [default_path("scorer", "dev.jsonl")]


def _load(paths: list[Path], split: Split) -> list[Dataset[Any]]:
    return [load(path, ScorerEvalCase, split, "scorer") for path in paths]


SUITE = Suite(
    name="scorer",
    title="Scorer: labelled replies",
    specs=SPECS,
    dynamic_prefixes=(),
    default_datasets=_defaults,
    load=_load,
    run=run,
)

"""Retrieval suite: partner messages -> the guidance index -> are the right cards on top?"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from coach.evaluation.context import EvalContext
from coach.evaluation.datasets import Dataset, RetrievalCase, Split, default_path, load
from coach.evaluation.figures import FigureSpec, Statistic
from coach.evaluation.metrics import IndexArray, hit_at_k, recall_at_k, reciprocal_rank
from coach.evaluation.results import CaseRecord, RetrievalResult
from coach.evaluation.suites import Suite
from coach.schemas import Guidance

K = 3
# The pipeline shows 3 cards; MRR looks deeper so a card at rank 5 still counts for something.
DEPTH = 10

SPECS: dict[str, FigureSpec] = {
    "recall_at_3": FigureSpec("mean share of a message's relevant cards found in the top 3", headline=True),
    "hit_at_3": FigureSpec("share of messages with at least one relevant card in the top 3", headline=True),
    "mrr": FigureSpec(f"mean reciprocal rank of the first relevant card (top {DEPTH})", headline=True),
    "recall_at_1": FigureSpec("mean share of relevant cards found at rank 1"),
    "recall_at_5": FigureSpec("mean share of relevant cards found in the top 5"),
    "unknown_ids": FigureSpec(
        "relevant ids in the dataset that are not in the index (a dataset problem)",
        better="lower",
        unit="count",
        interval=False,
    ),
}


def _mean_of(values: list[float | None]) -> Statistic:
    def statistic(idx: IndexArray) -> float | None:
        chosen = [values[i] for i in idx if values[i] is not None]
        return sum(v for v in chosen if v is not None) / len(chosen) if chosen else None

    return statistic


async def run(ctx: EvalContext, datasets: list[Dataset[Any]]) -> RetrievalResult:
    started = time.perf_counter()
    cases: list[RetrievalCase] = [c for d in datasets for c in d.cases]
    index = ctx.services.index
    known = {card.id for card in ctx.services.cards}

    async def one(case: RetrievalCase) -> list[Guidance] | str:
        try:
            return index.search(case.message, k=DEPTH)
        except Exception as exc:  # an error is a failed query, not a lost one
            return f"{type(exc).__name__}: {exc}"

    outcomes = await ctx.map(cases, one, "retrieval")
    records: list[CaseRecord] = []
    queries: list[tuple[list[str], list[str]]] = []
    rank_counts: Counter[str] = Counter()
    unknown: set[str] = set()
    for case, outcome in zip(cases, outcomes, strict=True):
        ranked = [g.id for g in outcome] if isinstance(outcome, list) else []
        unknown |= {r for r in case.relevant if r not in known}
        queries.append((case.relevant, ranked))
        first = next((i for i, ref in enumerate(ranked, start=1) if ref in case.relevant), None)
        rank_counts[str(first) if first else f">{DEPTH}"] += 1
        found = [r for r in case.relevant if r in ranked[:K]]
        evidence = []
        if isinstance(outcome, str):
            evidence.append(f"error: {outcome}")
        elif len(found) < len(case.relevant):
            missing = [r for r in case.relevant if r not in found]
            where = ", ".join(
                f"{r} at rank {ranked.index(r) + 1}" if r in ranked else f"{r} not in top {DEPTH}"
                for r in missing
            )
            evidence.append(f"top {K}: {', '.join(ranked[:K]) or 'nothing'}; missing {where}")
        records.append(
            CaseRecord(
                id=case.id,
                input={"message": case.message},
                output={
                    "top": ranked[:K],
                    "ranked": ranked,
                    "scores": [g.score for g in outcome] if isinstance(outcome, list) else [],
                    "first_relevant_rank": first,
                },
                expected={"relevant": case.relevant},
                passed=not evidence,
                evidence=evidence,
            )
        )

    n = len(cases)
    book = ctx.book(SPECS)
    book.add("recall_at_3", n, _mean_of([recall_at_k(rel, ranked, K) for rel, ranked in queries]))
    book.add("hit_at_3", n, _mean_of([hit_at_k(rel, ranked, K) for rel, ranked in queries]))
    book.add("mrr", n, _mean_of([reciprocal_rank(rel, ranked) for rel, ranked in queries]))
    book.add("recall_at_1", n, _mean_of([recall_at_k(rel, ranked, 1) for rel, ranked in queries]))
    book.add("recall_at_5", n, _mean_of([recall_at_k(rel, ranked, 5) for rel, ranked in queries]))
    book.count("unknown_ids", len(unknown), n)
    notes = []
    if unknown:
        notes.append(
            f"The dataset names card ids the index does not hold: {', '.join(sorted(unknown))}. "
            "They can never be retrieved; check the ids against knowledge/."
        )
    crowded = sum(1 for _, ranked in queries if any(ref not in known for ref in ranked[:K]))
    if crowded:
        notes.append(
            f"{crowded} of {n} messages had an ingested document (not a card) in their top {K}; "
            "documents compete with the cards, so these figures describe this data folder's index."
        )
    return RetrievalResult(
        datasets=[d.info(ctx.split) for d in datasets],
        figures=book.figures,
        cases=records,
        notes=notes,
        k=K,
        depth=DEPTH,
        rank_counts=dict(rank_counts),
        seconds=round(time.perf_counter() - started, 3),
    )


def _defaults() -> list[Path]:
    return [default_path("retrieval", "dev.jsonl")]


def _load(paths: list[Path], split: Split) -> list[Dataset[Any]]:
    return [load(path, RetrievalCase, split, "retrieval") for path in paths]


SUITE = Suite(
    name="retrieval",
    title="Retrieval: guidance cards",
    specs=SPECS,
    dynamic_prefixes=(),
    default_datasets=_defaults,
    load=_load,
    run=run,
)

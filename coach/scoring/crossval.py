"""Grouped cross-validation of the rules scorer on the training split, for tuning it.

Folds split by partner message, as the held-out split does, so no reply is judged by a model
that saw another reply to the same message. Each fold is fitted with the product's own fit path
and scored by the product's own RulesScorer, consistency rules included, so the figures are
those the held-out evaluation would compute. Run ``python -m coach.scoring.crossval``.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coach.domain import ELEMENTS, FLAGS
from coach.schemas import Evaluation
from coach.scoring.dataset import ScorerCase, load_cases
from coach.scoring.features import featurize_many
from coach.scoring.model import fit_features
from coach.scoring.rules import RulesScorer


@dataclass(frozen=True)
class FoldResult:
    case: ScorerCase
    evaluation: Evaluation


def _f1(truth: list[bool], predicted: list[bool]) -> float:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    return 2 * tp / max(sum(truth) + sum(predicted), 1)


def _auc(labels: list[bool], scores: list[float]) -> float:
    pos = np.asarray([s for s, y in zip(scores, labels, strict=True) if y])
    neg = np.asarray([s for s, y in zip(scores, labels, strict=True) if not y])
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def out_of_fold(cases: list[ScorerCase], n_splits: int = 5) -> list[FoldResult]:
    """Every case scored by a model fitted on the other folds' messages."""
    from sklearn.model_selection import GroupKFold

    x = featurize_many([(c.message, c.reply) for c in cases])
    groups = [c.message_id or c.id for c in cases]
    results: list[FoldResult | None] = [None] * len(cases)
    with tempfile.TemporaryDirectory() as tmp:
        for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(x, groups=groups):
            model = fit_features(x[train_idx], [cases[i] for i in train_idx])
            scorer = RulesScorer(Path(tmp), model=model)
            for i in test_idx:
                results[i] = FoldResult(cases[i], scorer.score(cases[i].message, cases[i].reply))
    return [r for r in results if r is not None]


def figures(results: list[FoldResult]) -> dict[str, float]:
    out = {
        f"{flag}_f1": _f1(
            [flag in r.case.flags for r in results], [r.evaluation.flags[flag].flagged for r in results]
        )
        for flag in FLAGS
    }
    out["auc"] = _auc([r.case.good for r in results], [r.evaluation.overall for r in results])
    for element in ELEMENTS:
        out[f"{element}_accuracy"] = float(
            np.mean([r.case.elements[element] == r.evaluation.criteria[element].passed for r in results])
        )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dataset", type=Path, default=None)
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument(
        "--errors", choices=[*FLAGS, *ELEMENTS], help="also list the cases this target gets wrong"
    )
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(args.dataset) if c.split == "train"]
    results = out_of_fold(cases, args.splits)
    for name, value in figures(results).items():
        print(f"{name:32s} {value:.3f}")
    if args.errors:
        target = args.errors
        for r in results:
            if target in FLAGS:
                truth, said = target in r.case.flags, r.evaluation.flags[target].flagged
                p = r.evaluation.flags[target].confidence
            else:
                truth, said = r.case.elements[target], r.evaluation.criteria[target].passed
                p = r.evaluation.criteria[target].score
            if truth != said:
                print(
                    f"{'FN' if truth else 'FP'} {p:.2f} [{r.case.kind}] {r.case.reply!r}  <- {r.case.message[:60]!r}"
                )


if __name__ == "__main__":
    main()

"""The figures the suites report, written out so each can be checked by hand.

Undefined figures (a recall with no positives, a kappa when both raters never vary) are None,
never a made-up 0 or 1: a gate on an undefined figure then fails visibly instead of passing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IndexArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class BinaryCounts:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        # 2tp / (2tp + fp + fn) stays defined when nothing is predicted positive, which is
        # exactly the broken-scorer case the gate must catch (it gives 0, not "undefined").
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    @property
    def accuracy(self) -> float | None:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else None


def binary_counts(truth: Sequence[bool], predicted: Sequence[bool]) -> BinaryCounts:
    if len(truth) != len(predicted):
        raise ValueError("truth and predicted differ in length")
    tp = fp = fn = tn = 0
    for t, p in zip(truth, predicted, strict=True):
        if t and p:
            tp += 1
        elif p:
            fp += 1
        elif t:
            fn += 1
        else:
            tn += 1
    return BinaryCounts(tp, fp, fn, tn)


def precision(truth: Sequence[bool], predicted: Sequence[bool]) -> float | None:
    return binary_counts(truth, predicted).precision


def recall(truth: Sequence[bool], predicted: Sequence[bool]) -> float | None:
    return binary_counts(truth, predicted).recall


def f1(truth: Sequence[bool], predicted: Sequence[bool]) -> float | None:
    return binary_counts(truth, predicted).f1


def accuracy(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> float | None:
    if len(truth) != len(predicted):
        raise ValueError("truth and predicted differ in length")
    if not truth:
        return None
    return sum(t == p for t, p in zip(truth, predicted, strict=True)) / len(truth)


def mean(values: Sequence[float | None]) -> float | None:
    """Mean of the defined values; None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _ranks(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    shared: npt.NDArray[np.float64] = (ends - counts + (counts + 1) / 2)[inverse]
    return shared


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, tied values sharing the mean of the ranks they span."""
    if not len(values):
        return []
    return [float(r) for r in _ranks(np.asarray(values, dtype=np.float64))]


def roc_auc(
    positive: Sequence[bool] | npt.NDArray[np.bool_], scores: Sequence[float] | npt.NDArray[np.float64]
) -> float | None:
    """Mann-Whitney form: P(score of a random positive > a random negative), ties count half."""
    labels = np.asarray(positive, dtype=bool)
    values = np.asarray(scores, dtype=np.float64)
    if labels.shape != values.shape:
        raise ValueError("labels and scores differ in length")
    n_pos = int(labels.sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    rank_sum = float(_ranks(values)[labels].sum())
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def cohen_kappa(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable]) -> float | None:
    """Agreement beyond chance; None when chance agreement is already total (kappa is 0/0)."""
    if len(rater_a) != len(rater_b):
        raise ValueError("the raters rated different numbers of items")
    n = len(rater_a)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(rater_a, rater_b, strict=True)) / n
    labels = set(rater_a) | set(rater_b)
    expected = sum(
        (sum(1 for a in rater_a if a == label) / n) * (sum(1 for b in rater_b if b == label) / n)
        for label in labels
    )
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def recall_at_k(relevant: Sequence[str], ranked: Sequence[str], k: int) -> float | None:
    wanted = set(relevant)
    if not wanted:
        return None
    return len(wanted & set(ranked[:k])) / len(wanted)


def hit_at_k(relevant: Sequence[str], ranked: Sequence[str], k: int) -> float | None:
    wanted = set(relevant)
    if not wanted:
        return None
    return 1.0 if wanted & set(ranked[:k]) else 0.0


def reciprocal_rank(relevant: Sequence[str], ranked: Sequence[str]) -> float:
    wanted = set(relevant)
    for position, item in enumerate(ranked, start=1):
        if item in wanted:
            return 1.0 / position
    return 0.0


def mean_recall_at_k(queries: Sequence[tuple[Sequence[str], Sequence[str]]], k: int) -> float | None:
    return mean([recall_at_k(relevant, ranked, k) for relevant, ranked in queries])


def mean_hit_at_k(queries: Sequence[tuple[Sequence[str], Sequence[str]]], k: int) -> float | None:
    return mean([hit_at_k(relevant, ranked, k) for relevant, ranked in queries])


def mean_reciprocal_rank(queries: Sequence[tuple[Sequence[str], Sequence[str]]]) -> float | None:
    return mean([reciprocal_rank(relevant, ranked) for relevant, ranked in queries])


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError("q must be within [0, 100]")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def wilson_interval(successes: int, n: int, z: float = 1.959964) -> tuple[float, float] | None:
    """Wilson score interval for a proportion; honest at 0/n and n/n where a bootstrap is stuck."""
    if n == 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def bootstrap_ci(
    statistic: Callable[[IndexArray], float | None],
    n: int,
    *,
    resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> tuple[float, float] | None:
    """Percentile bootstrap interval of ``statistic`` over resampled case indices.

    The seed is fixed so two runs on the same data print the same interval, and a change in an
    interval means the data or the system changed, not the dice.
    """
    if n == 0 or resamples <= 0:
        return None
    rng = np.random.default_rng(seed)
    samples = rng.integers(0, n, size=(resamples, n))
    values = [v for v in (statistic(row) for row in samples) if v is not None and not math.isnan(v)]
    if not values:
        return None
    tail = (1 - confidence) / 2 * 100
    low = percentile(values, tail)
    high = percentile(values, 100 - tail)
    assert low is not None and high is not None
    return low, high
